"""German sentence splitting: evidence is one sentence verbatim, so abbreviations, dates, ordinals
and quotes must not end a sentence. The passages are quoted from the real Antworten in
tests/data/bundestag/."""

from __future__ import annotations

import pytest

from drafter.text.sentences import split_sentences
from drafter.text.spaces import evidence_form as fold


def test_whitespace_and_line_breaks_are_folded_verbatim() -> None:
    text = "Hierzu liegen der Bundesregierung \nkeine\u2002Erkenntnisse vor.  "
    assert split_sentences(text) == ["Hierzu liegen der Bundesregierung keine Erkenntnisse vor."]


def test_soft_hyphen_is_dropped_when_folding() -> None:
    assert fold("Zusammen\u00adarbeit  der\u00a0Länder") == "Zusammenarbeit der Länder"


@pytest.mark.parametrize(
    "sentence",
    [
        # 21/1023: "u. a." inside a sentence
        "Der „KPMD-PMK“ sieht als Tatmittel u. a. den Katalogwert „Tonträger“ vor.",
        # 21/1023: "ca." before a number
        "Die übrigen 18 Konzerte wurden von insgesamt 1 839 Personen besucht; das ergibt einen "
        "Durchschnitt von ca. 102 Personen.",
        # 21/1023: "bzw." and a sentence that goes on with a capitalised noun
        "Zu den folgenden 19 Veranstaltungen liegen Informationen über eine offene Ankündigung bzw. "
        "Durchführung vor.",
        # 21/1521: a date inside a sentence, and a citation of the VSA
        "Nach § 2 Absatz 2 Nummer 4 der Allgemeinen Verwaltungsvorschrift zum materiellen Geheimschutz "
        "(Verschlusssachenanweisung, VSA) vom 13. März 2023 sind Informationen entsprechend einzustufen.",
        # 21/1521: BVerfGE citations in brackets
        "Im Übrigen erstreckt sich der parlamentarische Informationsanspruch nicht auf Gegenstände, die "
        "sich außerhalb der Zuständigkeit der Bundesregierung befinden (BVerfGE 124, 161 [189, 196]; 139, "
        "194 [227]).",
        # 21/437: "z. B." in brackets
        "Eine Auswertung würde zu ungenauen Ergebnissen führen (z. B. infolge von Versetzungen zu anderen "
        "Behörden oder in den Ruhestand).",
        # 21/1091: "Nr." before a number
        "Die Zustandsnoten nach Auskunft der DB InfraGO AG (ausschließliche Betrachtung der Strecken-Nr. "
        "6100) sind nachfolgend aufgeführt.",
        # typical citations of law and the usual abbreviations of administrative German
        "Die Regelung folgt aus § 3 Abs. 2 S. 1 i. V. m. Art. 5 Buchst. b der Verordnung.",
        "Die Mittel werden ggf. vgl. Dr. Müller bzw. der Haushaltsplan Nr. 4 verwendet.",
        # ordinals that look like sentence ends
        "Die Konferenz fand am 1. Februar 2018 statt, der 2. Schritt folgt im 3. Quartal.",
        # a full stop inside a quotation
        "Die Anlage ist als „VS – Nur für den Dienstgebrauch.“ gekennzeichnet und hinterlegt.",
    ],
)
def test_one_sentence_stays_one(sentence: str) -> None:
    assert split_sentences(sentence) == [sentence]


def test_sentences_after_numbers_years_and_quotes_are_split() -> None:
    # 21/1521 answer 6, and the end of a sentence after a year and after a closing quote
    text = (
        "Die geschätzten Kosten des Landeskommandos Hamburg belaufen sich aktuell \nauf ca. 40 000 Euro.\n"
        "Im Übrigen wird auf die Antwort zu Frage 8 verwiesen. Die Evaluierung ist für Ende des Jahres "
        "2025. Die Übung heißt „Red Storm Bravo.“ Keine."
    )
    assert split_sentences(text) == [
        "Die geschätzten Kosten des Landeskommandos Hamburg belaufen sich aktuell auf ca. 40 000 Euro.",
        "Im Übrigen wird auf die Antwort zu Frage 8 verwiesen.",
        "Die Evaluierung ist für Ende des Jahres 2025.",
        "Die Übung heißt „Red Storm Bravo.“",
        "Keine.",
    ]


def test_a_footnote_mark_after_a_number_ends_the_sentence() -> None:
    # 21/373: "… finden sich in den Anlagen 1 bis 6.* Die erfragten Angaben …"
    text = "Die Übersichten finden sich in den Anlagen 1 bis 6.* Die erfragten Angaben liegen nicht vor."
    assert split_sentences(text) == [
        "Die Übersichten finden sich in den Anlagen 1 bis 6.*",
        "Die erfragten Angaben liegen nicht vor.",
    ]


def test_a_table_run_into_the_next_sentence_is_cut_before_it() -> None:
    # 21/1023, answer 4: table cells have no full stops
    table = (
        "Datum Ort Land Auftretende 25.01.2025 Großraum Hannover NI Einzelperson 15.02.2025 Hilchenbach NW "
        "Einzelperson 03.05.2025 Hilchenbach NW „Odessa“, „Thematik 25“ und „Volksnah“"
    )
    closing = (
        "Zu Einzelpersonen erteilt die Bundesregierung aus Gründen des Schutzes des allgemeinen "
        "Persönlichkeitsrechts grundsätzlich keine Auskunft."
    )
    assert split_sentences(f"{table} {closing}") == [table, closing]


def test_a_long_sentence_naming_a_faction_stays_whole() -> None:
    sentence = (
        "Auf die Antwort der Bundesregierung auf die Kleine Anfrage der Abgeordneten Clara Bünger, Gökay "
        "Akbulut, weiterer Abgeordneter und der Fraktion Die Linke zu den Abschiebungen wird verwiesen."
    )
    assert split_sentences(sentence) == [sentence]


def test_a_short_number_before_a_sentence_opener_ends_the_sentence() -> None:
    text = "Die Zahl der Verfahren beträgt 12. Die Bundesregierung prüft weitere Schritte."
    assert split_sentences(text) == [
        "Die Zahl der Verfahren beträgt 12.",
        "Die Bundesregierung prüft weitere Schritte.",
    ]


def test_question_mark_and_exclamation_end_sentences() -> None:
    assert split_sentences("Wann? Jetzt! Gut.") == ["Wann?", "Jetzt!", "Gut."]


def test_empty_answer_has_no_sentences() -> None:
    assert split_sentences(" \n\t") == []


def test_a_party_name_after_a_table_like_run_of_numbers_starts_no_sentence() -> None:
    # 21/1421, answer to questions 20 and 21: "Die Linke" was cut off as a sentence of its own
    sentence = (
        "Zu Angaben für die Jahre 2015 bis 2023 wird auf die Antwort der Bundesregierung zu den Fragen 17 "
        "und 18 der Kleinen Anfrage der Gruppe Die Linke auf Bundestagsdrucksache 20/12534 verwiesen."
    )
    following = "Die Daten der Statistik der Bundesagentur für Arbeit für das Berichtsjahr 2024 liegen vor."
    assert split_sentences(f"{sentence} {following}") == [sentence, following]
