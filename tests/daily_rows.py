"""A hand-built daily production row for small test frames."""

from __future__ import annotations

from score_helpers.data import schema


def daily_row(date: str, line: str = "Line A", **counts: object) -> dict[str, object]:
    """One daily row with every schema column; counts given override quiet defaults."""
    row: dict[str, object] = {c.name: 0 for c in schema.DAILY_PRODUCTION}
    row.update(date=date, factory="garments", line=line, product="polo shirt",
               units_produced=1000, defects=20, planned_minutes=450.0, downtime_minutes=30.0,
               ideal_cycle_time_min=0.3, orders_due=2, orders_on_time=2,
               material_cost_php=90_000.0, labour_cost_php=25_000.0, overhead_cost_php=9_000.0,
               headcount=40, scheduled_worker_days=40, days_absent=2, hours_worked=300.0)
    row.update(counts)
    return row
