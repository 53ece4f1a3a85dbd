"""The teaching helpers behind each module notebook, one file per module, named like it.

- `welcome`                     00 · the laptop check and the course map;
- `kpi_tracking`                01 · the cleaning lesson and KPI walk-through;
- `document_drafting`           02 · live drafts with the offline model;
- `document_drafting_examples`  02 · its worked examples (prompts, rough notes, flawed minutes);
- `predictive_maintenance`      03 · the maintenance lab's steps and charts (its checks and
                                the AI4I part in `predictive_maintenance_checks`, `_ai4i`);
- `safety_checks`               04 · triage: sorting by hand, scoring, where it fails;
- `safety_checks_reports`       04 · WAIR and AEDR tables;
- `dashboards_and_action_plan`  05 · the small dashboard participants build and save.

Lessons sit at the top: they may use every package below them, and nothing imports them.
"""
