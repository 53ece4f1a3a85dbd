"""The data behind the KPI dashboard: a bundled factory profile or a factory's own upload.

    dataset = bundled("garments")                       # garments_daily + its defect causes
    dataset = read_upload("my_kpis.xlsx", content)      # bytes from the FileUpload widget

A Dataset holds the checked daily frame and its weekly summary per line, computed once
(kpi.qcdms_summary), so a filter change only filters. No widget and no matplotlib here.
"""

from __future__ import annotations

import io
import itertools
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

import pandas as pd

from score_helpers import data, kpi
from score_helpers.data import schema
from score_helpers.data.loading.excel import sheet_names

# Profile key → (bundled daily dataset, its `factory` value in defect_causes).
PROFILES: dict[str, tuple[str, str]] = {
    "garments": ("garments_daily", "garments"),
    "food": ("food_daily", "food"),
    "electronics": ("electronics_daily", "electronics"),
}
MAX_UPLOAD_MB = 10
MAX_UPLOAD_BYTES = MAX_UPLOAD_MB * 1024 * 1024
CAUSES_SHEET = "defect_causes"
CAUSES_REQUIRED = ("date", "line", "cause", "defects")

# The daily columns each headline KPI is computed from (see kpi.qcdms_summary).
KPI_INPUTS: dict[str, tuple[str, ...]] = {
    "defect_rate": ("defects", "units_produced"),
    "cost_per_unit": ("material_cost_php", "labour_cost_php", "overhead_cost_php",
                      "units_produced", "units_scrapped"),
    "on_time_delivery": ("orders_due", "orders_on_time"),
    "absenteeism_rate": ("days_absent", "scheduled_worker_days"),
    "frequency_rate": ("lost_time_injuries", "hours_worked"),
}
_NUMBER_COLUMNS = tuple(column for column in schema.DAILY_PRODUCTION
                        if column.kind in (schema.COUNT, schema.AMOUNT))
_UPLOADS = itertools.count(1)
_CAUSES_LOCK = threading.Lock()


class UploadTooBigError(ValueError):
    """An upload above MAX_UPLOAD_BYTES: refused before anything is parsed."""

    def __init__(self, file: str, size: int) -> None:
        self.file, self.size = file, size
        super().__init__(f"{file}: {size} bytes, more than {MAX_UPLOAD_BYTES}")

    @property
    def megabytes(self) -> str:
        """The size as people read it: '12.4'."""
        return f"{self.size / 1024 / 1024:.1f}"


@dataclass
class Dataset:
    """One factory's checked data, ready to filter.

    daily: the daily frame (schema.DAILY_PRODUCTION); number columns the file lacks are 0,
        and the KPIs they feed are listed in `missing` (shown as a dash, never as 0).
    weekly_by_line: kpi.qcdms_summary(daily, by="line", period="W"), computed once.
    """

    key: str
    daily: pd.DataFrame
    weekly_by_line: pd.DataFrame
    lines: tuple[str, ...]
    weeks: tuple[pd.Timestamp, ...]
    missing: tuple[str, ...] = ()
    profile: str | None = None          # bundled profile key, None for an upload
    file: str | None = None             # uploaded file name, None for a bundled profile
    causes_problem: str | None = None   # the DataError text of a broken causes sheet
    causes_loader: Callable[[], pd.DataFrame | None] | None = field(default=None, repr=False)
    _causes: list[pd.DataFrame | None] = field(default_factory=list, repr=False)

    def causes(self) -> pd.DataFrame | None:
        """Defects by cause for these lines (date, line, cause, defects), or None."""
        if not self._causes:
            loaded = self.causes_loader() if self.causes_loader else None
            self._causes.append(None if loaded is None else _one_line_key(loaded))
        return self._causes[0]


def prepare(daily: pd.DataFrame, key: str, **details: object) -> Dataset:
    """A Dataset from a checked daily frame: fill absent number columns with 0 (noting the
    KPIs that then have no data), give each line one name, summarise per line and week."""
    present = set(daily.columns)
    missing = tuple(name for name, inputs in KPI_INPUTS.items() if not set(inputs) <= present)
    frame = daily.copy()
    for column in _NUMBER_COLUMNS:
        if column.name not in present:
            frame[column.name] = 0 if column.kind == schema.COUNT else 0.0
    frame = _one_line_key(frame)
    weekly = kpi.qcdms_summary(frame, by="line", period="W")
    weeks = tuple(pd.Timestamp(week) for week in sorted(weekly["period_start"].unique()))
    lines = tuple(sorted(frame["line"].unique(), key=str))
    return Dataset(key=key, daily=frame, weekly_by_line=weekly, lines=lines, weeks=weeks,
                   missing=missing, **details)  # type: ignore[arg-type]


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


def read_upload(file: str, content: bytes | memoryview) -> Dataset:
    """A Dataset from an uploaded CSV or Excel file (see data.load_kpi_csv).

    Raises UploadTooBigError above MAX_UPLOAD_BYTES (nothing is parsed), DataError for a file
    with problems or above the loader's limits (rows, cells, unpacked size: checked before
    any parsing, see score_helpers/data/loading/limits.py), ValueError when the numbers
    cannot make KPIs. (Voila's websocket drops a message over 10 MiB before the kernel
    sees it, unless the server raises tornado's websocket_max_message_size; see
    kpi_dashboard.) An Excel file may add a 'defect_causes' sheet for the Pareto chart; a
    broken one is reported in `causes_problem` and the daily data are still used.
    """
    size = len(content)
    if size > MAX_UPLOAD_BYTES:
        raise UploadTooBigError(file, size)
    raw = bytes(content)
    # The size checks of data.loading run before openpyxl opens the workbook: a DataError
    # for a zip bomb or a file with too many rows, here as in load_kpi_csv.
    sheets = sheet_names(raw, file) if raw[:2] == b"PK" else []
    daily_sheet = next((s for s in sheets if s != CAUSES_SHEET), None) if sheets else None
    daily = data.load_kpi_csv(io.BytesIO(raw), name=file, sheet=daily_sheet)
    causes, problem = None, None
    if CAUSES_SHEET in sheets:
        try:
            causes = data.load_kpi_csv(io.BytesIO(raw), columns=schema.DEFECT_CAUSES,
                                       required=CAUSES_REQUIRED, sheet=CAUSES_SHEET,
                                       name=f"{file}, sheet '{CAUSES_SHEET}'")
        except data.DataError as error:
            problem = str(error)
    return prepare(daily, key=f"upload-{next(_UPLOADS)}", file=file, causes_problem=problem,
                   causes_loader=lambda: causes)
