"""Marking items for the draft, without the UI: what a mark adds, removes and recomposes."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from drafter import workflow
from drafter.config import DraftSettings
from drafter.errors import DraftError
from drafter.library import Library
from drafter.library.importer import ImportReport
from drafter.models import Document, Draft
from drafter.tui.backend import Backend
from drafter.tui.marking import AlreadyAsked, toggle
from drafter.tui.session import DraftSession
from drafter.tui.summary import first_imported
from drafter.workflow import read_classified

TODAY = dt.date(2026, 11, 28)


@pytest.fixture(scope="module")
def answer(bundestag_dir: Path) -> Document:
    return read_classified(bundestag_dir / "19_21876-antwort-pdftext.txt")


def _mark(session: DraftSession, doc: Document, number: str, db: Path) -> Draft | None:
    question = doc.question(number)
    assert question is not None
    return toggle(session, Backend(str(db)), doc, question, TODAY)


def test_marks_add_in_order_and_the_head_names_every_item(answer: Document, db_path: Path) -> None:
    session = DraftSession()
    _mark(session, answer, "4", db_path)
    draft = _mark(session, answer, "10", db_path)
    assert draft is not None
    assert [q.source.question for q in draft.questions if q.source] == ["4", "10"]
    assert "19/21876" in draft.title and draft.cites == ("19/21876",)
    preamble = " ".join(draft.preamble)
    assert "Frage 4" in preamble and "10" in preamble


def test_unmarking_removes_only_that_question(answer: Document, db_path: Path) -> None:
    session = DraftSession()
    for number in ("4", "10", "20"):
        _mark(session, answer, number, db_path)
    draft = _mark(session, answer, "10", db_path)
    assert draft is not None
    assert [q.source.question for q in draft.questions if q.source] == ["4", "20"]


def test_an_edited_head_is_never_recomposed(answer: Document, db_path: Path) -> None:
    session = DraftSession()
    _mark(session, answer, "4", db_path)
    session.update(lambda d: replace(d, title="Mein Titel") if d else d)
    session.head_auto = False
    draft = _mark(session, answer, "10", db_path)
    assert draft is not None and draft.title == "Mein Titel" and len(draft.questions) == 2


def test_a_resumed_draft_keeps_its_head(answer: Document, db_path: Path) -> None:
    session = DraftSession()
    assert session.resume(Draft(title="Gespeichert", preamble=("Eigener Text.",)))
    draft = _mark(session, answer, "4", db_path)
    assert draft is not None and draft.title == "Gespeichert" and draft.preamble == ("Eigener Text.",)
    assert not session.resume(Draft(title="Zweiter"))


def test_answered_items_cannot_be_marked(answer: Document, db_path: Path) -> None:
    answered = next(q for q in answer.questions if not q.status.unresolved)
    with pytest.raises(DraftError, match=f"Frage {answered.number} ist beantwortet"):
        _mark(DraftSession(), answer, answered.number, db_path)


def test_first_imported_follows_the_order_given(tmp_path: Path) -> None:
    folder, single = tmp_path / "ordner", tmp_path / "b.txt"
    report = ImportReport(
        imported=[folder / "z.txt", folder / "a.txt"],
        unchanged=[single],
        failed=[(tmp_path / "bad.txt", "kaputt")],
    )
    assert first_imported([tmp_path / "bad.txt", folder, single], report) == folder / "a.txt"
    assert first_imported([single], report) == single
    assert first_imported([tmp_path / "bad.txt"], report) is None


def test_an_item_merged_into_a_command_line_draft_counts_as_marked(answer: Document, db_path: Path) -> None:
    """A draft made by ``drafter followup`` asks about 3, 3a and 3b in one question; marking 3a in
    the app must not add a second question on it but say where it is asked, and unmarking 3 and
    marking it again restores the one merged question as it was."""
    with Library(db_path) as library:
        composed = workflow.compose(
            library, [answer], DraftSettings(), select=["3", "3a", "3b", "4"], today=TODAY
        )
    merged = [q for q in composed.draft.questions if {r.question for r in q.presses_on} >= {"3", "3a", "3b"}]
    assert len(merged) == 1
    session = DraftSession()
    assert session.resume(composed.draft)
    assert session.is_marked(answer, answer.question("3a"))  # type: ignore[arg-type]
    with pytest.raises(AlreadyAsked, match="Frage 3a ist schon Teil der Nachfrage zu Frage 3 "):
        _mark(session, answer, "3a", db_path)
    assert session.draft == composed.draft
    without = _mark(session, answer, "3", db_path)
    assert without is not None and merged[0] not in without.questions
    assert len(without.questions) == len(composed.draft.questions) - 1
    again = _mark(session, answer, "3", db_path)
    assert again is not None and again.questions == composed.draft.questions
