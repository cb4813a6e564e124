"""References to other Drucksachen followed into the library: the referring answer takes the status
of the answer it points to, and the chain is shown. The referring sentences follow the form of
21/1440, answer 3 ("… wird auf die Antwort der Bundesregierung zu Frage 3 der Kleinen Anfragen auf
Bundestagsdrucksachen 20/12334 und 20/5717 … verwiesen."); the target is the real Antwort 21/1521
(tests/data/bundestag), stored under its own number and reached also through its Kleine Anfrage."""

from __future__ import annotations

from pathlib import Path

from drafter.classify import classify_questions
from drafter.classify.chains import follow_drucksachen, referenced, step
from drafter.classify.targets import drucksache_questions
from drafter.models import Category, Document, Kind, Question, Status
from drafter.workflow import read_classified

DATA = Path(__file__).parents[1] / "data"
TARGET = read_classified(DATA / "bundestag" / "21_1521-antwort.txt")


def _lookup(number: str) -> Document | None:
    """The library's answer for a number: the Antwort 21/1521, also under its Kleine Anfrage 21/1243."""
    return TARGET if number in ("21/1521", "21/1243") else None


def _referring(*answers: str) -> Document:
    questions = [
        Question(str(i), f"Wie hoch waren die Kosten im Fall {i}?", answer, (str(i),))
        for i, answer in enumerate(answers, start=1)
    ]
    return Document("test", Kind.ANTWORT, "21/9999", "Test", classify_questions(questions))


def test_drucksache_questions_reads_which_question_of_which_drucksache() -> None:
    sentence = (
        "Hinsichtlich der Vorjahreszeiträume wird auf die Antwort der Bundesregierung zu Frage 3 der "
        "Kleinen Anfragen auf Bundestagsdrucksachen 20/12334 und 20/5717 verwiesen."
    )
    assert drucksache_questions(sentence) == {"20/12334": ["3"], "20/5717": ["3"]}


def test_a_reference_to_an_answered_question_elsewhere_is_answered() -> None:
    doc = _referring(
        "Es wird auf die Antwort der Bundesregierung zu Frage 7 auf Bundestagsdrucksache 21/1521 verwiesen."
    )
    assert doc.questions[0].status is Status.OPEN
    assert referenced(doc) == ["21/1521"]
    (question,) = follow_drucksachen(doc, _lookup).questions
    assert (question.status, question.findings) == (Status.ANSWERED, ())


def test_a_reference_to_an_open_question_takes_its_findings_with_the_chain() -> None:
    doc = _referring(
        "Es wird auf die Antwort der Bundesregierung zu Frage 2 der Kleinen Anfrage auf "
        "Bundestagsdrucksache 21/1243 verwiesen."
    )
    (question,) = follow_drucksachen(doc, _lookup).questions
    assert question.status is Status.OPEN
    inherited = [f for f in question.findings if f.category is Category.CLASSIFIED]
    assert inherited and inherited[0].via == (step("2", "21/1243"),)
    assert inherited[0].evidence == TARGET.questions[1].findings[0].evidence


def test_a_reference_to_a_partial_answer_is_partial() -> None:
    doc = _referring(
        "Es wird auf die Antwort der Bundesregierung zu Frage 6 auf Bundestagsdrucksache 21/1521 verwiesen."
    )
    (question,) = follow_drucksachen(doc, _lookup).questions
    assert question.status is Status.PARTIAL
    assert {f.category for f in question.findings} == {Category.REFERRED, Category.NOT_RESPONSIBLE}


def test_a_drucksache_the_library_does_not_hold_stays_referred() -> None:
    doc = _referring(
        "Hinsichtlich der Vorjahreszeiträume wird auf die Antwort der Bundesregierung zu Frage 3 der "
        "Kleinen Anfragen auf Bundestagsdrucksachen 20/12334 und 20/5717 verwiesen."
    )
    assert follow_drucksachen(doc, _lookup) == doc
