"""The QCDMS KPI dashboard app (apps/kpi_dashboard.ipynb): cards, trend, weekly changes and
Pareto for the practice data or a factory's own file.

    from score_helpers.widgets.kpi_dashboard import build_app
    build_app()

Inside:
- `app`             the widgets and their wiring;
- `state`           what is shown (factory, line, weeks, language) and the cards;
- `data`            the practice data or an uploaded file, as weekly KPIs;
- `charts`          the charts, drawn by the shared chart worker;
- `view`, `parts`   cards and layout pieces;
- `targets`, `targets_editor`  the factory's own targets and their editor;
- `labels`          the app's words (IDs `app.kpi_dashboard.*` of score_helpers.i18n).
"""

from score_helpers.widgets.kpi_dashboard.app import KpiDashboard, build_app

__all__ = ["KpiDashboard", "build_app"]
