"""Choosing files and folders to open or import: a path field that completes, over a folder tree.

Staff rarely know a path by heart. The field completes what is typed (Rechts or Ende takes the
suggestion, as in a shell), the tree below shows the folder typed so far with only folders, text
and PDF files, and Enter on a tree entry puts it into the field. Folders are read off the UI thread
(the tree loads in its own workers, the completion in a thread), so a slow network drive never
freezes the app.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterable
from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import DirectoryTree, Input, Label, Static

SUFFIXES = (".txt", ".pdf")


def completion(value: str) -> str | None:
    """``value`` completed to the first folder or .txt/.pdf file it starts (folders first, then
    files, each alphabetically, ignoring case); None when nothing fits. A folder ends in the
    separator, so typing on lists its contents."""
    if not value.strip():
        return None
    typed = Path(value).expanduser()
    folder, prefix = (typed, "") if value.endswith(("/", os.sep)) else (typed.parent, typed.name)
    try:
        entries = sorted(os.scandir(folder), key=lambda e: (not e.is_dir(), e.name.lower()))
    except OSError:
        return None
    for entry in entries:
        is_dir = entry.is_dir()
        wanted = is_dir or entry.name.lower().endswith(SUFFIXES)
        if wanted and entry.name.lower().startswith(prefix.lower()) and not entry.name.startswith("."):
            rest = entry.name[len(prefix) :]
            return value + rest + (os.sep if is_dir else "")
    return None


class PathSuggester(Suggester):
    """Textual's suggestion hook over ``completion``, run in a thread."""

    def __init__(self) -> None:
        super().__init__(use_cache=False, case_sensitive=True)

    async def get_suggestion(self, value: str) -> str | None:
        return await asyncio.to_thread(completion, value)


class DocumentTree(DirectoryTree):
    """Folders and the files drafter reads; hidden entries left out. ASCII marks instead of
    Textual's folder emoji, which some Windows fonts lack."""

    ICON_NODE = "+ "
    ICON_NODE_EXPANDED = "- "
    ICON_FILE = "  "

    def filter_paths(self, paths: Iterable[Path]) -> Iterable[Path]:
        return [
            p for p in paths if not p.name.startswith(".") and (p.is_dir() or p.suffix.lower() in SUFFIXES)
        ]


class FilePickerScreen(ModalScreen[list[Path] | None]):
    """Dismisses with the chosen paths (several separated by ";"), None on Escape."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Abbrechen", id="picker.cancel")]

    def __init__(self, title: str, hint: str, start: Path | None = None) -> None:
        super().__init__()
        self.picker_title = title
        self.hint = hint
        self.start = start or Path.cwd()

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="picker"):
            yield Label(self.picker_title, id="dialog-title")
            yield Static(self.hint, id="picker-hint", markup=False)
            start = str(self.start) + os.sep
            yield Input(start, id="picker-path", suggester=PathSuggester(), select_on_focus=False)
            yield DocumentTree(self.start, id="picker-tree")

    def on_mount(self) -> None:
        self.query_one("#picker-path", Input).focus()

    @on(Input.Changed, "#picker-path")
    def _typed(self, event: Input.Changed) -> None:
        """Show the folder typed so far in the tree."""
        last = event.value.split(";")[-1].strip()
        folder = Path(last).expanduser()
        folder = folder if last.endswith(("/", os.sep)) else folder.parent
        tree = self.query_one(DocumentTree)
        if folder != Path(tree.path) and folder.is_dir():
            tree.path = folder

    @on(DirectoryTree.FileSelected)
    @on(DirectoryTree.DirectorySelected)
    def _picked(self, event: DirectoryTree.FileSelected | DirectoryTree.DirectorySelected) -> None:
        """A tree entry goes into the field; Enter there confirms it."""
        event.stop()
        field = self.query_one("#picker-path", Input)
        field.value = str(event.path) + (os.sep if event.path.is_dir() else "")
        field.cursor_position = len(field.value)
        if not event.path.is_dir():
            field.focus()

    @on(Input.Submitted, "#picker-path")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        paths = [Path(part.strip()).expanduser() for part in event.value.split(";") if part.strip()]
        self.dismiss(paths or None)

    def action_cancel(self) -> None:
        self.dismiss(None)
