"""Opening a file: a better copy in the library is kept, shown, and the user is told why."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pilot_steps import settle

from drafter.library import Library
from drafter.models import Origin
from drafter.tui.app import DrafterApp
from drafter.tui.screens.document import DocumentScreen


async def test_opening_a_pdf_keeps_and_shows_the_dip_text(
    make_app: Callable[..., DrafterApp], library_file: Path, data_dir: Path
) -> None:
    pdf = data_dir / "pdf" / "21_2000-antwort.pdf"
    app = make_app(paths=(pdf,))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, DocumentScreen)
        assert screen.doc.number == "21/2000" and screen.doc.origin is Origin.DIP
        messages = [n.message for n in app._notifications]
        assert any("behält den DIP-Text von 21/2000" in m for m in messages), messages
    with Library(library_file) as lib:
        stored = lib.get_document("21/2000")
    assert stored is not None and stored.origin is Origin.DIP
