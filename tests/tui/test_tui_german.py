"""German everywhere: the command palette's empty result, numbers with their nouns, the key line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pilot_steps import TODAY, open_from_library, plain, settle
from textual.command import CommandList, CommandPalette
from textual.widgets import Static

from drafter.tui.app import DrafterApp, create_app
from drafter.tui.labels import count
from drafter.tui.screens.document import DocumentScreen
from drafter.tui.screens.draft import DraftScreen
from drafter.tui.widgets.key_bar import KeyBar, fit


async def test_palette_says_in_german_that_nothing_matches(make_app: Callable[..., DrafterApp]) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        assert CommandPalette.is_open(app)  # type: ignore[arg-type]
        await pilot.press(*"xqzxqz")
        await pilot.pause(1.0)
        commands = app.screen.query_one(CommandList)
        prompts = [str(commands.get_option_at_index(i).prompt) for i in range(commands.option_count)]
        shown = " ".join(prompts)
        assert "No matches" not in shown
        assert commands.option_count == 1 and "Kein Befehl passt" in repr(prompts)


def test_nouns_agree_with_their_numbers() -> None:
    assert count(1, "Dokument", "Dokumente") == "1 Dokument"
    assert count(0, "Dokument", "Dokumente") == "0 Dokumente"
    assert count(2, "Frage", "Fragen") == "2 Fragen"


async def test_a_library_of_one_document_says_1_dokument(tmp_path: Path, bundestag_dir: Path) -> None:
    app = create_app(str(tmp_path / "eins.sqlite"), [bundestag_dir / "21_2000-antwort.txt"], today=TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        status = plain(app.screen.query_one("#library-status", Static))
        assert status.startswith("1 Dokument.")


def test_key_line_takes_whole_entries_by_priority() -> None:
    entries = [
        ("next_open", "n", "Nächster"),
        ("toggle_mark", "Leer", "Markieren"),
        ("filter_status", "f", "Status"),
        ("filter_category", "c", "Kategorie"),
        ("help", "F1", "Hilfe"),
        ("show_library", "F2", "Bibliothek"),
        ("show_draft", "F4", "Entwurf"),
        ("quit", "Strg+Q", "Beenden"),
    ]
    assert fit(entries, 20) == [("F1", "Hilfe"), ("n", "Nächster")][::-1]
    wide = fit(entries, 200)
    assert [key for key, _ in wide] == [key for _, key, _ in entries]
    narrow = fit(entries, 60)
    assert ("F4", "Entwurf") in narrow and ("Strg+Q", "Beenden") not in narrow


@pytest.mark.parametrize("width", [80, 100, 160])
async def test_key_line_is_never_cut_and_keeps_the_function_keys(
    make_app: Callable[..., DrafterApp], width: int
) -> None:
    app = make_app()
    async with app.run_test(size=(width, 30)) as pilot:
        await open_from_library(pilot, "19/21876")
        assert isinstance(app.screen, DocumentScreen)
        document_line = app.screen.query_one(KeyBar).plain
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, DraftScreen)
        draft_line = app.screen.query_one(KeyBar).plain
    for line, own in ((document_line, "Leer Markieren"), (draft_line, "Strg+N Neue Frage")):
        assert len(line) <= width - 2
        assert own in line and "F1 Hilfe" in line and "F4 Entwurf" in line
        if width >= 100:
            assert "F2 Bibliothek" in line
        if width >= 160:
            assert "F3 Suchen" in line and "F5 Entwürfe" in line
