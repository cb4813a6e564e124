"""Editing the draft at the keyboard: reorder, sub-questions, delete, add from the library, live checks."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pilot_steps import open_from_library, plain, settle
from textual.pilot import Pilot
from textual.widgets import Input, Static

from drafter.tui.app import DrafterApp
from drafter.tui.screens.confirm import ConfirmScreen
from drafter.tui.screens.document import DocumentScreen
from drafter.tui.screens.draft import DraftScreen
from drafter.tui.screens.search import SearchScreen


async def draft_with(pilot: Pilot[None], numbers: tuple[str, ...]) -> DraftScreen:
    """Open 19/21876, mark ``numbers`` with n / space, and open the draft with e."""
    app = pilot.app
    await open_from_library(pilot, "19/21876")
    screen = app.screen
    assert isinstance(screen, DocumentScreen)
    for number in numbers:
        while screen.current().number != number:  # type: ignore[union-attr]
            await pilot.press("n")
        await pilot.press("space")
        await settle(pilot)
    await pilot.press("e")
    await settle(pilot)
    assert isinstance(app.screen, DraftScreen)
    return app.screen


def sources(app: DrafterApp) -> list[str | None]:
    draft = app.session.draft
    assert draft is not None
    return [q.source.question if q.source else None for q in draft.questions]


async def test_reorder_subquestions_delete_and_new(make_app: Callable[..., DrafterApp]) -> None:
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await draft_with(pilot, ("4", "10", "20"))
        screen.editors()[0].focus_text()
        await pilot.press("ctrl+down")
        assert sources(app) == ["10", "4", "20"]
        assert screen.focused_editor() is screen.editors()[1]
        await pilot.press("alt+up")
        assert sources(app) == ["4", "10", "20"]

        before = app.session.draft.questions[0].subquestions  # type: ignore[union-attr]
        await pilot.press("ctrl+t", *"Seit wann?")
        assert app.session.draft.questions[0].subquestions == (*before, "Seit wann?")  # type: ignore[union-attr]
        await pilot.press("ctrl+r")
        assert app.session.draft.questions[0].subquestions == before  # type: ignore[union-attr]
        await pilot.press("ctrl+r")
        assert isinstance(app.screen, ConfirmScreen) and sources(app) == ["4", "10", "20"]
        await pilot.press("j")
        await settle(pilot)
        assert sources(app) == ["10", "20"]

        await pilot.press("ctrl+n", *"Wie viele Mittel stellt der Bund bereit?")
        assert sources(app) == ["10", None, "20"]
        await settle(pilot)
        saved = app.backend.latest_draft()
        assert saved is not None and saved.questions == app.session.draft.questions  # type: ignore[union-attr]


async def test_question_from_the_library_is_inserted(make_app: Callable[..., DrafterApp]) -> None:
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await draft_with(pilot, ("4",))
        screen.editors()[0].focus_text()
        await pilot.press("ctrl+l")
        assert isinstance(app.screen, SearchScreen) and app.screen.pick
        await pilot.press(*"Eurodac Interoperabilität")
        await settle(pilot)
        hit = app.screen.hits[0]
        await pilot.press("down", "enter")
        await settle(pilot)
        assert app.screen is screen
        draft = app.session.draft
        assert draft is not None and len(draft.questions) == 2
        assert draft.questions[1].text == " ".join(hit.text.split())


async def test_checks_appear_under_the_question_while_typing(
    make_app: Callable[..., DrafterApp], office_profile: Path
) -> None:
    office_profile.write_text('[profile]\nmps = ["Anna Beispiel"]\n', encoding="utf-8")  # no leaders
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await draft_with(pilot, ("4", "20"))
        header = plain(screen.query_one("#header-warnings", Static))
        draft = app.session.draft
        assert draft is not None and draft.signature == "Heidi Reichinnek, Sören Pellmann und Fraktion"
        assert "Unterschrift" not in header  # signed from the library (no leaders in the profile)
        second = screen.editors()[1]
        assert "Fragesatz" not in plain(second.query_one(".warnings", Static))
        second.focus_text()
        await pilot.press("ctrl+a", *"Die Bundesregierung hat hier versagt. ")
        await settle(pilot)
        warnings = plain(second.query_one(".warnings", Static))
        assert "Fragesatz" in warnings
        assert "Fragesatz" not in plain(screen.editors()[0].query_one(".warnings", Static))


async def test_focusing_a_field_does_not_select_its_text_for_overtyping(
    make_app: Callable[..., DrafterApp],
) -> None:
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await draft_with(pilot, ("4",))
        askers = screen.query_one("#draft-askers", Input)
        before = askers.value
        await pilot.press("tab")
        assert askers.has_focus
        await pilot.press(*", Jan Korte")
        assert askers.value == before + ", Jan Korte"
