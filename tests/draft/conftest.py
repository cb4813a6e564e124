"""Fixtures of the draft tests: documents built like the parser's, and reading a .docx back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from draft_support import docx_lines

from drafter.models import Category, Document, Finding, Kind, Question, Status


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
    from drafter.workflow import read_classified

    return read_classified(bundestag_dir / "19_21876-antwort-pdftext.txt")
