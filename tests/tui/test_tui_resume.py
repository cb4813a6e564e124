"""Closing and reopening the app (a new app on the same library file) resumes the saved draft."""

from __future__ import annotations

from collections.abc import Callable

from pilot_steps import open_from_library, settle
from textual.widgets import Input, TextArea

from drafter.tui.app import DrafterApp
from drafter.tui.screens.document import DocumentScreen
from drafter.tui.screens.draft import DraftScreen


async def test_a_new_app_on_the_same_library_resumes_the_draft(make_app: Callable[..., DrafterApp]) -> None:
    first = make_app()
    async with first.run_test(size=(100, 40)) as pilot:
        await open_from_library(pilot, "19/21876")
        screen = first.screen
        assert isinstance(screen, DocumentScreen)
        while screen.current().number != "10":  # type: ignore[union-attr]
            await pilot.press("n")
        await pilot.press("m")
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        await pilot.press(*"Wieder offen: ")
        signature = first.screen.query_one("#draft-signature", Input)
        signature.focus()
        await pilot.press("ctrl+u", *"Andrej Hunko und Fraktion")
        await settle(pilot)
        await pilot.press("ctrl+q")

    second = make_app()
    async with second.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f4")
        await settle(pilot)
        draft = second.screen
        assert isinstance(draft, DraftScreen)
        assert draft.query_one("#draft-title", TextArea).text.startswith("Wieder offen: Wiener")
        assert draft.query_one("#draft-signature", Input).value == "Andrej Hunko und Fraktion"
        sources = [e.question.source for e in draft.editors()]
        assert [(s.drucksache, s.question) for s in sources if s] == [("19/21876", "10")]
        await pilot.press("escape")
        await open_from_library(pilot, "19/21876")
        document = second.screen
        assert isinstance(document, DocumentScreen)
        question = document.doc.question("10")
        assert question is not None and document.drafter.session.is_marked(document.doc, question)
        assert "1 markiert" in str(document.query_one("#questions").border_title)
