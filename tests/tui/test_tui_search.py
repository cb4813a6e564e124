"""Search-as-you-type over the library, and opening a hit at its question."""

from __future__ import annotations

from collections.abc import Callable

from pilot_steps import settle
from textual.widgets import OptionList

from drafter.tui.app import DrafterApp
from drafter.tui.screens.document import DocumentScreen
from drafter.tui.screens.search import SearchScreen


async def test_typing_finds_the_eurodac_question_and_enter_opens_it(
    make_app: Callable[..., DrafterApp],
) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f3")
        assert isinstance(app.screen, SearchScreen)
        await pilot.press(*"Eurodac Interoperabilität")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        assert screen.query_one(OptionList).option_count == len(screen.hits) > 0
        index = next(i for i, h in enumerate(screen.hits) if (h.drucksache, h.number) == ("19/21876", "10"))
        await pilot.press("down", *["down"] * index, "enter")
        await settle(pilot)
        document = app.screen
        assert isinstance(document, DocumentScreen)
        assert document.doc.number == "19/21876"
        assert document.current() is document.doc.question("10")


async def test_only_the_last_query_is_shown(make_app: Callable[..., DrafterApp]) -> None:
    """Typing fast replaces earlier queries: the list answers what is in the box now."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"Bundeswehr Manöver")
        await pilot.press(*["backspace"] * len("Bundeswehr Manöver"), *"Westbalkan Plattform")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        assert screen.hits and all("anöver" not in h.text for h in screen.hits[:3])
        assert any(h.drucksache == "19/21876" for h in screen.hits)
