"""Steps the TUI tests share: wait for workers, open a document the way a user does."""

from __future__ import annotations

import io

from rich.console import Console
from textual.pilot import Pilot
from textual.widgets import DataTable, Static

from drafter.tui.app import DrafterApp


async def settle(pilot: Pilot[None]) -> None:
    """Let every worker finish and every message they posted be handled (twice: workers start workers)."""
    for _ in range(3):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def open_from_library(pilot: Pilot[None], number: str) -> None:
    """Move the library table's cursor to ``number`` with the arrow keys and press Enter."""
    app = pilot.app
    assert isinstance(app, DrafterApp)
    await settle(pilot)
    table = app.screen.query_one("#documents", DataTable)
    target = table.get_row_index(number)
    await pilot.press(*["down"] * (target - table.cursor_row))
    await pilot.press("enter")
    await settle(pilot)


def plain(widget: Static) -> str:
    """What a Static shows, as plain text (colours and styles dropped), for assertions."""
    console = Console(width=400, file=io.StringIO(), record=True, color_system=None)
    console.print(widget.content)
    return console.export_text()
