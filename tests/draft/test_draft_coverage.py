"""Partial members of a joint answer that the answer does not treat: the coverage test and the draft.

Question and answer texts are quoted from the corpus (Drucksache and question in each test).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from draft_support import TODAY

from drafter.draft import compose_followup
from drafter.draft.compose.coverage import (
    content_stems,
    meets,
    stem,
    unaddressed_partial,
    uncovered_in_joint_answer,
)
from drafter.draft.compose.select import select_items
from drafter.models import Document, Question, Status
from drafter.workflow import read_classified

# 19/21876, Fragen 3 bis 3b, joint answer (shortened to three of its five substantive sentences).
TITLE_19_21876 = "Wiener „Plattform“ gegen Migration auf der sogenannten Westbalkanroute"
Q3 = (
    "Welche Initiativen und konkreten Maßnahmen wurden nach Kenntnis der Bundesregierung auf der "
    "Ministerkonferenz zur Bekämpfung von Migration entlang der sogenannten Westbalkanroute in den "
    "Bereichen Grenzkontrolle und Grenzüberwachung, Abschiebungen und Rückkehrmaßnahmen, "
    "Schleuserbekämpfung sowie im Asylbereich beschlossen?"
)
Q3A = (
    "In welchen EU-Ratsarbeitsgruppen werden die Aktivitäten der „Plattform“ nach Kenntnis der "
    "Bundesregierung behandelt?"
)
Q3B = "Ab wann soll die neue „Plattform“ nach Kenntnis der Bundesregierung tätig werden?"
FINDING_3 = "Darüberhinausgehende Festlegungen wurden nicht getroffen."
ANSWER_3 = (
    "Auf der Konferenz am 22./23. Juli 2020 haben die Teilnehmer sich darauf verständigt, eine "
    "Koordinierungsplattform zur Bekämpfung der illegalen Migration entlang der östlichen "
    "Mittelmeerroute einzurichten. Die Plattform soll die operative Zusammenarbeit und praktische "
    "Unterstützung besonders betroffener Partner in Schlüsselbereichen wie Grenzmanagement, Rückkehr, "
    "Bekämpfung von Migrantenschmuggel und Menschenhandel sowie Asyl stärken. Die "
    "Koordinierungsstruktur soll dazu beitragen, strategische Prioritäten, Bedürfnisse und Maßnahmen "
    "entlang der Ostroute besser aufeinander abzustimmen und Doppelarbeit bei bestehenden Aktivitäten "
    f"zu vermeiden. {FINDING_3}"
)

# 19/21876, Fragen 12 bis 12b, joint answer.
Q12 = (
    "Welche Behörden welcher EU-Mitgliedstaaten nehmen nach Kenntnis der Bundesregierung fortwährend "
    "oder anlassbezogen an dem Joint Operational Office (JOO) in Wien teil?"
)
Q12A = "Wie wird das Zentrum finanziert, und welche Summen werden aus welchen Finanztöpfen übernommen?"
FINDING_12 = "Weitere Erkenntnisse im Sinne der Fragestellung liegen der Bundesregierung nicht vor."
ANSWER_12 = (
    "Am Joint Operational Office (JOO) in Wien beteiligen sich Polizeibehörden der folgenden "
    "EU-Mitgliedstaaten: Bulgarien, Deutschland, Griechenland, Italien, Kroatien, Österreich, Polen, "
    "Rumänien, Schweden, Slowakei, Slowenien, Spanien, Tschechien und Ungarn. Die Finanzierung des JOO "
    "Wien erfolgt u. a. im Rahmen von EMPACT (Europäische multidisziplinäre Plattform gegen kriminelle "
    f"Bedrohungen). {FINDING_12}"
)


def _partial(number: str, text: str, answer: str, group: tuple[str, ...]) -> Question:
    return Question(number, text, answer, group, Status.PARTIAL)


def test_german_words_meet_across_inflection_compounds_and_derivations() -> None:
    assert stem("Arbeitsgruppen") == "arbeitsgrupp" and stem("Überwachung") == "uberwachung"
    assert content_stems("EU-Ratsarbeitsgruppen") == {"ratsarbeitsgrupp"}
    assert meets("ratsarbeitsgrupp", stem("Arbeitsgruppen"))
    assert meets(stem("Lose"), stem("Baulose"))  # 21/1091, 5: "In wie viele Lose …" / "in drei Baulose"
    assert meets(stem("finanziert"), stem("Finanzierung"))
    assert not meets(stem("Finanztöpfen"), stem("Finanzierung"))
    assert not meets(stem("tätig"), stem("Plattform"))


def test_generic_inquiry_words_carry_no_topic() -> None:
    assert content_stems(Q3B) == {"plattform", "tatig"}
    assert "bundesregierung" not in content_stems("Welche Kenntnis hat die Bundesregierung?")


def test_sub_questions_the_joint_answer_leaves_untouched() -> None:
    group = ("3", "3a", "3b")
    for text, siblings in ((Q3A, [Q3, Q3B]), (Q3B, [Q3, Q3A])):
        question = _partial(text[:2], text, ANSWER_3, group)
        assert uncovered_in_joint_answer(question, [FINDING_3], siblings, TITLE_19_21876)


def test_the_answered_question_of_the_group_is_covered() -> None:
    question = _partial("3", Q3, ANSWER_3, ("3", "3a", "3b"))
    assert not uncovered_in_joint_answer(question, [FINDING_3], [Q3A, Q3B], TITLE_19_21876)


def test_a_sub_question_answered_by_a_derived_word_is_covered() -> None:
    question = _partial("12a", Q12A, ANSWER_12, ("12", "12a"))
    assert not uncovered_in_joint_answer(question, [FINDING_12], [Q12], TITLE_19_21876)


def test_without_an_addressed_sibling_nothing_is_judged() -> None:
    # 21/1173, Fragen 5 bis 5b: "bundesrechtliche Vorschriften" answers "bundesgesetzliche
    # Rahmenvorgaben" in other words; no sibling shares words either, so the test stays silent.
    finding = (
        "Die Ausweisung von Flächen für die Windenergie sowie die Durchführung und Ausgestaltung von "
        "Beteiligungsverfahren für entsprechende Planungs- und Genehmigungsverfahren liegen in der "
        "Zuständigkeit der Länder."
    )
    answer = (
        f"{finding} Relevante bundesrechtliche Vorschriften finden sich hierzu unter anderem im "
        "Bundesimmissionsschutzgesetz, im Windenergieflächenbedarfsgesetz, im Gesetz zur "
        "Umweltverträglichkeitsprüfung sowie in den umweltrechtlichen Fachgesetzen."
    )
    q5 = (
        "Wie bewertet die Bundesregierung die Durchführung und Ausgestaltung von Beteiligungsverfahren "
        "für Anwohner und Öffentlichkeit bei Windkraftprojekten in geschützten Waldgebieten bundesweit?"
    )
    question = _partial(
        "5a", "Welche bundesgesetzlichen Rahmenvorgaben bestehen insoweit?", answer, ("5", "5a")
    )
    assert not uncovered_in_joint_answer(
        question, [finding], [q5], "Windkraftanlagen in deutschen Waldgebieten"
    )


def test_only_findings_sentences_leave_nothing_to_judge() -> None:
    question = _partial("3a", Q3A, FINDING_3, ("3", "3a"))
    assert not uncovered_in_joint_answer(question, [FINDING_3], [Q3], TITLE_19_21876)


@pytest.fixture
def antwort_21_1173(bundestag_dir: Path) -> Document:
    return read_classified(bundestag_dir / "21_1173-antwort.txt")


def test_a_referral_sentence_addresses_its_sub_question(antwort_21_1173: Document) -> None:
    # 1b "Liegen hierzu Auswertungen … vor?" – "… wird auf die diesbezüglichen Auswertungen der
    # Fachagentur Wind und Solar verwiesen."
    by_number = {q.number: q for q in antwort_21_1173.questions}
    assert by_number["1b"].status is Status.PARTIAL and len(by_number["1b"].group) == 3
    assert not any(unaddressed_partial(antwort_21_1173, q) for q in antwort_21_1173.questions)


def test_default_draft_asks_the_untreated_sub_questions(antwort_19_21876: Document) -> None:
    draft = compose_followup([antwort_19_21876], today=TODAY)
    by = {q.source.question: q for q in draft.questions if q.source}
    subs = " ".join(by["3"].subquestions)
    assert "In welchen EU-Ratsarbeitsgruppen werden die Aktivitäten der „Plattform“ behandelt?" in subs
    assert "Ab wann soll die neue „Plattform“ tätig werden?" in subs
    pressed = {ref.question: ref for ref in by["3"].presses_on}
    assert set(pressed) == {"3", "3a", "3b"}  # the whole joint group
    assert pressed["3a"].category is not None and pressed["3a"].category.value == "pending"
    assert pressed["3b"].evidence == FINDING_3
    assert "zu den Fragen 3 bis 3b, " in draft.preamble[0]


def test_treated_partial_members_stay_out_when_only_open_ones_are_asked(antwort_19_21876: Document) -> None:
    items = select_items([antwort_19_21876], include_partial=False)
    numbers = {n for item in items for n in item.numbers}
    assert {"3", "12", "12a", "12b"}.isdisjoint(numbers)  # partial, and the joint answer treats them
    assert [item.question.number for item in items if item.unaddressed] == ["3a"]  # with 3b merged in
    with_partial = select_items([antwort_19_21876])
    assert {"3", "12a"} <= {n for item in with_partial for n in item.numbers}
