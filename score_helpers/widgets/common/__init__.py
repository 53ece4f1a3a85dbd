"""What every app shares: the starting language and the chart worker.

- `language`      the language an app starts in (?lang= of the page, else SCORE_LANG);
- `chart_worker`  draws charts in a background thread so the widgets stay responsive.
"""
