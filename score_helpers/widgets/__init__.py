"""Interactive widgets: the Voila apps, one subpackage (or module) per app.

- `kpi_dashboard/`, `document_assistant/`, `maintenance_simulator/`, `safety_triage/`:
  the factory apps, each with its app, views and labels;
- `kpi_snapshot`, `trainer_dashboard`: single-module apps;
- `gallery`: the apps gallery that `score-lab apps` serves; `gallery_access` (who may open
  the apps when they are shared with a class: the codes, the links, the pages) and
  `gallery_server` (Voila with those rules);
- `common/`: what all apps share (language, chart worker).

Widgets sit above the calculations: they use data, kpi, maintenance, safety, drafting and
llm (and grading's progress for the trainer dashboard); nothing below imports them.
"""
