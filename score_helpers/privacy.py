"""Redact personal data from factory text before it goes to an AI service.

Under the Data Privacy Act of 2012 (RA 10173), names and mobile numbers are personal
information and government-issued numbers (SSS, PhilHealth, Pag-IBIG, UMID, TIN) are
*sensitive* personal information. Sending a grievance or incident report to a chatbot is
outsourcing its processing, so the National Privacy Commission's guidance on
proportionality applies: send only what the task needs. `redact` removes the identifiers
and keeps the KPI facts (dates, pesos, quantities, line and order numbers).

Rules for government IDs (chosen to avoid eating KPI numbers):

* written with dashes (``34-1234567-8``) they are recognised anywhere;
* written with spaces or with no separator (``3412345678``) they count only when their
  keyword comes shortly before: ``SSS``; ``PhilHealth``/``PHIC``; ``Pag-IBIG``/``HDMF``/
  ``MID``; ``UMID``/``CRN``; ``TIN`` (upper case, since "tin" is also a word).

Names come from a roster (full names in any case; "Surname, First"; and, when
capitalised, surnames and given names alone) and from honorifics (``Mr.``, ``Ma'am``,
``Kuya``, ``Supervisor`` ...) followed by one to three capitalised words. Redaction is a
safety net, not a guarantee: read the result before sending it.

Secrets in addresses: `safe_url` is the one way a URL is shown to people (messages,
`score-lab doctor`, the apps). It drops ``user:password@`` and shows query or fragment
parameters whose name looks secret (``api_key``, ``key``, ``token``, ``sig`` ...) as
``***``, keeping scheme, host, port, path and the other parameters (``api-version``).
`scrub_urls` does the same to every URL inside a longer text.
"""

from __future__ import annotations

import html
import re
import urllib.parse
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

__all__ = ["Finding", "Redaction", "redact", "safe_url", "scrub_urls"]

_LABELS = {
    "PHONE": ("phone number", "phone numbers"),
    "SSS": ("SSS number", "SSS numbers"),
    "PHILHEALTH": ("PhilHealth number", "PhilHealth numbers"),
    "PAGIBIG": ("Pag-IBIG MID number", "Pag-IBIG MID numbers"),
    "UMID": ("UMID CRN", "UMID CRNs"),
    "TIN": ("TIN", "TINs"),
    "EMAIL": ("email address", "email addresses"),
    "NAME": ("name", "names"),
}

_SEP = r"[ \-]?"
# digit groups of each ID, in order
_GROUPS = {
    "SSS": (2, 7, 1),
    "PHILHEALTH": (2, 9, 1),
    "PAGIBIG": (4, 4, 4),
    "UMID": (4, 7, 1),
    "TIN": (3, 3, 3),
}
_KEYWORDS = {
    "SSS": r"(?i:\bSSS\b)",
    "PHILHEALTH": r"(?i:\bPhil[ -]?Health\b|\bPHIC\b)",
    "PAGIBIG": r"(?i:\bPag[ -]?IBIG\b|\bHDMF\b)|\bMID\b",
    "UMID": r"(?i:\bUMID\b)|\bCRN\b",
    "TIN": r"\bTIN\b",
}
_TIN_BRANCH = r"(?:{sep}\d{{3}})?"


def _id_body(kind: str, sep: str) -> str:
    body = sep.join(rf"\d{{{n}}}" for n in _GROUPS[kind])
    return body + (_TIN_BRANCH.format(sep=sep) if kind == "TIN" else "")


# keyword, then up to 25 characters without digits ("No.", ":", "niya", "ko"), then the number
_KEYED = {
    kind: re.compile(
        rf"(?:{kw})[^\d\n]{{0,25}}?(?<![\d\-])(?P<num>{_id_body(kind, _SEP)})(?![\w\-])"
    )
    for kind, kw in _KEYWORDS.items()
}
_DASHED = {
    kind: re.compile(rf"(?<![\w\-/.#])(?P<num>{_id_body(kind, '-')})(?![\w/]|[\-.]\d)")
    for kind in _GROUPS
}
_PHONE = re.compile(
    r"(?<![\w\-/#.])(?P<num>(?:\+63|63|0)[ .\-]?9\d{2}[ .\-]?\d{3}[ .\-]?\d{4})(?![\w/]|[\-.]\d)"
)
_EMAIL = re.compile(
    r"(?<![\w.+\-])(?P<num>[\w.+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,})"
)

_CAP_WORD = (
    r"(?!(?:Line|Order|Team|Shift|Po)\b)(?:(?:de|del|dela|delos|de\ la|de\ los|san|sta\.)\ )?"
    r"(?:[A-Z][a-z]{0,2}\.(?=\ [A-Z])|[A-Z][A-Za-z'\-]*)"
)
_HONORIFIC = re.compile(
    r"(?<![\w'])(?:Mrs?\.?|Ms\.?|Miss|Sir|Ma'?am|G\.|Gng\.?|Bb\.|Engr\.?|Atty\.?|Dr\.?|Kuya|Ate"
    r"|[Ss]upervisor|Sup\.)"
    rf"\ (?P<num>{_CAP_WORD}(?:\ {_CAP_WORD}){{0,2}})(?![\w'])"
)
_PARTICLES = {"de", "del", "dela", "delos", "los", "la", "san", "santa", "sta.", "van", "von"}
_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
# Single roster words that are also calendar or shop-floor words are never redacted alone.
_NOT_ALONE = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "line", "order", "quality", "safety", "cost", "delivery", "morale",
}


@dataclass(frozen=True)
class Finding:
    """One piece of personal data: its kind and where it sits in the original text."""

    kind: str
    start: int
    end: int
    original: str


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
            f"{n} {_LABELS[kind][0] if n == 1 else _LABELS[kind][1]}"
            for kind in _LABELS
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


def _split_name(name: str) -> tuple[str, str]:
    """Given names and surname: ``"Jennifer de Guzman"`` -> ``("Jennifer", "de Guzman")``."""
    words = [w for w in name.split() if w.lower() not in _SUFFIXES]
    if len(words) < 2:
        return "", " ".join(words)
    cut = len(words) - 1
    for i in range(1, len(words) - 1):
        if words[i].lower() in _PARTICLES:
            cut = i
            break
    return " ".join(words[:cut]), " ".join(words[cut:])


_Pattern = re.Pattern[str] | None


def _roster_patterns(roster: Iterable[str]) -> tuple[_Pattern, _Pattern]:
    """(full names in any case, single names that must be capitalised)."""
    full: set[str] = set()
    alone: set[str] = set()
    for raw in roster:
        name = " ".join(str(raw).split())
        if not name:
            continue
        given, surname = _split_name(name)
        if given:
            full.update({name, f"{given} {surname}", f"{surname}, {given}"})
            alone.update({given, given.split()[0]})
        alone.update({surname, surname.split()[-1]})
    alone = {a for a in alone if len(a.rstrip(".")) >= 2 and a.lower() not in _NOT_ALONE}

    def compile_(words: set[str]) -> re.Pattern[str] | None:
        if not words:
            return None
        alts = "|".join(
            r"\s+".join(re.escape(w) for w in phrase.split())
            for phrase in sorted(words, key=len, reverse=True)
        )
        return re.compile(rf"(?<![\w'])(?P<num>{alts})(?![\w'])", re.IGNORECASE)

    return compile_(full), compile_(alone)


def redact(text: str, roster: Iterable[str] | None = None) -> Redaction:
    """Replace phones, government IDs, emails and names by placeholders such as ``[SSS]``.

    `roster` is an optional list of employee names (e.g. the ``employee_name`` column).
    Findings carry positions in the original `text`. Per RA 10173 and NPC guidance, redact
    before any worker data leaves the factory, then check the preview by eye.
    """
    candidates: list[tuple[int, str, re.Pattern[str]]] = []
    candidates += [(0, kind, pattern) for kind, pattern in _KEYED.items()]
    candidates += [(1, "PHONE", _PHONE), (1, "EMAIL", _EMAIL)]
    candidates += [(2, kind, pattern) for kind, pattern in _DASHED.items()]
    full, alone = _roster_patterns([] if roster is None else list(roster))
    if full is not None:
        candidates.append((3, "NAME", full))
    candidates.append((4, "NAME", _HONORIFIC))

    taken: list[Finding] = []

    def free(start: int, end: int) -> bool:
        return all(end <= f.start or start >= f.end for f in taken)

    for _, kind, pattern in candidates:
        for m in pattern.finditer(text):
            start, end = m.span("num")
            if free(start, end):
                taken.append(Finding(kind, start, end, text[start:end]))
    if alone is not None:
        for m in alone.finditer(text):
            start, end = m.span("num")
            if any(c.isupper() for c in m.group("num")) and free(start, end):
                taken.append(Finding("NAME", start, end, text[start:end]))

    taken.sort(key=lambda f: f.start)
    out, pos = [], 0
    for f in taken:
        out.append(text[pos:f.start])
        out.append(f"[{f.kind}]")
        pos = f.end
    out.append(text[pos:])
    return Redaction(original=text, text="".join(out), findings=taken)


# ---- secrets in URLs ---------------------------------------------------------------------------

SECRET_WORDS = frozenset({"key", "apikey", "token", "sig", "signature", "password", "passwd",
                          "pwd", "secret", "code", "auth", "credential", "credentials"})
MASK = "***"
_URL_IN_TEXT = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*://[^\s'\"<>]+")


def _secret_name(name: str) -> bool:
    """api_key, X-Api-Key, apiKey, access_token, client_secret, sig... (not api-version)."""
    words = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", urllib.parse.unquote(name)).lower()
    parts = [part for part in re.split(r"[^a-z0-9]+", words) if part]
    return bool(SECRET_WORDS.intersection(parts)) or "".join(parts) in SECRET_WORDS


def _masked(parameters: str) -> str:
    return "&".join(f"{pair.partition('=')[0]}={MASK}"
                    if "=" in pair and _secret_name(pair.partition("=")[0]) else pair
                    for pair in parameters.split("&"))


def safe_url(url: str) -> str:
    """The URL to show people: no ``user:password@``, and secret-looking query or fragment
    parameters (api_key, key, token, access_token, sig, signature, password, secret, code,
    in any case) as ``***``. Scheme, host, port, path and other parameters stay, so it
    still says where it points. Text that is not a URL comes back as it is."""
    if not url:
        return url
    scheme, separator, rest = url.partition("://") if "://" in url else ("", "", url)
    authority = re.split(r"[/?#]", rest, maxsplit=1)[0]
    if "@" not in authority and not re.fullmatch(r"[^:]*|.*:\d*", authority):
        before_values = rest.partition("=")[0]  # "user:pa/ss@host": a password holding / ? #
        rest = rest[before_values.rfind("@") + 1:]
    address, hash_mark, fragment = rest.partition("#")
    address, question_mark, query = address.partition("?")
    authority, slash, path = address.partition("/")
    return (f"{scheme}{separator}{authority.rpartition('@')[2]}{slash}{path}"
            f"{question_mark}{_masked(query)}{hash_mark}{_masked(fragment)}")


def scrub_urls(text: str) -> str:
    """`text` with every URL in it (scheme://...) passed through `safe_url`."""
    return _URL_IN_TEXT.sub(lambda match: safe_url(match.group(0)), text)
