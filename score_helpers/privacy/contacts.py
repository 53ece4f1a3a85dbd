"""Numbers and addresses that point to a person: PH phones, government IDs, e-mail.

Government IDs (chosen to avoid eating KPI numbers):

* written with dashes (``34-1234567-8``) they are recognised anywhere;
* written with spaces or with no separator (``3412345678``) they count only when their
  keyword comes shortly before: ``SSS``; ``PhilHealth``/``PHIC``; ``Pag-IBIG``/``HDMF``/
  ``MID``; ``UMID``/``CRN``; ``TIN`` (upper case, since "tin" is also a word).

Phones: mobiles (``0917 123 4567``, ``+63 917 123 4567``, ``(0917) 123-4567``,
``0917.123.4567``) anywhere; after a phone keyword (``Tel.``, ``cp#``, ``cell``,
``landline`` ...) also written tight against it (``Tel.09171234567``) and landlines
(``Tel. 8123-4567``); a landline with its area code in brackets (``(02) 8123-4567``)
anywhere. Lot numbers (``LOT#0917-123``), PO numbers, dates and times have no such shape.
"""

from __future__ import annotations

import re

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
KEYED_IDS: dict[str, re.Pattern[str]] = {
    kind: re.compile(
        rf"(?:{kw})[^\d\n]{{0,25}}?(?<![\d\-])(?P<num>{_id_body(kind, _SEP)})(?![\w\-])"
    )
    for kind, kw in _KEYWORDS.items()
}
DASHED_IDS: dict[str, re.Pattern[str]] = {
    kind: re.compile(rf"(?<![\w\-/.#])(?P<num>{_id_body(kind, '-')})(?![\w/]|[\-.]\d)")
    for kind in _GROUPS
}

_D = r"[ .\-]?"
_MOBILE = rf"(?:(?:\+63|63|0){_D}9\d{{2}}|(?:\+63\s?)?\(\s?0?9\d{{2}}\s?\)){_D}\d{{3}}{_D}\d{{4}}"
_AREA = r"(?:\+63\s?)?\(\s?0?\d{1,3}\s?\)\s?\d{3,4}[ .\-]?\d{4}"  # (02) 8123-4567
_LANDLINE = r"(?:(?:\+63|0)[ .\-]?\d{1,3}[ .\-]?)?\d{3,4}[ .\-]?\d{4}"  # after a keyword only
_END = r"(?![\w/]|[\-.]\d)"
PHONE = re.compile(rf"(?<![\w\-/#.+])(?P<num>{_MOBILE}|{_AREA}){_END}")
_PHONE_WORDS = (r"tel|telephone|phone|cp|cel|cell|cellphone|celfone|mobile|mob|landline"
                r"|fax|contact|viber|gcash|text|txt|call|tawag")
KEYED_PHONE = re.compile(
    rf"(?i:\b(?:{_PHONE_WORDS})\b)(?:\s?(?:no\.?|number|num|\#))?[ .:#\-]{{0,3}}"
    rf"(?<![\d])(?P<num>{_MOBILE}|{_AREA}|{_LANDLINE}){_END}"
)
EMAIL = re.compile(
    r"(?<![\w.+\-])(?P<num>[\w.+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,})"
)
