"""Every word the maintenance what-if simulator shows: the IDs
`app.maintenance_simulator.<key>` of score_helpers.i18n (i18n/en_apps.py, fil_apps.py).

    from score_helpers.widgets.maintenance_simulator.labels import text
    text("fil", "policy_reactive")          # 'Ayusin kapag nasira'
"""

from __future__ import annotations

from score_helpers.i18n import section_text
from score_helpers.i18n.en_apps import MAINTENANCE_SIMULATOR as EN
from score_helpers.i18n.fil_apps import MAINTENANCE_SIMULATOR as FIL
from score_helpers.widgets.common.language import language_from_env

__all__ = ["EN", "FIL", "LABELS", "language_from_env", "text"]

LABELS: dict[str, dict[str, str]] = {"en": EN, "fil": FIL}
text = section_text("app.maintenance_simulator")
