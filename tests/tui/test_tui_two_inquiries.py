"""A day's work end to end: two inquiries for two MPs in one sitting, the app closed, and both
found again as they were left."""

from __future__ import annotations

from collections.abc import Callable

from pilot_steps import open_from_library, settle
from textual.pilot import Pilot
from textual.widgets import Input, OptionList, TextArea

from drafter.tui.app import DrafterApp
from drafter.tui.screens.document import DocumentScreen
from drafter.tui.screens.draft import DraftScreen
from drafter.tui.screens.drafts import DraftsScreen


async def mark_in(pilot: Pilot[None], drucksache: str, numbers: tuple[str, ...]) -> None:
    await pilot.press("f2")
    await open_from_library(pilot, drucksache)
    screen = pilot.app.screen
    assert isinstance(screen, DocumentScreen)
    for number in numbers:
        while screen.current().number != number:  # type: ignore[union-attr]
            await pilot.press("n")
        await pilot.press("space")
        await settle(pilot)


async def fill_head(pilot: Pilot[None], asker: str, title_prefix: str) -> None:
    """On the draft screen: the asking MP and the start of the title, typed as a user does."""
    await pilot.press("f4")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, DraftScreen)
    screen.query_one("#draft-askers", Input).focus()
    await pilot.press("ctrl+u", *asker)
    title = screen.query_one("#draft-title", TextArea)
    title.focus()
    title.move_cursor((0, 0))
    await pilot.press(*title_prefix)
    await settle(pilot)


async def test_two_inquiries_for_two_mps_survive_closing_the_app(make_app: Callable[..., DrafterApp]) -> None:
    first = make_app()
    async with first.run_test(size=(100, 40)) as pilot:
        await mark_in(pilot, "19/21876", ("4", "10"))
        await fill_head(pilot, "Anna Beispiel", "Westbalkan: ")
        await pilot.press("f5")
        await settle(pilot)
        await pilot.press("r", "ctrl+u", *"Westbalkan (Beispiel)", "enter")
        await settle(pilot)
        await pilot.press("n", *"Heizkosten (Muster)", "enter")
        await settle(pilot)
        await mark_in(pilot, "21/2000", ("2", "13"))  # 2 answered jointly with 1, 4-7
        await fill_head(pilot, "Bernd Muster", "Heizkosten: ")
        await pilot.press("ctrl+q")

    second = make_app()
    async with second.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f5")
        await settle(pilot)
        screen = second.screen
        assert isinstance(screen, DraftsScreen)
        assert [e.label for e in screen.entries] == ["Heizkosten (Muster)", "Westbalkan (Beispiel)"]
        resumed = second.session.draft
        assert resumed is not None and second.session.name == "Heizkosten (Muster)"
        assert resumed.askers == ("Bernd Muster",) and resumed.title.startswith("Heizkosten: ")
        assert [(q.source.drucksache, q.source.question) for q in resumed.questions if q.source] == [
            ("21/2000", "2"),
            ("21/2000", "13"),
        ]

        screen.query_one(OptionList).highlighted = 1
        await pilot.press("enter")
        await settle(pilot)
        draft_screen = second.screen
        assert isinstance(draft_screen, DraftScreen)
        assert draft_screen.query_one("#draft-askers", Input).value == "Anna Beispiel"
        assert draft_screen.query_one("#draft-title", TextArea).text.startswith("Westbalkan: ")
        opened = second.session.draft
        assert opened is not None and opened.cites == ("19/21876",)
        assert [q.source.question for q in opened.questions if q.source] == ["4", "10"]
