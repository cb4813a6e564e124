"""End to end: drafter.parse.parse_file on the generated Drucksache PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.errors import InputError
from drafter.models import Kind, Origin, Status
from drafter.parse import parse_file
from drafter.parse.pdf import read_pdf

PDF_DIR = Path(__file__).parents[1] / "data" / "pdf"


def test_19_21876_all_31_questions_with_answers() -> None:
    doc = parse_file(PDF_DIR / "19_21876-antwort.pdf")
    assert (doc.number, doc.date.isoformat() if doc.date else None) == ("19/21876", "2020-07-31")
    assert doc.inquiry == "19/21516"
    assert doc.origin is Origin.PDF
    numbers = [question.number for question in doc.questions]
    lettered = [n for n in numbers if not n.isdigit()]
    assert [n for n in numbers if n.isdigit()] == [str(n) for n in range(1, 22)]
    assert lettered == ["2a", "2b", "3a", "3b", "5a", "5b", "12a", "12b", "19a", "19b"]
    assert all(question.answer for question in doc.questions)


def test_19_21876_joint_answer_and_dehyphenated_text() -> None:
    doc = parse_file(PDF_DIR / "19_21876-antwort.pdf")
    by_number = {question.number: question for question in doc.questions}
    assert by_number["2b"].answer == by_number["2"].answer
    assert "Die Konferenz der Innenminister" in (by_number["2a"].answer or "")
    assert by_number["4"].answer == "Hierzu liegen der Bundesregierung keine Erkenntnisse vor."
    assert "Zusammenarbeit" in by_number["1"].text + (by_number["1"].answer or "")
    assert "Nicht-EU-Staaten durchgeführte Aktivitäten" in by_number["19b"].text
    assert by_number["15"].text.endswith("inwiefern ist eine Zusammenarbeit mit der „Plattform“ anvisiert?")


def test_21_1173_transmission_note_at_the_page_foot() -> None:
    doc = parse_file(PDF_DIR / "21_1173-antwort.pdf")
    assert doc.number == "21/1173" and doc.inquiry == "21/1028"
    assert [question.number for question in doc.questions] == [
        "1",
        "1a",
        "1b",
        "2",
        "2a",
        "2b",
        "3",
        "4",
        "5",
        "5a",
        "5b",
        "6",
        "7",
        "8",
    ]
    assert doc.ministry == "Bundesministerium für Wirtschaft und Energie"
    first = doc.questions[0]
    assert (first.answer or "").startswith("Hierzu liegt der Bundesregierung keine eigene Statistik vor.")
    assert "Die Antwort wurde namens" not in (first.answer or "") + first.text


def test_scanned_pdf_is_refused_by_parse_file() -> None:
    with pytest.raises(InputError, match="keine Textebene"):
        parse_file(PDF_DIR / "19_21876-scan.pdf")


def test_21_2000_question_reprinted_out_of_order() -> None:
    """21/2000 prints questions 1, 2, 4–7 as one run, answers them jointly, then reprints 3:
    "Die Fragen 1, 2 und 4 bis 7 werden gemeinsam beantwortet." / " 3. Wie will die Bundesregierung …"."""
    doc = parse_file(PDF_DIR / "21_2000-antwort.pdf")
    assert [question.number for question in doc.questions][:8] == ["1", "2", "4", "5", "6", "7", "3", "8"]
    by_number = {question.number: question for question in doc.questions}
    assert by_number["4"].group == ("1", "2", "4", "5", "6", "7")
    assert (by_number["7"].answer or "").startswith("Die Bundesregierung prüft den Auftrag")
    assert (by_number["3"].answer or "").startswith("Das Bürgergeld wird, soweit es")


def test_21_890_a_date_at_the_start_of_an_answer_line() -> None:
    """Answer 10 of 21/890 has a printed line starting "4. Februar 2025 zudem einen Fakten-Check";
    it must not start a question 4."""
    pdf_lines = read_pdf(PDF_DIR / "21_890-antwort.pdf").lines
    assert any(line.startswith("4. Februar 2025 zudem einen Fakten-Check") for line in pdf_lines)
    doc = parse_file(PDF_DIR / "21_890-antwort.pdf")
    numbers = [question.number for question in doc.questions]
    assert len(numbers) == len(set(numbers)) == 41
    by_number = {question.number: question for question in doc.questions}
    assert "4. Februar 2025 zudem einen Fakten-Check" in (by_number["10"].answer or "")
    assert doc.ministry == "Bundesministerium für Umwelt, Klimaschutz, Naturschutz und nukleare Sicherheit"


def test_21_1243_kleine_anfrage_from_pdf() -> None:
    """A Kleine Anfrage is printed in one size: nothing but the printer's trailer is small."""
    pdf = read_pdf(PDF_DIR / "21_1243-kleine-anfrage.pdf")
    small = [line for line, flag in zip(pdf.lines, pdf.small, strict=True) if flag]
    assert [line.split(":")[0].split()[0] for line in small] == ["Gesamtherstellung", "Vertrieb", "ISSN"]
    doc = parse_file(PDF_DIR / "21_1243-kleine-anfrage.pdf")
    assert (doc.kind, doc.number) == (Kind.KLEINE_ANFRAGE, "21/1243")
    assert doc.title == "Bundeswehrmanöver „Red Storm Bravo“"
    assert [question.number for question in doc.questions] == [str(n) for n in range(1, 10)]
    assert all(question.status is Status.UNANSWERED for question in doc.questions)
    assert doc.signed_on is not None and doc.signed_on.isoformat() == "2025-08-14"
    assert doc.signature == "Heidi Reichinnek, Sören Pellmann und Fraktion"
