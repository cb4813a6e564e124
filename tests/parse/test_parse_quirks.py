"""Named regression tests: each real-world quirk of the Drucksache format, quoting its passage."""

from __future__ import annotations

from pathlib import Path

from drafter.models import Document, Origin
from drafter.parse import parse_file, parse_text
from drafter.parse.normalise import clean_line

BUNDESTAG = Path(__file__).parents[1] / "data" / "bundestag"


def _text(name: str) -> str:
    return (BUNDESTAG / name).read_text(encoding="utf-8")


def _antwort(*body: str) -> Document:
    """A DIP-shaped Antwort: the real header of 21/1521 around the given body lines."""
    head = _text("21_1521-antwort.txt").splitlines()[:8]
    return parse_text("\n".join([*head, *body, "ISSN 0722-8333"]), "test.txt", Origin.DIP)


def _answer(doc: Document, number: str) -> str:
    question = doc.question(number)
    assert question is not None and question.answer is not None, f"Frage {number}"
    return question.answer


def test_en_space_padding_of_question_numbers() -> None:
    """21/434: "\u20021. Wie viele Gerichtsverfahren …" (U+2002 EN SPACE before the number)."""
    assert clean_line("\u20021. Wie viele Gerichtsverfahren") == "1. Wie viele Gerichtsverfahren"
    assert clean_line("\u2007\u20079. Wie viele") == "9. Wie viele"
    doc = parse_file(BUNDESTAG / "21_434-antwort.txt")
    assert [q.number for q in doc.questions] == [str(n) for n in range(1, 12)]


def test_letter_spaced_headings() -> None:
    """ "V o r b e m e r k u n g  d e r  B u n d e s r e g i e r u n g" is a heading."""
    spaced = "V o r b e m e r k u n g  d e r  B u n d e s r e g i e r u n g"
    assert clean_line(spaced) == "Vorbemerkung der Bundesregierung"
    assert clean_line("1 2 3 4 5 6 7") == "1 2 3 4 5 6 7"
    doc = parse_file(BUNDESTAG / "21_1521-antwort.txt")
    assert " ".join(str(doc.government_preamble).split()) == (
        "Die Bundesregierung nimmt die Vorbemerkung der Fragesteller zur Kenntnis. Sie stimmt weder den "
        "darin enthaltenen Wertungen zu noch bestätigt sie die darin enthaltenen Feststellungen oder "
        "dargestellten Sachverhalte."
    )


def test_transmission_note_spliced_between_two_questions() -> None:
    """21/1521: "… (bitte auflisten)?" / "Die Antwort wurde namens der Bundesregierung mit Schreiben des
    Bundesministeriums der Verteidigung" / "vom 8. September 2025 übermittelt." / "Die Drucksache enthält
    zusätzlich – in kleinerer Schrifttype – den Fragetext." / "4. Welche Unterstützungsleistungen …"."""
    doc = parse_file(BUNDESTAG / "21_1521-antwort.txt")
    assert doc.question("3").text.endswith("NATO-Partner beteiligt (bitte auflisten)?")  # type: ignore[union-attr]
    for question in doc.questions:
        assert "Die Antwort wurde namens" not in f"{question.text} {question.answer}"
        assert "Die Drucksache enthält" not in f"{question.text} {question.answer}"
    assert doc.ministry == "Bundesministerium der Verteidigung"


def test_transmission_note_between_joint_note_and_answer() -> None:
    """21/1023: "Die Fragen 1 bis 1b werden gemeinsam beantwortet." / "Die Antwort wurde namens …" /
    "Nach Kenntnis der Bundesregierung fanden von Januar bis Juni 2025 …"."""
    doc = parse_file(BUNDESTAG / "21_1023-antwort.txt")
    for number in ("1", "1a", "1b"):
        assert _answer(doc, number).startswith("Nach Kenntnis der Bundesregierung fanden von Januar bis Juni")
        assert doc.question(number).group == ("1", "1a", "1b")  # type: ignore[union-attr]


def test_footnote_spliced_after_an_answer() -> None:
    """21/1521: "geübt." / "* Das Bundesministerium der Verteidigung hat die Antwort als „VS-Nur für den
    Dienstgebrauch“ eingestuft. Die Antwort ist im Parlamentssekretariat des Deutschen" / "Bundestages
    hinterlegt …" / "8. Beteiligt sich die Agentur für Arbeit …"."""
    doc = parse_file(BUNDESTAG / "21_1521-antwort.txt")
    assert _answer(doc, "7").endswith("Der Umgang mit zivilen Protesten wird dargestellt und geübt.")
    assert doc.question("8").text.startswith("Beteiligt sich die Agentur für Arbeit")  # type: ignore[union-attr]
    assert all("Parlamentssekretariat" not in (q.answer or "") for q in doc.questions)


def test_joint_answer_over_a_range_with_letters() -> None:
    """19/21876: "Die Fragen 2 bis 2b werden gemeinsam beantwortet.\""""
    doc = parse_file(BUNDESTAG / "19_21876-antwort-pdftext.txt")
    answers = {_answer(doc, n) for n in ("2", "2a", "2b")}
    assert len(answers) == 1
    assert answers.pop().startswith("Die Konferenz der Innenminister")
    assert doc.question("2a").group == ("2", "2a", "2b")  # type: ignore[union-attr]


def test_joint_answer_over_a_list() -> None:
    """21/1023: "Die Fragen 14 und 15 werden gemeinsam beantwortet."; 21/2000: "Die Fragen 1, 2 und
    4 bis 7 werden gemeinsam beantwortet.\""""
    doc = parse_file(BUNDESTAG / "21_1023-antwort.txt")
    nothing = "Der Bundesregierung liegen hierzu keine Erkenntnisse vor."
    assert _answer(doc, "14") == _answer(doc, "15") == nothing
    doc = parse_file(BUNDESTAG / "21_2000-antwort.txt")
    assert doc.question("5").group == ("1", "2", "4", "5", "6", "7")  # type: ignore[union-attr]
    assert doc.question("3").group == ("3",)  # type: ignore[union-attr]


def test_joint_answer_zusammen_and_im_zusammenhang() -> None:
    """21/437: "Die Fragen 1 und 2 werden zusammen beantwortet."; the same with "im Zusammenhang"."""
    text = _text("21_437-antwort.txt")
    for form in ("zusammen", "im Zusammenhang"):
        doc = parse_text(text.replace("zusammen beantwortet", f"{form} beantwortet"), "21_437.txt")
        assert doc.question("1").group == ("1", "2")  # type: ignore[union-attr]
        assert _answer(doc, "1") == _answer(doc, "2")
        assert not _answer(doc, "1").startswith("Die Fragen")


def test_joint_answer_note_broken_over_two_lines() -> None:
    """21/1091: "Die Fragen 11, 12 und 14 werden aufgrund ihres Sachzusammenhanges" / "gemeinsam
    beantwortet." – question 14 is reprinted before 13."""
    doc = parse_file(BUNDESTAG / "21_1091-antwort.txt")
    assert doc.question("11").group == ("11", "12", "14")  # type: ignore[union-attr]
    assert doc.question("13").group == ("13",)  # type: ignore[union-attr]


def test_run_of_questions_without_answer_between_them() -> None:
    """21/1521 with its note "Die Fragen 1 bis 5 werden gemeinsam beantwortet." taken out: questions
    1 to 5 follow each other with no answer between them and share the answer after question 5."""
    text = _text("21_1521-antwort.txt").replace("Die Fragen 1 bis 5 werden gemeinsam beantwortet.\n", "")
    doc = parse_text(text, "21_1521-ohne-hinweis.txt")
    assert {_answer(doc, str(n)) for n in range(1, 6)} == {_answer(doc, "1")}
    assert _answer(doc, "1").startswith("Nach sorgfältiger Abwägung")
    assert doc.question("3").group == ("1", "2", "3", "4", "5")  # type: ignore[union-attr]


def test_questions_reprinted_out_of_numeric_order() -> None:
    """21/2000 reprints 1, 2, 4, 5, 6, 7, then 3; 21/1091 reprints 12, 14, 13 and 58, 62 … 65, 59."""
    numbers = [q.number for q in parse_file(BUNDESTAG / "21_2000-antwort.txt").questions]
    assert numbers[:8] == ["1", "2", "4", "5", "6", "7", "3", "8"]
    numbers = [q.number for q in parse_file(BUNDESTAG / "21_1091-antwort.txt").questions]
    assert numbers[11:14] == ["12", "14", "13"]
    assert numbers[57:66] == ["58", "62", "63", "64", "65", "59", "60", "61", "66"]


def test_numbered_lists_and_dates_inside_answers() -> None:
    """Answer lines that start with a number: "1. Februar 2018 …", "2. Schritt: …", an enumeration
    restarting at "1." and 21/890's "13. Juni 2025 übermittelte Position der Bundesregierung …"."""
    doc = _antwort(
        "1. Welche Kosten entstehen durch die Übung insgesamt?",
        "Die Übung wird in zwei Schritten vorbereitet:",
        "1. Februar 2018 wurde die Planung begonnen.",
        "2. Schritt: Abstimmung mit dem Senat.",
        "Beteiligt sind:",
        "1. Die Bundeswehr,",
        "2. Die Polizei Hamburg.",
        "13. Juni 2025 übermittelte Position der Bundesregierung.",
        "2. Welches Szenario liegt der Übung zugrunde?",
        "Ein fiktives Szenario.",
    )
    assert [q.number for q in doc.questions] == ["1", "2"]
    assert "2. Schritt: Abstimmung mit dem Senat." in _answer(doc, "1")
    assert "13. Juni 2025" in _answer(doc, "1")


def test_ordinal_at_the_start_of_a_question_line() -> None:
    """21/1790: "17. Was versteht die Bundesregierung unter dem Konzept einer „WG-" / "Garantie“, wie sie
    von CDU/CSU und SPD im Koalitionsvertrag für die" / "21. Wahlperiode vereinbart wurde?"."""
    doc = _antwort(
        "1. Was versteht die Bundesregierung unter dem Konzept einer „WG-",
        "Garantie“, wie sie von CDU/CSU und SPD im Koalitionsvertrag für die ",
        "21. Wahlperiode vereinbart wurde?",
        "Die Bundesregierung versteht die WG-Garantie eng im Sinne des Wortlauts.",
        "2. Ist der Bundesregierung bekannt, dass Vermieter einzelne Zimmer vermieten?",
        "Ja.",
    )
    assert [q.number for q in doc.questions] == ["1", "2"]
    assert doc.questions[0].text.endswith("für die 21. Wahlperiode vereinbart wurde?")


def test_running_head_and_page_break_inside_an_answer() -> None:
    """19/21876: "… bei" / "" / "Deutscher Bundestag – 19. Wahlperiode – 5 – Drucksache 19/21876" / ""
    / "Schleusung von Migrantinnen und Migranten vom Eurojust-Anti-Trafficking …"."""
    doc = parse_file(BUNDESTAG / "19_21876-antwort-pdftext.txt")
    answer = _answer(doc, "13")
    assert "Staatsanwaltschaften bei Schleusung von Migrantinnen" in answer
    assert "Deutscher Bundestag" not in answer
    assert all("Wahlperiode –" not in (q.answer or "") for q in doc.questions)


def test_hyphenation_repaired_only_in_pdf_text() -> None:
    """19/21876 (PDF text): "Zusammenar-" / "beit" joins, "EU-Ratspräsidentschaft" keeps its hyphen;
    21/1792 (DIP): "Reha-" / "Leistungen" stays a compound."""
    doc = parse_file(BUNDESTAG / "19_21876-antwort-pdftext.txt")
    assert "Schwerpunkt auf die Zusammenarbeit mit den Westbalkanstaaten" in _answer(doc, "1")
    assert "EU-Ratspräsidentschaft" in _answer(doc, "1")
    doc = parse_file(BUNDESTAG / "21_1792-antwort.txt")
    assert "angekündigten Maßnahme, Reha-Leistungen gezielter" in doc.question("30").text  # type: ignore[union-attr]
    assert "Widerspruchs- und Klageverfahren" in str(doc.preamble)


def test_question_without_question_mark_confirmed_by_the_next_question() -> None:
    """A question closing with "." instead of "?" is still taken when the next number follows."""
    question = "was sind dabei ihre Aufgaben"
    text = _text("21_1521-antwort.txt").replace(f"{question}?", f"{question}.")
    doc = parse_text(text, "21_1521-punkt.txt")
    assert doc.question("8").text.endswith("was sind dabei ihre Aufgaben.")  # type: ignore[union-attr]
    assert _answer(doc, "8").startswith("Die Agentur für Arbeit Hamburg beteiligt sich nicht")


def test_question_with_a_second_sentence_after_its_question_mark() -> None:
    """21/2182: "… Bundesländer lediglich Empfehlungen?" / "Gibt es nach Kenntnis der Bundesregierung
    Bundesländer, in denen die" / "Vorgaben (weiterhin) nicht umgesetzt werden, …?"."""
    doc = _antwort(
        "1. Sind die Vorgaben verbindlich oder angesichts der Vollzugszuständigkeit der ",
        "Bundesländer lediglich Empfehlungen?",
        "Gibt es nach Kenntnis der Bundesregierung Bundesländer, in denen die ",
        "Vorgaben (weiterhin) nicht umgesetzt werden, und um welche",
        "Bundesländer handelt es sich hierbei?",
        "Die Bundesregierung hat keine Kenntnis, ob alle Länder entsprechend verfahren.",
    )
    assert doc.questions[0].text.endswith("um welche Bundesländer handelt es sich hierbei?")
    assert _answer(doc, "1").startswith("Die Bundesregierung hat keine Kenntnis, ob alle Länder")


def test_sub_questions_listed_without_question_marks() -> None:
    """21/1641: "6. Wie viele Aufenthaltstitel wurden … als Angehörige" / "von" / "a) deutschen
    Staatsbürgern," / "b) EU-Bürgern und" / "c) sich in Deutschland aufhaltenden … erteilt?"."""
    doc = _antwort(
        "1. Wie viele Aufenthaltstitel wurden im Jahr 2024 an Drittstaatenangehörige als Angehörige ",
        "von",
        "a) deutschen Staatsbürgern,",
        "b) EU-Bürgern und",
        "c) sich in Deutschland aufhaltenden Drittstaatenangehörigen erteilt?",
        "Die Fragen 1 bis 1c werden gemeinsam beantwortet.",
        "Die Zahlen enthält die folgende Tabelle.",
    )
    assert [q.number for q in doc.questions] == ["1", "1a", "1b", "1c"]
    assert doc.question("1b").text == "EU-Bürgern und"  # type: ignore[union-attr]
    assert {_answer(doc, n) for n in ("1", "1a", "1b", "1c")} == {"Die Zahlen enthält die folgende Tabelle."}


def test_answer_opening_with_zu_frage_marker() -> None:
    """Some ministries open an answer with "Zu Frage 2:" after the reprinted question."""
    doc = _antwort(
        "1. Welche Kosten entstehen?",
        "Zu Frage 1:",
        "Rund 40 000 Euro.",
        "2. Wer trägt sie?",
        "Zu Frage 2:",
        "Der Bund.",
    )
    assert (_answer(doc, "1"), _answer(doc, "2")) == ("Rund 40 000 Euro.", "Der Bund.")


def test_kleine_anfrage_without_the_wir_fragen_line() -> None:
    """A Kleine Anfrage whose questions follow the preamble directly, or after "Vor diesem
    Hintergrund fragen wir die Bundesregierung:"."""
    text = _text("21_1243-kleine-anfrage.txt")
    without = parse_text(text.replace("Wir fragen die Bundesregierung:\n", ""), "ohne.txt")
    ask = "Wir fragen die Bundesregierung:"
    variant_text = text.replace(ask, "Vor diesem Hintergrund fragen wir die Bundesregierung:")
    variant = parse_text(variant_text, "variante.txt")
    for doc in (without, variant):
        assert [q.number for q in doc.questions] == [str(n) for n in range(1, 10)]
        assert doc.questions[0].text.startswith("An welchen Orten in Hamburg")


def test_antwort_to_a_single_unnumbered_question() -> None:
    """21/494: after the Vorbemerkung, "Welche Infrastrukturzustandsnoten wurden seitens der DB InfraGO"
    / "… angeben)?" carries no number; it is question 1."""
    doc = _antwort(
        "V o r b e m e r k u n g  d e r  F r a g e s t e l l e r",
        "In diesem Falle wäre die Notwendigkeit dieser Kleinen Anfrage nicht mehr gegeben.",
        "Welche Infrastrukturzustandsnoten wurden seitens der DB InfraGO",
        "jeweils für alle Bahnstrecken in Deutschland festgestellt (bitte",
        "angeben)?",
        "Aus der nachfolgenden Tabelle können die Netzzustandsnoten entnommen werden.",
    )
    assert [q.number for q in doc.questions] == ["1"]
    assert doc.questions[0].text.startswith("Welche Infrastrukturzustandsnoten")
    assert _answer(doc, "1").startswith("Aus der nachfolgenden Tabelle")
    assert doc.preamble == "In diesem Falle wäre die Notwendigkeit dieser Kleinen Anfrage nicht mehr gegeben."


def test_kleine_anfrage_of_a_single_unnumbered_question() -> None:
    text = _text("21_1243-kleine-anfrage.txt")
    start = text.index("1. An welchen Orten")
    end = text.index("2. Wie viel und welches")
    single = text[:start] + text[start + 3 : end] + text[text.index("Berlin, den") :]
    doc = parse_text(single, "einzelfrage.txt")
    assert [q.number for q in doc.questions] == ["1"]
    assert doc.questions[0].text.startswith("An welchen Orten in Hamburg")


def test_sub_questions_reprinted_out_of_letter_order() -> None:
    """21/560: "a) Werden zur Identifizierung auch DNA-Analysen verwendet?" / "c) Wie wird der Abgleich
    mit möglichen Angehörigen organisiert?" / "Die Fragen 4a und 4c werden gemeinsam beantwortet." / …
    / "b) Welche Identifizierungsmethoden zeigen die höchste Erfolgsquote?"."""
    doc = _antwort(
        "1. Wie viele Kriegstote wurden identifiziert?",
        "Bis Ende des Jahres 2024 wurden 312 830 Tote identifiziert.",
        "a) Werden zur Identifizierung auch DNA-Analysen verwendet?",
        "c) Wie wird der Abgleich mit möglichen Angehörigen organisiert?",
        "Die Fragen 1a und 1c werden gemeinsam beantwortet.",
        "DNA-Analysen werden nur in Einzelfällen verwendet.",
        "b) Welche Identifizierungsmethoden zeigen die höchste Erfolgsquote?",
        "Die höchste Erfolgsquote besteht bei der Identifizierung mittels Erkennungsmarke.",
    )
    assert [q.number for q in doc.questions] == ["1", "1a", "1c", "1b"]
    assert doc.question("1a").group == ("1a", "1c")  # type: ignore[union-attr]
    assert _answer(doc, "1c") == "DNA-Analysen werden nur in Einzelfällen verwendet."
    assert "Erfolgsquote" not in _answer(doc, "1c")


def test_web_address_broken_over_lines_is_joined_without_spaces() -> None:
    """21/1447 question 35 and 21/1838 question 16 (DIP text): the column broke web addresses in the
    middle of a word and a number ("www.bundesverfas" / "sungsgericht.de/…/rs20250715_2" /
    "bvr050821.html"); an address holds no spaces. Words after a finished address keep theirs."""
    doc = _antwort(
        "1. Hat die Bundesregierung Bedenken geäußert (vgl. www.bundesverfas",
        "sungsgericht.de/SharedDocs/Entscheidungen/DE/2025/07/rs20250715_2",
        "bvr050821.html?nn=68112; bitte erläutern)?",
        "Die Angaben sind unter www.destatis.de",
        "abrufbar (www.bmwk.de/Redaktion/DE/Pressemitteil",
        "ungen/2022/01/20220127-anna-christmann-ist-neue-beauftragte-fur-die-",
        "digitale-wirtschaft-und-start-ups.html).",
    )
    question = doc.question("1")
    assert question is not None
    assert (
        "www.bundesverfassungsgericht.de/SharedDocs/Entscheidungen/DE/2025/07/rs20250715_2bvr050821.html?nn=68112;"
        in (question.text)
    )
    assert _answer(doc, "1") == (
        "Die Angaben sind unter www.destatis.de abrufbar "
        "(www.bmwk.de/Redaktion/DE/Pressemitteilungen/2022/01/20220127-anna-christmann-ist-neue-beauftragte-fur-die-digitale-wirtschaft-und-start-ups.html)."
    )
