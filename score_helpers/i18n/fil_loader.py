"""Filipino: every sentence the data loader shows (same keys as en_loader.py).

Taglish as a supervisor says it at the line: the words of the spreadsheet and the shop
floor stay English (file, row, column, cell, header, Excel, CSV, defects, output, shift,
downtime); one fix per message.
"""

from __future__ import annotations

LOADER: dict[str, str] = {
    # --- The DataError summary ---------------------------------------------------------------
    "SUMMARY_ONE": "{file}: may 1 problema.",
    "SUMMARY_MANY": "{file}: may {count} problema.",
    "MORE": "… at {count} pa.",
    "WHERE_COLUMN_ROW": "column {column}, row {row}",
    "WHERE_COLUMN": "column {column}",
    "WHERE_ROW": "row {row}",
    "SAME_IN_ROWS": "Ganito rin ang problema sa {count} pang row: {rows}.",
    "SAME_IN_ROWS_SOME": "Ganito rin ang problema sa {count} pang row, gaya ng {rows}.",
    "SAME_IN_PLACES": "Ganito rin ang problema sa {count} pang bahagi ng file: {places}.",
    "SAME_IN_PLACES_SOME": ("Ganito rin ang problema sa {count} pang bahagi ng file, gaya ng "
                            "{places}."),
    "FIX_CELLS": "Ayusin ang mga cell na ito sa spreadsheet mo, tapos i-load ulit ang file.",
    "FIX_FILE": "Ayusin ito sa spreadsheet mo, tapos i-load ulit ang file.",
    "FIX_PROBLEMS": "Ayusin ang mga problemang ito sa spreadsheet mo, tapos i-load ulit ang file.",
    "FIX_SAVE_AS": ("Sa Excel, piliin ang File > Save As > 'CSV UTF-8' o 'Excel Workbook "
                    "(.xlsx)', tapos i-load ang bagong file."),
    # --- Finding and reading the file --------------------------------------------------------
    "FILE_NOT_FOUND": "hindi makita ang file na {path}. Ang folder ngayon ay {cwd}.",
    "FILE_NOT_FOUND_SIMILAR": "May file na kahawig ang pangalan sa folder na iyon: {similar}.",
    "FIX_FILE_NOT_FOUND": "Tingnan ang pangalan ng file at ang folder, tapos subukan ulit.",
    "IS_A_FOLDER": "folder ang {path}, hindi file.",
    "FIX_IS_A_FOLDER": "Ibigay ang path ng file na nasa loob ng folder.",
    "CANNOT_OPEN": "hindi mabuksan ang file.",
    "FIX_CANNOT_OPEN": "Kung bukas ang file sa Excel, isara muna ito doon at subukan ulit.",
    "NOT_A_FILE": ("pangalan ng file o in-upload na file ang kailangan, pero {kind} ang "
                   "ibinigay."),
    "FIX_NOT_A_FILE": ('Isulat ang pangalan ng file sa loob ng quotes, halimbawa '
                       'data.load_kpi_csv("my_kpis.csv").'),
    "EMPTY_FILE": "walang laman ang file (0 bytes).",
    "BLANK_FILE": "walang data ang file, puro space o blangkong linya lang.",
    "FIX_EMPTY": ("Buksan ang file sa Excel, tingnan kung nandoon ang data mo, i-save ito at "
                  "i-load ulit."),
    "HEADER_ONLY": "may mga pangalan ng column ang file pero walang row ng data.",
    "FIX_HEADER_ONLY": ("Ilagay ang mga row ng data sa ilalim ng mga pangalan ng column, "
                        "i-save ang file at i-load ulit."),
    "NOT_TEXT": "mukhang hindi ito CSV o spreadsheet file{kind}.",
    "LOOKS_LIKE": " (mukhang {kind} ito)",
    "KIND_PDF": "PDF file",
    "KIND_PICTURE": "larawan",
    "KIND_RTF": "Word (RTF) document",
    "KIND_WORD": "Word document",
    "KIND_ARCHIVE": "compressed archive",
    "KIND_ZIP": "ZIP archive",
    "KIND_WEB_PAGE": "web page o XML file",
    "UPLOADED_FILE": "in-upload na file",
    "SEVERAL_FILES": "mga file mo",
    "OLD_XLS": "lumang Excel file ito (.xls), o workbook na may password.",
    "FIX_OLD_XLS": ("Buksan ito sa Excel, alisin ang password kung meron, piliin ang File > "
                    "Save As > 'Excel Workbook (.xlsx)' at i-load ang .xlsx file."),
    "ODS_NOT_SUPPORTED": "hindi nababasa ang OpenDocument files (.ods).",
    "FIX_ODS": ("Buksan ang file at piliin ang File > Save As > 'Excel Workbook (.xlsx)' o "
                "'CSV UTF-8', tapos i-load ang file na iyon."),
    "BROKEN_XLSX": "hindi mabasa ang Excel file. Baka sira ito.",
    "FIX_BROKEN_XLSX": "Buksan ito sa Excel, i-save ulit bilang .xlsx at i-load ulit.",
    "NO_SUCH_SHEET": "walang sheet na {sheet} sa workbook. Ang mga sheet nito ay: {sheets}.",
    "FIX_NO_SUCH_SHEET": ("Ibigay ang isa sa mga pangalan ng sheet na ito, halimbawa "
                          "sheet={example}."),
    # --- Size limits -------------------------------------------------------------------------
    "OVER_LIMIT": "higit sa {limit}",
    "FILE_TOO_BIG": ("{size} MB ang file. Hanggang {limit} MB lang ang nababasa ng "
                     "SCORE AI Lab."),
    "FIX_TOO_BIG": ("Iwan lang ang mga buwan na kailangan mo (halimbawa ang huling taon), o "
                    "isang factory bawat file, i-save ito at i-load ulit."),
    "TOO_MANY_ROWS": ("may {rows} row ang file. Hanggang {limit} row lang ang nababasa ng "
                      "SCORE AI Lab."),
    "FIX_TOO_MANY_ROWS": "Mag-save ng isang taon o isang factory bawat file, at iyon ang i-load.",
    "TOO_MANY_COLUMNS": ("may {columns} cell ang row na ito. Hanggang {limit} column lang ang "
                         "nababasa ng SCORE AI Lab."),
    "FIX_TOO_MANY_COLUMNS": ("Burahin ang mga column na hindi mo kailangan, pati ang mga "
                             "blangkong column sa malayong kanan ng table mo, i-save ang file "
                             "at i-load ulit."),
    "TOO_MANY_CSV_CELLS": ("may {cells} cell ang file (rows × columns). Hanggang {limit} cell "
                           "lang ang nababasa ng SCORE AI Lab."),
    "TOO_MANY_EXCEL_CELLS": ("may {cells} cell ang workbook. Hanggang {limit} cell lang ng "
                             "Excel file ang nababasa ng SCORE AI Lab (mga {rows} row na may "
                             "25 column), dahil mabagal basahin ang Excel files."),
    "FIX_TOO_MANY_EXCEL_CELLS": ("I-save ang sheet bilang 'CSV UTF-8' (File > Save As) at "
                                 "i-load ang CSV file, na puwedeng umabot sa {rows} row. O "
                                 "mag-save ng isang taon o isang factory bawat file."),
    "UNPACKED_TOO_BIG": ("{size} MB ang data ng Excel file kapag na-unpack. Hanggang {limit} "
                         "MB na unpacked lang ang nababasa ng SCORE AI Lab."),
    "TOO_MANY_PARTS": ("binubuo ng {count} bahagi ang Excel file. Ilang dosena lang ang "
                       "karaniwan sa workbook; hanggang {limit} lang ang nababasa ng "
                       "SCORE AI Lab."),
    "PACKED_TOO_TIGHT": ("ang bahaging {part} ng Excel file ay lumalaki nang {ratio} beses "
                         "kapag na-unpack. Walang spreadsheet program na nagse-save ng file "
                         "nang ganito."),
    "FIX_RESAVE": ("Kung ikaw ang gumawa ng file na ito, buksan ito sa Excel, piliin ang File > "
                   "Save As > 'Excel Workbook (.xlsx)' o 'CSV UTF-8', at i-load ang bagong "
                   "file."),
    "TOO_COMPLEX": ("masyadong malaki ang Excel file para mabasa nang mabilis: higit sa "
                    "{limit} XML element ang rows, cells, text at formatting nito."),
    "TOO_MANY_CELLS": ("may {found} cell ang row na ito pero {expected} lang ang pangalan ng "
                       "column. Nahahati ang cell kapag may comma sa loob ng numero o text: "
                       "alisin ang comma o ilagay ang value sa loob ng quotes."),
    # --- Column names (the header row) -------------------------------------------------------
    "UNKNOWN_COLUMN_SUGGEST": ("hindi ito kilalang column; {suggestion} ba ang ibig mong "
                               "sabihin? Palitan ang header at i-load ulit."),
    "UNKNOWN_COLUMN_SYNONYM": ("hindi ito kilalang column; {suggestion} ba ang ibig mong "
                               "sabihin (babasahin bilang {name})? Palitan ang header at "
                               "i-load ulit."),
    "MISSING_COLUMN": ("walang column na {column} ang file. Magdagdag ng column na ganito ang "
                       "pangalan sa unang row, o tingnan ang spelling ng header."),
    "MISSING_COLUMNS": ("walang columns na {columns} ang file. Magdagdag ng mga column na "
                        "ganito ang pangalan sa unang row, o tingnan ang spelling ng mga "
                        "header."),
    "MAPPING_NO_SUCH_HEADER": ("binanggit ng column mapping ang column na {column}, pero "
                               "walang column na ganito ang pangalan sa file."),
    "MAPPING_UNKNOWN_NAME": ("ginamit ng column mapping ang {name}, na hindi column na "
                             "binabasa ng app na ito."),
    "MAPPING_SAME_TARGET": "naka-map lahat sa {name} ang {headers}. Isa lang ang piliin.",
    "AMBIGUOUS_COLUMN": ("puwedeng {name} ang {headers}. Piliin kung alin talaga (sa column "
                         "mapping), o palitan ang pangalan ng iba."),
    "FIX_MAPPING": "Baguhin ang column mapping at i-load ulit ang file.",
    "MAPPED_NOTE": "Mga column na ginamit: {pairs}.",
    "MAPPED_PAIR": "{header} bilang {name}",
    "HEADER_LOWER_DOWN": ("mukhang nasa row {row} ang mga pangalan ng column, hindi sa row "
                          "{header_row}. Burahin ang mga row sa itaas ng mga pangalan ng "
                          "column at i-load ulit."),
    "DUPLICATE_COLUMN": ("higit sa isang beses lumabas ang parehong column: {headers} "
                         "(spreadsheet columns {letters}). Burahin o palitan ang pangalan ng "
                         "mga sobra."),
    # --- Cell values -------------------------------------------------------------------------
    "EMPTY_COUNT": "walang laman ang cell; ilagay ang 0 kung wala.",
    "EMPTY_AMOUNT": "walang laman ang cell; ilagay ang 0 kung wala.",
    "EMPTY_DATE": "walang laman ang cell; ilagay ang petsa.",
    "EMPTY_TEXT": "walang laman ang cell; lagyan ito.",
    "EXCEL_ERROR": ("may {value}, isang formula error ng spreadsheet. Ayusin ang formula, o "
                    "i-type ang value sa cell."),
    "NOT_WHOLE_NUMBER": "buong numero ang kailangan, pero {value} ang nakita{hint}.",
    "NOT_WHOLE_HAS_DECIMALS": ("buong numero ang kailangan, pero {value} ang nakita. Walang "
                               "decimal ang bilang ng piraso."),
    "NOT_A_NUMBER": "numero ang kailangan, pero {value} ang nakita{hint}.",
    "NEGATIVE": "may {value}, pero hindi ito puwedeng negative.",
    "HINT_LETTER_O": " (letrang O?)",
    "HINT_LETTER_L": " (letrang l o I imbes na 1?)",
    "HINT_PERCENT": " (isulat ang numero nang walang % sign)",
    "HINT_DASH": " (kung zero ang ibig sabihin, ilagay ang 0)",
    "HINT_TEXT_WITH_NUMBER": " (numero lang ang isulat, walang salita)",
    "HINT_TWO_SEPARATORS": " (tingnan ang mga comma at tuldok)",
    # --- Dates -------------------------------------------------------------------------------
    "NOT_A_DATE": ("petsa ang kailangan, gaya ng 2025-03-05 o 05/03/2025, pero {value} ang "
                   "nakita."),
    "NOT_A_REAL_DATE": "may {value}, na hindi totoong petsa. Tingnan ang araw at ang buwan.",
    "DATE_TOO_OLD": "may {value}, na bago pa ang taong 2000. Tingnan ang taon.",
    "DATE_IN_FUTURE": "may {value}, na higit isang taon mula ngayon. Tingnan ang taon.",
    "MIXED_DATE_ORDER": ("may mga petsang nauuna ang araw (row {day_row}: {day_value}) at may "
                         "nauuna ang buwan (row {month_row}: {month_value}). Iisang format ng "
                         "petsa ang gamitin sa buong column, halimbawa 2025-03-05."),
    # --- Row rules ---------------------------------------------------------------------------
    "MORE_THAN": ("mas marami ang {small} ({small_value}) kaysa sa {large} ({large_value}). "
                  "{reason} Tingnan ang dalawang cell."),
    "DUPLICATE_KEY": ("pareho ang {what} ng row na ito at ng row {first}: {values}. Burahin "
                      "ang isa sa dalawang row, o pagsamahin sila sa isang row."),
    "DUPLICATE_KEY_SPLIT": ("pareho ang {what} ng row na ito at ng row {first}: {values}. Kung "
                            "magkaibang shift, department o produkto ang dalawang row, "
                            "magdagdag ng column na nagsasabi kung alin, gaya ng 'Shift'. "
                            "Kung hindi, burahin ang isa sa dalawang row."),
    "DUPLICATE_ROW": ("kaparehong-kapareho ng row na ito ang row {first}. Burahin ang isa sa "
                      "dalawang row."),
    "SPELLING_VARIANT": ("may {value}, pero {usual} ang sulat sa ibang row. Iisang spelling "
                         "ang gamitin sa lahat ng row."),
    # --- Bundled datasets --------------------------------------------------------------------
    "UNKNOWN_DATASET": "walang dataset na ganito ang pangalan.{suggestion}",
    "UNKNOWN_DATASET_SUGGEST": " {suggestion} ba ang ibig mong sabihin?",
    "DATASETS_LIST": "Ang mga dataset ay: {names}.",
    "DATASET_MISSING": "nawawala ang dataset file na {path}.",
    "FIX_DATASET_MISSING": ("Sabihan ang trainer mo na ibalik ang datasets folder, o patakbuhin "
                            "ulit ang set-up."),
    # Why each row rule holds (used in MORE_THAN).
    "REASON_DEFECTS": "Hindi puwedeng mas marami ang defects kaysa sa output (units produced).",
    "REASON_REWORK_SCRAP": ("Hindi puwedeng mas marami ang reworked at scrapped na piraso "
                            "kaysa sa defects."),
    "REASON_ORDERS": "Hindi puwedeng mas marami ang orders on time kaysa sa orders due.",
    "REASON_ABSENT": ("Hindi puwedeng mas marami ang absent days kaysa sa scheduled "
                      "worker-days."),
    "REASON_DOWNTIME": "Hindi puwedeng mas mahaba ang downtime kaysa sa planned time.",
    "REASON_LTI": "Incident din ang lost-time injury, kaya hindi puwedeng mas marami ito.",
    # How a row key is described in DUPLICATE_KEY ("ang line, araw at shift").
    "KEY_FACTORY": "factory",
    "KEY_LINE": "line",
    "KEY_DATE": "araw",
    "KEY_CAUSE": "sanhi",
    "KEY_DEPARTMENT": "department",
    "KEY_SHIFT": "shift",
    "KEY_PRODUCT": "produkto",
    "AND": "at",
}

SECTIONS: dict[str, dict[str, str]] = {"data.loader": LOADER}
