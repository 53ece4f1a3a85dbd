"""The maintenance what-if simulator app (apps/maintenance_simulator.ipynb): compare
fix-when-broken, planned and predictive maintenance on a simulated machine.

    from score_helpers.widgets.maintenance_simulator import build_app
    build_app()

Inside:
- `app`     the widgets and their wiring;
- `chart`   the vibration chart with its zones and alerts;
- `labels`  the app's words (IDs `app.maintenance_simulator.*` of score_helpers.i18n).
"""

from score_helpers.widgets.maintenance_simulator.app import MaintenanceSimulator, build_app

__all__ = ["MaintenanceSimulator", "build_app"]
