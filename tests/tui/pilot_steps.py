"""Steps the TUI tests share: wait for workers, open a document the way a user does."""

from __future__ import annotations

import datetime as dt
import io

from rich.console import Console
from textual.pilot import Pilot
from textual.widgets import Static
from textual.worker import WorkerState

from drafter.tui.app import DrafterApp
from drafter.tui.widgets.document_list import DocumentList

TODAY = dt.date(2026, 11, 28)
"""The date new drafts carry in the tests and snapshots."""

OFFICE = """[profile]
mps = ["Anna Beispiel", "Bernd Muster"]
faction = "BÜNDNIS 90/DIE GRÜNEN"
leaders = ["Clara Vorsitz", "David Vorsitz"]
further_mps = true
date = "start"
"""
"""The office every TUI test works for (``[profile]``), unless a test takes it away."""


WAITING = {"_loader"}
"""Worker groups that wait for work as long as their widget lives (Textual's DirectoryTree loader)."""


async def settle(pilot: Pilot[None], timeout: float = 20.0) -> None:
    """Wait until no worker runs and the messages they posted are handled (workers start workers).

    Cancelled exclusive workers (a newer search replaced an older one) count as finished.
    """
    quiet = 0
    for _ in range(int(timeout / 0.02)):
        busy = any(
            w.state in (WorkerState.PENDING, WorkerState.RUNNING) and w.group not in WAITING
            for w in pilot.app.workers
        )
        quiet = 0 if busy else quiet + 1
        if quiet >= 3:
            return
        await pilot.pause(0.02)
    raise TimeoutError("workers still running")


async def open_from_library(pilot: Pilot[None], number: str, *, arrows: bool = False) -> None:
    """Put the library list's cursor on ``number`` and press Enter; with ``arrows`` the cursor gets
    there by the arrow keys, as a user moves it (slower, so only one test does it)."""
    app = pilot.app
    assert isinstance(app, DrafterApp)
    await settle(pilot)
    documents = app.screen.query_one(DocumentList)
    target = documents.numbers().index(number)
    if arrows:
        await pilot.press(*["down"] * (target - (documents.highlighted or 0)))
    else:
        documents.highlighted = target
    await pilot.press("enter")
    await settle(pilot)


def plain(widget: Static) -> str:
    """What a Static shows, as plain text (colours and styles dropped), for assertions."""
    console = Console(width=400, file=io.StringIO(), record=True, color_system=None)
    console.print(widget.content)
    return console.export_text()
