"""Private helpers behind `score_helpers.data`: one concern per module.

sources   getting a file's bytes and name (path, bytes, file object, upload)
limits    how big a file may be (bytes, rows, columns, cells), checked before parsing
package   an .xlsx zip checked before openpyxl opens it (zip bombs, rows, cells)
reading   file type, encoding and delimiter; text cells indexed by spreadsheet row
excel     the cells of an .xlsx sheet as text
columns   matching headers to schema names
values    counts and amounts
dates     dates and times in every usual format
checks    rules across cells and rows (defects <= units, duplicates, spellings)
validate  the whole check, from text cells to a typed DataFrame
problems  the Problem record (with its kind), the collector, DataError and its groups
messages  every sentence shown to a participant, in the load's language (the sentences
          are in score_helpers/i18n/en_loader.py and fil_loader.py); loader_language
synonyms  the other names factories give our columns (English and Filipino)
mapping   which of a file's columns is which of ours: the suggestion, and checking one
applied_mapping  the title skipped, the mapping chosen (given, saved, suggested), the note
"""
