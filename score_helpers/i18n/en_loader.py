"""English: every sentence the data loader shows (IDs `data.loader.<NAME>`).

The keys are the names `score_helpers.data.loading.messages` gives them (`msg.FIX_CELLS`),
which is also the `kind` of each Problem. Rules: short sentences, plain words, no idioms,
one fix per message. Placeholders in braces are filled with `str.format`; values arrive
already quoted. The Filipino is in fil_loader.py, under the same keys.
"""

from __future__ import annotations

LOADER: dict[str, str] = {
    # --- The DataError summary -------------------------------------------------------------
    "SUMMARY_ONE": "{file}: 1 problem found.",
    "SUMMARY_MANY": "{file}: {count} problems found.",
    "MORE": "… and {count} more.",
    "WHERE_COLUMN_ROW": "column {column}, row {row}",
    "WHERE_COLUMN": "column {column}",
    "WHERE_ROW": "row {row}",
    "SAME_IN_ROWS": "The same problem in {count} more rows: {rows}.",
    "SAME_IN_ROWS_SOME": "The same problem in {count} more rows, such as {rows}.",
    "SAME_IN_PLACES": "The same problem in {count} more places: {places}.",
    "SAME_IN_PLACES_SOME": "The same problem in {count} more places, such as {places}.",
    "FIX_CELLS": "Fix these cells in your spreadsheet and load the file again.",
    "FIX_FILE": "Fix this in your spreadsheet and load the file again.",
    "FIX_PROBLEMS": "Fix these problems in your spreadsheet and load the file again.",
    "FIX_SAVE_AS": ("In Excel, choose File > Save As > 'CSV UTF-8' or 'Excel Workbook "
                    "(.xlsx)', then load the new file."),
    # --- Finding and reading the file -------------------------------------------------------
    "FILE_NOT_FOUND": "cannot find the file {path}. The current folder is {cwd}.",
    "FILE_NOT_FOUND_SIMILAR": "A file with a similar name is in that folder: {similar}.",
    "FIX_FILE_NOT_FOUND": "Check the file name and the folder, then try again.",
    "IS_A_FOLDER": "{path} is a folder, not a file.",
    "FIX_IS_A_FOLDER": "Give the path of the file inside the folder.",
    "CANNOT_OPEN": "the file cannot be opened.",
    "FIX_CANNOT_OPEN": "If the file is open in Excel, close it there and try again.",
    "NOT_A_FILE": "expected the name of a file, or an uploaded file, but got {kind}.",
    "FIX_NOT_A_FILE": 'Give the file name in quotes, for example data.load_kpi_csv("my_kpis.csv").',
    "EMPTY_FILE": "the file is empty (0 bytes).",
    "BLANK_FILE": "the file has no data, only spaces or empty lines.",
    "FIX_EMPTY": ("Open the file in Excel, check that your data is in it, save it and load it "
                  "again."),
    "HEADER_ONLY": "the file has column names but no rows of data.",
    "FIX_HEADER_ONLY": ("Add the data rows below the column names, save the file and load it "
                        "again."),
    "NOT_TEXT": "this does not look like a CSV or spreadsheet file{kind}.",
    "LOOKS_LIKE": " (it looks like {kind})",
    "KIND_PDF": "a PDF file",
    "KIND_PICTURE": "a picture",
    "KIND_RTF": "a Word (RTF) document",
    "KIND_WORD": "a Word document",
    "KIND_ARCHIVE": "a compressed archive",
    "KIND_ZIP": "a ZIP archive",
    "KIND_WEB_PAGE": "a web page or an XML file",
    "UPLOADED_FILE": "uploaded file",  # the file name shown when an upload has no name
    "SEVERAL_FILES": "your files",  # the summary's name when problems come from several files
    "OLD_XLS": "this is an old Excel file (.xls), or a workbook with a password.",
    "FIX_OLD_XLS": ("Open it in Excel, remove any password, choose File > Save As > 'Excel "
                    "Workbook (.xlsx)' and load the .xlsx file."),
    "ODS_NOT_SUPPORTED": "OpenDocument files (.ods) are not supported.",
    "FIX_ODS": ("Open the file and choose File > Save As > 'Excel Workbook (.xlsx)' or 'CSV "
                "UTF-8', then load that file."),
    "BROKEN_XLSX": "the Excel file cannot be read. It may be damaged.",
    "FIX_BROKEN_XLSX": "Open it in Excel, save it again as .xlsx and load it again.",
    "NO_SUCH_SHEET": "the workbook has no sheet {sheet}. Its sheets are: {sheets}.",
    "FIX_NO_SUCH_SHEET": "Give one of these sheet names, for example sheet={example}.",
    # --- Size limits (checked before the file is read; see limits.py and package.py) ----------
    "OVER_LIMIT": "more than {limit}",  # a count that stopped at the limit: 'more than 200,000'
    "FILE_TOO_BIG": "the file is {size} MB. SCORE AI Lab reads files up to {limit} MB.",
    "FIX_TOO_BIG": ("Keep only the months you need (for example the last year), or one factory "
                    "per file, save it and load it again."),
    "TOO_MANY_ROWS": "the file has {rows} rows. SCORE AI Lab reads up to {limit} rows.",
    "FIX_TOO_MANY_ROWS": "Save one year or one factory per file and load that.",
    "TOO_MANY_COLUMNS": ("this row has {columns} cells. SCORE AI Lab reads up to {limit} "
                         "columns."),
    "FIX_TOO_MANY_COLUMNS": ("Delete the columns you do not need, also empty ones far to the "
                             "right of your table, save the file and load it again."),
    "TOO_MANY_CSV_CELLS": ("the file has {cells} cells (rows × columns). SCORE AI Lab reads up "
                           "to {limit} cells."),
    "TOO_MANY_EXCEL_CELLS": ("the workbook has {cells} cells. SCORE AI Lab reads Excel files "
                             "up to {limit} cells (about {rows} rows of 25 columns), because "
                             "Excel files are slow to read."),
    "FIX_TOO_MANY_EXCEL_CELLS": ("Save the sheet as 'CSV UTF-8' (File > Save As) and load the "
                                 "CSV file, which can have up to {rows} rows. Or save one "
                                 "year or one factory per file."),
    "UNPACKED_TOO_BIG": ("the Excel file holds {size} MB of data once unpacked. SCORE AI Lab "
                         "reads Excel files up to {limit} MB unpacked."),
    "TOO_MANY_PARTS": ("the Excel file is made of {count} parts. A workbook has a few dozen; "
                       "SCORE AI Lab reads up to {limit}."),
    "PACKED_TOO_TIGHT": ("the part {part} of the Excel file unpacks to {ratio} times its size. "
                         "No spreadsheet program saves files like this."),
    "FIX_RESAVE": ("If you made this file, open it in Excel, choose File > Save As > 'Excel "
                   "Workbook (.xlsx)' or 'CSV UTF-8', and load the new file."),
    "TOO_COMPLEX": ("the Excel file is too large to read quickly: its rows, cells, text and "
                    "formatting make more than {limit} XML elements."),
    "TOO_MANY_CELLS": ("this row has {found} cells but there are only {expected} column names. "
                       "A comma inside a number or a text can split a cell: remove the comma "
                       "or put the value in quotes."),
    # --- Column names (the header row) --------------------------------------------------------
    "UNKNOWN_COLUMN_SUGGEST": ("this is not a known column; did you mean {suggestion}? Rename "
                               "the header and load again."),
    "UNKNOWN_COLUMN_SYNONYM": ("this is not a known column; did you mean {suggestion} (read as "
                               "{name})? Rename the header and load again."),
    "MISSING_COLUMN": ("the file has no column {column}. Add a column with this name in the "
                       "first row, or check the spelling of the header."),
    "MISSING_COLUMNS": ("the file has no columns {columns}. Add columns with these names in "
                        "the first row, or check the spelling of the headers."),
    "MAPPING_NO_SUCH_HEADER": ("the column mapping names the column {column}, but the file has "
                               "no column with that name."),
    "MAPPING_UNKNOWN_NAME": ("the column mapping uses {name}, which is not a column this app "
                             "reads."),
    "MAPPING_SAME_TARGET": "{headers} are all mapped to {name}. Choose one of them.",
    "AMBIGUOUS_COLUMN": ("{headers} could all be {name}. Choose which one it is (the column "
                         "mapping), or rename the others."),
    "FIX_MAPPING": "Change the column mapping and load the file again.",
    "MAPPED_NOTE": "Columns used: {pairs}.",
    "MAPPED_PAIR": "{header} as {name}",
    "HEADER_LOWER_DOWN": ("the column names seem to be in row {row}, not in row {header_row}. "
                          "Delete the rows above the column names and load again."),
    "DUPLICATE_COLUMN": ("the same column appears more than once: {headers} (spreadsheet "
                         "columns {letters}). Delete or rename the extra ones."),
    # --- Cell values --------------------------------------------------------------------------
    "EMPTY_COUNT": "the cell is empty; enter 0 if there were none.",
    "EMPTY_AMOUNT": "the cell is empty; enter 0 if there was none.",
    "EMPTY_DATE": "the cell is empty; enter the date.",
    "EMPTY_TEXT": "the cell is empty; fill it in.",
    "EXCEL_ERROR": ("found {value}, a spreadsheet formula error. Fix the formula, or type the "
                    "value in the cell."),
    "NOT_WHOLE_NUMBER": "expected a whole number, found {value}{hint}.",
    "NOT_WHOLE_HAS_DECIMALS": ("expected a whole number, found {value}. A count cannot have "
                               "decimals."),
    "NOT_A_NUMBER": "expected a number, found {value}{hint}.",
    "NEGATIVE": "found {value}, but this cannot be negative.",
    "HINT_LETTER_O": " (letter O?)",
    "HINT_LETTER_L": " (letter l or I instead of 1?)",
    "HINT_PERCENT": " (write the number without the % sign)",
    "HINT_DASH": " (if it means zero, enter 0)",
    "HINT_TEXT_WITH_NUMBER": " (write only the number, without words)",
    "HINT_TWO_SEPARATORS": " (check the commas and dots)",
    # --- Dates --------------------------------------------------------------------------------
    "NOT_A_DATE": "expected a date such as 2025-03-05 or 05/03/2025, found {value}.",
    "NOT_A_REAL_DATE": "found {value}, which is not a real date. Check the day and the month.",
    "DATE_TOO_OLD": "found {value}, which is before the year 2000. Check the year.",
    "DATE_IN_FUTURE": "found {value}, which is more than a year from today. Check the year.",
    "MIXED_DATE_ORDER": ("some dates put the day first (row {day_row}: {day_value}) and some "
                         "put the month first (row {month_row}: {month_value}). Use one date "
                         "format in the whole column, for example 2025-03-05."),
    # --- Row rules ----------------------------------------------------------------------------
    "MORE_THAN": ("{small} ({small_value}) is more than {large} ({large_value}). {reason} "
                  "Check both cells."),
    "DUPLICATE_KEY": ("this row is for the same {what} as row {first}: {values}. Delete one "
                      "of the two rows, or add them together into one row."),
    "DUPLICATE_KEY_SPLIT": ("this row is for the same {what} as row {first}: {values}. If the "
                            "rows are for different shifts, departments or products, add a "
                            "column that says which, such as 'Shift'. Else delete one of the "
                            "two rows."),
    "DUPLICATE_ROW": "this row is exactly the same as row {first}. Delete one of the two rows.",
    "SPELLING_VARIANT": ("found {value}, but other rows write {usual}. Use the same spelling "
                         "in every row."),
    # --- Bundled datasets ---------------------------------------------------------------------
    "UNKNOWN_DATASET": "there is no dataset with this name.{suggestion}",
    "UNKNOWN_DATASET_SUGGEST": " Did you mean {suggestion}?",
    "DATASETS_LIST": "The datasets are: {names}.",
    "DATASET_MISSING": "the dataset file {path} is missing.",
    "FIX_DATASET_MISSING": ("Ask your trainer to restore the datasets folder, or run the "
                            "set-up again."),
    # Why each row rule holds (used in MORE_THAN).
    "REASON_DEFECTS": "Defects cannot be more than the units produced.",
    "REASON_REWORK_SCRAP": "Reworked plus scrapped pieces cannot be more than the defects.",
    "REASON_ORDERS": "Orders on time cannot be more than the orders due.",
    "REASON_ABSENT": "Absent days cannot be more than the scheduled worker-days.",
    "REASON_DOWNTIME": "Downtime cannot be longer than the planned time.",
    "REASON_LTI": "A lost-time injury is also an incident, so there cannot be more of them.",
    # How a row key is described in DUPLICATE_KEY ("the same factory, line and day").
    "KEY_FACTORY": "factory",
    "KEY_LINE": "line",
    "KEY_DATE": "day",
    "KEY_CAUSE": "cause",
    "KEY_DEPARTMENT": "department",
    "KEY_SHIFT": "shift",
    "KEY_PRODUCT": "product",
    "AND": "and",
}

SECTIONS: dict[str, dict[str, str]] = {"data.loader": LOADER}
