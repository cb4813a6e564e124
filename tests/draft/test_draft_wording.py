"""German wording helpers: question lists, dates, quotation marks, Wahlperiode."""

from __future__ import annotations

import datetime as dt

import pytest

from drafter.draft.wording import (
    earlier_references,
    german_date,
    nest_quotes,
    question_list,
    typographic_quotes,
    wahlperiode,
)


def test_question_lists_the_bundestag_way() -> None:
    assert question_list(["10"]) == "Frage 10"
    assert question_list(["19", "19a", "19b"]) == "den Fragen 19 bis 19b"
    assert question_list(["8", "4"]) == "den Fragen 4 und 8"
    assert question_list(["16", "17", "18", "10", "11", "14"]) == "den Fragen 10, 11, 14 und 16 bis 18"


def test_german_date_and_term() -> None:
    assert german_date(dt.date(2026, 11, 28)) == "28. November 2026"
    assert german_date(dt.date(2025, 3, 1)) == "1. März 2025"
    assert wahlperiode(dt.date(2026, 11, 28)) == 21
    assert wahlperiode(dt.date(2020, 9, 1)) == 19


def test_quotes() -> None:
    assert (
        typographic_quotes("Die \"Plattform\" & 'Partner' – BMI's Plan")
        == "Die „Plattform“ & ‚Partner‘ – BMI’s Plan"
    )
    assert nest_quotes("Wiener „Plattform“") == "Wiener ‚Plattform‘"


@pytest.mark.parametrize(
    ("asked", "explicit"),
    [
        (  # 21/1145, Frage 53
            "Wie viele dieser in Frage 52 erfragten Fälle entfallen auf Selbstständige?",
            "Wie viele dieser in Frage 52 der Kleinen Anfrage auf Bundestagsdrucksache 21/553 "
            "erfragten Fälle entfallen auf Selbstständige?",
        ),
        (  # 21/1023, Frage 12
            "Hat es zu den in den Fragen 1 bis 11 erfragten Sachverhalten Nachmeldungen gegeben?",
            "Hat es zu den in den Fragen 1 bis 11 der Kleinen Anfrage auf Bundestagsdrucksache "
            "21/553 erfragten Sachverhalten Nachmeldungen gegeben?",
        ),
        (  # 21/1367, Frage 5: the answer, not the inquiry
            "Welche Zahlungen gingen an die laut Antwort der Bundesregierung zu Frage 1 "
            "geförderten Organisationen?",
            "Welche Zahlungen gingen an die laut Antwort der Bundesregierung zu Frage 1 auf "
            "Bundestagsdrucksache 21/1145 geförderten Organisationen?",
        ),
        (
            "Wurden die Staus (siehe Vorbemerkung der Fragesteller) berücksichtigt?",
            "Wurden die Staus (siehe Vorbemerkung der Fragesteller auf Bundestagsdrucksache 21/553) "
            "berücksichtigt?",
        ),
        (  # already explicit: left alone
            "Ist die Antwort zu Frage 5 auf Bundestagsdrucksache 20/3 noch aktuell?",
            "Ist die Antwort zu Frage 5 auf Bundestagsdrucksache 20/3 noch aktuell?",
        ),
    ],
)
def test_references_into_the_earlier_inquiry_are_made_explicit(asked: str, explicit: str) -> None:
    assert earlier_references(asked, "21/553", "21/1145") == explicit


def test_without_the_earlier_inquiry_nothing_changes() -> None:
    assert earlier_references("Wie viele der in Frage 1 erfragten Fälle?", None) == (
        "Wie viele der in Frage 1 erfragten Fälle?"
    )
