"""Redact personal data from factory text before it goes to an AI service.

Under the Data Privacy Act of 2012 (RA 10173), names and mobile numbers are personal
information and government-issued numbers (SSS, PhilHealth, Pag-IBIG, UMID, TIN) are
*sensitive* personal information. Sending a grievance or incident report to a chatbot is
outsourcing its processing, so the National Privacy Commission's guidance on
proportionality applies: send only what the task needs. `redact` removes the identifiers
and keeps the KPI facts (dates, pesos, quantities, line, lot and order numbers).

    redact("Si Mang Ben, cp#09171234567").text    # 'Si Mang [NAME], cp#[PHONE]'

Inside:
- `contacts`    phones, government IDs and e-mail addresses;
- `names`       names after markers (si, kay, Mr., Aling ...) and from `name_lists`;
- `detectors`   the one set of detectors (`find_personal`), shared with the review
                checklist of score_helpers.drafting;
- `redaction`   `redact` and its `Redaction` (counts, summary, notebook preview);
- `urls`        `safe_url` and `scrub_urls`: no secret of an address is ever shown.
"""

from __future__ import annotations

from score_helpers.privacy.detectors import DETECTORS, Detector, Finding, find_personal
from score_helpers.privacy.redaction import LABELS, Redaction, redact
from score_helpers.privacy.urls import MASK, SECRET_WORDS, safe_url, scrub_urls

__all__ = ["DETECTORS", "LABELS", "MASK", "SECRET_WORDS", "Detector", "Finding", "Redaction",
           "find_personal", "redact", "safe_url", "scrub_urls"]
