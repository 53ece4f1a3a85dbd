"""The laptop check as a short checklist in plain words, English or Filipino.

    from score_helpers.course import checklist
    checklist.laptop_check()             # module 00: seven ✔/✘ lines, the details folded away
    score-lab doctor [--details]         # the same in a terminal, with the model started

One line per thing a participant can name: Python, the course package, the practice data,
the AI model, the apps, disk space and memory; a `fix:` line under each ✘. What each check
found and the installed package versions are for the trainer: in a notebook they sit
behind a "Details" toggle (an HTML `<details>`), in a terminal they print with `--details`.
The words are in the string tables (`course.doctor.*` in score_helpers/i18n/en_trainer.py
and fil_trainer.py).
"""

from __future__ import annotations

import argparse
import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from score_helpers.course import doctor
from score_helpers.i18n import language, template, text

__all__ = ["LINES", "Checklist", "Line", "laptop_check", "run_cli"]

# Each line of the checklist and the doctor's checks behind it, in the order shown.
LINES: dict[str, tuple[str, ...]] = {
    "python": ("Python",),
    "package": ("Packages", "Jupyter kernel"),
    "data": ("Datasets",),
    "model": ("Language model in use", "Offline model"),
    "apps": ("Apps",),
    "disk": ("Disk",),
    "memory": ("Memory",),
}
QUICK_CHECKS: tuple[Callable[[], doctor.Check], ...] = (
    doctor.check_python, doctor.check_packages, doctor.check_kernel, doctor.check_datasets,
    doctor.check_provider, doctor.check_apps, doctor.check_disk, doctor.check_memory,
)


@dataclass(frozen=True)
class Line:
    """One line of the checklist: its key in LINES, passed or not, and the fixes."""

    key: str
    ok: bool
    facts: dict[str, object]
    fixes: tuple[str, ...]


def _say(key: str, lang: str, facts: dict[str, object]) -> str:
    try:
        return template(f"course.doctor.{key}", lang).format(**facts)
    except (KeyError, IndexError):  # a check that crashed has no facts to fill in
        return text(f"course.doctor.{key}_plain", lang)


@dataclass(frozen=True)
class Checklist:
    """The results of the doctor's checks, shown as a short checklist (str in a terminal,
    HTML with a Details toggle in a notebook)."""

    results: tuple[doctor.Check, ...]
    packages: tuple[str, ...]
    lang: str = "en"

    @property
    def lines(self) -> list[Line]:
        """The checklist's lines, for the checks that ran, in the order of LINES."""
        by_name = {result.name: result for result in self.results}
        lines = []
        for key, names in LINES.items():
            found = [by_name[name] for name in names if name in by_name]
            if found:
                facts = {k: v for result in found for k, v in result.facts.items()}
                lines.append(Line(key, all(r.ok for r in found), facts,
                                  tuple(r.fix for r in found if not r.ok and r.fix)))
        return lines

    @property
    def others(self) -> list[doctor.Check]:
        """Checks that are no line of their own (the trainer's: Chromium, the sandbox)."""
        shown = {name for names in LINES.values() for name in names}
        return [result for result in self.results if result.name not in shown]

    @property
    def ok(self) -> bool:
        """True when every check that ran passed."""
        return all(result.ok for result in self.results)

    def _sentences(self) -> list[tuple[bool, str, tuple[str, ...]]]:
        rows = []
        for line in self.lines:
            status = "ok" if line.ok else "bad"
            rows.append((line.ok, f"{text(f'course.doctor.title_{line.key}', self.lang)}: "
                         f"{_say(f'{status}_{line.key}', self.lang, line.facts)}", line.fixes))
        for result in self.others:
            rows.append((result.ok, f"{text('course.doctor.for_trainer', self.lang)} · "
                         f"{result.name}: {result.detail}", (result.fix,) if result.fix
                         and not result.ok else ()))
        return rows

    def _summary(self) -> str:
        failed = sum(not ok for ok, _, _ in self._sentences())
        return (text("course.doctor.all_good", self.lang) if not failed
                else text("course.doctor.some_bad", self.lang, count=failed))

    def details(self) -> str:
        """What each check found and the installed package versions, as plain text."""
        lines = [doctor.format_report(list(self.results)), "",
                 text("course.doctor.packages", self.lang)]
        lines += [f"  {package}" for package in self.packages]
        return "\n".join(lines)

    def as_text(self, details: bool = False) -> str:
        """The checklist as plain text; with `details`, the details after it."""
        good, bad = doctor._marks()
        lines = [text("course.doctor.heading", self.lang), ""]
        for ok, sentence, fixes in self._sentences():
            lines.append(f"{good if ok else bad} {sentence}")
            lines += [f"    {text('course.doctor.fix', self.lang)} {fix}" for fix in fixes]
        lines += ["", self._summary()]
        if details:
            lines += ["", self.details()]
        else:
            lines.append(text("course.doctor.more", self.lang))
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.as_text()

    def _repr_html_(self) -> str:
        """The checklist, with the details folded away under a toggle."""
        items = []
        for ok, sentence, fixes in self._sentences():
            fix_html = "".join(f"<br><span style='margin-left:1.6em'>"
                               f"{html.escape(text('course.doctor.fix', self.lang))} "
                               f"{html.escape(fix)}</span>" for fix in fixes)
            colour = "#1a7f37" if ok else "#b42318"
            items.append(f"<li style='margin:0.2em 0'><span style='color:{colour}'>"
                         f"{'✔' if ok else '✘'}</span> {html.escape(sentence)}{fix_html}</li>")
        return ("<div class='score-laptop-check'>"
                f"<p><b>{html.escape(text('course.doctor.heading', self.lang))}</b></p>"
                f"<ul style='list-style:none;padding-left:0'>{''.join(items)}</ul>"
                f"<p><b>{html.escape(self._summary())}</b></p>"
                f"<details><summary>{html.escape(text('course.doctor.details', self.lang))}"
                f"</summary><pre>{html.escape(self.details())}</pre></details></div>")

    def _repr_pretty_(self, printer: object, cycle: bool) -> None:
        printer.text(self.as_text())  # type: ignore[attr-defined]


def _packages() -> tuple[str, ...]:
    try:
        return tuple(doctor.installed_packages()[0])
    except Exception:  # the list is a detail; the Packages line says what went wrong
        return ()


def laptop_check(full: bool = False, lang: str | None = None,
                 checks: Sequence[Callable[[], doctor.Check]] | None = None) -> Checklist:
    """Run the quick checks (no model started, a second or two) or, with `full`, every
    check of `score-lab doctor`; return the checklist in `lang` (default SCORE_LANG)."""
    if checks is None:
        checks = doctor.ALL_CHECKS if full else QUICK_CHECKS
    return Checklist(tuple(doctor.run_checks(checks)), _packages(), language(lang))


def run_cli(args: argparse.Namespace) -> int:
    """`score-lab doctor [--skip-model] [--skip-browser] [--details]`."""
    checks = [c for c in doctor.ALL_CHECKS
              if not (args.skip_model and c is doctor.check_offline_model)
              and not (args.skip_browser and c is doctor.check_chromium)]
    result = laptop_check(checks=checks, lang=getattr(args, "lang", None))
    print(result.as_text(details=args.details))
    return 0 if result.ok else 1
