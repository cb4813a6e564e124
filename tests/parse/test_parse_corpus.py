"""Segmentation on the real Antworten: every question of the Kleine Anfrage comes back."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from parse_reference import inquiry_file, reference_questions, squash

from drafter.models import Document, Kind, Status
from drafter.parse import parse_file
from drafter.workflow import classify

BUNDESTAG = Path(__file__).parents[1] / "data" / "bundestag"
ANSWERS = sorted(BUNDESTAG.glob("21_*-antwort.txt"))
INQUIRIES = sorted(BUNDESTAG.glob("*-kleine-anfrage.txt"))


@cache
def parsed(path: Path) -> Document:
    return parse_file(path)


def test_the_corpus_is_there() -> None:
    assert len(ANSWERS) == 12
    assert all(inquiry_file(answer).exists() for answer in ANSWERS)


@pytest.mark.parametrize("answer", ANSWERS, ids=lambda p: p.name)
def test_every_question_of_the_kleine_anfrage_is_found_with_its_text(answer: Path) -> None:
    reference = reference_questions(inquiry_file(answer).read_text(encoding="utf-8"))
    got = {q.number: q for q in parsed(answer).questions}
    assert {number for number, _ in reference} <= set(got)
    for number, text in reference:
        assert number in got, f"Frage {number} fehlt"
        assert squash(got[number].text) == squash(text), f"Frage {number}"


@pytest.mark.parametrize("answer", ANSWERS, ids=lambda p: p.name)
def test_every_answer_is_there_and_holds_no_other_question(answer: Path) -> None:
    reference = reference_questions(inquiry_file(answer).read_text(encoding="utf-8"))
    doc = parsed(answer)
    for question in doc.questions:
        assert question.answer, f"Frage {question.number} ohne Antwort"
        body = squash(question.answer)
        for number, text in reference:
            if number != question.number and len(text) > 40:
                assert squash(text)[:60] not in body, f"Antwort zu {question.number} enthält Frage {number}"


@pytest.mark.parametrize("answer", ANSWERS, ids=lambda p: p.name)
def test_antwort_questions_are_read_unjudged_and_classified_as_the_next_step(answer: Path) -> None:
    doc = parsed(answer)
    assert doc.kind is Kind.ANTWORT
    assert all(q.status is Status.UNANSWERED and not q.findings for q in doc.questions)
    judged = classify(doc)
    assert all(q.status is not Status.UNANSWERED for q in judged.questions)
    assert [(q.number, q.text, q.answer) for q in judged.questions] == [
        (q.number, q.text, q.answer) for q in doc.questions
    ]


@pytest.mark.parametrize("inquiry", INQUIRIES, ids=lambda p: p.name)
def test_kleine_anfrage_questions_match_the_reference_reading(inquiry: Path) -> None:
    doc = parsed(inquiry)
    reference = reference_questions(inquiry.read_text(encoding="utf-8"))
    assert doc.kind is Kind.KLEINE_ANFRAGE
    assert [(q.number, squash(q.text)) for q in doc.questions] == [(n, squash(t)) for n, t in reference]
    assert all(q.status is Status.UNANSWERED and q.answer is None for q in doc.questions)


def test_19_21876_from_printed_pdf_text_has_all_31_questions() -> None:
    doc = parsed(BUNDESTAG / "19_21876-antwort-pdftext.txt")
    numbers = [q.number for q in doc.questions]
    assert len(numbers) == 31
    assert sum(n.isdigit() for n in numbers) == 21
    assert sum(n[-1].isalpha() for n in numbers) == 10
    assert numbers[:7] == ["1", "2", "2a", "2b", "3", "3a", "3b"]
    assert all(q.answer for q in doc.questions)


def test_printed_pdf_yields_the_questions_of_the_kleine_anfrage() -> None:
    """tests/data/pdf/21_1173-antwort.pdf: questions in the smaller type, answers in the body type."""
    doc = parsed(BUNDESTAG.parent / "pdf" / "21_1173-antwort.pdf")
    reference = reference_questions((BUNDESTAG / "21_1028-kleine-anfrage.txt").read_text(encoding="utf-8"))
    assert [(q.number, squash(q.text)) for q in doc.questions] == [(n, squash(t)) for n, t in reference]
    assert doc.question("1b").group == ("1", "1a", "1b")  # type: ignore[union-attr]
    assert all(q.answer for q in doc.questions)
