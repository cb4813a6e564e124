"""Bindings: remappable from the config file, listed on the help screen, all in the command palette."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from pilot_steps import open_from_library, plain, settle
from textual.command import CommandPalette
from textual.widgets import Input, Static

from drafter.tui.app import DrafterApp
from drafter.tui.bindings import ACTIONS, actions_for, key_label
from drafter.tui.screens.document import DocumentScreen
from drafter.tui.screens.help import HelpScreen


def test_binding_ids_are_unique_and_scoped() -> None:
    ids = [a.id for a in ACTIONS]
    assert len(ids) == len(set(ids))
    assert all(a.id.startswith(a.scope + ".") for a in ACTIONS)


def test_key_labels_are_german_and_ascii() -> None:
    assert key_label("ctrl+up,alt+up") == "Strg+Hoch, Alt+Hoch"
    assert key_label("f1,question_mark") == "F1, ?"
    assert key_label("space,m") == "Leer, m"
    assert all(key_label(a.key).isascii() for a in ACTIONS)


async def test_config_file_remaps_a_binding(make_app: Callable[..., DrafterApp]) -> None:
    config = Path(os.environ["DRAFTER_CONFIG"])
    config.write_text(
        config.read_text(encoding="utf-8") + '[keys]\n"document.next_open" = "j"\n', encoding="utf-8"
    )
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_from_library(pilot, "19/21876")
        screen = app.screen
        assert isinstance(screen, DocumentScreen)
        await pilot.press("n")
        assert screen.current() is screen.doc.questions[0]
        await pilot.press("j")
        current = screen.current()
        assert current is not None and current is not screen.doc.questions[0] and current.status.unresolved
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        tables = "\n".join(plain(s) for s in app.screen.query(".help-table").results(Static))
        assert any(line.split()[:1] == ["j"] and "Nächster offener" in line for line in tables.splitlines())


async def test_help_lists_every_binding(make_app: Callable[..., DrafterApp]) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = "\n".join(plain(s) for s in app.screen.query(".help-table").results(Static))
        for action in ACTIONS:
            assert action.description in text
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_command_palette_runs_screen_actions_in_german(make_app: Callable[..., DrafterApp]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_from_library(pilot, "19/21876")
        screen = app.screen
        assert isinstance(screen, DocumentScreen)
        await pilot.press("ctrl+p")
        assert CommandPalette.is_open(app)  # type: ignore[arg-type]
        assert app.screen.query_one(Input).placeholder == "Befehl suchen ..."
        await pilot.press(*"Nächster offener")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is screen
        current = screen.current()
        assert current is not None and current is not screen.doc.questions[0] and current.status.unresolved


def test_every_screen_action_exists() -> None:
    """Each table entry names an action its screen (or the app) implements."""
    from drafter.tui.app import DrafterApp
    from drafter.tui.screens.document import DocumentScreen
    from drafter.tui.screens.draft import DraftScreen
    from drafter.tui.screens.library import LibraryScreen
    from drafter.tui.screens.search import SearchScreen

    owners = {
        "app": DrafterApp,
        "library": LibraryScreen,
        "document": DocumentScreen,
        "search": SearchScreen,
        "draft": DraftScreen,
    }
    for scope, owner in owners.items():
        for action in actions_for(scope):
            name = action.action.removeprefix("app.")
            target = DrafterApp if action.action.startswith("app.") else owner
            assert hasattr(target, f"action_{name}"), (scope, action.action)
