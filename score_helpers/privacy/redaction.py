"""`redact`: personal data replaced by placeholders such as ``[PHONE]``, with a preview.

The findings come from the one set of detectors in `detectors.py`, the same the review
checklist uses. Redaction is a safety net, not a guarantee: read the result before sending.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from score_helpers.privacy.detectors import Finding, find_personal

LABELS = {
    "PHONE": ("phone number", "phone numbers"),
    "SSS": ("SSS number", "SSS numbers"),
    "PHILHEALTH": ("PhilHealth number", "PhilHealth numbers"),
    "PAGIBIG": ("Pag-IBIG MID number", "Pag-IBIG MID numbers"),
    "UMID": ("UMID CRN", "UMID CRNs"),
    "TIN": ("TIN", "TINs"),
    "EMAIL": ("email address", "email addresses"),
    "NAME": ("name", "names"),
}


@dataclass(frozen=True)
class Redaction:
    """The redacted text, the findings, and a notebook preview of what was removed."""

    original: str
    text: str
    findings: list[Finding] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        """How many findings of each kind, e.g. ``{"PHONE": 2, "NAME": 1}``."""
        return dict(Counter(f.kind for f in self.findings))

    def summary(self) -> str:
        """One plain sentence saying what was removed."""
        counts = self.counts()
        if not counts:
            return "No personal data found; nothing was removed."
        parts = [
            f"{n} {LABELS[kind][0] if n == 1 else LABELS[kind][1]}"
            for kind in LABELS
            if (n := counts.get(kind, 0))
        ]
        listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
        return f"Removed {listed} before sending."

    def __str__(self) -> str:
        return self.text

    def _repr_html_(self) -> str:
        marked, pos = [], 0
        for f in self.findings:
            marked.append(html.escape(self.original[pos:f.start]))
            marked.append(
                f'<mark title="{f.kind}" style="background:#ffd6d6">'
                f"{html.escape(f.original)}</mark>"
            )
            pos = f.end
        marked.append(html.escape(self.original[pos:]))
        box = "padding:6px;border:1px solid #ccc;border-radius:4px;white-space:pre-wrap"
        return (
            '<div class="score-redaction">'
            f"<p><b>{html.escape(self.summary())}</b></p>"
            f'<div style="{box}"><small>Original</small><br>{"".join(marked)}</div>'
            '<div style="text-align:center">&darr;</div>'
            f'<div style="{box};background:#eef8ee"><small>Sent</small><br>'
            f"{html.escape(self.text)}</div></div>"
        )


def redact(text: str, roster: Iterable[str] | None = None) -> Redaction:
    """Replace phones, government IDs, emails and names by placeholders such as ``[SSS]``.

    `roster` is an optional list of employee names (e.g. the ``employee_name`` column);
    without it names are still found after markers (si, kay, Mr., Aling ...) and from the
    lists of common Filipino names. Findings carry positions in the original `text`. Per
    RA 10173 and NPC guidance, redact before any worker data leaves the factory, then
    check the preview by eye.
    """
    if not isinstance(text, str):
        raise ValueError(f"redact(text=...): give the text as a string, not "
                        f"{type(text).__name__}. For example: redact(str(note)).")
    taken = find_personal(text, roster)
    out, pos = [], 0
    for f in taken:
        out.append(text[pos:f.start])
        out.append(f"[{f.kind}]")
        pos = f.end
    out.append(text[pos:])
    return Redaction(original=text, text="".join(out), findings=taken)
