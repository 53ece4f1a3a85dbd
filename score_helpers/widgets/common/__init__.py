"""What every app shares: the starting language and the chart drawing.

- `language`      the language an app starts in (?lang= of the page, else SCORE_LANG);
- `chart_worker`  draws charts in a background thread so the widgets stay responsive;
- `chart_layout`  saves a figure as PNG, laying it out only when its words change shape;
- `chart_process` a helper process that draws one chart while the kernel draws another.
"""
