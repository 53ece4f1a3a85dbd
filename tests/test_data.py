"""The bundled datasets: `load(name)` gives checked, typed frames; the raw garments file
lists its problems for the cleaning lesson; `read_raw` shows the file as written."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from score_helpers import data
from score_helpers.data import DataError, schema
from score_helpers.paths import dataset_path

CLEAN = [name for name in schema.DATASETS if name != "garments_daily_raw"]
DAILY_NAMES = [column.name for column in schema.DAILY_PRODUCTION]


def _is_right_dtype(series: pd.Series, column: schema.Column) -> bool:
    kind = column.kind
    if kind in (schema.DATE, schema.TIMESTAMP):
        return str(series.dtype) == "datetime64[ns]"
    if kind == schema.COUNT:  # nullable Int64 only where an optional count has blanks
        return str(series.dtype) in ({"int64"} if column.required else {"int64", "Int64"})
    if kind == schema.AMOUNT:
        return str(series.dtype) == "float64"
    return pd.api.types.is_string_dtype(series)


@pytest.mark.parametrize("name", CLEAN)
def test_bundled_dataset_loads_with_schema_columns_and_types(name: str):
    assert dataset_path(name).exists(), f"datasets/{name}.csv is missing"
    frame = data.load(name)
    columns = schema.DATASETS[name]
    assert list(frame.columns[: len(columns)]) == [column.name for column in columns]
    assert len(frame) > 0
    assert isinstance(frame.index, pd.RangeIndex) and frame.index[0] == 0
    for column in columns:
        assert _is_right_dtype(frame[column.name], column), (column.name, frame[column.name].dtype)
        if column.required:
            assert not frame[column.name].isna().any(), column.name
    if columns == schema.DAILY_PRODUCTION:  # one row per factory, line and day, sorted
        key = list(schema.DAILY_KEY)
        assert not frame.duplicated(key).any()
        assert frame[key].equals(frame[key].sort_values(key).reset_index(drop=True))
    if "date" in frame and columns[0].kind == schema.DATE:
        assert (frame["date"] == frame["date"].dt.normalize()).all()


def test_raw_garments_file_lists_its_problems():
    assert dataset_path("garments_daily_raw").exists(), "datasets/garments_daily_raw.csv missing"
    with pytest.raises(DataError) as caught:
        data.load("garments_daily_raw")
    error = caught.value
    assert isinstance(error, ValueError)
    assert str(error).startswith("garments_daily_raw.csv: ")
    assert len(error.problems) >= 5
    assert all(problem.row is not None for problem in error.problems if problem.column)
    assert "Traceback" not in str(error)


def test_read_raw_keeps_every_cell_as_text():
    raw = data.read_raw("garments_daily_raw")
    assert list(raw.columns[: len(DAILY_NAMES)]) == DAILY_NAMES
    for column in raw.columns:  # text dtype (object on pandas 2), every value a str
        assert raw[column].dtype == object or pd.api.types.is_string_dtype(raw[column])
        assert raw[column].dropna().map(type).eq(str).all(), column
    assert raw.isna().any().any()  # blank cells are missing values, not ''
    assert len(raw) > 0


# --- Behaviour checked on small files made here (independent of the bundled data) ------------

def _daily_row(day: str, line: str = "Line A", **changes: object) -> dict[str, object]:
    row: dict[str, object] = {name: 1 for name in DAILY_NAMES}
    row.update(date=day, factory="garments", line=line, product="polo shirt",
               units_produced=1000, defects=20, units_reworked=10, units_scrapped=5,
               planned_minutes=480, downtime_minutes=30, orders_due=3, orders_on_time=2,
               scheduled_worker_days=30, days_absent=2, incidents=1, lost_time_injuries=0)
    row.update(changes)
    return row


def _write_dataset(folder: Path, name: str, rows: list[dict[str, object]]) -> Path:
    path = folder / f"{name}.csv"
    pd.DataFrame(rows).to_csv(path, index=False)
    return path


@pytest.fixture
def datasets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SCORE_DATASETS_DIR", str(tmp_path))
    return tmp_path


def test_load_returns_an_independent_copy(datasets: Path):
    _write_dataset(datasets, "garments_daily", [_daily_row("2025-03-05"),
                                                _daily_row("2025-03-06")])
    first = data.load("garments_daily")
    first.loc[0, "units_produced"] = -999
    first["line"] = "changed"
    second = data.load("garments_daily")
    assert second.loc[0, "units_produced"] == 1000
    assert set(second["line"]) == {"Line A"}


def test_load_notices_a_changed_file(datasets: Path):
    path = _write_dataset(datasets, "food_daily", [_daily_row("2025-03-05")])
    assert len(data.load("food_daily")) == 1
    _write_dataset(datasets, "food_daily", [_daily_row("2025-03-05"), _daily_row("2025-03-06")])
    path.touch()
    assert len(data.load("food_daily")) == 2


def test_bundled_files_must_have_every_schema_column(datasets: Path):
    row = _daily_row("2025-03-05")
    del row["product"]
    _write_dataset(datasets, "electronics_daily", [row])
    with pytest.raises(DataError, match="no column 'product'"):
        data.load("electronics_daily")


def test_raw_style_problems_are_all_listed(datasets: Path):
    rows = [
        _daily_row("2025-03-03", units_produced="12O0"),
        _daily_row("2025-03-04", defects=""),
        _daily_row("2025-03-05"),
        _daily_row("05/03/2025"),  # same day as the row above, written another way
        _daily_row("2025-03-06", separations=-1),
        _daily_row("2025-03-07", material_cost_php="12,450.00"),  # fine: a thousands comma
        _daily_row("2025-03-08", line="line a "),
        _daily_row("2025-03-09", defects=2000),
    ]
    _write_dataset(datasets, "garments_daily_raw", rows)
    with pytest.raises(DataError) as caught:
        data.load("garments_daily_raw")
    found = {(problem.column, problem.row) for problem in caught.value.problems}
    assert found == {("units_produced", 2), ("defects", 3), (None, 5), ("separations", 6),
                     ("line", 8), ("defects", 9)}


def test_read_raw_shows_the_file_as_written(datasets: Path):
    _write_dataset(datasets, "garments_daily_raw", [_daily_row("05/03/2025", line="line a ",
                                                               defects="")])
    raw = data.read_raw("garments_daily_raw")
    assert raw.loc[0, "line"] == "line a "
    assert raw.loc[0, "date"] == "05/03/2025"
    assert raw.loc[0, "units_produced"] == "1000"
    assert pd.isna(raw.loc[0, "defects"])


@pytest.mark.parametrize(("wrong", "suggestion"), [("garment_daily", "garments_daily"),
                                                   ("machine_sensor", "machine_sensors"),
                                                   ("grievance", "grievances")])
def test_unknown_name_suggests_the_near_miss(wrong: str, suggestion: str):
    with pytest.raises(ValueError) as caught:
        data.load(wrong)
    message = str(caught.value)
    assert isinstance(caught.value, DataError)
    assert f"There is no dataset with this name. Did you mean '{suggestion}'?" in message
    assert "The datasets are: 'garments_daily'" in message
    with pytest.raises(DataError, match=f"Did you mean '{suggestion}'"):
        data.read_raw(wrong)


def test_forgiving_dataset_names(datasets: Path):
    _write_dataset(datasets, "garments_daily", [_daily_row("2025-03-05")])
    assert len(data.load(" Garments_Daily.csv ")) == 1
    assert data.dataset_names() == list(schema.DATASETS)


def test_missing_bundled_file_is_a_friendly_file_not_found(datasets: Path):
    with pytest.raises(FileNotFoundError) as caught:
        data.load("maintenance_log")
    assert isinstance(caught.value, DataError)
    message = str(caught.value)
    assert f"'{datasets / 'maintenance_log.csv'}' is missing" in message
    assert "Ask your trainer to restore the datasets folder" in message
