"""Named regression tests for option lists and requests inside reprinted questions (DIP texts of
the 21st Wahlperiode), each quoting the pattern it guards."""

from __future__ import annotations

from pathlib import Path

from drafter.models import Document, Origin
from drafter.parse import parse_text

BUNDESTAG = Path(__file__).parents[1] / "data" / "bundestag"


def _antwort(*body: str) -> Document:
    """A DIP-shaped Antwort: the real header of 21/1521 around the given body lines."""
    head = (BUNDESTAG / "21_1521-antwort.txt").read_text(encoding="utf-8").splitlines()[:8]
    return parse_text("\n".join([*head, *body, "ISSN 0722-8333"]), "test.txt", Origin.DIP)


def _answer(doc: Document, number: str) -> str:
    question = doc.question(number)
    assert question is not None and question.answer is not None, f"Frage {number}"
    return question.answer


def test_option_list_running_past_z() -> None:
    """21/1584: a list of names runs "z) Tax Foundation Europe," / "aa) Lisa Michalek …," … to
    "yyyy) … (CBG)?"; the Kleine Anfrage reads everything after "z)" as item z, however long."""
    doubled = [
        f"{letter * width}) Organisation {letter * width} e. V.,"
        for width in (2, 3)
        for letter in "abcdefghijklmnopqrstuvwxyz"
    ]
    doc = _antwort(
        "1. Hat eines der aufgelisteten Netzwerke die Bundesregierung beraten:",
        *[f"{letter}) Netzwerk {letter}," for letter in "abcdefghijklmnopqrstuvwxy"],
        "z) Tax Foundation Europe,",
        *doubled,
        "aaaa) Coordination gegen BAYER-Gefahren e. V. (CBG)?",
        "2. Welche Kosten sind dabei entstanden?",
        "Die Fragen 1 und 2 werden gemeinsam beantwortet.",
        "Auf die Vorbemerkung der Bundesregierung wird verwiesen.",
    )
    assert [q.number for q in doc.questions][-2:] == ["1z", "2"]
    assert doc.question("1z").text.endswith("(CBG)?")  # type: ignore[union-attr]
    assert "zzz) Organisation zzz e. V.," in doc.question("1z").text  # type: ignore[union-attr]
    assert _answer(doc, "1") == "Auf die Vorbemerkung der Bundesregierung wird verwiesen."
    assert "Welche Kosten" not in _answer(doc, "1y")


def test_request_closing_a_question_is_the_last_parenthesis() -> None:
    """21/1584: "… beraten (wenn ja, bitte angeben, …) und bzw. oder Zuwendungen (für Einzelvorhaben,
    Projekte etc.)" / "vom Auswärtigen Amt erhalten (wenn ja, bitte … angeben):": the line ending in
    "etc.)" closes a remark, not the request, so the question goes on."""
    doc = _antwort(
        "1. Hat eine der aufgelisteten Personen das Auswärtige Amt beraten (wenn ja, bitte angeben, ",
        "wann und zu welchem Thema) und bzw. oder Zuwendungen (für Einzelvorhaben, Projekte etc.) ",
        "vom Auswärtigen Amt erhalten (wenn ja, bitte Titel und Laufzeit angeben):",
        "a) Jüdisches Leben in Europa e. V.,",
        "b) HoKon GmbH & Co. KG?",
        "Die Fragen 1 bis 1b werden gemeinsam beantwortet.",
        "Auf die Vorbemerkung der Bundesregierung wird verwiesen.",
    )
    assert doc.question("1").text.endswith("(wenn ja, bitte Titel und Laufzeit angeben):")  # type: ignore[union-attr]
    assert _answer(doc, "1b") == "Auf die Vorbemerkung der Bundesregierung wird verwiesen."


def test_annex_heading_with_abbreviations_ends_the_answers() -> None:
    """21/741: after the last answer, "Anlage zur Kleinen Anfrage der Abgeordneten Lamya Kaddor u. a.
    und der Fraktion" / "BT-Drucksache 21/499" starts an annex that reprints "4. Wie viele Fälle …";
    the reprint belongs to no answer."""
    doc = _antwort(
        "1. Wie viele Fälle antimuslimischer Sachbeschädigungen sind der Bundesregierung bekannt?",
        "Auf die Anlage wird verwiesen.",
        "2. Welche Handlungsempfehlungen hat die Bundesregierung bereits umgesetzt?",
        "Die Bundesregierung wird sich weiter intensiv mit der Bekämpfung von Muslimfeindlichkeit",
        "auseinandersetzen.",
        "Anlage zur Kleinen Anfrage der Abgeordneten Lamya Kaddor u. a. und der Fraktion",
        "BT-Drucksache 21/499",
        "1. Wie viele Fälle antimuslimischer Sachbeschädigungen sind der Bundesregierung bekannt?",
        "Zu 1.",
        "Im Zeitraum Januar bis Mai 2025 wurden 376 Fälle gemeldet.",
    )
    assert _answer(doc, "2").endswith("mit der Bekämpfung von Muslimfeindlichkeit auseinandersetzen.")


def test_sentence_naming_an_annex_is_no_annex_heading() -> None:
    """21/456: "… kann den Tabellen in der" / "Anlage 1 entnommen werden (entsprechend Frage 6).*"
    continues the answer; it does not start an annex."""
    doc = _antwort(
        "1. Wie viele Spätaussiedler wurden aufgenommen?",
        "Eine Aufschlüsselung nach Staatsangehörigkeiten kann den Tabellen in der",
        "Anlage 1 zu Frage 6 entnommen werden",
        "Im Jahr 2024 wurden insgesamt 5 000 Personen aufgenommen.",
    )
    assert _answer(doc, "1").endswith("Im Jahr 2024 wurden insgesamt 5 000 Personen aufgenommen.")


def test_sub_question_after_a_late_reprint_skips_only_unused_letters() -> None:
    """21/820: "f)", "g)", "h)" are answered first, then "e) Warum hat das BMI …?" is reprinted
    with its answer, then "i) Welche Konsequenzen zieht die Bundesregierung …?": from "e" to "i"
    no unused letter lies between, so "i)" starts a question."""
    doc = _antwort(
        "1. Bezieht sich das BMI auf Artikel 72 AEUV?",
        "a) Seit wann?",
        "b) Mit welcher Begründung?",
        "c) Auf welcher Grundlage?",
        "d) In welchem Umfang?",
        "Die Fragen 1 bis 1d werden gemeinsam beantwortet.",
        "Auf die Vorbemerkung der Bundesregierung wird verwiesen.",
        "f) Wie begründet es die Bundesregierung gegebenenfalls?",
        "g) Wie begründet es die Bundesregierung im Einzelnen?",
        "h) Ist die Einschätzung zutreffend?",
        "Die Fragen 1f bis 1h werden gemeinsam beantwortet.",
        "Es wird auf die Antwort zu Frage 1 verwiesen.",
        "e) Warum hat das BMI nicht auf den Mechanismus nach Artikel 33 hingewirkt (bitte begründen)?",
        "Der Mechanismus nach Artikel 33 der Dublin-III-Verordnung statuiert kein Vorrangverhältnis.",
        "i) Welche Konsequenzen zieht die Bundesregierung aus dem Urteil (bitte begründen)?",
        "Das Urteil hat sich mit dieser Frage nicht befasst.",
    )
    assert (
        _answer(doc, "1e")
        == "Der Mechanismus nach Artikel 33 der Dublin-III-Verordnung statuiert kein Vorrangverhältnis."
    )
    assert _answer(doc, "1i") == "Das Urteil hat sich mit dieser Frage nicht befasst."


def test_question_reprinted_a_second_time_with_its_own_answer() -> None:
    """21/1136: "22. Hält die Bundesregierung eine gesetzliche Pflicht …" is printed with 20 under
    "Die Fragen 20 und 22 werden gemeinsam beantwortet.", and again after the answer to 21 with
    "Es wird auf die Beantwortung von Frage 20 und Frage 23a verwiesen."; the second print is no
    part of the answer to 21."""
    doc = _antwort(
        "20. Welche gesetzgeberischen Schritte erwägt die Bundesregierung?",
        "22. Hält die Bundesregierung eine gesetzliche Pflicht zur Offenlegung von ",
        "Unternehmensbeteiligungen für erforderlich?",
        "Die Fragen 20 und 22 werden gemeinsam beantwortet.",
        "Weitere Schritte sind derzeit nicht beabsichtigt.",
        "21. Wie stellt die Bundesregierung sicher, dass vorherigen Arbeitgebern keine Vorteile entstehen?",
        "Frau Bundesministerin Reiche hat vor Amtsantritt alle früheren Tätigkeiten beendet.",
        "22. Hält die Bundesregierung eine gesetzliche Pflicht zur Offenlegung von ",
        "Unternehmensbeteiligungen für erforderlich?",
        "Es wird auf die Beantwortung von Frage 20 verwiesen.",
        "23. Wie begründet die Bundesregierung dies?",
        "Die Bundesregierung erachtet eine Offenlegungspflicht nicht als erforderlich.",
    )
    assert [q.number for q in doc.questions] == ["20", "22", "21", "23"]
    assert (
        _answer(doc, "21")
        == "Frau Bundesministerin Reiche hat vor Amtsantritt alle früheren Tätigkeiten beendet."
    )
    assert _answer(doc, "22").startswith("Weitere Schritte sind derzeit nicht beabsichtigt.")
    assert _answer(doc, "22").endswith("Es wird auf die Beantwortung von Frage 20 verwiesen.")


def test_inline_sub_questions_answered_one_by_one_stay_one_question() -> None:
    """21/970 and others: "9. a) Wie viele … ?" / answer / "b) Welche … ?" / answer. The Kleine Anfrage
    prints "9. a) …" / "b) …" and reads them as one question 9; so does the Antwort, with both
    answers."""
    doc = _antwort(
        "9. a) Wie viele Verfahren wurden im Jahr 2024 eingeleitet?",
        "Im Jahr 2024 wurden 12 Verfahren eingeleitet.",
        "b) Welche Ergebnisse hatten diese Verfahren?",
        "Die Verfahren sind noch nicht abgeschlossen.",
        "10. Plant die Bundesregierung weitere Schritte?",
        "Nein.",
    )
    assert [q.number for q in doc.questions] == ["9", "10"]
    assert doc.questions[0].text == (
        "a) Wie viele Verfahren wurden im Jahr 2024 eingeleitet? b) Welche Ergebnisse hatten diese Verfahren?"
    )
    assert "12 Verfahren eingeleitet." in _answer(doc, "9")
    assert _answer(doc, "9").endswith("Die Verfahren sind noch nicht abgeschlossen.")
    assert _answer(doc, "10") == "Nein."


def test_sub_questions_of_an_unfinished_question_after_a_joint_answer() -> None:
    """21/1311: "1. In welchen Bundesbehörden sind seit Beginn der aktuellen" / "Legislaturperiode
    Fotografen entweder" / "2. Welche Kosten entstanden …?" / "Die Fragen 1 und 2 werden gemeinsam
    beantwortet." / … / "a) auf Grundlage eines Anstellungsverhältnisses oder": the letters finish
    question 1."""
    doc = _antwort(
        "1. In welchen Bundesbehörden sind seit Beginn der aktuellen",
        "Legislaturperiode Fotografen entweder",
        "2. Welche Kosten entstanden bisher für die Inanspruchnahme von Fotografen?",
        "Die Fragen 1 und 2 werden gemeinsam beantwortet.",
        "Es wird für den Zeitraum 6. Mai bis 4. August 2025 geantwortet.",
        "a) auf Grundlage eines Anstellungsverhältnisses oder",
        "In folgenden obersten Bundesbehörden werden Fotografen beschäftigt:",
        "Presse- und Informationsamt der Bundesregierung.",
        "b) auf sonstiger vertraglicher Basis tätig (bitte einzeln auflisten)?",
        "Eine Auflistung nach dem Vertragszeitraum ist nicht ohne weiteres möglich.",
    )
    assert [q.number for q in doc.questions] == ["1", "2", "1a", "1b"]
    assert doc.question("1a").text == "auf Grundlage eines Anstellungsverhältnisses oder"  # type: ignore[union-attr]
    assert _answer(doc, "1a").startswith("In folgenden obersten Bundesbehörden")
    assert _answer(doc, "1b") == "Eine Auflistung nach dem Vertragszeitraum ist nicht ohne weiteres möglich."


def test_list_item_running_on_after_oder_and_inside_parentheses() -> None:
    """21/1172 and 21/1423: "c) Gerichten mit Daten zu psychiatrischer Unterbringung oder" /
    "Zwangsbehandlung," and "b) Betriebs- und Ausbesserungswerken (bitte ausführen: Anzahl, Ort und"
    / "Lage, eventuelle Altlasten …),": an item ends where the next item starts, not at an inner
    "oder" or inside an open parenthesis."""
    doc = _antwort(
        "1. Welche rechtlichen Möglichkeiten gibt es für einen Datenaustausch zwischen",
        "Sicherheitsbehörden und",
        "a) Psychotherapie,",
        "b) Betriebs- und Ausbesserungswerken (bitte ausführen: Anzahl, Ort und",
        "Lage, eventuelle Altlasten, Baujahr),",
        "c) Gerichten mit Daten zu psychiatrischer Unterbringung oder",
        "Zwangsbehandlung,",
        "d) Krankenkassen, privaten Krankenversicherungen,",
        "Pflegeversicherungen, Rentenversicherungen etc.?",
        "Die Fragen 1 bis 1d werden gemeinsam beantwortet.",
        "Ein Datenaustausch ist nur im Rahmen der gesetzlichen Befugnisse zulässig.",
    )
    assert doc.question("1b").text == (  # type: ignore[union-attr]
        "Betriebs- und Ausbesserungswerken (bitte ausführen: Anzahl, Ort und Lage, eventuelle Altlasten, "
        "Baujahr),"
    )
    assert (
        doc.question("1c").text
        == "Gerichten mit Daten zu psychiatrischer Unterbringung oder Zwangsbehandlung,"
    )  # type: ignore[union-attr]
    assert {_answer(doc, n) for n in ("1", "1a", "1b", "1c", "1d")} == {
        "Ein Datenaustausch ist nur im Rahmen der gesetzlichen Befugnisse zulässig."
    }


def test_second_sentence_of_a_question_over_seven_lines() -> None:
    """21/820: "… (siehe Vorbemerkung der Fragesteller;" / "bitte begründen)?" / "Wie ist diese Aussage
    weiter damit vereinbar, dass wichtige" … seven lines … "begründen)?": the second sentence is part
    of the question, not the start of its answer."""
    doc = _antwort(
        "1. Wie ist die Aussage von Bundeskanzler Friedrich Merz damit vereinbar (siehe Vorbemerkung",
        "der Fragesteller; bitte begründen)?",
        "Wie ist diese Aussage weiter damit vereinbar, dass wichtige",
        "europäische Nachbarn gerade nicht mit dem Vorgehen Deutschlands",
        "einverstanden sind und z. B. der schweizerische Grenzschutz öffentlich",
        "sein Bedauern ausgedrückt hat, dass die deutschen Maßnahmen",
        "gegen geltendes Recht verstießen und ohne Absprache mit der",
        "Schweiz erfolgt seien (siehe Vorbemerkung der Fragesteller; bitte",
        "begründen)?",
        "Auf die Vorbemerkung der Bundesregierung wird verwiesen.",
    )
    assert doc.questions[0].text.endswith(
        "ohne Absprache mit der Schweiz erfolgt seien (siehe Vorbemerkung der Fragesteller; bitte begründen)?"
    )
    assert _answer(doc, "1") == "Auf die Vorbemerkung der Bundesregierung wird verwiesen."
