"""The document screen on the real 19/21876 answer, opened from a library holding the corpus."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pilot_steps import open_from_library, plain, settle
from textual.widgets import Static

from drafter.models import Status
from drafter.tui.app import DrafterApp
from drafter.tui.screens.document import DocumentScreen
from drafter.tui.widgets.document_list import DocumentList
from drafter.tui.widgets.question_list import QuestionList


def _screen(app: DrafterApp) -> DocumentScreen:
    assert isinstance(app.screen, DocumentScreen), app.screen
    return app.screen


async def test_n_and_p_walk_the_unresolved_items_in_order(make_app: Callable[..., DrafterApp]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_from_library(pilot, "19/21876", arrows=True)
        screen = _screen(app)
        assert screen.doc.number == "19/21876"
        unresolved = [q.number for q in screen.doc.questions if q.status.unresolved]
        assert {"4", "10", "20"} <= set(unresolved)
        assert screen.current() is screen.doc.questions[0]
        visited = []
        for _ in unresolved:
            await pilot.press("n")
            visited.append(screen.current().number)  # type: ignore[union-attr]
        start = [q.number for q in screen.doc.questions].index(unresolved[0])
        assert start == 0 and visited == [*unresolved[1:], unresolved[0]]
        await pilot.press("p")
        assert screen.current().number == unresolved[-1]  # type: ignore[union-attr]


async def test_detail_shows_status_word_evidence_and_group(make_app: Callable[..., DrafterApp]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_from_library(pilot, "19/21876")
        screen = _screen(app)
        screen.query_one(QuestionList).select_number("3a")
        await settle(pilot)
        detail = plain(screen.query_one("#question-detail", Static))
        assert "Frage 3a [teilw.]" in detail
        assert "Gemeinsam beantwortet mit Frage 3, 3b." in detail
        assert "noch nicht abgeschlossen" in detail  # the finding's category, in German
        question = screen.doc.question("3a")
        assert question is not None and question.findings
        assert " ".join(question.findings[0].evidence.split()) in " ".join(detail.split())
        assert "Verweise: 18/8669" in plain(screen.query_one("#document-info", Static))


async def test_match_panel_follows_the_cursor(make_app: Callable[..., DrafterApp]) -> None:
    """Item 4 (financing unknown) was asked again later: the follow-up answer 19/23412 shows up."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_from_library(pilot, "19/21876")
        screen = _screen(app)
        while screen.current().number != "4":  # type: ignore[union-attr]
            await pilot.press("n")
        await settle(pilot)
        matches = plain(screen.query_one("#matches", Static))
        assert "Spätere Antworten" in matches
        assert "19/23412 Fr. 1" in matches
        assert "[beantw.]" in matches  # the later answer resolved it
        await pilot.press("n")
        await settle(pilot)
        assert screen.query_one("#related").key == ("19/21876", screen.current().number)  # type: ignore[attr-defined,union-attr]
        assert "19/23412 Fr. 1" not in plain(screen.query_one("#matches", Static))


async def test_filters_by_status_and_category(make_app: Callable[..., DrafterApp]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_from_library(pilot, "19/21876")
        screen = _screen(app)
        await pilot.press("f")
        assert {q.status for q in screen.shown_questions()} == {Status.OPEN}
        assert screen.query_one(QuestionList).option_count == len(screen.shown_questions())
        assert "Status: offen" in str(screen.query_one(QuestionList).border_title)
        await pilot.press("f", "f", "f", "f")
        assert len(screen.shown_questions()) == len(screen.doc.questions)
        await pilot.press("c")
        category = screen.category_filter
        assert category is not None
        assert all(any(f.category == category for f in q.findings) for q in screen.shown_questions())


async def test_drafter_file_imports_it_and_opens_it(
    make_app: Callable[..., DrafterApp], data_dir: Path
) -> None:
    """``drafter FILE``: the file lands in the library and its document screen is shown."""
    path = data_dir / "tui" / "19_23412-antwort-followup.txt"
    app = make_app(paths=(path,))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = _screen(app)
        assert screen.doc.number == "19/23412"
        assert app.backend.get_document("19/23412") is not None
        await pilot.press("escape")
        await settle(pilot)
        assert "19/23412" in app.screen.query_one(DocumentList).numbers()


async def test_match_panel_shows_the_history_of_an_item(make_app: Callable[..., DrafterApp]) -> None:
    """21/437 repeats the questions of the earlier answer 21/434: item 6 was left open both times."""
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await open_from_library(pilot, "21/437")
        screen = _screen(app)
        screen.query_one(QuestionList).select_number("6")
        await settle(pilot)
        matches = plain(screen.query_one("#matches", Static))
        history = matches.split("Früher gefragt (Verlauf)")[1].split("Spätere Antworten")[0]
        # Asked in Kleine Anfrage 21/247, answered in 21/434: one point, with why it matched.
        assert "[offen] 21/247 Fr. 6 (Antwort 21/434)" in " ".join(history.split())
        assert "Antwort:" in history and "warum: nahezu gleicher Wortlaut" in history


async def test_a_table_answer_shows_the_row_for_the_question(make_app: Callable[..., DrafterApp]) -> None:
    """21/1091 answers 38 questions with one table: each question shows its own row above it."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_from_library(pilot, "21/1091")
        screen = _screen(app)
        screen.query_one(QuestionList).select_number("18")
        await settle(pilot)
        detail = " ".join(plain(screen.query_one("#question-detail", Static)).split())
        assert "Tabellenzeile zu dieser Frage: Weichen (Stk) 249 228 21" in detail
        screen.query_one(QuestionList).select_number("21")  # Weichen and Überleitstellen: two rows
        await settle(pilot)
        assert "Tabellenzeile" not in plain(screen.query_one("#question-detail", Static))
