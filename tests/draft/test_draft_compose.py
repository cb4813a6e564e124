"""Composing the follow-up: one wording per category, selection, folding, citations, signature."""

from __future__ import annotations

import dataclasses

import pytest
from draft_support import TODAY

from drafter.draft import compose_followup, followup_question
from drafter.errors import DraftError
from drafter.models import Asked, Category, Document, Finding, Kind, Question, Status


def _by_source(doc: Document, **kwargs: object) -> dict[str, object]:
    draft = compose_followup([doc], today=TODAY, **kwargs)  # type: ignore[arg-type]
    return {q.source.question: q for q in draft.questions if q.source}


def test_each_category_has_its_wording(small_answer: Document) -> None:
    by = _by_source(small_answer)
    assert set(by) == {"2", "3", "4", "5", "6", "7", "8", "9"}  # open and partial; 1 is answered
    assert set(_by_source(small_answer, include_partial=False)) == {"2", "3", "4", "5", "6", "7", "9"}
    no_info, pending, classified = by["2"], by["3"], by["4"]
    assert no_info.text.startswith(
        "Welche Erkenntnisse hat die Bundesregierung inzwischen darüber, welche Finanzmittel"
    )
    assert pending.text.startswith(
        "Hat die Bundesregierung inzwischen abschließend geprüft, wie das Register"
    )
    assert pending.subquestions[:2] == (
        "Wenn ja, mit welchem Ergebnis?",
        "Wenn nein, welche Optionen werden erwogen, bis wann soll entschieden werden, und wer entscheidet?",
    )
    assert "in offener Form dazu mitteilen" in classified.text
    assert by["5"].text.startswith(
        "Auf welche Grenze des parlamentarischen Fragerechts stützt die Bundesregierung im konkreten Fall "
        "ihre Weigerung anzugeben, mit welchen Firmen"
    )
    assert "Abwägung" in by["5"].subquestions[0]
    assert by["6"].text.startswith(
        "Welche Erkenntnisse hat die Bundesregierung, etwa aus dem Austausch mit den Ländern, darüber, wie"
    )
    assert (
        "Wann tagt inzwischen die Arbeitsgruppe" in by["7"].text
        and "dort Verweis auf die Antwort zu Frage 1" in by["7"].text
    )


@pytest.mark.parametrize(
    ("evidence", "asked"),
    [
        ("Eine Beantwortung wäre nur mit unvertretbarem Aufwand möglich.", "mit vertretbarem Aufwand"),
        (
            "Die Bundesregierung nimmt zu laufenden Ermittlungsverfahren keine Stellung.",
            "nach Abschluss der Verfahren",
        ),
        ("Dem stehen die Grundrechte Dritter entgegen.", "ohne Nennung von Namen"),
        ("Eine Antwort unterbleibt aus Gründen des Staatswohls.", "Geheimschutzstelle"),
    ],
)
def test_refusals_are_pressed_on_their_own_grounds(small_answer: Document, evidence: str, asked: str) -> None:
    refused = dataclasses.replace(small_answer.questions[4], findings=(Finding(Category.REFUSED, evidence),))
    question = followup_question(small_answer, refused)
    assert any(asked in sub for sub in question.subquestions)


def test_every_question_cites_the_earlier_answer(small_answer: Document) -> None:
    for number, question in _by_source(small_answer).items():
        if number != "9":
            assert (
                f"(vgl. Antwort der Bundesregierung zu Frage {number} auf Bundestagsdrucksache 21/500"
                in question.text
            )
        assert question.text.endswith("?")
        assert all(sub.endswith("?") for sub in question.subquestions)


def test_resolved_referral_asks_the_inherited_point_citing_both(small_answer: Document) -> None:
    question = _by_source(small_answer)["9"]
    assert question.source.category.value == "no_information"
    assert question.text == (
        "Welche Erkenntnisse hat die Bundesregierung inzwischen darüber, wie "
        "hoch die Kosten des Zentrums sind "
        "(vgl. Antwort der Bundesregierung zu Frage 9 in Verbindung mit der Antwort zu Frage 2 auf "
        "Bundestagsdrucksache 21/500)?"
    )


def test_referral_into_another_drucksache_cites_that_drucksache(small_answer: Document) -> None:
    """A chain step "2 in 21/120" is question 2 of Drucksache 21/120 (and "4" after it a question of
    that Drucksache too), not a question of the answer being followed up."""
    pointer = "Es wird auf die Antwort zu Frage 2 auf Drucksache 21/120 verwiesen."
    referred = Finding(Category.REFERRED, pointer, refers_to="21/120")
    none_known = "Hierzu liegen der Bundesregierung keine Erkenntnisse vor."
    inherited = Finding(Category.NO_INFORMATION, none_known, via=("2 in 21/120", "4"))
    nine = dataclasses.replace(small_answer.questions[8], findings=(referred, inherited))
    doc = dataclasses.replace(small_answer, questions=(*small_answer.questions[:8], nine))
    text = _by_source(doc)["9"].text
    assert text.endswith(
        "(vgl. Antwort der Bundesregierung zu Frage 9 auf Bundestagsdrucksache 21/500 in Verbindung mit "
        "der Antwort der Bundesregierung zu den Fragen 2 und 4 auf Bundestagsdrucksache 21/120)?"
    )


def test_partial_items_and_decision_questions(small_answer: Document) -> None:
    by = _by_source(small_answer, include_partial=True)
    assert by["8"].text == (
        "Welche Festlegungen wurden inzwischen für die Arbeitsgruppen getroffen "
        "(vgl. Antwort der Bundesregierung zu Frage 8 auf Bundestagsdrucksache 21/500)?"
    )


def test_select_by_numbers(small_answer: Document) -> None:
    draft = compose_followup([small_answer], select={"8", "3"}, today=TODAY)
    assert [q.source.question for q in draft.questions if q.source] == ["3", "8"]
    with pytest.raises(DraftError, match="99"):
        compose_followup([small_answer], select={"99"}, today=TODAY)


def test_draft_frame(small_answer: Document) -> None:
    draft = compose_followup([small_answer], today=TODAY)
    assert draft.title == (
        "Die „Plattform“ & ihre <Partner> (Nachfrage zur Antwort der Bundesregierung auf die "
        "Kleine Anfrage auf Bundestagsdrucksache 21/500)"
    )
    assert draft.askers == ("Erika Muster", "Max Beispiel") and draft.faction == "DIE LINKE."
    assert draft.signed_on == TODAY and draft.cites == ("21/500",)
    assert draft.preamble[0].startswith(
        "Die Bundesregierung hat die Kleine Anfrage der Fraktion DIE LINKE. „Die ‚Plattform‘ & ihre "
        "<Partner>“ (Bundestagsdrucksache 21/400) mit ihrer Antwort auf Bundestagsdrucksache 21/500 vom "
        "2. März 2026 nicht vollständig beantwortet: "
    )
    assert "zu Frage 5 hat sie die Antwort verweigert" in draft.preamble[0]
    assert (
        "Zu Frage 5 verweigert sie die Antwort: „Eine Antwort unterbleibt aus Gründen des Staatswohls.“ "
        "(Antwort zu Frage 5 auf Bundestagsdrucksache 21/500)." in draft.preamble
    )
    # the no-information sentences say no more than the first paragraph: not quoted again
    assert not any("Hierzu liegen der Bundesregierung keine Erkenntnisse vor" in p for p in draft.preamble)
    assert (
        draft.preamble[-1]
        == "Die Fragestellerinnen und Fragesteller fragen deshalb erneut nach diesen Punkten."
    )
    assert draft.preamble[-2].startswith("[")  # the slot for what happened since, flagged by the checks
    assert "zu den Fragen 2 und 9 lagen ihr nach eigener Angabe keine Erkenntnisse vor" in draft.preamble[0]
    assert "Monate" not in " ".join(draft.preamble)  # no boilerplate about elapsed time
    assert draft.signature == "[Name], [Name] und Fraktion"


def test_several_answers_in_one_followup(small_answer: Document) -> None:
    second = dataclasses.replace(
        small_answer,
        number="21/600",
        inquiry="21/550",
        title="Zweite Anfrage",
        questions=small_answer.questions[1:3],
    )
    draft = compose_followup([small_answer, second], today=TODAY)
    assert draft.title == (
        "Die „Plattform“ & ihre <Partner> (Nachfrage zu den Antworten der Bundesregierung auf "
        "Bundestagsdrucksachen 21/500 und 21/600)"
    )
    assert draft.cites == ("21/500", "21/600")
    assert "mit ihrer Antwort auf Bundestagsdrucksache 21/500" in draft.preamble[0]
    assert "mit ihrer Antwort auf Bundestagsdrucksache 21/600" in draft.preamble[1]
    sources = [(q.source.drucksache, q.source.question) for q in draft.questions if q.source]
    assert sources[-2:] == [("21/600", "2"), ("21/600", "3")]


def test_answer_without_a_drucksache_number(small_answer: Document) -> None:
    """A PDF without its first page names no number: the title and citations say so in words."""
    draft = compose_followup([dataclasses.replace(small_answer, number=None)], today=TODAY)
    assert draft.title == (
        "Die „Plattform“ & ihre <Partner> (Nachfrage zur Antwort der Bundesregierung auf die Kleine Anfrage)"
    )
    assert "mit ihrer Antwort vom 2. März 2026 nicht vollständig beantwortet" in draft.preamble[0]
    assert "(vgl. Antwort der Bundesregierung zu Frage 2 auf die Kleine Anfrage „Die ‚Plattform‘" in (
        draft.questions[0].text
    )


def test_signature_from_a_kleine_anfrage_among_the_sources(small_answer: Document) -> None:
    inquiry = Document(
        "ka",
        Kind.KLEINE_ANFRAGE,
        "21/400",
        "x",
        (),
        signature="Heidi Reichinnek, Sören Pellmann und Fraktion",
    )
    draft = compose_followup([small_answer, inquiry], today=TODAY)
    assert draft.signature == "Heidi Reichinnek, Sören Pellmann und Fraktion"


def test_nothing_open_is_a_german_error(small_answer: Document) -> None:
    answered = dataclasses.replace(small_answer, questions=small_answer.questions[:1])
    with pytest.raises(DraftError, match="keine Frage offen"):
        compose_followup([answered], today=TODAY)
    with pytest.raises(DraftError, match="keine Antwort"):
        compose_followup([dataclasses.replace(small_answer, kind=Kind.KLEINE_ANFRAGE)], today=TODAY)


def test_followup_question_contract(small_answer: Document) -> None:
    question = followup_question(small_answer, small_answer.questions[1])
    assert question.source is not None and question.source.drucksache == "21/500"
    assert question.source.evidence == "Hierzu liegen der Bundesregierung keine Erkenntnisse vor."


def test_sub_questions_fold_under_their_parent(antwort_19_21876: Document) -> None:
    draft = compose_followup([antwort_19_21876], today=TODAY)
    folded = next(q for q in draft.questions if q.source and q.source.question == "19")
    assert folded.subquestions[:2] == (
        "Wer führt diese Analyse durch?",
        "Inwiefern bezieht diese Analyse auch von Nicht-EU-Staaten durchgeführte "
        "Aktivitäten mit ein, bzw. welche "
        "Haltung vertritt die Bundesregierung hierzu?",
    )
    assert (
        "(vgl. Antwort der Bundesregierung zu den Fragen 19 bis 19b auf Bundestagsdrucksache 19/21876)"
        in folded.text
    )


def test_real_answer_presses_on_each_open_item(antwort_19_21876: Document) -> None:
    """Eurodac review unfinished, financing unknown, working groups undecided (19/21876)."""
    open_numbers = {q.number for q in antwort_19_21876.questions if q.status is Status.OPEN}
    draft = compose_followup([antwort_19_21876], include_partial=True, today=TODAY)
    covered = {n for q in draft.questions if q.source for n in _numbers_in(q.text)}
    assert open_numbers <= covered
    text = {q.source.question: q.text for q in draft.questions if q.source}
    assert text["10"].startswith(
        "Hat die Bundesregierung inzwischen abschließend geprüft, wie die Länder des Westbalkan"
    )
    assert (
        "Eurodac zu vernetzen (vgl. Antwort der Bundesregierung zu Frage 10 auf "
        "Bundestagsdrucksache 19/21876)?" in text["10"]
    )
    assert text["4"].startswith(
        "Welche Erkenntnisse hat die Bundesregierung inzwischen darüber, welche Finanzmittel"
    )
    groups = next(q for q in draft.questions if q.source and q.source.question == "3")
    assert (
        "In welchen EU-Ratsarbeitsgruppen werden die Aktivitäten der „Plattform“ behandelt?"
        in groups.subquestions
    )


def _numbers_in(text: str) -> set[str]:
    import re

    match = re.search(r"zu (?:Frage (\S+)|den Fragen (\S+) bis (\S+)) (?:auf|in)", text)
    if not match:
        return set()
    if match.group(1):
        return {match.group(1)}
    start, end = match.group(2), match.group(3)
    base = start
    return {start, *(f"{base}{c}" for c in "abcdefgh" if f"{base}{c}" <= end)}


def test_a_refusal_is_contested_on_the_constitutional_standard_without_its_breakdown(
    small_answer: Document,
) -> None:
    refused = dataclasses.replace(
        small_answer.questions[4],
        text="Mit welchen Firmen hat das Amt Verträge geschlossen (bitte nach Name und Betrag auflisten)?",
    )
    question = followup_question(small_answer, refused)
    assert question.angle == "contest_refusal"
    assert "Grenze des parlamentarischen Fragerechts" in question.text
    assert "bitte nach Name" not in question.text  # the refused breakdown is not asked again
    assert any("2 BvE 2/11" in sub for sub in question.subquestions)


def test_a_pending_date_is_asked_as_a_date(small_answer: Document) -> None:
    """19/21876 Frage 3b: "Ab wann …" is followed by "zu welchem Zeitpunkt", never "mit welchem Inhalt"."""
    pending = dataclasses.replace(
        small_answer.questions[2], text="Ab wann soll die neue „Plattform“ tätig werden?"
    )
    question = followup_question(small_answer, pending)
    assert question.subquestions[0] == "Wenn ja, zu welchem Zeitpunkt?"
    assert not any("Inhalt" in sub for sub in question.subquestions)


def make_question(number: str, text: str, status: Status, *findings: Finding) -> Question:
    return Question(number, text, "Antwort.", (number,), status, tuple(findings))


def test_sub_questions_open_only_through_the_parent_fold_under_it() -> None:
    """ "Die Fragen 20a und 20b werden in Verbindung mit der Antwort zu Frage 20 beantwortet": they stay
    open because 20 does, so they are asked under 20, not as questions of their own."""
    f = Finding
    none = "Eine solche Bewertung liegt der Bundesregierung nicht vor."
    leaning = (
        f(Category.NO_INFORMATION, none, via=("20",)),
        f(Category.REFERRED, "Siehe Frage 20.", refers_to="20"),
    )
    doc = Document(
        source="21_500.txt",
        number="21/500",
        kind=Kind.ANTWORT,
        title="Grenzkontrollen",
        questions=(
            make_question(
                "20",
                "Liegt eine Bewertung der Auswirkungen vor?",
                Status.PARTIAL,
                f(Category.NO_INFORMATION, none),
            ),
            make_question("20a", "Wurde darin der Straßenverkehr berücksichtigt?", Status.PARTIAL, *leaning),
            make_question("20b", "Wurden darin die Kosten berücksichtigt?", Status.PARTIAL, *leaning),
        ),
    )
    draft = compose_followup([doc], today=TODAY)
    assert len(draft.questions) == 1
    assert draft.questions[0].subquestions[:2] == (
        "Wurde darin der Straßenverkehr berücksichtigt?",
        "Wurden darin die Kosten berücksichtigt?",
    )
    assert [ref.question for ref in draft.questions[0].presses_on] == ["20", "20a", "20b"]


def test_a_reference_to_a_single_mps_question_is_named_as_such() -> None:
    """ "Verweis auf die Antwort zu Frage 12" would point at a question of the same inquiry."""
    evidence = (
        "Es wird auf die Antwort auf die Schriftliche Frage 12 der Abgeordneten Erika Muster verwiesen."
    )
    doc = Document(
        source="21_500.txt",
        number="21/500",
        kind=Kind.ANTWORT,
        title="Grenzkontrollen",
        questions=(
            make_question(
                "3",
                "Wie viele Grenzkontrollen gab es?",
                Status.OPEN,
                Finding(Category.REFERRED, evidence, refers_to="12"),
            ),
        ),
    )
    question = compose_followup([doc], today=TODAY).questions[0]
    assert "dort Verweis auf die Antwort auf die Schriftliche Frage 12)?" in question.text
    assert question.subquestions[-1] == (
        "Inwiefern beantwortet nach Auffassung der Bundesregierung der Verweis auf die Antwort auf die "
        "Schriftliche Frage 12 diese Frage?"
    )


@pytest.mark.parametrize(
    ("asked", "text", "kind", "sub"),
    [
        # 21/1838 question 16: reasons asked, the answer spoke of priorities
        (
            "Aus welchen Gründen wurde das Amt der Startup-Beauftragten nicht weitergeführt?",
            "Die Bundesregierung hat der Startup-Politik im Koalitionsvertrag hohe Priorität eingeräumt.",
            Asked.REASONS,
            None,
        ),
        # 21/1298 question 7: figures asked, the answer pointed to a bill
        (
            "Wie hoch sind die prognostizierten jährlichen Rentenausgaben von 2027 bis 2035 "
            "(bitte tabellarisch darstellen)?",
            "Die jährlichen Rentenausgaben sind im Gesetzentwurf der Bundesregierung ausgewiesen.",
            Asked.FIGURE,
            "Aus welchen Gründen kann die Bundesregierung gegebenenfalls keine Zahlen nennen?",
        ),
    ],
)
def test_evasive_answer_to_exactly_that_interrogative_is_asked_again_as_it_was(
    small_answer: Document, asked: str, text: str, kind: Asked, sub: str | None
) -> None:
    """Staff put such a question again as it was (21/1945 re-asked 21/1214's questions verbatim); a
    wrapper "Welche konkreten Gründe hat die Bundesregierung dafür, aus welchen Gründen …" would
    say it twice."""
    question = dataclasses.replace(
        small_answer.questions[1],
        text=asked,
        status=Status.OPEN,
        findings=(Finding(Category.EVASIVE, text, asked=(kind,)),),
    )
    drafted = followup_question(small_answer, question)
    number = question.number
    assert drafted.text.startswith(asked.split(" (")[0].removesuffix("?") + " (")
    assert drafted.text.endswith(
        f"vgl. Antwort der Bundesregierung zu Frage {number} auf Bundestagsdrucksache 21/500)?"
    )
    assert (sub in drafted.subquestions) if sub else not drafted.subquestions


def test_printed_sub_questions_stand_as_printed_with_explicit_references() -> None:
    """21/1838 Frage 12b and 21/995: sub-questions printed as questions of their own are put again
    as they were, never as "Welche Angaben macht die Bundesregierung zu dem Punkt „…“?", and their
    references to the earlier inquiry's questions name that inquiry."""
    none_known = Finding(Category.NO_INFORMATION, "Hierzu liegen der Bundesregierung keine Erkenntnisse vor.")
    monitoring = (
        "Wie wird gewährleistet, dass die Investitionszusagen bis 2028 auch tatsächlich erfolgen, "
        "und findet ein entsprechendes Monitoring statt?"
    )
    defizite = "Bestehen Defizite, die die Aufklärung von in den Fragen 1 bis 4 erfragten Fällen erschweren?"
    questions = tuple(
        Question(
            number,
            text,
            none_known.evidence,
            group=("12", "12a", "12b"),
            status=Status.OPEN,
            findings=(none_known,),
        )
        for number, text in (
            (
                "12",
                "In welchem Zusammenhang sieht die Bundesregierung die Initiative mit der WIN-Initiative?",
            ),
            ("12a", monitoring),
            ("12b", defizite),
        )
    )
    doc = Document(
        source="test",
        kind=Kind.ANTWORT,
        number="21/1838",
        title="WIN",
        questions=questions,
        inquiry="21/1621",
    )
    draft = compose_followup([doc], today=TODAY)
    subs = [sub for q in draft.questions for sub in q.subquestions]
    assert monitoring in subs
    assert (
        "Bestehen Defizite, die die Aufklärung von in den Fragen 1 bis 4 der Kleinen Anfrage auf "
        "Bundestagsdrucksache 21/1621 erfragten Fällen erschweren?"
    ) in subs
    assert not [sub for sub in subs if "zu dem Punkt" in sub]
