"""Opening a file: a better copy in the library is kept, shown, and the user is told why."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

from pilot_steps import settle
from textual.widgets import Input

from drafter.library import Library
from drafter.models import Origin
from drafter.tui.app import DrafterApp
from drafter.tui.screens.document import DocumentScreen
from drafter.tui.screens.file_picker import DocumentTree, FilePickerScreen, completion


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


def test_the_path_field_completes_folders_and_documents(tmp_path: Path) -> None:
    (tmp_path / "Antworten").mkdir()
    (tmp_path / "Antworten" / "21_2000-antwort.txt").write_text("x", encoding="utf-8")
    (tmp_path / "Antworten" / "21_2000-notiz.docx").write_text("x", encoding="utf-8")
    (tmp_path / "Anlagen.txt").write_text("x", encoding="utf-8")
    assert completion(f"{tmp_path}/An") == f"{tmp_path}/Antworten{os.sep}"  # folders first
    assert completion(f"{tmp_path}/ant") == f"{tmp_path}/antworten{os.sep}"  # ignoring case, as typed
    assert completion(f"{tmp_path}/Antworten/21_2000-") == f"{tmp_path}/Antworten/21_2000-antwort.txt"
    assert completion(f"{tmp_path}/Antworten/21_2000-n") is None  # only text and PDF files
    assert completion(f"{tmp_path}/fehlt/x") is None


async def test_open_a_file_by_typing_part_of_its_path(
    make_app: Callable[..., DrafterApp], tmp_path: Path, bundestag_dir: Path
) -> None:
    folder = tmp_path / "Eingang"
    folder.mkdir()
    shutil.copy(bundestag_dir / "21_1521-antwort.txt", folder / "21_1521-antwort.txt")
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("o")
        picker = app.screen
        assert isinstance(picker, FilePickerScreen)
        await pilot.press("ctrl+u", *f"{folder}/21_15")
        await pilot.pause(0.3)
        await pilot.press("right")  # take the suggestion
        assert picker.query_one(Input).value == str(folder / "21_1521-antwort.txt")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, DocumentScreen) and app.screen.doc.number == "21/1521"


async def test_import_a_file_chosen_in_the_folder_tree(
    make_app: Callable[..., DrafterApp], tmp_path: Path, data_dir: Path
) -> None:
    folder = tmp_path / "Neu"
    folder.mkdir()
    shutil.copy(data_dir / "tui" / "19_23412-antwort-followup.txt", folder / "nachfrage.txt")
    (folder / "notizen.docx").write_text("nicht lesbar", encoding="utf-8")
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("i")
        picker = app.screen
        assert isinstance(picker, FilePickerScreen)
        await pilot.press("ctrl+u", *f"{folder}{os.sep}")
        await settle(pilot)
        tree = picker.query_one(DocumentTree)
        assert Path(tree.path) == folder
        tree.focus()
        await settle(pilot)
        shown = [node.data.path.name for node in tree.root.children if node.data is not None]
        assert shown == ["nachfrage.txt"]  # only what drafter reads
        await pilot.press("down", "enter")
        await settle(pilot)
        assert picker.query_one(Input).value == str(folder / "nachfrage.txt")
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, FilePickerScreen)
        messages = " ".join(n.message for n in app._notifications)
        assert "unverändert" in messages or "importiert" in messages
