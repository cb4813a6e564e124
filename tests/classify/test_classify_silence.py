"""Answers silent on the government's own intent (``silence.py``, ``silence.toml``): a yes/no question
of intent answered by a description of a law, an institution or what others do is evasive. The
questions and answers are real, from Antworten of the 21st Wahlperiode (Drucksache and question
number beside each); an answer naming the government, a state reached or kept, a negation or the
thing asked about stays an answer."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.classify import classify_questions
from drafter.classify.rules import RuleError
from drafter.classify.silence import default_silence, intent_question, load_silence, silent
from drafter.models import Asked, Category, Question, Status

EXAMPLES = default_silence().examples


@pytest.mark.parametrize(("question", "answer", "expected"), EXAMPLES, ids=[q[:40] for q, _, _ in EXAMPLES])
def test_each_example_is_read_as_written(question: str, answer: str, expected: bool) -> None:
    assert silent(question, [answer]) is expected


def test_the_examples_cover_silent_and_answering_cases_of_each_kind() -> None:
    # every way out of the reading has an example: the noun asked about, a state word, the government
    answering = [(q, a) for q, a, s in EXAMPLES if not s]
    assert any("Verhandlungen" in a for _, a in answering)
    assert any("bereits" in a for _, a in answering)
    assert any(a.startswith("Die Bundesregierung") for _, a in answering)
    assert any(not intent_question(q) for q, _ in answering)


def test_a_plan_asked_and_the_law_described_is_evasive_and_open() -> None:
    # 21/2186, Frage 19
    question = Question(
        "19",
        "Plant die Bundesregierung, die gesetzlich vorgeschriebenen Quoten für emissionsfreie Busse zeitlich "
        "zu strecken oder anzupassen, um Kommunen mit erheblichen Investitionsstaus im ÖPNV-Bereich mehr "
        "Handlungsspielraum zu verschaffen?",
        "Das Saubere-Fahrzeuge-Beschaffungs-Gesetz setzt die Vorgaben der Richtlinie (EU) 2019/1161 des "
        "Europäischen Parlaments und des Rates vom 20. Juni 2019 zur Änderung der Richtlinie 2009/33/EG über "
        "die Förderung sauberer und energieeffizienter Straßenfahrzeuge um.",
        ("19",),
    )
    (q,) = classify_questions([question])
    assert q.status is Status.OPEN
    (finding,) = q.findings
    assert finding.category is Category.EVASIVE
    assert finding.asked == (Asked.DECISION,)
    assert finding.evidence.startswith("Das Saubere-Fahrzeuge-Beschaffungs-Gesetz")


def test_a_plan_answered_by_a_definite_negative_stays_answered() -> None:
    # 21/1740, Frage 12: the monitoring concept is not planned
    question = Question(
        "12",
        "Plant die Bundesregierung ein Monitoringkonzept (z. B. jährliche Berichte) zur Wirkung der "
        "steuerlichen Übergaberegelungen?",
        "Ein solches Monitoring-Konzept ist zurzeit von der Bundesregierung nicht in Planung.",
        ("12",),
    )
    (q,) = classify_questions([question])
    assert q.status is Status.ANSWERED


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('intents = "planen"\ngovernment = ["bund"]\nstates = ["nicht"]\n', "„intents“ muss eine Liste"),
        ('intents = ["planen"]\ngovernment = ["bund"]\nstates = ["nicht"]\n', "es fehlen Beispiele"),
        (
            'intents = ["planen"]\ngovernment = ["bund"]\nstates = ["nicht"]\n'
            '[[example]]\nquestion = "Plant …?"\nanswer = "Ja."\n',
            "Beispiel Nr. 1 braucht",
        ),
        ("intents = [\n", "silence.toml"),
    ],
)
def test_a_broken_word_list_gets_a_german_error(tmp_path: Path, text: str, expected: str) -> None:
    path = tmp_path / "silence.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RuleError) as caught:
        load_silence(path)
    assert expected in str(caught.value)
