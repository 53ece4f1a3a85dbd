"""The data behind the KPI dashboard: a bundled factory profile or a factory's own upload.

    dataset = bundled("garments")                        # garments_daily + its defect causes
    own = open_upload("my_kpis.xlsx", content)           # step 1: size check, sheets, columns
    dataset = load_upload(own, {"Team": "line", …})      # step 2: the confirmed columns
    dataset = read_upload("my_kpis.xlsx", content)       # both, with the suggested columns

A Dataset holds the checked daily frame as the file gave it: a column the file lacks stays
absent (never 0), and kpi.availability says which KPI each pillar can show. Dimension
columns (department, shift, product) are kept for the filters. No widget and no
matplotlib here.
"""

from __future__ import annotations

import io
import itertools
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache

import pandas as pd

from score_helpers import data
from score_helpers.data import schema
from score_helpers.data.loading.excel import sheet_names
from score_helpers.data.loading.messages import loader_language
from score_helpers.kpi import availability
from score_helpers.widgets.common.uploads import (  # noqa: F401 - the app's API
    MAX_UPLOAD_BYTES,
    MAX_UPLOAD_MB,
    UploadTooBigError,
    check_upload_size,
)

# Profile key → (bundled daily dataset, its `factory` value in defect_causes).
PROFILES: dict[str, tuple[str, str]] = {
    "garments": ("garments_daily", "garments"),
    "food": ("food_daily", "food"),
    "electronics": ("electronics_daily", "electronics"),
}
CAUSES_SHEET = "defect_causes"
CAUSES_REQUIRED = ("date", "line", "cause", "defects")
REQUIRED = ("date", "line")  # what an own file must have, whatever else it keeps
_UPLOADS = itertools.count(1)
_CAUSES_LOCK = threading.Lock()


@dataclass
class Dataset:
    """One factory's checked data, ready to filter.

    daily: the daily frame, only the columns the file has (schema.DAILY_OWN_FILE names).
    best: per pillar (Q, C, D, M, S) the KPI the columns allow, or None
        (kpi.availability.best_per_pillar).
    dimensions: per dimension column with two values or more (department, shift,
        product), its values, for the filters.
    """

    key: str
    daily: pd.DataFrame
    lines: tuple[str, ...]
    weeks: tuple[pd.Timestamp, ...]
    best: dict[str, str | None]
    dimensions: dict[str, tuple[str, ...]]
    profile: str | None = None          # bundled profile key, None for an upload
    file: str | None = None             # uploaded file name, None for a bundled profile
    causes_problem: data.DataError | None = None   # a broken causes sheet
    causes_loader: Callable[[], pd.DataFrame | None] | None = field(default=None, repr=False)
    _causes: list[pd.DataFrame | None] = field(default_factory=list, repr=False)

    def causes(self) -> pd.DataFrame | None:
        """Defects by cause for these lines (date, line, cause, defects), or None."""
        if not self._causes:
            loaded = self.causes_loader() if self.causes_loader else None
            self._causes.append(None if loaded is None else _one_line_key(loaded))
        return self._causes[0]

    def enabling(self, pillar: str) -> tuple[str, ...]:
        """The columns that would give `pillar` its first-choice KPI."""
        return availability.enabling_columns(pillar, self.daily)


def prepare(daily: pd.DataFrame, key: str, **details: object) -> Dataset:
    """A Dataset from a checked daily frame: each line one name, the weeks it covers (their
    Mondays), the best KPI per pillar and the dimensions to filter on."""
    frame = _one_line_key(daily)
    days = frame["date"].dt.normalize()
    mondays = (days - pd.to_timedelta(days.dt.day_of_week, unit="D")).unique()
    weeks = tuple(pd.Timestamp(week) for week in sorted(mondays))
    lines = tuple(sorted(frame["line"].unique(), key=str))
    dimensions = {}
    for name in schema.DAILY_DIMENSIONS:
        if name in frame.columns:
            values = sorted(frame[name].dropna().astype(str).unique())
            if len(values) > 1:
                dimensions[name] = tuple(values)
    return Dataset(key=key, daily=frame, lines=lines, weeks=weeks,
                   best=availability.best_per_pillar(frame), dimensions=dimensions,
                   **details)  # type: ignore[arg-type]


def _one_line_key(frame: pd.DataFrame) -> pd.DataFrame:
    """Lines of several factories get the factory in their name ('food · Line A'), so a
    line filter never mixes two factories' 'Line A'; the factory column is then dropped."""
    frame = frame.copy()
    if "factory" in frame.columns:
        if frame["factory"].nunique() > 1:
            frame["line"] = frame["factory"].astype(str) + " · " + frame["line"].astype(str)
        frame = frame.drop(columns="factory")
    frame["line"] = frame["line"].astype(str)
    return frame


@cache
def bundled(profile: str) -> Dataset:
    """A bundled factory profile ('garments', 'food', 'electronics'); loaded once."""
    name, factory = PROFILES[profile]
    return prepare(data.load(name), key=profile, profile=profile,
                   causes_loader=lambda: _bundled_causes(factory))


def _bundled_causes(factory: str) -> pd.DataFrame:
    """The bundled defect causes of one factory (the file is read once)."""
    with _CAUSES_LOCK:  # the chart thread and the page may ask at the same time
        causes = _all_causes()
    return causes[causes["factory"] == factory]


@cache
def _all_causes() -> pd.DataFrame:
    return data.load("defect_causes")


# ---- a factory's own file ----------------------------------------------------------------

@dataclass(frozen=True)
class OwnFile:
    """An uploaded file after step 1: its bytes, its sheets and the preview of its columns
    (data.preview_file), ready for the column-mapping step."""

    file: str
    raw: bytes = field(repr=False)
    sheets: tuple[str, ...]
    preview: data.FilePreview

    @property
    def daily_sheet(self) -> str | None:
        """The sheet with the daily rows (None for a CSV file)."""
        return daily_sheet(self.sheets)


def daily_sheet(sheets: tuple[str, ...]) -> str | None:
    """The first sheet that is not 'defect_causes' (None when there are no sheets)."""
    return next((s for s in sheets if s != CAUSES_SHEET), None)


def open_upload(file: str, content: bytes | memoryview, lang: str = "en") -> OwnFile:
    """Step 1: the uploaded file's columns and a few values of each; a problem with the
    file is said in `lang`.

    Raises UploadTooBigError above MAX_UPLOAD_BYTES (nothing is parsed), DataError for a
    file that cannot be read or is above the loader's limits (rows, cells, unpacked size:
    checked before any parsing, see score_helpers/data/loading/limits.py). (Voila's
    websocket drops a message over 10 MiB before the kernel sees it, unless the server
    raises tornado's websocket_max_message_size; see kpi_dashboard.app.)
    """
    raw = check_upload_size(file, content)
    # The size checks of data.loading run before openpyxl opens the workbook: a DataError
    # for a zip bomb or a file with too many rows.
    with loader_language(lang):
        sheets = tuple(sheet_names(raw, file)) if raw[:2] == b"PK" else ()
        preview = data.preview_file(raw, schema.DAILY_OWN_FILE, name=file,
                                    sheet=daily_sheet(sheets))
    return OwnFile(file, raw, sheets, preview)


def suggested_mapping(own: OwnFile) -> dict[str, str]:
    """The columns the mapping step suggests for this file (data.suggestion_for)."""
    return data.suggestion_for(own.preview.headers, schema.DAILY_OWN_FILE).mapping


def load_upload(own: OwnFile, mapping: Mapping[str, str], lang: str = "en") -> Dataset:
    """Step 2: the daily rows with the confirmed columns, checked; problems said in `lang`.

    Raises DataError for a file with problems, ValueError when the numbers cannot make
    KPIs. An Excel file may add a 'defect_causes' sheet for the Pareto chart; a broken one
    is kept in `causes_problem` and the daily data are still used.
    """
    with loader_language(lang):
        daily = data.load_kpi_csv(io.BytesIO(own.raw), name=own.file, sheet=own.daily_sheet,
                                  mapping=mapping, header_row=own.preview.header_row,
                                  required=REQUIRED, announce=False)
        causes, problem = None, None
        if CAUSES_SHEET in own.sheets:
            try:
                causes = data.load_kpi_csv(io.BytesIO(own.raw), columns=schema.DEFECT_CAUSES,
                                           required=CAUSES_REQUIRED, sheet=CAUSES_SHEET,
                                           name=f"{own.file}, sheet '{CAUSES_SHEET}'",
                                           announce=False)
            except data.DataError as error:
                problem = error
    return prepare(daily, key=f"upload-{next(_UPLOADS)}", file=own.file,
                   causes_problem=problem, causes_loader=lambda: causes)


def read_upload(file: str, content: bytes | memoryview) -> Dataset:
    """Steps 1 and 2 at once, with the suggested columns (for scripts and tests)."""
    own = open_upload(file, content)
    return load_upload(own, suggested_mapping(own))
