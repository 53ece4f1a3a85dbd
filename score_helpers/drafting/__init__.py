"""Smarter collaboration: prompts for workplace documents and the human review of drafts.

    from score_helpers.drafting import prompts, review
    messages = prompts.build_prompt("toolbox_talk", fields)
    review.review_checklist(draft, fields, "toolbox_talk")   # ✔ / ✘ for a person to read

Inside:
- `prompts`       document types, their fields and the prompt built from them;
- `prompt_parts`  which of the five parts a participant's prompt has, judged by what each
                  part does (English, Filipino, Taglish; its word lists in `prompt_words`);
- `review`        the reviewer's checklist (placeholders, sections, personal data, numbers,
                  and the fact checks);
- `fact_check`    dates, attendees, names and roles, due dates of the form against the draft;
- `dates`, `people`  finding dates and names with roles in a text;
- `number_check`  every number in a draft against the numbers it was given;
- `export`        Markdown and Word files of a reviewed document;
- `kpi_summary`   the AI-drafted weekly KPI note for the notice board, with its number check.
Redaction of personal data lives in `score_helpers.privacy` (the llm client needs it too).
It builds on kpi and llm; it knows no widget, exercise or grading code.
"""
