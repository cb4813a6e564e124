"""German words and colours for statuses and categories, and the rich text the screens show.

Every status has a text label as well as a colour, so the screens read the same without colour
(monochrome terminals, screen readers, printouts of a snapshot). Only ASCII and Latin-1 marks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from rich.text import Text

from drafter.labels import CATEGORY_NAMES, finding_name
from drafter.models import Category, Finding, Question, Status
from drafter.text.spaces import evidence_form

STATUS_LABEL = {
    Status.ANSWERED: "beantw.",
    Status.PARTIAL: "teilw.",
    Status.OPEN: "offen",
    Status.UNANSWERED: "o. Antw.",
}
STATUS_STYLE = {
    Status.ANSWERED: "bold green",
    Status.PARTIAL: "bold yellow",
    Status.OPEN: "bold red",
    Status.UNANSWERED: "dim",
}
CATEGORY_LABEL = {category: CATEGORY_NAMES[category.value] for category in Category}
MARK = "*"
EVIDENCE_STYLE = "bold reverse"
_WIDTH = max(len(label) for label in STATUS_LABEL.values())


def status_text(status: Status, *, pad: bool = True) -> Text:
    """``[offen]`` in red etc.; padded so list columns line up."""
    label = STATUS_LABEL[status]
    return Text(f"[{label}]" + (" " * (_WIDTH - len(label)) if pad else ""), style=STATUS_STYLE[status])


def highlight_evidence(answer: str, findings: Iterable[Finding]) -> Text:
    """The answer with every evidence sentence marked, so the reason for the status stands out.

    Evidence is stored whitespace-folded; the answer is folded the same way before searching, so a
    sentence broken across lines is still found. Evidence not found verbatim is left unmarked.
    """
    text = Text(evidence_form(answer))
    for finding in findings:
        evidence = evidence_form(finding.evidence)
        if evidence:
            for match in re.finditer(re.escape(evidence), text.plain):
                text.stylize(EVIDENCE_STYLE, match.start(), match.end())
    return text


def finding_line(finding: Finding) -> Text:
    """One finding as ``- noch nicht abgeschlossen: "..."`` with where it points or came from."""
    line = Text("- ")
    line.append(finding_name(finding), style="bold")
    if finding.refers_to:
        line.append(f" -> {finding.refers_to}")
    if finding.via:
        line.append(f" (über Frage {' > '.join(finding.via)})")
    line.append(f': "{evidence_form(finding.evidence)}"')
    return line


def question_line(question: Question, *, marked: bool, width: int = 200) -> Text:
    """A list row: mark, status, number and the start of the question."""
    line = Text(f"{MARK if marked else ' '} ", style="bold")
    line.append_text(status_text(question.status))
    line.append(f" {question.number:>3} ")
    line.append(shorten(question.text, width))
    return line


def number_key(number: str) -> tuple[int, str, str]:
    """Sort key of a question number: "2" < "3" < "3a" < "3b" < "10" (answers may come in another
    order when the government answers questions together)."""
    match = re.match(r"(\d+)(.*)", number)
    if match is None:
        return (10**9, "", number)
    return (int(match.group(1)), match.group(2), number)


def by_number(questions: Iterable[Question]) -> list[Question]:
    """``questions`` in the order of their numbers (a stable sort: equal numbers keep their order)."""
    return sorted(questions, key=lambda q: number_key(q.number))


def count(number: int, one: str, many: str) -> str:
    """ "1 Dokument", "3 Dokumente", "0 Dokumente": the German noun agrees with its number."""
    return f"{number} {one if number == 1 else many}"


def shorten(text: str, width: int) -> str:
    """Folded text cut to ``width`` characters with "..." (ASCII, so any terminal shows it)."""
    folded = evidence_form(text)
    return folded if len(folded) <= width else folded[: max(width - 3, 0)].rstrip() + "..."


def hit_text(hit: Any, *, answer_width: int = 160) -> Text:
    """A library hit: status, Drucksache and number, question, and the start of its answer."""
    status = Status(hit.status)
    line = status_text(status, pad=False)
    where = f" {hit.drucksache or 'Baustein'}" + (f" Fr. {hit.number}" if hit.number else "")
    line.append(where, style="bold")
    if getattr(hit, "answered_in", None):
        line.append(f" (Antwort {hit.answered_in})")
    line.append(f" ({round(hit.score)}) ")
    line.append(evidence_form(hit.text))
    if getattr(hit, "answer", None):
        line.append("\n    Antwort: ", style="italic")
        line.append(shorten(hit.answer, answer_width), style="italic")
    return line
