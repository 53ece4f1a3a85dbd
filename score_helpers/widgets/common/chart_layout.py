"""Save a figure as PNG, laying it out only when its text has changed shape.

    png = render_png(figure, size=(6.4, 3.8), dpi=90)

The charts use matplotlib's constrained layout, which measures every piece of text to fit
the margins. On a slow laptop that measuring is about half the time of a redraw, and it
gives the same margins whenever the text is the same. So the axes' positions found for a
figure are kept under a key made of the words that set its margins (titles, axis labels,
the first and longest tick labels, a legend's width when it is wide), with every digit
read as 0: DejaVu Sans draws all digits the same width, so "4 %" and "7 %" need the same
room. The next figure with the same key gets those positions and no layout pass; any other text (a
longer cause name, another language) is laid out afresh. Kept layouts land within a pixel
of a fresh one (tests/test_chart_layout.py).
"""

from __future__ import annotations

import io
import re
from collections import OrderedDict
from typing import TYPE_CHECKING

from matplotlib.backends.backend_agg import FigureCanvasAgg
from PIL import Image

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.backend_bases import RendererBase
    from matplotlib.figure import Figure
    from matplotlib.transforms import Bbox

KEPT_LAYOUTS = 64
LEGEND_FITS = 0.8
_DIGIT = re.compile(r"\d")
_positions: OrderedDict[tuple[object, ...], list[Bbox]] = OrderedDict()


def _axis_texts(ax: Axes) -> list[str]:
    """The words that set an axes' margins, digits read as 0: title and labels; per axis
    the first and the longest tick label (the first can reach past the left edge when
    turned, the longest sets the room needed)."""
    texts = [ax.get_title(loc) for loc in ("left", "center", "right")]
    texts += [ax.get_xlabel(), ax.get_ylabel()]
    for axis in (ax.xaxis, ax.yaxis):
        if not axis.get_visible():
            continue
        low, high = sorted(axis.get_view_interval())
        ticks = [tick for tick in axis.get_majorticklocs() if low <= tick <= high]
        labels = [_DIGIT.sub("0", label)
                  for label in axis.get_major_formatter().format_ticks(ticks)] or [""]
        texts += [labels[0], max(labels, key=len)]
    return [_DIGIT.sub("0", text) for text in texts]


def _legend_room(ax: Axes, renderer: RendererBase) -> str:
    """A legend narrower than LEGEND_FITS of the figure never sets the margins (it sits
    centred under the plot); a wider one does, by its width in pixels."""
    legend = ax.get_legend()
    if legend is None:
        return ""
    width = legend.get_window_extent(renderer).width
    return "fits" if width < LEGEND_FITS * renderer.width else f"{width:.0f} px"


def layout_key(figure: Figure, renderer: RendererBase) -> tuple[object, ...]:
    """What the constrained layout of `figure` depends on: its size, the shape of its
    words (digits read as 0) and the room its legends need."""
    words = tuple((*_axis_texts(ax), _legend_room(ax, renderer)) for ax in figure.axes)
    return (tuple(figure.get_size_inches()), figure.dpi, figure.get_suptitle(), words)


def render_png(figure: Figure, size: tuple[float, float], dpi: float,
               compression: int = 1) -> bytes:
    """The figure at `size` inches and `dpi` as PNG bytes (zlib level `compression`),
    laid out from a kept layout when one fits (see the module's note)."""
    figure.set_size_inches(*size)
    figure.set_dpi(dpi)
    canvas = FigureCanvasAgg(figure)   # one drawing; savefig would draw twice with a layout
    key = layout_key(figure, canvas.get_renderer())
    known = _positions.get(key)
    if known is not None and len(known) == len(figure.axes):
        _positions.move_to_end(key)
        figure.set_layout_engine("none")
        for ax, position in zip(figure.axes, known, strict=True):
            ax.set_position(position)
    canvas.draw()
    width, height = canvas.get_width_height()
    buffer = io.BytesIO()
    Image.frombuffer("RGBA", (width, height), canvas.buffer_rgba(), "raw", "RGBA", 0, 1).save(
        buffer, format="png", compress_level=compression)
    if known is None:
        _positions[key] = [ax.get_position().frozen() for ax in figure.axes]
        while len(_positions) > KEPT_LAYOUTS:
            _positions.popitem(last=False)
    return buffer.getvalue()


def forget_layouts() -> None:
    """Drop every kept layout (tests)."""
    _positions.clear()
