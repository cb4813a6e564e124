"""German wording helpers: question lists, dates, quotation marks, Wahlperiode."""

from __future__ import annotations

import datetime as dt

from drafter.draft.wording import german_date, nest_quotes, question_list, typographic_quotes, wahlperiode


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
