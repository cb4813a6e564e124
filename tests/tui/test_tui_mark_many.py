"""Marking by the handful: all open, all partial, one category, and none (a, then a choice)."""

from __future__ import annotations

from collections.abc import Callable

from pilot_steps import open_from_library, settle
from textual.pilot import Pilot
from textual.widgets import OptionList

from drafter.models import Category, Status
from drafter.tui.app import DrafterApp
from drafter.tui.screens.document import DocumentScreen
from drafter.tui.screens.mark_menu import MarkMenuScreen


async def choose(pilot: Pilot[None], value: str) -> None:
    """Press a and pick the menu entry ``value`` with the arrow keys and Enter."""
    await pilot.press("a")
    menu = pilot.app.screen
    assert isinstance(menu, MarkMenuScreen)
    options = menu.query_one(OptionList)
    ids = [options.get_option_at_index(i).id for i in range(options.option_count)]
    await pilot.press(*["down"] * ids.index(value), "enter")
    await settle(pilot)


def marked(app: DrafterApp) -> set[str]:
    return {number for drucksache, number in app.session.marked() if drucksache == "19/21876"}


async def test_mark_all_open_all_partial_by_category_and_none(make_app: Callable[..., DrafterApp]) -> None:
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await open_from_library(pilot, "19/21876")
        screen = app.screen
        assert isinstance(screen, DocumentScreen)
        doc = screen.doc
        open_ = {q.number for q in doc.questions if q.status is Status.OPEN}
        partial = {q.number for q in doc.questions if q.status is Status.PARTIAL}
        pending = {
            q.number
            for q in doc.questions
            if q.status.unresolved and any(f.category is Category.PENDING for f in q.findings)
        }
        assert len(open_) > 5 and partial and pending - open_

        await choose(pilot, "open")
        assert marked(app) == open_
        assert f"{len(open_)} markiert" in str(screen.query_one("#questions").border_title)
        draft = app.session.draft
        assert draft is not None and len(draft.questions) == len(open_)

        await choose(pilot, "none")
        assert marked(app) == set()
        await choose(pilot, "partial")
        assert marked(app) == partial
        await choose(pilot, "category:pending")
        assert marked(app) == partial | pending

        await pilot.press("e")
        await settle(pilot)
        await pilot.press("ctrl+z")  # all of one choice is one step
        await settle(pilot)
        assert marked(app) == partial
