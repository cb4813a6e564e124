"""Nothing typed is lost: edits survive unmarking and marking again, Strg+Z / Strg+Y undo and redo
every change on the draft screen, and deleting a question asks first and can be undone."""

from __future__ import annotations

from collections.abc import Callable

from pilot_steps import open_from_library, settle
from textual.pilot import Pilot
from textual.widgets import TextArea

from drafter.tui.app import DrafterApp
from drafter.tui.screens.confirm import ConfirmScreen
from drafter.tui.screens.document import DocumentScreen
from drafter.tui.screens.draft import DraftScreen


async def go_to(pilot: Pilot[None], screen: DocumentScreen, number: str) -> None:
    while screen.current().number != number:  # type: ignore[union-attr]
        await pilot.press("n")


async def marked_draft(pilot: Pilot[None], app: DrafterApp, numbers: tuple[str, ...]) -> DraftScreen:
    await open_from_library(pilot, "19/21876")
    document = app.screen
    assert isinstance(document, DocumentScreen)
    for number in numbers:
        await go_to(pilot, document, number)
        await pilot.press("space")
        await settle(pilot)
    await pilot.press("e")
    await settle(pilot)
    assert isinstance(app.screen, DraftScreen)
    return app.screen


def to_end(screen: DraftScreen, index: int) -> None:
    """Focus the text of question ``index`` with the cursor after its last letter."""
    text = screen.editors()[index].query_one(".question-text", TextArea)
    text.focus()
    text.move_cursor(text.document.end)


def questions(app: DrafterApp) -> list[tuple[str | None, str, tuple[str, ...]]]:
    draft = app.session.draft
    assert draft is not None
    return [(q.source.question if q.source else None, q.text, q.subquestions) for q in draft.questions]


async def test_edits_survive_unmarking_and_marking_again(make_app: Callable[..., DrafterApp]) -> None:
    """The reported case: text edited, a sub-question added with Strg+T, Space twice on the item."""
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await marked_draft(pilot, app, ("4", "10"))
        to_end(screen, 0)
        await pilot.press(*" Bitte nach Jahren aufschlüsseln.")
        await pilot.press("ctrl+t", *"Wer war beteiligt?")
        await settle(pilot)
        edited = questions(app)[0]
        assert (
            edited[0] == "4"
            and edited[1].endswith("aufschlüsseln.")
            and edited[2][-1] == "Wer war beteiligt?"
        )

        await pilot.press("escape")
        await settle(pilot)
        document = app.screen
        assert isinstance(document, DocumentScreen)
        await go_to(pilot, document, "4")
        await pilot.press("space")
        await settle(pilot)
        assert [q[0] for q in questions(app)] == ["10"]
        await pilot.press("space")
        await settle(pilot)
        assert questions(app) == [edited, questions(app)[1]]  # back at its place, as edited
        assert questions(app)[1][0] == "10"


async def test_undo_and_redo_across_the_draft_screen(make_app: Callable[..., DrafterApp]) -> None:
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await marked_draft(pilot, app, ("4", "10", "20"))
        title = screen.query_one("#draft-title", TextArea)
        original = title.text
        await pilot.press("home", *"Erneute ")
        assert app.session.draft.title.startswith("Erneute ")  # type: ignore[union-attr]

        screen.editors()[0].focus_text()
        await pilot.press("ctrl+down")
        await settle(pilot)
        assert [q[0] for q in questions(app)] == ["10", "4", "20"]

        await pilot.press("ctrl+z")
        await settle(pilot)
        assert [q[0] for q in questions(app)] == ["4", "10", "20"]
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert app.session.draft.title == " ".join(original.split())  # type: ignore[union-attr]
        assert app.screen.query_one("#draft-title", TextArea).text == original  # the widgets show it too

        await pilot.press("ctrl+y", "ctrl+y")
        await settle(pilot)
        assert app.session.draft.title.startswith("Erneute ")  # type: ignore[union-attr]
        assert [q[0] for q in questions(app)] == ["10", "4", "20"]
        saved = app.backend.latest_draft()
        assert saved is not None and [q.source.question for q in saved.questions if q.source] == [
            "10",
            "4",
            "20",
        ]


async def test_deleting_asks_and_can_be_undone(make_app: Callable[..., DrafterApp]) -> None:
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await marked_draft(pilot, app, ("4", "10"))
        to_end(screen, 1)
        await pilot.press(*" Seit wann?")
        before = questions(app)
        await pilot.press("ctrl+r")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await settle(pilot)
        assert questions(app) == before

        app.screen.editors()[1].focus_text()  # type: ignore[attr-defined]
        await pilot.press("ctrl+r", "j")
        await settle(pilot)
        assert [q[0] for q in questions(app)] == ["4"]
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert questions(app) == before
        assert len(app.screen.editors()) == 2  # type: ignore[attr-defined]

        app.screen.editors()[1].focus_text()  # type: ignore[attr-defined]
        await pilot.press("ctrl+r", "j")  # deleted again, then marked again in the answer:
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        document = app.screen
        assert isinstance(document, DocumentScreen)
        await go_to(pilot, document, "10")
        await pilot.press("space")
        await settle(pilot)
        assert questions(app) == before  # the wording typed before comes back
