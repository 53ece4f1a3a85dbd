"""The QCDMS KPI dashboard app (apps/kpi_dashboard.ipynb): cards, trend, weekly changes and
Pareto for the practice data or a factory's own file.

    from score_helpers.widgets.kpi_dashboard import build_app
    build_app()

Inside:
- `app`             the widgets and their wiring;
- `upload_flow`     a factory's own file in three steps: the file, its columns, its KPIs;
- `filters`         drop-downs for a file's department, shift or product;
- `state`           what is shown (data, lines, weeks, filters, language) and the uploads;
- `selection`, `snapshot`, `cards`  the chosen rows, the view computed from them, and the
                    five pillar cards (each pillar's best KPI the file allows);
- `tables`          the KPI table (CSV), "what changed this week" and the Pareto's causes;
- `data`            the practice data or an uploaded file, as a checked daily frame;
- `notices`         messages, and a file's problems as a short grouped list;
- `charts`          the charts, drawn by the shared chart worker;
- `view`, `parts`   cards and layout pieces;
- `lights`          a traffic light in colour, symbol and word (the KPI snapshot's too);
- `targets`, `targets_state`, `targets_editor`  the factory's own targets, kept in the
                    state and edited on the page;
- `labels`          the app's words (IDs `app.kpi_dashboard.*` of score_helpers.i18n).
"""

from score_helpers.widgets.kpi_dashboard.app import KpiDashboard, build_app

__all__ = ["KpiDashboard", "build_app"]
