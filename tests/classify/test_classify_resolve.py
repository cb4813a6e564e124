"""A whole Antwort: references between answers, to the Vorbemerkung der Bundesregierung and to other
Drucksachen are followed, with the chain in ``via``; joint answers share their status."""

from __future__ import annotations

from drafter.classify import classify_questions
from drafter.models import Category, Finding, Question, Status

PENDING = "Die Prüfung ist noch nicht abgeschlossen."


def _doc(*answers: tuple[str, str], groups: dict[str, tuple[str, ...]] | None = None) -> list[Question]:
    groups = groups or {}
    return [Question(n, f"Frage {n}?", a, groups.get(n, (n,))) for n, a in answers]


def _by_number(questions: tuple[Question, ...]) -> dict[str, Question]:
    return {q.number: q for q in questions}


def test_chain_of_two_carries_the_findings_with_via() -> None:
    out = _by_number(
        classify_questions(
            _doc(
                ("9", "Es wird auf die Antwort zu Frage 10 verwiesen."),
                ("10", PENDING),
                ("11", "Auf die Antwort zu Frage 9 wird verwiesen."),
            )
        )
    )
    assert out["10"].status is Status.OPEN
    assert out["9"].status is Status.OPEN
    assert Finding(Category.PENDING, PENDING, via=("10",)) in out["9"].findings
    assert out["11"].status is Status.OPEN
    assert Finding(Category.PENDING, PENDING, via=("9", "10")) in out["11"].findings
    own = [f for f in out["11"].findings if f.category is Category.REFERRED and not f.via]
    assert [f.refers_to for f in own] == ["9"]


def test_a_cycle_ends_and_stays_referred() -> None:
    out = _by_number(
        classify_questions(
            _doc(
                ("4", "Es wird auf die Antwort zu Frage 5 verwiesen."),
                ("5", "Es wird auf die Antwort zu Frage 4 verwiesen."),
            )
        )
    )
    for number, target in (("4", "5"), ("5", "4")):
        assert out[number].status is Status.OPEN
        assert {f.category for f in out[number].findings} == {Category.REFERRED}
        assert any(f.refers_to == target and not f.via for f in out[number].findings)


def test_a_pure_reference_to_an_answered_question_is_answered() -> None:
    # 21/1521: "Keine. Im Übrigen wird auf die Antwort zu Frage 8 verwiesen."; here the bare reference
    out = _by_number(
        classify_questions(
            _doc(
                (
                    "8",
                    "Die Agentur für Arbeit beteiligt sich nicht mit Personal und Gerät an der Übung.",
                ),
                ("9", "Es wird auf die Antwort zu Frage 8 verwiesen."),
            )
        )
    )
    assert (out["9"].status, out["9"].findings) == (Status.ANSWERED, ())


def test_a_reference_to_a_partial_answer_is_partial() -> None:
    out = _by_number(
        classify_questions(
            _doc(
                ("2", "Im Jahr 2024 wurden 40 Verfahren geführt. Kosten werden statistisch nicht erfasst."),
                ("3", "Auf die Antwort zu Frage 2 wird verwiesen."),
            )
        )
    )
    assert out["3"].status is Status.PARTIAL
    assert {(f.category, f.via) for f in out["3"].findings} == {
        (Category.NO_INFORMATION, ("2",)),
        (Category.REFERRED, ()),
    }


def test_own_gap_plus_reference_to_an_answered_question_is_partial() -> None:
    # 21/1792, answer 24
    out = _by_number(
        classify_questions(
            _doc(
                ("2", "Die durchschnittliche Rente betrug 2024 rund 1 000 Euro."),
                (
                    "24",
                    "Hierzu liegen der Bundesregierung keine Daten vor. Zur Entwicklung der Rentenhöhe von "
                    "Beziehenden einer Erwerbsminderungsrente wird auf die Antwort zu Frage 2 verwiesen.",
                ),
            )
        )
    )
    assert out["24"].status is Status.PARTIAL
    assert {f.category for f in out["24"].findings} == {Category.NO_INFORMATION}


def test_joint_answer_applies_to_every_member_and_references_into_the_group_end() -> None:
    joint = (
        "Die Fragen 1 bis 2 werden gemeinsam beantwortet. Es wird auf die Antwort zu Frage 1 verwiesen. "
        + PENDING
    )
    group = ("1", "2")
    out = classify_questions(_doc(("1", joint), ("2", joint), groups={"1": group, "2": group}))
    assert [q.status for q in out] == [Status.OPEN, Status.OPEN]
    assert all({f.category for f in q.findings} == {Category.PENDING} for q in out)


def test_a_reference_to_a_number_with_lettered_parts_reaches_the_parts() -> None:
    later = "Die Auswertung dauert noch an."
    out = _by_number(
        classify_questions(
            _doc(("3a", PENDING), ("3b", later), ("4", "Es wird auf die Antwort zu Frage 3 verwiesen."))
        )
    )
    assert out["4"].status is Status.OPEN
    pending = {(f.evidence, f.via) for f in out["4"].findings if f.category is Category.PENDING}
    assert pending == {(PENDING, ("3a",)), (later, ("3b",))}


def test_a_web_of_references_is_resolved_once_per_question() -> None:
    # 21/287: answers pointing at each other; every finding arrives once, whatever the path
    answers = [
        (str(n), f"Es wird auf die Antworten zu den Fragen 1 bis 12 verwiesen. {PENDING}")
        for n in range(1, 13)
    ]
    out = classify_questions(_doc(*answers))
    for question in out:
        assert question.status is Status.OPEN
        assert [f.category for f in question.findings].count(Category.PENDING) == 1


def test_numbers_that_name_a_part_of_the_vorbemerkung_are_not_questions() -> None:
    # 21/287, answer 1
    answer = "Es wird auf die Vorbemerkung der Bundesregierung zu den Fragen 1 bis 4 verwiesen."
    out = classify_questions(
        _doc(("1", answer), ("2", PENDING)), government_preamble="Keine Erkenntnisse liegen vor."
    )
    assert [f.refers_to for f in out[0].findings if f.category is Category.REFERRED] == ["Vorbemerkung"]


def test_reference_to_the_vorbemerkung_takes_its_findings() -> None:
    # 21/1210: the Vorbemerkung der Bundesregierung defers, answers 14 to 17 point to it
    preamble = (
        "Die Bundesregierung misst dem Erhalt einer vielfältigen Medienlandschaft besondere Bedeutung bei. "
        "Angesichts der laufenden interministeriellen Abstimmungen können zu den Einzelfragen der Kleinen "
        "Anfrage derzeit keine abschließenden Angaben gemacht werden."
    )
    out = _by_number(
        classify_questions(
            _doc(("17", "Auf die Vorbemerkung der Bundesregierung wird verwiesen.")),
            government_preamble=preamble,
        )
    )
    assert out["17"].status is Status.OPEN
    inherited = [f for f in out["17"].findings if f.via == ("Vorbemerkung",)]
    assert [f.category for f in inherited] == [Category.PENDING]
    assert any(f.refers_to == "Vorbemerkung" for f in out["17"].findings)


def test_reference_to_the_vorbemerkung_after_a_full_answer_is_answered() -> None:
    # 21/890: content, then "Im Übrigen wird auf die Vorbemerkung der Bundesregierung verwiesen."
    preamble = "Zu Einzelfällen nimmt die Bundesregierung keine Stellung."
    answer = (
        "Die Bundesregierung hat 2024 insgesamt 12 Projekte gefördert. "
        "Im Übrigen wird auf die Vorbemerkung der Bundesregierung verwiesen."
    )
    out = classify_questions(_doc(("4", answer)), government_preamble=preamble)
    assert (out[0].status, out[0].findings) == (Status.ANSWERED, ())


def test_reference_to_a_missing_vorbemerkung_stays_referred() -> None:
    out = classify_questions(_doc(("3", "Es wird auf die Vorbemerkung der Bundesregierung verwiesen.")))
    assert out[0].status is Status.OPEN
    assert out[0].findings == (
        Finding(
            Category.REFERRED, "Es wird auf die Vorbemerkung der Bundesregierung verwiesen.", "Vorbemerkung"
        ),
    )


def test_reference_to_another_drucksache_keeps_its_number() -> None:
    answer = "Es wird auf die Antwort der Bundesregierung auf Bundestagsdrucksache 21/88 verwiesen."
    out = classify_questions(_doc(("5", answer)))
    assert out[0].status is Status.OPEN
    assert out[0].findings == (Finding(Category.REFERRED, answer, "21/88"),)


def test_question_numbers_of_another_drucksache_are_not_followed() -> None:
    answer = "Auf die Antwort zu Frage 1 auf Bundestagsdrucksache 20/4711 wird verwiesen."
    out = _by_number(classify_questions(_doc(("1", PENDING), ("2", answer))))
    assert [f.refers_to for f in out["2"].findings] == ["20/4711"]


def test_a_very_long_chain_stops_without_error() -> None:
    answers = [(str(n), f"Es wird auf die Antwort zu Frage {n + 1} verwiesen.") for n in range(1, 400)]
    out = classify_questions(_doc(*answers, ("400", PENDING)))
    assert len(out) == 400
    assert all(q.status is Status.OPEN for q in out)
    assert Category.PENDING in {f.category for f in out[-2].findings}


def test_unanswered_questions_are_left_alone() -> None:
    question = Question("1", "Wie viele?", None, ("1",))
    assert classify_questions([question]) == (question,)
