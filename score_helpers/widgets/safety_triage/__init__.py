"""The safety triage app (apps/safety_triage.ipynb): a report in, a suggestion out, the
person decides, the report is saved to the factory's log.

    from score_helpers.widgets.safety_triage import build_app
    build_app()

Inside:
- `app`     the widgets and their wiring;
- `form`    the report form and the committee's decision;
- `view`    the suggestion, its words and the review flag as HTML;
- `register_import` a whole register uploaded, its columns mapped, checked and added;
- `register_table`  the table where the committee confirms each imported report;
- `labels`  the app's words (IDs `app.safety_triage.*` of score_helpers.i18n).
"""

from score_helpers.widgets.safety_triage.app import SafetyTriage, build_app

__all__ = ["SafetyTriage", "build_app"]
