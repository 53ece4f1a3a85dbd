"""The grievance log view: counts by status, a filtered table, days waiting, next step.

    from score_helpers import data
    from score_helpers.widgets.grievance_log import grievance_log_view, log_table
    grievance_log_view(data.load("grievances"))           # the widget, for module 02
    log_table(log, status="escalated", lang="fil")         # the same table as a DataFrame

Parts: `labels.py` (its words, from the string tables), `view.py` (the table and counts
in pandas), `app.py` (the ipywidgets around them, reusable by a Voila app). Names, SSS and
mobile numbers are hidden and the concern is redacted unless asked for (RA 10173).
"""

from score_helpers.widgets.grievance_log.app import grievance_log_view
from score_helpers.widgets.grievance_log.view import log_table, status_counts

__all__ = ["grievance_log_view", "log_table", "status_counts"]
