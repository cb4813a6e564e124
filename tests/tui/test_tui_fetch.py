""" "Drucksache abrufen" in the app, against the real DIP-shaped HTTP server of the DIP tests."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pilot_steps import OFFICE, settle

from drafter.tui.app import create_app
from drafter.tui.screens.document import DocumentScreen
from drafter.tui.screens.error import ErrorScreen
from drafter.tui.screens.library import LibraryScreen
from drafter.tui.widgets.document_list import DocumentList

sys.path.insert(0, str(Path(__file__).parents[1] / "dip"))  # the server lives with the DIP tests

from dip_server import DipServer, DipState, corpus_record

KEY = "Tui.TestOnly-7hJk2"


@pytest.fixture
def dip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[DipServer, Path]]:
    """A server holding 21/1521 and its Kleine Anfrage, and a config file pointing at it."""
    server = DipServer(DipState(key=KEY)).start()
    server.add(corpus_record("21/1521", "Antwort", "7001"))
    server.add(corpus_record("21/1243", "Kleine Anfrage", "7001"))
    config = tmp_path / "config.toml"
    monkeypatch.setenv("DRAFTER_CONFIG", str(config))
    yield server, config
    server.stop()


async def test_fetch_by_number_imports_and_opens(dip: tuple[DipServer, Path], db_path: Path) -> None:
    server, config = dip
    config.write_text(
        f'[dip]\napi_key = "{KEY}"\nbase_url = "{server.base_url}"\nmin_interval = 0\n' + OFFICE
    )
    app = create_app(str(db_path), cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("d", *"21/1521", "enter")
        await settle(pilot)
        assert isinstance(app.screen, DocumentScreen)
        assert app.screen.doc.number == "21/1521"
        await pilot.press("escape")
        library = app.screen
        assert isinstance(library, LibraryScreen)
        assert {"21/1521", "21/1243"} <= set(library.query_one(DocumentList).numbers())
        assert not library.query_one("#import-progress").display


async def test_fetch_without_key_says_where_to_get_one(dip: tuple[DipServer, Path], db_path: Path) -> None:
    server, config = dip
    config.write_text(f'[dip]\nbase_url = "{server.base_url}"\n' + OFFICE)
    app = create_app(str(db_path), cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("d", *"21/1521", "enter")
        await settle(pilot)
        error = app.screen
        assert isinstance(error, ErrorScreen)
        assert error.error_title == "DIP-Abruf"
        assert "DIP_API_KEY" in error.error_message
        await pilot.press("enter")
        assert isinstance(app.screen, LibraryScreen)
        assert not server.state.hits("/api/v1/drucksache")
        assert not app.screen.query_one("#import-progress").display


async def test_a_long_wait_for_dip_is_announced_in_the_app(
    dip: tuple[DipServer, Path], db_path: Path
) -> None:
    """The client waits before retrying an overloaded server; the app says so instead of seeming frozen."""
    server, config = dip
    config.write_text(
        f'[dip]\napi_key = "{KEY}"\nbase_url = "{server.base_url}"\nmin_interval = 0\n' + OFFICE
    )
    server.state.fail("/api/v1/drucksache", 503, headers={"Retry-After": "2"})
    app = create_app(str(db_path), cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("d", *"21/1521", "enter")
        for _ in range(100):  # the fetch waits the server's two seconds, then lands
            await pilot.pause(0.1)
            if isinstance(app.screen, DocumentScreen):
                break
        await settle(pilot)  # let the opened screen finish mounting
        messages = [n.message for n in app._notifications]
        assert any("DIP antwortet nicht (HTTP 503); neuer Versuch in 2 s" in m for m in messages), messages
        assert isinstance(app.screen, DocumentScreen) and app.screen.doc.number == "21/1521"
