"""Warning signs, vibration alerts and a failure classifier for the predictive-maintenance lab.

    from score_helpers import data
    from score_helpers.maintenance import evaluation as maintenance_eval
    from score_helpers.maintenance import model as mm
    sensors, log = data.load("machine_sensors"), data.load("maintenance_log")
    features = mm.add_features(sensors, log)               # one row per running hour
    labels = mm.failure_labels(sensors, log, hours=48)     # "breaks down within 48 h?"
    train, test = mm.time_split(features, "2025-03-01")    # learn on the past only
    model = mm.train_failure_model(train, labels)
    print(maintenance_eval.evaluate(model, test, labels, sensors, hours=48))

Works on the committed files and on a simulated fleet (`score_helpers.maintenance.simulator`):
both have the same sensor columns. An alert goes to a person, a technician or the line
supervisor, who decides what to do. Nothing here stops a machine.
"""

from __future__ import annotations

import numbers

import pandas as pd
from sklearn.ensemble import RandomForestClassifier

from score_helpers.data.synth.machines import ISO_ZONES, ZONE_EDGES

SIGNALS = {"vibration_mm_s": "vibration", "bearing_temp_c": "bearing_temp",
           "motor_current_a": "current"}
SENSOR_COLUMNS = ("timestamp", "machine_id", *SIGNALS, "run_hours")
ID_COLUMNS = ("timestamp", "machine_id", "machine_type", "factory")
# Lower edge of the ISO 10816-1 class I zones, mm/s RMS: "zone C" means 1.8 mm/s or more.
ZONE_FLOOR = {"B": ISO_ZONES[0][1], "C": ISO_ZONES[1][1], "D": ISO_ZONES[2][1]}
SAME_ALARM_ROWS = 8    # flagged hours less than a shift apart are one alarm: one visit


def breakdown_times(sensors: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """The hour each breakdown happened: columns machine_id, timestamp, in time order.

    A simulated fleet's events carry the hour (`timestamp`). The committed
    maintenance_log.csv only has the `date`; then the breakdown hour is the running hour of
    that machine on that date with the highest vibration (the peak of the warning signs,
    the hour it stopped), or midnight if the machine did not run that day.
    """
    _require(events, ("machine_id", "event_type", "date"), "events")
    broken = events.loc[events["event_type"] == "breakdown"]
    if "timestamp" in broken.columns:
        out = broken[["machine_id", "timestamp"]]
    else:
        _require(sensors, SENSOR_COLUMNS, "sensors")
        running = sensors.loc[sensors["motor_current_a"] > 0, ["machine_id", "timestamp",
                                                               "vibration_mm_s"]]
        running = running.assign(date=running["timestamp"].dt.normalize())
        peak = running.loc[running.groupby(["machine_id", "date"])["vibration_mm_s"].idxmax()]
        out = broken[["machine_id", "date"]].assign(date=lambda f: pd.to_datetime(f["date"]))
        out = out.merge(peak[["machine_id", "date", "timestamp"]], how="left")
        out["timestamp"] = out["timestamp"].fillna(out["date"])
    return out[["machine_id", "timestamp"]].sort_values(["timestamp", "machine_id"],
                                                        ignore_index=True)


def failure_labels(sensors: pd.DataFrame, events: pd.DataFrame, hours: float) -> pd.Series:
    """True for each running row whose machine breaks down within the next `hours`.

    label = motor_current_a > 0 and 0 ≤ (next breakdown hour − this hour) < hours,
    in clock hours, so the breakdown hour itself counts; rows of a stopped machine are
    False. Aligned with `sensors`; the same rule as maintenance_sim.label_fails_within.
    """
    _require(sensors, SENSOR_COLUMNS, "sensors")
    _positive("hours", hours)
    left = sensors[["timestamp", "machine_id"]].reset_index(names="_row")
    right = breakdown_times(sensors, events).rename(columns={"timestamp": "_next"})
    merged = pd.merge_asof(left.sort_values("timestamp"), right.sort_values("_next"),
                           left_on="timestamp", right_on="_next", by="machine_id",
                           direction="forward").set_index("_row").reindex(left["_row"])
    ahead = (merged["_next"] - merged["timestamp"]) / pd.Timedelta(hours=1)
    label = (ahead < hours).to_numpy() & (sensors["motor_current_a"] > 0).to_numpy()
    return pd.Series(label, index=sensors.index, name=f"fails_within_{hours:g}h")


def add_features(sensors: pd.DataFrame, events: pd.DataFrame | None = None,
                 window_hours: int = 24) -> pd.DataFrame:
    """Warning-sign features, one row per running hour (motor current > 0), index kept.

    For each of vibration, bearing temperature and motor current, over the last
    w = min(window_hours, running hours since maintenance) running hours of the machine:
      mean  = (y₁ + … + y_w) ÷ w
      slope = Σ(k − k̄)(y_k − ȳ) ÷ Σ(k − k̄)²  (least-squares line, units per running hour;
              k counts running hours; 0 with a single reading)
    Windows restart when `run_hours` drops (a service or repair reset the wear), so a
    repaired machine does not inherit the old readings. `run_hours` is kept: running hours
    since the last maintenance. With `events`, `hours_since_maintenance` adds the clock
    hours since the last logged job that started before this hour (or since the data
    starts). Every feature at hour t uses only readings and jobs up to t: no future.
    """
    _require(sensors, SENSOR_COLUMNS, "sensors")
    if isinstance(window_hours, bool) or not isinstance(window_hours, numbers.Integral) \
            or window_hours < 2:
        raise ValueError(f"window_hours must be a whole number of 2 or more "
                         f"(got {window_hours!r}): a slope needs at least two readings.")
    keep = [c for c in (*ID_COLUMNS, *SIGNALS, "run_hours") if c in sensors.columns]
    rows = sensors.loc[sensors["motor_current_a"] > 0, keep]
    rows = rows.sort_values(["machine_id", "timestamp"], kind="stable")
    new_life = (rows["machine_id"] != rows["machine_id"].shift()) | \
        (rows["run_hours"] < rows["run_hours"].shift())
    life = new_life.cumsum()
    k = rows.groupby(life).cumcount().astype(float)

    def rolling_mean(values: pd.Series) -> pd.Series:
        return values.groupby(life).rolling(window_hours, min_periods=1).mean().droplevel(0)

    out = rows.copy()
    mean_k, mean_kk = rolling_mean(k), rolling_mean(k * k)
    spread = mean_kk - mean_k**2
    for column, short in SIGNALS.items():
        y = rows[column]
        mean_y = rolling_mean(y)
        slope = (rolling_mean(k * y) - mean_k * mean_y) / spread.where(spread > 1e-12)
        out[f"{short}_mean_{window_hours}h"] = mean_y
        out[f"{short}_slope_{window_hours}h"] = slope.fillna(0.0)
    if events is not None:
        jobs = _job_times(sensors, events).rename(columns={"timestamp": "_job"})
        jobs["_job"] += pd.Timedelta(hours=1)      # a job is known once its hour is over
        merged = pd.merge_asof(out.reset_index(names="_row").sort_values("timestamp"),
                               jobs.sort_values("_job"), left_on="timestamp",
                               right_on="_job", by="machine_id", direction="backward")
        merged = merged.set_index("_row").reindex(out.index)
        start = sensors.groupby("machine_id")["timestamp"].min()
        since = merged["_job"].fillna(merged["machine_id"].map(start))
        out["hours_since_maintenance"] = (out["timestamp"] - since) / pd.Timedelta(hours=1)
    return out.sort_index()


def feature_columns(features: pd.DataFrame) -> list[str]:
    """The numeric columns a model learns from: everything but the id and time columns."""
    return [c for c in features.columns if c not in ID_COLUMNS
            and pd.api.types.is_numeric_dtype(features[c].dtype)]


def threshold_alerts(sensors: pd.DataFrame, zone: str | float = "C",
                     min_hours: int = 3) -> pd.DataFrame:
    """Vibration alerts for a person to act on: one row per alert.

    `zone` is an ISO 10816-1 class I zone ("B", "C" or "D": vibration at or above the
    zone's lower edge, 0.71, 1.8 or 4.5 mm/s RMS) or a limit in mm/s. An alert is raised
    when vibration ≥ limit for `min_hours` consecutive running hours of one machine
    (hours when the machine is off do not break the run). The comparison is ≥: a reading
    exactly at the limit counts, the course's one boundary rule (an edge value belongs to
    the higher zone, so 1.8 mm/s is zone C), because a borderline case should go to a
    person. Columns: machine_id, first_hour
    (first reading of the run), alert_hour (when the alert is raised: the min_hours-th
    reading), vibration_mm_s and zone (ISO zone of that reading), hours_in_zone (length
    of the run in running hours).
    """
    _require(sensors, SENSOR_COLUMNS, "sensors")
    limit = _limit(zone)
    if isinstance(min_hours, bool) or not isinstance(min_hours, numbers.Integral) \
            or min_hours < 1:
        raise ValueError(f"min_hours must be a whole number of 1 or more (got {min_hours!r}).")
    rows = sensors.loc[sensors["motor_current_a"] > 0, ["machine_id", "timestamp",
                                                         "vibration_mm_s"]]
    rows = rows.sort_values(["machine_id", "timestamp"], kind="stable", ignore_index=True)
    high = rows["vibration_mm_s"] >= limit
    run = ((high != high.shift()) | (rows["machine_id"] != rows["machine_id"].shift())).cumsum()
    high_rows = rows[high].assign(run=run[high])
    position = high_rows.groupby("run").cumcount()
    runs = high_rows.groupby("run", as_index=False).agg(
        first_hour=("timestamp", "min"), hours_in_zone=("timestamp", "size"))
    alerts = high_rows[position == min_hours - 1].merge(runs, on="run")
    zones = pd.cut(alerts["vibration_mm_s"], ZONE_EDGES, labels=[z for z, _, _ in ISO_ZONES],
                   right=False)
    alerts["zone"] = zones.astype(str)
    alerts = alerts.rename(columns={"timestamp": "alert_hour"})
    columns = ["machine_id", "first_hour", "alert_hour", "vibration_mm_s", "zone",
               "hours_in_zone"]
    return alerts[columns].sort_values(["alert_hour", "machine_id"], ignore_index=True)


def time_split(frame: pd.DataFrame, train_until: str | pd.Timestamp,
               gap_hours: float = 0) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Split by time: train = rows before `train_until`, test = rows from it on.

    Never split sensor rows at random. Neighbouring hours are almost the same reading, so a
    random split puts hours from just before a breakdown in both parts: the model is tested
    on a breakdown it has already seen, and looks far better than it will be next month.
    In the factory, a model only ever knows the past. `gap_hours` also drops the training
    rows in the last `gap_hours` before `train_until`: their labels ("breaks down within
    N hours") look into the test period, so a strict test uses gap_hours = N.
    """
    _require(frame, ("timestamp",), "frame")
    cut = pd.Timestamp(train_until)
    if gap_hours < 0:
        raise ValueError(f"gap_hours must be 0 or more (got {gap_hours!r}).")
    times = frame["timestamp"]
    train = frame[times < cut - pd.Timedelta(hours=gap_hours)]
    test = frame[times >= cut]
    first, last = times.min(), times.max()
    for name, part in (("training", train), ("test", test)):
        if part.empty:
            raise ValueError(
                f"The {name} part is empty: the data runs from {first:%Y-%m-%d %H:%M} to "
                f"{last:%Y-%m-%d %H:%M}, and train_until is {cut:%Y-%m-%d %H:%M}. "
                "Choose a train_until inside that range.")
    return train, test


def train_failure_model(features: pd.DataFrame, labels: pd.Series, seed: int = 2025,
                        n_estimators: int = 100) -> RandomForestClassifier:
    """A random forest that flags hours when a breakdown is near (label True).

    Learns from `feature_columns(features)`; `labels` may be aligned with the features or
    with the whole sensor frame. class_weight="balanced" weighs each warning hour by
    (rows ÷ (2 × warning rows)), so the few warning hours are not drowned out by the
    many healthy ones. Shallow trees (max_depth 6, at least 10 rows a leaf) keep it
    fast on one core and less prone to memorising single hours.
    """
    y = _aligned(labels, features)
    if y.nunique() < 2:
        raise ValueError(
            "The training labels are all the same (no breakdown warning hours, or only "
            "warning hours): there is nothing to learn. Move train_until later or simulate "
            "a longer or busier fleet.")
    model = RandomForestClassifier(n_estimators=n_estimators, max_depth=6, min_samples_leaf=10,
                                   class_weight="balanced", n_jobs=1, random_state=seed)
    return model.fit(features[feature_columns(features)], y)


def _job_times(sensors: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """Start hour of every logged job: breakdowns as breakdown_times, services at their
    `timestamp`, or at midnight of their date when the log has no hour."""
    planned = events.loc[events["event_type"] != "breakdown"]
    hour = planned["timestamp"] if "timestamp" in planned.columns else \
        pd.to_datetime(planned["date"])
    services = pd.DataFrame({"machine_id": planned["machine_id"], "timestamp": hour})
    return pd.concat([breakdown_times(sensors, events), services], ignore_index=True)


def _limit(zone: str | float) -> float:
    if isinstance(zone, str):
        if zone.upper() not in ZONE_FLOOR:
            raise ValueError(f"zone must be 'B', 'C' or 'D' (ISO 10816-1) or a vibration in "
                             f"mm/s, e.g. 2.5 (got {zone!r}).")
        return ZONE_FLOOR[zone.upper()]
    if isinstance(zone, bool) or not isinstance(zone, numbers.Real) or not zone > 0:
        raise ValueError(f"zone must be a zone letter or a vibration above 0 mm/s "
                         f"(got {zone!r}).")
    return float(zone)


def _positive(name: str, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or not value > 0:
        raise ValueError(f"{name} must be a number above 0 (got {value!r}).")


def _require(frame: object, columns: tuple[str, ...], name: str) -> None:
    if not isinstance(frame, pd.DataFrame):
        raise TypeError(f"{name} must be a pandas DataFrame, not {type(frame).__name__}.")
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ValueError(f"{name} is missing the column(s) {', '.join(missing)}. Load it "
                         "with score_helpers.data.load(...) or maintenance_sim.simulate_fleet"
                         "(...); see datasets/README.md.")


def _aligned(labels: pd.Series, features: pd.DataFrame) -> pd.Series:
    """The labels of the feature rows, by index; ValueError if some rows have no label."""
    if not isinstance(labels, pd.Series):
        raise TypeError(f"labels must be a pandas Series, not {type(labels).__name__}.")
    missing = features.index.difference(labels.index)
    if len(missing):
        raise ValueError(f"labels has no value for {len(missing)} feature rows (first: row "
                         f"{missing[0]!r}). Make the labels from the same sensor frame.")
    return labels.loc[features.index].astype(bool)
