"""SCORE AI Lab helpers: all the logic behind the notebooks and the Voila apps.

One package per concern. Data flows one way, and a package imports only those below it
(tests/test_architecture.py fails on an upward import or any import cycle):

    cli                       the `score-lab` command
    lessons/                  the teaching helpers behind each module notebook
    course/                   laptop check, slides, class hub check, Voila servers
    widgets/                  the Voila apps (one subpackage per app) and what they share
    grading/                  nbgrader release and grading, feedback, progress, certificates
    exercises/                the exercise engine and each module's questions
    action_plan/              the Enterprise Improvement Plan: gaps, 5 whys, draft, export
    drafting/  safety/        prompts and the review of drafts / triage, HIRAC, OSH reports
    kpi/  maintenance/  llm/  QCDMS formulas, targets, charts / the maintenance lab /
                              the offline model and remote providers
    data/  plot_style         checked tables from datasets or a factory's own file /
                              the chart style every chart shares
    i18n/  privacy  formatting  paths   string tables, redaction, number formats, folders

CONTRIBUTING.md (at the root of the repository) says where each kind of change goes.
Old module names (score_helpers.targets, score_helpers.mini_dashboard, …) still import:
see _compat.py.
"""

from score_helpers import _compat

_compat.install()
