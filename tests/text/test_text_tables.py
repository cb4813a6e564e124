"""Rows of a table run together in an answer, and the row that answers one question (21/1091)."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.models import Document
from drafter.text.tables import row_for, table_rows
from drafter.workflow import read_classified


@pytest.fixture(scope="module")
def tracks(bundestag_dir: Path) -> Document:
    """21/1091 answers questions 16 to 53 with one table of the Generalsanierung Hamburg – Berlin."""
    return read_classified(bundestag_dir / "21_1091-antwort.txt")


def _row(doc: Document, number: str) -> str | None:
    question = doc.question(number)
    assert question is not None and question.answer
    return row_for(question.text, question.answer)


def test_the_rows_of_a_run_together_table_end_at_their_last_cell(tracks: Document) -> None:
    answer = tracks.question("16").answer or ""
    rows = table_rows(answer)
    assert rows[0] == "Gleise (km) 165 (ohne DUA, reale Länge) 165 0"
    assert "Stelleinheiten (Stk) Ca. 988 943 45" in rows
    assert "Bahnsteigdach (Stk) 2 2" in rows  # not the repeated header that follows it
    assert rows[-1] == "Beleuchtung (Stk) 17 17"  # not "Stand: 08.05.2025 Weitergehende …"


@pytest.mark.parametrize(
    ("number", "row"),
    [
        ("16", "Gleise (km) 165 (ohne DUA, reale Länge) 165 0"),  # "Meter Gleis"
        ("18", "Weichen (Stk) 249 228 21"),
        ("39", "Personenunterführung (Stk) 3 3"),  # "Personenunterführungen"
        ("41", "Beleuchtung (Stk) 17 17"),  # the head of "Bahnsteigbeleuchtungen", not "Bahnsteige"
        ("42", "Bahnsteigdach (Stk) 2 2"),  # "Bahnsteigdächer"
        ("21", None),  # "Weichen bzw. Überleitstellen": two rows, the whole table answers
        ("30", None),  # "Gleismagnete" is not "Gleise"
        ("46", None),  # "Weichenheizstationen" are not "Weichen"
    ],
)
def test_the_row_that_names_what_the_question_asks_about(
    tracks: Document, number: str, row: str | None
) -> None:
    assert _row(tracks, number) == row


def test_prose_with_brackets_is_no_table() -> None:
    answer = "Im Jahr 2024 wurden 12 Anträge (Stand Juni) gestellt. Davon entfielen 3 (25 %) auf Berlin."
    assert table_rows(answer) == []
    assert row_for("Wie viele Anträge wurden gestellt?", answer) is None
