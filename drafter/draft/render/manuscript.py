"""The lines of a Kleine Anfrage manuscript, shared by the Word, Markdown and text renderers.

One place decides what the manuscript says and in which order: the Bundestag head, "Kleine
Anfrage", the askers, the title, the preamble, "Wir fragen die Bundesregierung:", the questions
with their sub-questions, "Berlin, den …" and the signature. Straight quotes become German ones.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from drafter.draft.wording import german_date, join_german, typographic_quotes, wahlperiode
from drafter.models import Draft


@dataclass(frozen=True)
class Line:
    """One paragraph: its style, its runs (text, bold) and its list level (0 question, 1 sub-question)."""

    style: str
    runs: tuple[tuple[str, bool], ...]
    level: int | None = None

    @property
    def text(self) -> str:
        return "".join(text for text, _ in self.runs)


def _plain(style: str, text: str, *, bold: bool = False, level: int | None = None) -> Line:
    return Line(style, ((typographic_quotes(text), bold),), level)


def askers_line(draft: Draft) -> str:
    """ "der Abgeordneten A, B und der Fraktion X" / "der Fraktion X" / "der Abgeordneten A und B"."""
    names = ", ".join(draft.askers)
    if draft.askers and draft.faction:
        return f"der Abgeordneten {names} und der Fraktion {draft.faction}"
    if draft.faction:
        return f"der Fraktion {draft.faction}"
    return f"der Abgeordneten {join_german(list(draft.askers))}" if draft.askers else "der Abgeordneten …"


def manuscript_lines(draft: Draft) -> list[Line]:
    """Every paragraph of the manuscript in order."""
    day = draft.signed_on or dt.date.today()
    term = wahlperiode(day)
    lines = [
        _plain("KA Kopf", f"Deutscher Bundestag\tDrucksache {term}/…"),
        _plain("KA Kopf", f"{term}. Wahlperiode\t{day:%d.%m.%Y}"),
        _plain("KA Dokumentart", "Kleine Anfrage"),
        _plain("KA Abgeordnete", askers_line(draft)),
        _plain("KA Titel", draft.title, bold=True),
    ]
    lines.extend(_plain("KA Vorbemerkung", paragraph) for paragraph in draft.preamble)
    lines.append(_plain("KA Einleitung", "Wir fragen die Bundesregierung:"))
    for question in draft.questions:
        lines.append(_plain("KA Frage", question.text, level=0))
        lines.extend(_plain("KA Unterfrage", sub, level=1) for sub in question.subquestions)
    lines.append(_plain("KA Datum", f"Berlin, den {german_date(day)}"))
    lines.append(_plain("KA Unterschrift", draft.signature))
    return lines
