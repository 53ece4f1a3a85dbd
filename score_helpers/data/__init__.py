"""Data in: the curriculum's datasets and a factory's own files, as checked tables.

Everything downstream (kpi, maintenance, safety, drafting, llm, the widgets) starts from
the frames this package hands out; it knows no KPI, model or widget.

    from score_helpers import data
    df = data.load("garments_daily")             # a bundled dataset, ready to use
    mine = data.load_kpi_csv("my_kpis.xlsx")     # a factory's own CSV or Excel file
    data.suggest_mapping("my_kpis.xlsx")         # {'Team': 'line', 'Output': 'units_produced'}
    with data.loader_language("fil"):            # the apps: problems and fixes in Filipino
        data.load_kpi_csv(upload)                # DataError.groups(): the problems by kind

Inside:
- `load`          loading a dataset or an own file, with friendly `DataError`s (re-exported here);
- `loading/`      reading, column matching, dates, values and the problem list behind `load`;
- `column_mapping` a factory's own column names: preview, suggested mapping, saved mappings;
- `schema`        the columns of every dataset (names, types, ranges, meanings);
- `frame_checks`  small argument checks shared by the calculations (numbers, columns, dates);
- `safe_csv`      the one CSV writer: every export goes through it, so no cell runs as a
                  spreadsheet formula;
- `generate`      makes the seeded synthetic datasets and the data dictionary (`synth/` holds
                  one generator per dataset).
"""

from score_helpers.data.column_mapping import (
    FilePreview,
    preview_file,
    save_mapping,
    saved_mapping,
    suggest_mapping,
    suggestion_for,
)
from score_helpers.data.load import (
    DataError,
    Problem,
    ProblemGroup,
    dataset_names,
    friendly_errors,
    load,
    load_kpi_csv,
    read_raw,
)
from score_helpers.data.loading.messages import loader_language

__all__ = ["DataError", "FilePreview", "Problem", "ProblemGroup", "dataset_names",
           "friendly_errors", "load", "load_kpi_csv", "loader_language", "preview_file",
           "read_raw", "save_mapping", "saved_mapping", "suggest_mapping", "suggestion_for"]
