"""The maintenance what-if simulator app (apps/maintenance_simulator.ipynb): compare
fix-when-broken, planned and predictive maintenance on a simulated machine, then check a
machine's own sensor log with the same zones and alerts.

    from score_helpers.widgets.maintenance_simulator import build_app
    build_app()

Inside:
- `app`          the widgets and their wiring;
- `chart`        the vibration charts with their zones and alerts;
- `view`         the alerts and the own file's findings as HTML;
- `own_section`  "Your machine's data": upload, column mapping, results;
- `own_data`     reading a machine's own sensor file and checking it (no widgets);
- `own_units`    the unit of each reading, from its column name (in/s, °F converted);
- `labels`       the app's words (IDs `app.maintenance_simulator.*` of score_helpers.i18n).
"""

from score_helpers.widgets.maintenance_simulator.app import MaintenanceSimulator, build_app

__all__ = ["MaintenanceSimulator", "build_app"]
