"""Every word the document assistant shows, in English and Filipino, keyed by an ID.

    from score_helpers.widgets.document_assistant_labels import text
    text("fil", "generate")                       # 'Isulat ang draft'
    text("en", "done", seconds="6.5", provider="offline · …")

The same pattern as dashboard_labels: one table a language, `str.format` placeholders in
braces, and a test that keeps the tables in step. What comes from other modules stays in
English: the document titles and field hints (score_helpers.prompts), the redaction
preview (privacy) and the review checklist (review).
"""

from __future__ import annotations

EN: dict[str, str] = {
    "subtitle": "You give the facts, the AI writes a first draft, and a person checks and "
                "edits it before anyone else reads it.",
    "model": "Model: {provider}",
    "step_fill": "1 · Choose the document and fill in the facts",
    "kind": "Document",
    "language": "Write in",
    "length": "Length",
    "length_short": "Short",
    "length_medium": "Medium",
    "length_long": "Long",
    "required_note": "Boxes marked * must be filled in. Write only facts you know: the AI "
                     "must not guess them.",
    "roster": "Names to keep out (optional)",
    "roster_placeholder": "one name per line, e.g. the workers named in your notes",
    "roster_help": "These names become [NAME] in the text for an online model, and the "
                   "review flags them if they appear in the draft.",
    "step_preview": "2 · Check what will be sent",
    "preview_waiting": "Fill in the boxes marked * to see the text that will be sent.",
    "preview_offline": "The practice model runs on this computer: your text stays here and "
                       "is sent as you typed it. Below is what an online model would get: "
                       "personal data replaced by placeholders such as [PHONE] and [NAME].",
    "preview_remote": "This text leaves this computer for {provider}. Personal data is "
                      "replaced first by placeholders such as [PHONE] and [NAME]. Read it "
                      "before you press the button.",
    "removed_none": "No personal data found. Still read the text: the redaction is a "
                    "safety net, not a guarantee.",
    "removed_one": "1 piece of personal data is replaced by a placeholder.",
    "removed_many": "{n} pieces of personal data are replaced by placeholders.",
    "instructions": "The fixed instructions sent with it",
    "step_generate": "3 · Write the draft",
    "generate": "Write the draft",
    "working": "Working… the model is writing. The first words can take a few seconds.",
    "done": "Draft written in {seconds} s by {provider}.",
    "practice_warning": "This is a practice model: expect mistakes; a person must check "
                        "every line.",
    "remote_warning": "An AI wrote this draft: a person must check every line before it "
                      "is shared.",
    "draft_placeholder": "The draft appears here. You can edit it, or write your own.",
    "fields_missing": "Not written yet. {why}",
    "model_failed": "The draft could not be written. {why}",
    "empty_reply": "The model gave no text. Try again, or add more facts to the boxes.",
    "unexpected": "Something went wrong ({error}). Your text is still here; try again.",
    "step_review": "4 · Review the draft",
    "review_help": "Edit the draft above, then check it again. The checklist helps, but "
                   "only a person can confirm the facts.",
    "check": "Check the draft",
    "review_waiting": "There is no draft to check yet.",
    "review_stale": "You changed the draft: press “Check the draft” to check it again and "
                    "to make the files to download.",
    "step_download": "5 · Download",
    "download_help": "The files hold the draft as you checked it, with a line at the end "
                     "for the reviewer's name and the date.",
    "download_md": "Download as Markdown (.md)",
    "download_docx": "Download as Word (.docx)",
}

FIL: dict[str, str] = {
    "subtitle": "Ikaw ang magbibigay ng mga detalye, ang AI ang susulat ng unang draft, at "
                "isang tao ang magsusuri at mag-e-edit nito bago ito basahin ng iba.",
    "model": "Model: {provider}",
    "step_fill": "1 · Piliin ang dokumento at ilagay ang mga detalye",
    "kind": "Dokumento",
    "language": "Isulat sa",
    "length": "Haba",
    "length_short": "Maikli",
    "length_medium": "Katamtaman",
    "length_long": "Mahaba",
    "required_note": "Dapat punan ang mga kahong may *. Isulat lang ang mga detalyeng alam "
                     "mo: hindi dapat manghula ang AI.",
    "roster": "Mga pangalang hindi dapat isama (opsyonal)",
    "roster_placeholder": "isang pangalan bawat linya, hal. ang mga manggagawang nabanggit "
                          "sa notes mo",
    "roster_help": "Magiging [NAME] ang mga pangalang ito sa text para sa online na model, "
                   "at ituturo ng review kung lumabas sila sa draft.",
    "step_preview": "2 · Tingnan ang ipapadala",
    "preview_waiting": "Punan ang mga kahong may * para makita ang text na ipapadala.",
    "preview_offline": "Sa computer na ito tumatakbo ang practice model: dito lang ang text "
                       "mo at ipinapadala ito nang gaya ng tinype mo. Nasa ibaba ang "
                       "matatanggap ng online na model: papalitan ang personal na datos ng "
                       "placeholder gaya ng [PHONE] at [NAME].",
    "preview_remote": "Lalabas sa computer na ito ang text papunta sa {provider}. Papalitan "
                      "muna ang personal na datos ng placeholder gaya ng [PHONE] at [NAME]. "
                      "Basahin ito bago pindutin ang button.",
    "removed_none": "Walang nakitang personal na datos. Basahin pa rin ang text: pananggalang "
                    "lang ang redaction, hindi garantiya.",
    "removed_one": "1 personal na datos ang pinalitan ng placeholder.",
    "removed_many": "{n} personal na datos ang pinalitan ng placeholder.",
    "instructions": "Ang mga nakatakdang tagubilin na kasamang ipinapadala",
    "step_generate": "3 · Isulat ang draft",
    "generate": "Isulat ang draft",
    "working": "Sandali… nagsusulat ang model. Ilang segundo bago lumabas ang mga unang "
               "salita.",
    "done": "Naisulat ang draft sa loob ng {seconds} s ng {provider}.",
    "practice_warning": "Practice model ito: asahan ang mga mali; dapat suriin ng isang tao "
                        "ang bawat linya.",
    "remote_warning": "AI ang sumulat ng draft na ito: dapat suriin ng isang tao ang bawat "
                      "linya bago ito ibahagi.",
    "draft_placeholder": "Dito lalabas ang draft. Puwede mo itong i-edit, o magsulat ng "
                         "sarili mo.",
    "fields_missing": "Hindi pa naisulat. {why}",
    "model_failed": "Hindi naisulat ang draft. {why}",
    "empty_reply": "Walang ibinigay na text ang model. Subukan ulit, o magdagdag ng detalye "
                   "sa mga kahon.",
    "unexpected": "May nangyaring mali ({error}). Nandito pa rin ang text mo; subukan ulit.",
    "step_review": "4 · Suriin ang draft",
    "review_help": "I-edit ang draft sa itaas, saka suriin ulit. Nakakatulong ang "
                   "checklist, pero tao lang ang makapagpapatunay ng mga detalye.",
    "check": "Suriin ang draft",
    "review_waiting": "Wala pang draft na masusuri.",
    "review_stale": "Binago mo ang draft: pindutin ang “Suriin ang draft” para suriin ito "
                    "ulit at gawin ang mga file na ida-download.",
    "step_download": "5 · I-download",
    "download_help": "Nasa mga file ang draft gaya ng sinuri mo, may linya sa dulo para sa "
                     "pangalan ng nagsuri at petsa.",
    "download_md": "I-download bilang Markdown (.md)",
    "download_docx": "I-download bilang Word (.docx)",
}

def text(lang: str, key: str, **values: object) -> str:
    """The label `key` in `lang` ('en' or 'fil'), placeholders filled; English for any
    other language and for a key the Filipino table lacks."""
    template = (FIL if lang == "fil" else EN).get(key) or EN[key]
    return template.format(**values)
