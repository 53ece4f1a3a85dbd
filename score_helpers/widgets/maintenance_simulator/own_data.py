"""A machine's own sensor export in the maintenance simulator: read it, then check it with
the lab's own zones and alerts.

    preview = preview_upload("export.csv", content)          # headers, for the mapping step
    readings = read_readings("export.csv", content, mapping, preview.header_row)
    found = check_readings(readings, limit_mm_s=1.8)
    found.alerts       # maintenance.model.threshold_alerts on the file's readings
    found.crossings    # the first reading of each machine in each higher ISO 10816 zone
    found.summary      # one row per machine

The file needs a date-and-time column and one or more readings (vibration, bearing
temperature, motor current); a machine column is optional (without one, the file name is
the machine). Readings are turned into our units (own_units). Nothing here is a widget.

The zones are maintenance.simulator.vibration_zone (ISO 10816-1 class I) and the alerts
are maintenance.model.threshold_alerts: vibration at or above the limit for
`alert_min_hours` running hours in a row (maintenance.cost.EXAMPLE_SETTINGS, 3 h). A
logger reads more often than once an hour, so the run is counted in readings: 3 h at one
reading every 15 minutes is 12 readings. A blank vibration is skipped (it does not break
the run) and a reading with the motor current at 0 is a stopped machine, as in the lab.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field, replace
from pathlib import PurePath

import numpy as np
import pandas as pd

from score_helpers import data
from score_helpers.data import schema
from score_helpers.maintenance.cost import EXAMPLE_SETTINGS
from score_helpers.maintenance.model import SENSOR_COLUMNS, ZONE_FLOOR, threshold_alerts
from score_helpers.maintenance.simulator import vibration_zone
from score_helpers.widgets.common.uploads import UploadTooBigError, check_upload_size
from score_helpers.widgets.maintenance_simulator.own_units import (
    READINGS,
    UnitNote,
    in_our_units,
    units_of,
)

__all__ = ["COLUMNS", "REQUIRED", "Findings", "Readings", "UploadTooBigError",
           "check_readings", "preview_upload", "read_readings"]

# The columns the mapping step offers: only the date and time must be there, and blank
# readings are allowed (a logger misses one now and then).
COLUMNS: tuple[schema.Column, ...] = tuple(
    replace(column, required=column.name == "timestamp") for column in schema.MACHINE_SENSORS
    if column.name in ("timestamp", "machine_id", *READINGS))
REQUIRED = ("timestamp",)
ALERT_HOURS = float(EXAMPLE_SETTINGS["alert_min_hours"])
ZONES = tuple(ZONE_FLOOR)          # the zones above A: B, C, D
ALERT_COLUMNS = ["machine_id", "first_hour", "alert_hour", "vibration_mm_s", "zone",
                 "hours_in_zone"]


@dataclass(frozen=True)
class Readings:
    """A machine's own readings in our units, sorted by machine and time.

    frame: timestamp, machine_id and the readings the file has (READINGS order).
    interval: the usual time between two readings of one machine (the median).
    """

    file: str
    frame: pd.DataFrame = field(repr=False)
    units: tuple[UnitNote, ...]
    machines: tuple[str, ...]
    interval: pd.Timedelta

    @property
    def signals(self) -> tuple[str, ...]:
        """The readings the file has, e.g. ('vibration_mm_s', 'bearing_temp_c')."""
        return tuple(name for name in READINGS if name in self.frame.columns)

    @property
    def empty(self) -> bool:
        """True when every reading cell is blank."""
        return not self.frame[list(self.signals)].notna().to_numpy().any()


@dataclass(frozen=True)
class Findings:
    """The zones and alerts of a file's readings at an alert limit (mm/s).

    alerts: threshold_alerts' columns (machine_id, first_hour, alert_hour, vibration_mm_s,
        zone, hours_in_zone; hours_in_zone counts readings here).
    crossings: machine_id, zone, timestamp, vibration_mm_s: each machine's first reading in
        each zone above the zone it started in.
    summary: one row per machine: readings, first, last, latest_<reading> and
        highest_<reading>, and with vibration highest_zone, highest_at, the running
        readings in each zone (zone_A … zone_D) and alerts.
    """

    limit: float
    hours: float
    min_readings: int
    alerts: pd.DataFrame = field(repr=False)
    crossings: pd.DataFrame = field(repr=False)
    summary: pd.DataFrame = field(repr=False)


def _checked(file: str, content: bytes | memoryview) -> bytes:
    """The upload's bytes; UploadTooBigError above the apps' upload limit, before parsing."""
    return check_upload_size(file, content)


def preview_upload(file: str, content: bytes | memoryview) -> data.FilePreview:
    """The file's column names and examples, for the mapping step.

    Raises UploadTooBigError (nothing parsed) or DataError (not a spreadsheet, empty,
    above the loader's limits)."""
    return data.preview_file(io.BytesIO(_checked(file, content)), COLUMNS, name=file)


def read_readings(file: str, content: bytes | memoryview, mapping: dict[str, str],
                  header_row: int | None = None) -> Readings:
    """The file's readings with the confirmed `mapping` (file header → our column).

    Raises UploadTooBigError, DataError (naming file, column and row) for cells that are
    not dates or numbers, or ValueError when the mapping chooses no reading.
    """
    if not set(mapping.values()) & set(READINGS):
        raise ValueError("mapping must choose at least one reading column: "
                         f"{', '.join(READINGS)}.")
    frame = data.load_kpi_csv(io.BytesIO(_checked(file, content)), columns=COLUMNS,
                              required=REQUIRED, mapping=mapping, header_row=header_row,
                              name=file, announce=False)
    units = units_of(mapping)
    frame = in_our_units(frame, units)
    if "machine_id" not in frame.columns:
        frame["machine_id"] = PurePath(file).stem
    frame["machine_id"] = frame["machine_id"].fillna("?").astype(str)
    keep = ["timestamp", "machine_id", *(n for n in READINGS if n in frame.columns)]
    frame = frame[keep].sort_values(["machine_id", "timestamp"], kind="stable",
                                    ignore_index=True)
    steps = frame.groupby("machine_id")["timestamp"].diff().dropna()
    steps = steps[steps > pd.Timedelta(0)]
    interval = steps.median() if len(steps) else pd.Timedelta(hours=1)
    machines = tuple(pd.unique(frame["machine_id"]))
    return Readings(file, frame, units, machines, pd.Timedelta(interval))


def readings_for(hours: float, interval: pd.Timedelta) -> int:
    """How many readings in a row make `hours`, one every `interval` (at least 1)."""
    return max(1, round(pd.Timedelta(hours=hours) / interval))


def running(readings: Readings) -> pd.DataFrame:
    """The rows with a vibration reading while the machine runs (current not 0)."""
    frame = readings.frame
    keep = frame["vibration_mm_s"].notna()
    if "motor_current_a" in frame.columns:
        keep &= frame["motor_current_a"].ne(0) | frame["motor_current_a"].isna()
    rows = frame.loc[keep, ["timestamp", "machine_id", "vibration_mm_s"]]
    return rows.assign(zone=vibration_zone(rows["vibration_mm_s"]))


def check_readings(readings: Readings, limit_mm_s: float = ZONE_FLOOR["C"],
                   hours: float = ALERT_HOURS) -> Findings:
    """The zones, zone crossings and alerts of the readings (module docstring)."""
    count = readings_for(hours, readings.interval)
    if "vibration_mm_s" not in readings.signals:
        empty = pd.DataFrame(columns=ALERT_COLUMNS)
        return Findings(float(limit_mm_s), hours, count, empty,
                        pd.DataFrame(columns=["machine_id", "zone", "timestamp",
                                              "vibration_mm_s"]),
                        _summary(readings, None, empty))
    rows = running(readings)
    # threshold_alerts keeps the rows with motor current > 0; these rows are the running ones.
    sensors = rows.reindex(columns=list(SENSOR_COLUMNS)).assign(motor_current_a=1.0)
    alerts = threshold_alerts(sensors, float(limit_mm_s), count)
    return Findings(float(limit_mm_s), hours, count, alerts, _crossings(rows),
                    _summary(readings, rows, alerts))


def _crossings(rows: pd.DataFrame) -> pd.DataFrame:
    """Each machine's first reading in each zone above the zone of its first reading."""
    found = []
    for machine, part in rows.groupby("machine_id", sort=False):
        codes = part["zone"].cat.codes
        for zone in ZONES:
            code = list(part["zone"].cat.categories).index(zone)
            reached = part[codes >= code]
            if codes.iloc[0] < code and not reached.empty:
                first = reached.iloc[0]
                found.append((machine, zone, first["timestamp"], first["vibration_mm_s"]))
    return pd.DataFrame(found, columns=["machine_id", "zone", "timestamp", "vibration_mm_s"])


def _summary(readings: Readings, rows: pd.DataFrame | None,
             alerts: pd.DataFrame) -> pd.DataFrame:
    """One row per machine: counts, first and last time, latest and highest readings."""
    groups = readings.frame.groupby("machine_id", sort=False)
    table = pd.DataFrame({"readings": groups.size(), "first": groups["timestamp"].min(),
                          "last": groups["timestamp"].max()})
    for name in readings.signals:
        table[f"latest_{name}"] = groups[name].agg(
            lambda values: values.dropna().iloc[-1] if values.notna().any() else np.nan)
        table[f"highest_{name}"] = groups[name].max()
    if rows is not None:
        top = rows.loc[rows.groupby("machine_id")["vibration_mm_s"].idxmax()]
        top = top.set_index("machine_id")
        table["highest_zone"] = top["zone"].astype(str)
        table["highest_at"] = top["timestamp"]
        counts = pd.crosstab(rows["machine_id"], rows["zone"], dropna=False)
        for zone in counts.columns:
            table[f"zone_{zone}"] = counts[zone].reindex(table.index).fillna(0).astype(int)
        table["alerts"] = alerts["machine_id"].value_counts().reindex(
            table.index).fillna(0).astype(int)
    return table
