"""What the third reading of unseen drafts found (docs/draft-quality.md), each as a rule with the
real sentence it came from (answers of the 21st Wahlperiode, quoted)."""

from __future__ import annotations

import datetime as dt

from draft_support import TODAY

from drafter.draft import Item, compose_followup, followup_for_item, followup_question
from drafter.draft.grammar.paraphrase import as_pronoun, indirect, topic_of
from drafter.models import Category, Document, Finding, Kind, Question, Status


def _answer(*questions: Question) -> Document:
    return Document(
        source="test",
        kind=Kind.ANTWORT,
        number="21/600",
        title="Thema",
        questions=questions,
        inquiry="21/500",
        date=dt.date(2025, 7, 28),
    )


def _question(number: str, text: str, finding: Finding, answer: str = "Antwort.") -> Question:
    return Question(number, text, answer, (number,), Status.PARTIAL, (finding,))


def test_a_main_clause_without_the_government_keeps_it_named_in_the_clause() -> None:
    """21/1072 question 4: "Steht inzwischen fest, ob sie … beibehalten wird" had no one for "sie"."""
    doc = _answer(
        _question(
            "4",
            "Wird die Bundesregierung die 65-Prozent-Erneuerbaren-Anforderung im Gebäudeenergiegesetz (GEG) "
            "beibehalten?",
            Finding(Category.PENDING, "Einzelheiten werden derzeit erarbeitet."),
        )
    )
    text = followup_question(doc, doc.questions[0]).text
    assert text.startswith(
        "Steht inzwischen fest, ob die Bundesregierung die 65-Prozent-Erneuerbaren-Anforderung"
    ), text


def test_a_question_about_what_the_government_knows_is_asked_again_not_wrapped() -> None:
    """21/1039 question 5: "Welche Erkenntnisse hat die Bundesregierung inzwischen darüber, ob der
    Bundesregierung Erkenntnisse darüber vorliegen, …" said it twice."""
    doc = _answer(
        _question(
            "5",
            "Liegen der Bundesregierung Erkenntnisse darüber vor, wie oft die Anzeigen zu rechtswirksamen "
            "Verurteilungen führten (wenn ja, bitte ausführen)?",
            Finding(
                Category.NO_INFORMATION,
                "Der Bundesregierung liegen keine Erkenntnisse im Sinne der Fragestellung vor.",
            ),
        )
    )
    text = followup_question(doc, doc.questions[0]).text
    assert text.startswith(
        "Liegen der Bundesregierung inzwischen Erkenntnisse darüber vor, wie oft die Anzeigen"
    ), text


def test_a_question_about_what_the_government_knows_of_the_laender_is_asked_again() -> None:
    """21/2285 question 16: "Welche Erkenntnisse hat die Bundesregierung, etwa aus dem Austausch mit
    den Ländern, darüber, welche Kenntnisse die Bundesregierung … hat"."""
    doc = _answer(
        _question(
            "16",
            "Welche Kenntnisse hat die Bundesregierung über den Fortschritt der Implementierung eines "
            "standardisierten Kommunikationssystems bei den Bergbehörden der Länder?",
            Finding(
                Category.NOT_RESPONSIBLE,
                "Die Einführung des digitalen Verfahrens obliegt den Bergbehörden der Länder.",
            ),
        )
    )
    text = followup_question(doc, doc.questions[0]).text
    assert text.startswith(
        "Welche Kenntnisse hat die Bundesregierung inzwischen über den Fortschritt der Implementierung"
    ), text
    assert "(auch aus dem Austausch mit den Ländern; vgl. Antwort der Bundesregierung zu Frage 16" in text


def test_a_question_about_the_governments_own_view_is_not_asked_whether_it_was_examined() -> None:
    """21/2195 question 14: "Hat die Bundesregierung inzwischen abschließend geprüft, ob sich die
    Bundesregierung eine Auffassung gebildet zu … hat" asked about the asking, in the wrong order."""
    question = (
        "Hat sich die Bundesregierung eine Auffassung gebildet zu den internationalen Erfahrungen mit der "
        "Legalisierung altruistischer Leihmutterschaft, insbesondere im Hinblick auf das Recht auf eine "
        "eindeutige Abstammung?"
    )
    doc = _answer(
        _question(
            "14",
            question,
            Finding(
                Category.PENDING,
                "Die Bundesregierung prüft, ob Anpassungen des Abstammungsrechts erforderlich sind.",
            ),
        )
    )
    text = followup_question(doc, doc.questions[0]).text
    assert text.startswith("Hat sich die Bundesregierung inzwischen eine Auffassung gebildet zu den"), text


def test_inzwischen_follows_a_coordinated_dative() -> None:
    """21/1517 question 6: "liegen der Bundesregierung inzwischen und entsprechenden Behörden" split
    the coordination."""
    topic = topic_of(
        "Welche Erkenntnisse liegen der Bundesregierung und entsprechenden Behörden über alte und neue "
        "islamistische Netzwerke und Gruppen in Deutschland vor?"
    )
    assert topic.again == (
        "Welche Erkenntnisse liegen der Bundesregierung und entsprechenden Behörden inzwischen über alte und "
        "neue islamistische Netzwerke und Gruppen in Deutschland vor?"
    )


def test_an_adjective_in_the_w_phrase_is_no_verb_and_bekannt_stays_apart_from_sind() -> None:
    """21/1517 question 4: the W-phrase "… zur Anwerbung und Mobilisierung neuer Anhängerinnen" took
    "neuer" for its verb ("Mobilisierung neuer inzwischen Anhängerinnen"); and "sind … bekannt" is
    "bekannt sind", not a particle verb like "gibt … bekannt"."""
    question = (
        "Welche neuen Strategien des Spektrums zur Anwerbung und Mobilisierung neuer Anhängerinnen und "
        "Anhänger sind der Bundesregierung bekannt?"
    )
    assert indirect(question) == (
        "welche neuen Strategien des Spektrums zur Anwerbung und Mobilisierung neuer Anhängerinnen und "
        "Anhänger der Bundesregierung bekannt sind"
    )
    assert topic_of(question).again == (
        "Welche neuen Strategien des Spektrums zur Anwerbung und Mobilisierung neuer Anhängerinnen und "
        "Anhänger sind der Bundesregierung inzwischen bekannt?"
    )


def test_a_date_in_a_partial_answer_is_no_figure_for_the_preamble() -> None:
    """21/1039 question 7: "BVerfG, Urteil vom 7. November 2017" was quoted as the figures the
    answer gave ("Zu Frage 7 teilt sie mit: …")."""
    answer = (
        "Eine Beantwortung der Frage kann auf Grund des unzumutbaren Aufwandes nicht erfolgen. Das "
        "Bundesverfassungsgericht hat dies bestätigt (BVerfG, Urteil vom 7. November 2017 – 2 BvE 2/11)."
    )
    doc = _answer(
        _question(
            "7",
            "Wie viele Gerichtsverfahren wegen Antiziganismus wurden im Jahr 2024 geführt?",
            Finding(
                Category.REFUSED,
                "Eine Beantwortung der Frage kann auf Grund des unzumutbaren Aufwandes nicht erfolgen.",
            ),
            answer,
        )
    )
    draft = compose_followup([doc], today=TODAY)
    assert not any("teilt sie mit" in paragraph for paragraph in draft.preamble), draft.preamble


def test_a_question_about_the_governments_own_action_is_not_asked_what_the_laender_know() -> None:
    """21/2285 question 23: "Welche Erkenntnisse hat die Bundesregierung, etwa aus dem Austausch mit
    den Ländern, darüber, inwieweit sie darauf hinwirken wird, …" asked others about its own intent."""
    doc = _answer(
        _question(
            "23",
            "Inwieweit wird die Bundesregierung darauf hinwirken, dass die für geothermische Projekte "
            "zuständigen Genehmigungsbehörden personell besser ausgestattet werden?",
            Finding(
                Category.NOT_RESPONSIBLE,
                "Die Personalentscheidungen bezüglich der zuständigen Genehmigungsbehörden liegen in der "
                "Zuständigkeit der Länder.",
            ),
        )
    )
    draft = followup_question(doc, doc.questions[0])
    assert draft.text.startswith("Inwieweit wird die Bundesregierung inzwischen darauf hinwirken, dass"), (
        draft.text
    )
    assert draft.subquestions[-1].startswith("Inwiefern sind Zuständigkeiten, Mittel oder Aufsichtsrechte")


def test_a_sentence_answering_two_questions_is_quoted_once_in_the_preamble() -> None:
    """21/1517 questions 6 and 6c: the same referral was quoted twice, one paragraph after the other."""
    referral = (
        "Es wird auf den aktuellen Verfassungsschutzbericht 2024 (insbesondere ab S. 212) sowie die "
        "Verfassungsschutzberichte der vergangenen Jahre verwiesen."
    )
    doc = _answer(
        _question("6", "Welche Netzwerke sind aktiv?", Finding(Category.REFERRED, referral)),
        _question("7", "Wie viele Mitglieder haben sie jeweils?", Finding(Category.REFERRED, referral)),
    )
    draft = compose_followup([doc], today=TODAY)
    quoting = [paragraph for paragraph in draft.preamble if "Verfassungsschutzbericht 2024" in paragraph]
    assert len(quoting) == 1 and quoting[0].startswith("Zu den Fragen 6 und 7 verweist sie"), quoting


def test_a_joint_point_is_asked_again_as_printed_rather_than_quoted() -> None:
    """21/1072 questions 30 to 32, answered together: "Wie ist der Stand zu Frage 30 („Hält die
    Bundesregierung … für ausreichend?“; …)" is how no one writes; staff put the question again."""
    pending = Finding(Category.PENDING, "Über konkrete Maßnahmen ist noch zu entscheiden.")
    thirty = _question(
        "30",
        "Hält die Bundesregierung die soziale Entlastung angesichts des Anstiegs der Preise für fossile "
        "Brennstoffe im ETS 2 durch die im Klima-Sozialfonds zur Verfügung stehenden Mittel für ausreichend?",
        pending,
    )
    thirty_one = _question("31", "Welche weiteren Mittel sind vorgesehen?", pending)
    doc = _answer(thirty, thirty_one)
    draft = followup_for_item(Item(doc, thirty, joint=(thirty_one,)))
    assert draft.text.startswith("Hält die Bundesregierung inzwischen die soziale Entlastung"), draft.text
    assert (
        "(vgl. Antwort der Bundesregierung zu den Fragen 30 und 31 auf Bundestagsdrucksache 21/600)"
        in draft.text
    )


def test_the_government_named_twice_in_a_rewritten_question_is_named_once() -> None:
    """21/2285 questions 29 and 31: "welche Ausbauziele die deutschen Bundesländer nach Kenntnis der
    Bundesregierung haben" under "Welche Erkenntnisse hat die Bundesregierung …", and "wie sie … beurteilt
    und was die Bundesregierung plant"."""
    assert topic_of(
        "Welche Ausbauziele haben die deutschen Bundesländer nach Kenntnis der Bundesregierung "
        "(bitte auflisten)?"
    ).clause == ("welche Ausbauziele die deutschen Bundesländer haben")
    assert (
        as_pronoun(
            "wie die Bundesregierung die Entwicklung der Akzeptanz beurteilt und was die Bundesregierung "
            "plant, um die Akzeptanz zu erhöhen"
        )
        == "wie sie die Entwicklung der Akzeptanz beurteilt und was sie plant, um die Akzeptanz zu erhöhen"
    )
    # 21/1072 question 2: the government's own estimate, under a template whose subject it is
    assert as_pronoun(
        "von welchen Preisentwicklungen die Bundesregierung ausgeht und wie sich nach Einschätzung der "
        "Bundesregierung die Zielverfehlung auswirkt"
    ).endswith("wie sich nach ihrer Einschätzung die Zielverfehlung auswirkt")


def test_a_table_in_a_partial_answer_is_not_quoted_as_its_figures() -> None:
    """21/1261 questions 4 and 6: the preamble quoted a whole table read as one run of cells ("BY/BW
    Kupferzell (B 19) – Ilshofen/Wolpertshausen 01.03.2019 B 10 …") and then table cells ("(B 27) Eschwege
    (A 44) – OU Reichensachsen 22.08.2003 B 452 …") as the figures the answer gave;
    a figure in an ordinary sentence is still quoted."""
    table = "(B 27) Eschwege (A 44) – OU Reichensachsen 22.08.2003 B 452 Eschwege (A 44) – Reichensachsen."
    finding = Finding(Category.PENDING, "Ein Veröffentlichungsdatum steht derzeit noch aus.")
    question = "Für welche Vorhaben erwartet die Bundesregierung einen Planfeststellungsbeschluss?"
    tabled = _answer(
        _question("4", question, finding, f"{table} Ein Veröffentlichungsdatum steht derzeit noch aus.")
    )
    draft = compose_followup([tabled], today=TODAY)
    assert not any("teilt sie mit" in paragraph for paragraph in draft.preamble), draft.preamble
    plain = "Für 45 Vorhaben läuft derzeit ein Planfeststellungsverfahren."
    counted = _answer(
        _question("4", question, finding, f"{plain} Ein Veröffentlichungsdatum steht derzeit noch aus.")
    )
    draft = compose_followup([counted], today=TODAY)
    assert any(f"teilt sie mit: „{plain}“" in paragraph for paragraph in draft.preamble), draft.preamble


def test_a_heading_before_the_deciding_sentence_is_not_quoted() -> None:
    """21/843 question 4: the preamble quoted „Vorbemerkung: Da sich der Genehmigungswert … nicht
    möglich.“ with the heading the answer put before it."""
    sentence = (
        "Da sich der Genehmigungswert einer Sammelausfuhrgenehmigung in der Regel auf mehrere Empfänger "
        "bezieht, ist eine Zuordnung der Genehmigungswerte zu einzelnen Ländern nicht möglich."
    )
    doc = _answer(
        _question(
            "4",
            "Welche Sammelausfuhrgenehmigungen hat die Bundesregierung im Jahr 2024 erteilt?",
            Finding(Category.NO_INFORMATION, f"Vorbemerkung: {sentence}"),
            f"Vorbemerkung: {sentence}",
        )
    )
    preamble = " ".join(compose_followup([doc], today=TODAY).preamble)
    assert f"„{sentence}“" in preamble, preamble
    assert "Vorbemerkung:" not in preamble, preamble
