"""Fixtures of the draft tests: documents built like the parser's, and reading a .docx back."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document as WordDocument
from docx.oxml.ns import qn

from drafter.models import Category, Document, Finding, Kind, Question, Status

GOLDEN = Path(__file__).parent / "golden"
UPDATE_ENV = "DRAFTER_UPDATE_GOLDEN"
TODAY = dt.date(2026, 11, 28)


def docx_lines(path: Path) -> list[str]:
    """The text of a .docx as a reader sees it: list numbers from numbering.xml, not from the text.

    A paragraph with ``w:numPr`` gets "1." (level 0) or "a)" (level 1) computed here, which proves
    the numbers are Word's own list numbering.
    """
    document = WordDocument(str(path))
    lines: list[str] = []
    number, letter = 0, 0
    for paragraph in document.paragraphs:
        level = numbering_level(paragraph)
        if level == 0:
            number, letter = number + 1, 0
            lines.append(f"{number}. {paragraph.text}")
        elif level == 1:
            lines.append(f"   {'abcdefghijklmnopqrstuvwxyz'[letter]}) {paragraph.text}")
            letter += 1
        else:
            lines.append(paragraph.text)
    return lines


def numbering_level(paragraph: object) -> int | None:
    ppr = paragraph._p.pPr  # type: ignore[attr-defined]
    num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
    if num_pr is None:
        return None
    return int(num_pr.find(qn("w:ilvl")).get(qn("w:val")))


def check_golden(name: str, text: str) -> None:
    """Compare with tests/draft/golden/NAME; ``DRAFTER_UPDATE_GOLDEN=1`` rewrites it for review as a diff."""
    path = GOLDEN / name
    if os.environ.get(UPDATE_ENV):
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"golden file {path} missing: run with {UPDATE_ENV}=1 and review the diff"
    assert text == path.read_text(encoding="utf-8")


@pytest.fixture
def read_docx() -> Callable[[Path], list[str]]:
    return docx_lines


def question(
    number: str, text: str, status: Status, *findings: Finding, group: tuple[str, ...] = ()
) -> Question:
    return Question(number, text, "Antwort.", group or (number,), status, tuple(findings))


@pytest.fixture
def small_answer() -> Document:
    """An Antwort with one unresolved item per category, shaped as the parser delivers it."""
    f = Finding
    questions = (
        question("1", "Wie viele Anträge wurden 2024 gestellt?", Status.ANSWERED),
        question(
            "2",
            "Welche Finanzmittel sollen für die Plattform aufgewendet werden?",
            Status.OPEN,
            f(Category.NO_INFORMATION, "Hierzu liegen der Bundesregierung keine Erkenntnisse vor."),
        ),
        question(
            "3",
            "Wie soll das Register mit Eurodac vernetzt werden?",
            Status.OPEN,
            f(Category.PENDING, "Die Prüfung ist noch nicht abgeschlossen."),
        ),
        question(
            "4",
            "Welche Behörden nehmen an dem Zentrum teil?",
            Status.OPEN,
            f(
                Category.CLASSIFIED,
                "Die Antwort ist als VS-NfD eingestuft und in der Geheimschutzstelle hinterlegt.",
            ),
        ),
        question(
            "5",
            "Mit welchen Firmen hat das Amt Verträge geschlossen?",
            Status.OPEN,
            f(Category.REFUSED, "Eine Antwort unterbleibt aus Gründen des Staatswohls."),
        ),
        question(
            "6",
            "Wie viele Polizisten setzt das Land Berlin ein?",
            Status.OPEN,
            f(Category.NOT_RESPONSIBLE, "Dies fällt in die Zuständigkeit der Länder."),
        ),
        question(
            "7",
            "Wann tagt die Arbeitsgruppe?",
            Status.OPEN,
            f(Category.REFERRED, "Es wird auf die Antwort zu Frage 1 verwiesen.", refers_to="1"),
        ),
        question(
            "8",
            "Welche Festlegungen wurden für die Arbeitsgruppen getroffen?",
            Status.PARTIAL,
            f(Category.PENDING, "Weitere Festlegungen wurden nicht getroffen."),
        ),
        question(
            "9",
            "Wie hoch sind die Kosten des Zentrums?",
            Status.OPEN,
            f(Category.REFERRED, "Es wird auf die Antwort zu Frage 2 verwiesen.", refers_to="2"),
            f(
                Category.NO_INFORMATION,
                "Hierzu liegen der Bundesregierung keine Erkenntnisse vor.",
                via=("2",),
            ),
        ),
    )
    return Document(
        source="test",
        kind=Kind.ANTWORT,
        number="21/500",
        title="Die „Plattform“ & ihre <Partner>",
        questions=questions,
        inquiry="21/400",
        date=dt.date(2026, 3, 2),
        askers=("Erika Muster", "Max Beispiel"),
        faction="DIE LINKE.",
    )


@pytest.fixture
def antwort_19_21876(bundestag_dir: Path) -> Document:
    """The real Antwort 19/21876, parsed by the real parser (PDF text with running heads)."""
    from drafter.parse import parse_file

    return parse_file(bundestag_dir / "19_21876-antwort-pdftext.txt")
