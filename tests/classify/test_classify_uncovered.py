"""Parts of a question left uncovered (``uncovered.py``, ``plain.toml``): a figure or date asked in
plain words that an otherwise answered question does not give makes it partial. The questions and
answers are real, from Antworten of the 21st Wahlperiode (Drucksache and question number beside
each); a definite negative, a pointer to an annex and a kind asked only on a condition stay answered.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from drafter.classify import classify_questions
from drafter.classify.rules import RuleError
from drafter.classify.uncovered import DEFAULT_PLAIN, default_plain, load_plain, plain_asks, uncovered
from drafter.datafile import read_toml
from drafter.labels import finding_name
from drafter.models import Asked, Category, Question, Status

EXAMPLES = default_plain().examples


@pytest.mark.parametrize(("question", "kinds"), EXAMPLES, ids=[q[:40] for q, _ in EXAMPLES])
def test_each_example_asks_its_kinds_in_plain_words(question: str, kinds: frozenset[Asked]) -> None:
    assert plain_asks(question) == kinds


def test_every_phrase_and_condition_occurs_in_an_example() -> None:
    data = read_toml(DEFAULT_PLAIN)
    words = [w for key in ("figure", "date", "conditions") for w in data[key]]
    text = " ".join(q.lower() for q, _ in EXAMPLES)
    unused = [w for w in words if not re.search(r"\b" + re.escape(w) + r"\b", text)]
    assert unused == []


def _classify(number: str, question: str, answer: str) -> Question:
    (out,) = classify_questions([Question(number, question, answer, (number,))])
    return out


def test_an_amount_asked_and_only_the_programmes_given_is_partial() -> None:
    # 21/2186, Frage 5: the programmes are named, the amount planned is not
    q = _classify(
        "5",
        "Welche konkreten Finanzierungsprogramme des Bundes bestehen derzeit zur Förderung von "
        "Infrastrukturmaßnahmen und Fahrzeugbeschaffungen im Rahmen des "
        "Saubere-Fahrzeuge-Beschaffungs-Gesetzes, und in welcher Höhe sind für die kommenden fünf Jahre "
        "Fördermittel eingeplant?",
        "Das Gesetz setzt die Vorgaben der Richtlinie (EU) 2019/1161 des Europäischen Parlaments und des "
        "Rates vom 20. Juni 2019 zur Änderung der Richtlinie 2009/33/EG über die Förderung sauberer und "
        "energieeffizienter Straßenfahrzeuge um. Unabhängig vom Saubere-Fahrzeuge-Beschaffungs-Gesetz "
        "unterstützt die Bundesregierung zur Erreichung seiner Klimaschutzziele die Kommunen mittel- und "
        "unmittelbar mit zahlreichen Maßnahmen beim Umstieg auf emissionsarme Fahrzeuge, so etwa durch die "
        "Förderung der Elektromobilität (z. B. Elektrobusse) und der Ladeinfrastruktur oder erneuerbaren "
        "Kraftstoffen.",
    )
    assert q.status is Status.PARTIAL
    (finding,) = q.findings
    assert finding.category is Category.EVASIVE
    assert finding.asked == (Asked.FIGURE,)
    assert finding.evidence.startswith("Unabhängig vom Saubere-Fahrzeuge-Beschaffungs-Gesetz")
    assert finding_name(finding) == "ausweichend: gefragt war eine Zahl"


def test_a_quantity_given_and_the_date_left_to_a_tender_is_partial() -> None:
    # 21/1518, Frage 14: "ca. 2 000 Stück" answers how many; when is left to the tender
    q = _classify(
        "14",
        "Welche und wie viele DEIG sollen wann und in welchen Tranchen für wen nach den Plänen der "
        "Bundesregierung beschafft werden?",
        "Eine Festlegung darüber, welches DEIG in die Bundespolizei eingeführt wird, wird nach Abschluss "
        "der Erprobung in Form einer technischen Bedarfsbeschreibung und Systementscheidung erfolgen. "
        "Derzeit wird mit einer Bestellmenge von ca. 2 000 Stück geplant. Wann und in welchen Tranchen "
        "beschafft werden kann, ist vom Ergebnis der Ausschreibung abhängig.",
    )
    assert q.status is Status.PARTIAL
    (finding,) = q.findings
    assert finding.asked == (Asked.DATE,)
    assert finding.evidence.startswith("Wann und in welchen Tranchen")
    assert finding_name(finding) == "ausweichend: gefragt war ein Zeitpunkt"


def test_a_budget_title_named_without_amount_or_date_lacks_both() -> None:
    # 21/1407, Frage 19: "eine neue Verpflichtungsermächtigung" counts one; the date is missing
    finding = uncovered(
        "Über welche Haushaltstitel soll die Finanzierung des Neubaus erfolgen, in welcher Höhe und wann "
        "sind die entsprechenden Mittel eingeplant?",
        "Für die Mietkosten des geplanten Neubaus ist im Haushaltstitel des BKA im weiteren Verfahren eine "
        "neue Verpflichtungsermächtigung (VE) zu veranschlagen.",
    )
    assert finding is not None
    assert finding.asked == (Asked.DATE,)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (  # 21/1170, Frage 2: no such cases exist, so there are no dates to give
            "Unter welchen Bedingungen können Streckenabschnitte bestehender Bundesautobahnen einer anderen "
            "Entwurfsklasse gemäß der Richtlinie für die Anlage von Autobahnen zugeordnet werden, und was "
            "sind die letzten zehn Fälle, in denen dies, jeweils wann, geschehen ist, und jeweils aus "
            "welchem Grund?",
            "Für den Neu-, Aus- oder Umbau von Autobahnen gelten die Richtlinien für die Anlage von "
            "Autobahnen. In die darin genannten Entwurfsklassen sind die Autobahnen im Rahmen der Planungen "
            "entsprechend ihrer Netzfunktion und Verkehrsbedeutung einzuordnen. Nachträgliche „Auf- und "
            "Abstufungen“ von Entwurfsklassen bestehender Autobahnen sieht das Regelwerk deshalb nicht vor.",
        ),
        (  # 21/964, Frage 6: the figures stand in the annex pointed to
            "Wie viele Mittel sind seit 2022 bis heute für die Finanzierung von MGH ausgezahlt worden, und "
            "wie viele MGH wurden damit gefördert (bitte nach Bundesländern und Jahren aufschlüsseln)?",
            "Zur Auflistung der Fördervorhaben wird auf die gemeinsame tabellarische Anlage* zu den Fragen "
            "1, 2, 6 und 7 verwiesen.",
        ),
        (  # 21/1136, Frage 12: the sale is done; a definite negative answers the rest
            "Für welche der in Frage 5 genannten Vermögenswerte plant Bundesministerin Katherina Reiche "
            "nach Kenntnis der Bundesregierung einen Verkauf oder eine andere Form der Verfügung, und bis "
            "zu welchem Datum sollen diese Maßnahmen abgeschlossen sein?",
            "Bundesministerin Reiche ist nicht mehr Inhaberin der Optionen bei Ingrid Capacity; der "
            "Veräußerungsprozess ist abgeschlossen.",
        ),
        (  # 21/1638, Frage 5: "wenn ja, wann" - no yes, so no date is missing
            "Inwiefern würde es den Netzanschluss von Verbrauchern beschleunigen, wenn eine gesetzliche "
            "Regelung beschlossen würde zur Einführung von digitalen Netzanschlussportalen, und plant die "
            "aktuelle Bundesregierung, eine solche Regelung umzusetzen, und wenn ja, wann, und wenn nein, "
            "warum nicht?",
            "Aus Sicht der Bundesregierung besteht Handlungsbedarf zur Beschleunigung und Vereinfachung der "
            "Verfahren bei Netzanschlüssen an das Stromnetz. Ziel ist es, dem Gesetzgeber so bald als "
            "möglich einen Vorschlag vorzulegen.",
        ),
        (  # 21/1462, Frage 1: the counts are given, in digits and in words
            "Wie viele Gerichtsverfahren, in denen das BMAS als Beklagter beteiligt ist, sind nach Kenntnis "
            "der Bundesregierung im ersten und zweiten Quartal 2025 bei Gerichten der "
            "Verwaltungsgerichtsbarkeit anhängig (bitte nach Anzahl und Quartal aufschlüsseln)?",
            "Aktuell sind vier Gerichtsverfahren anhängig. Zwei Verfahren setzen sich seit dem ersten "
            "Quartal 2025 fort. Zwei Verfahren kamen im zweiten Quartal 2025 hinzu.",
        ),
    ],
)
def test_what_is_given_denied_or_pointed_to_stays_answered(question: str, answer: str) -> None:
    assert uncovered(question, answer) is None
    assert _classify("1", question, answer).status is Status.ANSWERED


def test_the_answer_pointed_to_may_give_the_figure() -> None:
    # the figure of 21/1518, Frage 14 in the answer a pointer leads to
    question = "Wie viele DEIG sollen nach den Plänen der Bundesregierung beschafft werden?"
    pointed = [("13", "Derzeit wird mit einer Bestellmenge von ca. 2 000 Stück geplant.")]
    assert uncovered(question, "Auf die Antwort zu Frage 13 wird verwiesen.", pointed) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('figure = "wie viele"\ndate = ["wann"]\nconditions = ["wenn ja"]\n', "„figure“ muss eine Liste"),
        ('figure = ["wie viele"]\ndate = ["wann"]\nconditions = ["wenn ja"]\n', "es fehlen Beispiele"),
        (
            'figure = ["wie viele"]\ndate = ["wann"]\nconditions = ["wenn ja"]\n'
            '[[example]]\nquestion = "Wann?"\n',
            "Beispiel Nr. 1 braucht",
        ),
        (
            'figure = ["wie viele"]\ndate = ["wann"]\nconditions = ["wenn ja"]\n'
            '[[example]]\nquestion = "Wann?"\nkinds = ["zahl"]\n',
            "unbekannte Art",
        ),
        ("figure = [\n", "plain.toml"),
    ],
)
def test_a_broken_phrase_file_gets_a_german_error(tmp_path: Path, text: str, expected: str) -> None:
    path = tmp_path / "plain.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RuleError) as caught:
        load_plain(path)
    assert expected in str(caught.value)
