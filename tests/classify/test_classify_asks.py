"""What a question asks for (``asks.py``, ``asks.toml``): the kinds, and the predicate of a yes/no
question that a committing answer repeats. The questions are real, from Kleine Anfragen of the 21st
Wahlperiode (Drucksache and question number beside each)."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.classify.asks import asks, default_words, load_words, main_clause, predicate
from drafter.classify.rules import RuleError
from drafter.models import Asked

EXAMPLES = default_words().examples


@pytest.mark.parametrize(("question", "expected"), EXAMPLES, ids=[q[:40] for q, _ in EXAMPLES])
def test_each_example_of_the_word_lists_gives_its_predicate(question: str, expected: frozenset[str]) -> None:
    assert predicate(question) == expected


def test_the_main_clause_keeps_an_enumeration_and_drops_brackets() -> None:
    # 21/669, Frage 19a; 21/1961, Frage 8
    assert main_clause(
        "Werden aktuell Anwärterinnen und Anwärter, Auszubildende oder Studierende zur Bewältigung der "
        "Grenzkontrollen und nachfolgender Verwaltungsakte eingesetzt?"
    ).endswith("eingesetzt")
    assert main_clause(
        "Sind die Äußerungen des Bundesaußenministers gegenüber China aus Sicht der Bundesregierung "
        "zielführend, um China dazu zu bewegen, eine Vermittlerrolle einzunehmen (vgl. Vorbemerkung der "
        "Fragesteller)?"
    ).endswith("zielführend")


@pytest.mark.parametrize(
    "question",
    [
        # 21/1286, Frage 15: asks for the government's own view
        "Hat sich die Bundesregierung eine Auffassung zum drohenden Verbot der Ukrainisch-Orthodoxen Kirche "
        "gebildet, und wenn ja, wie lautet diese?",
        # 21/1961, Frage 8: an assessment "aus Sicht der Bundesregierung"
        "Sind die Äußerungen des Bundesaußenministers gegenüber China aus Sicht der Bundesregierung "
        "zielführend, um China dazu zu bewegen, eine Vermittlerrolle im Konflikt zwischen Russland und der "
        "Ukraine einzunehmen (vgl. Vorbemerkung der Fragesteller)?",
        # 21/475, Frage 2
        "Geht die Bundesregierung davon aus, dass aktuell eine aggressive Verschiebung von "
        "Unternehmensgewinnen aus Deutschland heraus noch möglich ist oder nicht?",
        # 21/2338, Frage 6b: the verb after "Wenn nein,"
        "Wenn nein, plant die Bundesregierung flächendeckende und dauerhafte Luftmessprogramme zur "
        "Früherkennung potenzieller Geoengineering-Aktivitäten?",
    ],
)
def test_yes_no_questions_of_view_and_intent_ask_for_a_decision(question: str) -> None:
    assert asks(question).asked == (Asked.DECISION,)


@pytest.mark.parametrize(
    "question",
    [
        # 21/890, Frage 5: a yes/no question of fact asks for nothing a substantive answer could lack
        "Hat die Bundesregierung sichergestellt, dass deutsche Steuergelder nicht für Kampagnen gegen "
        "deutsche Unternehmen verwendet werden?",
        # 21/995, Frage 18c: a view asked only after "und wenn ja" is conditional
        "Ist der Bundesregierung bekannt, welche Auffassung die Innenministerkonferenz (IMK) zu dieser Frage "
        "vertritt, und welche Rolle sollte die IMK nach Auffassung der Bundesregierung dabei spielen?",
    ],
)
def test_other_yes_no_questions_ask_nothing_outright(question: str) -> None:
    assert asks(question).asked == ()


def test_a_decision_question_carries_its_predicate() -> None:
    # 21/890, Frage 19: "werden" is an auxiliary; the commitment asked is "einsetzen"
    question = asks(
        "Wird sich die Bundesregierung im Rat der Europäischen Union oder auf anderen Gremienebenen für eine "
        "Reform der NGO-Förderpraxis einsetzen?"
    )
    assert question.predicate == frozenset({"einsetzen"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('auxiliaries = "sein"\nparticles = []\nfillers = []\n', "„auxiliaries“ muss eine Liste"),
        ("auxiliaries = []\nparticles = []\nfillers = []\n", "es fehlen Beispiele"),
        (
            'auxiliaries = []\nparticles = []\nfillers = []\n[[example]]\nquestion = "Plant …?"\n',
            "Beispiel Nr. 1 braucht",
        ),
        ("auxiliaries = [\n", "asks.toml"),
    ],
)
def test_broken_word_lists_get_a_german_error(tmp_path: Path, text: str, expected: str) -> None:
    path = tmp_path / "asks.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RuleError) as caught:
        load_words(path)
    assert expected in str(caught.value)
