"""SVG snapshots of the main screens at 80x24 (pytest-textual-snapshot; review changes as SVG diffs).

Deterministic: the library holds frozen parsed records (``snapshot_db``; dates from the documents),
the draft date is fixed, the cursor does not blink, notifications are cleared, and no temporary
path is on screen.
Update with ``pytest tests/tui/test_tui_snapshots.py --snapshot-update`` after looking at the diff.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from pilot_steps import TODAY, open_from_library, settle
from textual.pilot import Pilot

from drafter.tui.app import DrafterApp, create_app

SIZE = (80, 24)


def app_on(db: Path) -> DrafterApp:
    """The app as ``drafter --db DB`` builds it, with the date fixed and the cursor still."""
    return create_app(str(db), today=TODAY, cursor_blink=False)


Steps = Callable[[Pilot[None]], Awaitable[None]]


def steps(*actions: Callable[[Pilot[None]], Awaitable[None]]) -> Steps:
    """Run ``actions`` in order, then wait for the workers and drop the toasts."""

    async def run(pilot: Pilot[None]) -> None:
        await settle(pilot)
        for action in actions:
            await action(pilot)
            await settle(pilot)
        pilot.app.clear_notifications()
        await pilot.pause()

    return run


async def open_answer(pilot: Pilot[None]) -> None:
    await open_from_library(pilot, "19/21876")


def keys(*names: str) -> Callable[[Pilot[None]], Awaitable[None]]:
    async def press(pilot: Pilot[None]) -> None:
        await pilot.press(*names)

    return press


def test_library_screen(snap_compare: Any, snapshot_db: Path) -> None:
    assert snap_compare(app_on(snapshot_db), terminal_size=SIZE, run_before=steps())


def test_document_screen(snap_compare: Any, snapshot_db: Path) -> None:
    """19/21876 at its fourth unresolved item (3b), with its matches."""
    walk = steps(open_answer, keys("n", "n", "n"))
    assert snap_compare(app_on(snapshot_db), terminal_size=SIZE, run_before=walk)


def test_draft_screen(snap_compare: Any, snapshot_db: Path) -> None:
    """Items 3 (with 3a and 3b, one joint answer) and 4 marked: the composed head, signed from the
    library, and the first question."""
    marks = keys("n", "space", "n", "n", "n", "space")
    walk = steps(open_answer, marks, keys("e"))
    assert snap_compare(app_on(snapshot_db), terminal_size=SIZE, run_before=walk)


def test_help_screen(snap_compare: Any, snapshot_db: Path) -> None:
    assert snap_compare(app_on(snapshot_db), terminal_size=SIZE, run_before=steps(keys("f1")))


def test_document_screen_at_100_columns(snap_compare: Any, snapshot_db: Path) -> None:
    """The key line keeps the function keys and never cuts an entry; the list reads by number."""
    walk = steps(open_answer, keys("n"))
    assert snap_compare(app_on(snapshot_db), terminal_size=(100, 30), run_before=walk)


def test_document_screen_at_160_columns(snap_compare: Any, snapshot_db: Path) -> None:
    walk = steps(open_answer, keys("n", "space"))
    assert snap_compare(app_on(snapshot_db), terminal_size=(160, 40), run_before=walk)


def test_draft_screen_focus_at_100_columns(snap_compare: Any, snapshot_db: Path) -> None:
    """The focused question stands out (accent bar, inverse heading); long sub-questions wrap."""

    async def focus_first_question(pilot: Pilot[None]) -> None:
        from drafter.tui.screens.draft import DraftScreen

        screen = pilot.app.screen
        assert isinstance(screen, DraftScreen)
        screen.editors()[0].focus_text()
        screen.editors()[0].scroll_visible(animate=False)

    walk = steps(open_answer, keys("n", "space"), keys("e"), focus_first_question)
    assert snap_compare(app_on(snapshot_db), terminal_size=(100, 30), run_before=walk)


def test_mark_menu(snap_compare: Any, snapshot_db: Path) -> None:
    walk = steps(open_answer, keys("a"))
    assert snap_compare(app_on(snapshot_db), terminal_size=SIZE, run_before=walk)


def test_first_run_profile_dialog(snap_compare: Any, snapshot_db: Path, office_profile: Path) -> None:
    office_profile.write_text("", encoding="utf-8")
    assert snap_compare(app_on(snapshot_db), terminal_size=SIZE, run_before=steps())
