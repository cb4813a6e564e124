"""Bad input never takes the app down: the German message appears in a modal, the app stays usable."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pilot_steps import settle

from drafter.tui.app import DrafterApp, create_app
from drafter.tui.screens.error import ErrorScreen
from drafter.tui.screens.file_picker import FilePickerScreen
from drafter.tui.screens.library import LibraryScreen
from drafter.tui.widgets.document_list import DocumentList


async def test_importing_a_bad_file_shows_the_reason_and_the_app_goes_on(
    make_app: Callable[..., DrafterApp], data_dir: Path
) -> None:
    bad = data_dir / "bad" / "binary.txt"
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        rows = app.screen.query_one(DocumentList).option_count
        await pilot.press("i")
        assert isinstance(app.screen, FilePickerScreen)
        await pilot.press("ctrl+u", *str(bad), "enter")
        await settle(pilot)
        error = app.screen
        assert isinstance(error, ErrorScreen)
        assert error.error_title == "Import: Dateien nicht lesbar"
        assert "binary.txt" in error.error_message
        assert "Traceback" not in error.error_message
        await pilot.press("enter")
        assert isinstance(app.screen, LibraryScreen)
        assert app.screen.query_one(DocumentList).option_count == rows
        await pilot.press("i")
        assert isinstance(app.screen, FilePickerScreen)


async def test_opening_a_bad_file_from_the_command_line_shows_a_german_error(
    make_app: Callable[..., DrafterApp], data_dir: Path
) -> None:
    app = make_app(paths=(data_dir / "bad" / "other-type.txt",))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        errors = [s for s in app.screen_stack if isinstance(s, ErrorScreen)]
        assert len(errors) == 1, app.screen_stack
        assert errors[0].error_title == "Import: Dateien nicht lesbar"
        assert "other-type.txt" in errors[0].error_message
        await pilot.press("enter")
        assert isinstance(app.screen, LibraryScreen)


async def test_a_library_file_that_is_no_database_is_reported_not_raised(tmp_path: Path) -> None:
    broken = tmp_path / "kaputt.sqlite"
    broken.write_text("Das ist keine SQLite-Datei, sondern Text.\n" * 100)
    app = create_app(str(broken), keymap={}, cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ErrorScreen)
        assert app.screen.error_title == "Fragenbibliothek"
        await pilot.press("enter")
        await pilot.press("f1")
        assert type(app.screen).__name__ == "HelpScreen"


async def test_read_only_library_opens_the_file_says_why_it_is_not_stored_and_stops_the_bar(
    library_file: Path, bundestag_dir: Path, read_only_view: Callable[[Path], Path]
) -> None:
    db = read_only_view(library_file.parent) / library_file.name
    answer = bundestag_dir / "21_1023-antwort.txt"
    app = create_app(str(db), (answer,), keymap={}, cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        errors = [s for s in app.screen_stack if isinstance(s, ErrorScreen)]
        assert len(errors) == 1, app.screen_stack
        assert "21_1023-antwort.txt" in errors[0].error_message
        assert "ist schreibgeschützt" in errors[0].error_message
        assert "Importieren ist nicht möglich" in errors[0].error_message
        await pilot.press("enter")
        assert type(app.screen).__name__ == "DocumentScreen"
        assert app.screen.doc.number == "21/1023"  # type: ignore[attr-defined]
        library = app.screen_stack[0]
        assert isinstance(library, LibraryScreen)
        assert not library.query_one("#import-progress").display
        status = str(library.query_one("#library-status").render())
        assert "schreibgeschützt" in status and "exportieren" in status
