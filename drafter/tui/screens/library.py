"""The start screen: every document in the library with its open / partial / answered counts.

Import (files or folders, with a progress bar) and the DIP fetch run in workers; the table stays
usable while they run and reloads when they finish.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import on, work
from textual.app import ComposeResult
from textual.message import Message
from textual.widgets import Label, OptionList, ProgressBar, Static
from textual.widgets.option_list import Option

from drafter.tui.bindings import bindings_for
from drafter.tui.labels import count
from drafter.tui.messages import Failed, LibraryChanged
from drafter.tui.screens.base import WorkbenchScreen
from drafter.tui.screens.file_picker import FilePickerScreen
from drafter.tui.screens.prompt import PromptScreen
from drafter.tui.summary import first_imported
from drafter.tui.widgets.document_list import HEADER, DocumentList
from drafter.tui.widgets.key_bar import KeyBar

if TYPE_CHECKING:
    from drafter.library.importer import ImportReport


class LibraryScreen(WorkbenchScreen[None]):
    """Lists documents; Enter opens one, i imports, d fetches from DIP."""

    BINDINGS = bindings_for("library")
    SCOPE = "library"

    class Loaded(Message):
        def __init__(self, summaries: list[Any], options: list[Option]) -> None:
            super().__init__()
            self.summaries, self.options = summaries, options

    class Unavailable(Message):
        """The library could not be read (the error itself goes to the app's modal)."""

    class Progress(Message):
        def __init__(self, done: int, total: int | None) -> None:
            super().__init__()
            self.done, self.total = done, total

    class Fetched(Message):
        def __init__(self, summary: str | None, notes: list[str]) -> None:
            super().__init__()
            self.summary, self.notes = summary, notes

    def compose(self) -> ComposeResult:
        yield Label("drafter - Fragenbibliothek", classes="screen-title")
        yield Static("Bibliothek wird geladen ...", id="library-status", markup=False)
        yield Static(HEADER, id="documents-header", markup=False)
        yield DocumentList(id="documents")
        yield ProgressBar(id="import-progress", show_eta=False)
        yield KeyBar()

    def __init__(self) -> None:
        super().__init__()
        self.summaries: list[Any] = []
        self.read_only_note: str | None = None

    def on_mount(self) -> None:
        """Load the list; files from the command line are imported here and the first one opened."""
        self.reload()
        if self.drafter.paths:
            self.start_import(self.drafter.paths, open_first=True)

    @work(thread=True, exclusive=True, group="library-load")
    def reload(self) -> None:
        """Read the document list on the database thread."""
        try:
            summaries = self.drafter.backend.documents()
            self.read_only_note = self.drafter.backend.read_only_note()
            self.post_message(self.Loaded(summaries, DocumentList.options_for(summaries)))
        except Exception as error:
            self.post_message(self.Unavailable())
            self.drafter.post_message(Failed(error))

    def on_library_screen_loaded(self, message: Loaded) -> None:
        self.summaries = message.summaries
        self.query_one(DocumentList).show(message.options)
        self._show_status(len(message.summaries))

    def on_library_screen_unavailable(self) -> None:
        self.query_one("#library-status", Static).update("Bibliothek nicht lesbar (siehe Meldung).")

    def _show_status(self, documents: int) -> None:
        text = "Noch keine Dokumente: mit i importieren."
        if documents:
            text = f"{count(documents, 'Dokument', 'Dokumente')}."
        text += " Enter öffnet, F1 zeigt alle Tasten."
        if self.read_only_note:
            text += f"\n{self.read_only_note}"
        self.query_one("#library-status", Static).update(text)

    def selected_number(self) -> str | None:
        return self.query_one(DocumentList).current_number()

    @on(OptionList.OptionSelected, "#documents")
    def _row_selected(self) -> None:
        self.action_open_document()

    def action_open_document(self) -> None:
        number = self.selected_number()
        if number is not None:
            self.drafter.open_document(number)

    def action_import_paths(self) -> None:
        hint = (
            "Datei oder Ordner (Text oder PDF); mehrere mit ; trennen. Rechts übernimmt den Vorschlag, "
            "Tab führt in den Ordnerbaum, Enter importiert."
        )
        self.app.push_screen(FilePickerScreen("Importieren", hint), self._import_chosen)

    def _import_chosen(self, paths: list[Path] | None) -> None:
        if paths:
            self.start_import(paths)

    def action_open_file(self) -> None:
        hint = (
            "Eine Antwort oder Kleine Anfrage (Text oder PDF): sie kommt in die Bibliothek und öffnet sich."
        )
        self.app.push_screen(FilePickerScreen("Datei öffnen", hint), self._open_chosen)

    def _open_chosen(self, paths: list[Path] | None) -> None:
        if paths:
            self.start_import(paths[:1], open_first=True)

    def start_import(self, paths: Sequence[Path], *, open_first: bool = False) -> None:
        """Import in a worker; with ``open_first`` the first file that imported is opened after."""
        self._show_progress()
        self._import(list(paths), open_first)

    def _show_progress(self) -> None:
        bar = self.query_one("#import-progress", ProgressBar)
        bar.update(total=None, progress=0)
        bar.display = True

    @work(thread=True, exclusive=True, group="library-import")
    def _import(self, paths: list[Path], open_first: bool) -> None:
        """Import in this worker's own connection; progress comes back as messages."""
        try:
            report = self.drafter.backend.import_paths(paths, self._progress_callback)
        except Exception as error:
            self.app.call_from_thread(self._hide_progress)  # no ImportFinished will come to hide it
            self.drafter.post_message(Failed(error))
            report = None
        self.drafter.post_message(LibraryChanged())
        if report is not None:
            first = first_imported(paths, report) if open_first else None
            self.drafter.post_message(ImportFinished(report, first))

    def _progress_callback(self, done: int, total: int, path: Path, outcome: str) -> None:
        """Called by the importer after each file, on the worker thread."""
        self.post_message(self.Progress(done, total))

    def on_library_screen_progress(self, message: Progress) -> None:
        self.query_one("#import-progress", ProgressBar).update(total=message.total, progress=message.done)

    def import_done(self) -> None:
        self._hide_progress()
        self.reload()

    def _hide_progress(self) -> None:
        self.query_one("#import-progress", ProgressBar).display = False

    def action_fetch_dip(self) -> None:
        hint = "Drucksachennummern, z. B. 19/21876; mehrere mit Leerzeichen oder Komma trennen."
        prompt = PromptScreen("Drucksache abrufen", hint, placeholder="19/21876")
        self.app.push_screen(prompt, self._fetch_chosen)

    def _fetch_chosen(self, value: str | None) -> None:
        numbers = re.findall(r"\d{1,2}/\d{1,6}", value or "")
        if value and not numbers:
            self.drafter.show_error("Drucksache abrufen", f"Keine Drucksachennummer erkannt in: {value}")
        elif numbers:
            self.notify(f"Rufe {', '.join(numbers)} aus DIP ab ...", title="DIP")
            self._show_progress()
            self._fetch(numbers)

    @work(thread=True, exclusive=True, group="library-fetch")
    def _fetch(self, numbers: list[str]) -> None:
        try:
            summary, notes = self.drafter.backend.fetch(numbers, self._fetch_progress, self._fetch_notice)
        except Exception as error:
            self.post_message(self.Fetched(None, []))
            self.drafter.post_message(Failed(error))
            return
        self.post_message(self.Fetched(summary, notes))
        self.drafter.post_message(LibraryChanged(opened=numbers[0]))

    def _fetch_progress(self, done: int, total: int | None, label: str) -> None:
        """Called by the DIP fetch before each document, on the worker thread."""
        self.post_message(self.Progress(done, total))

    def _fetch_notice(self, message: str) -> None:
        """A long wait of the DIP fetch (timeout, retry later), told on the worker thread."""
        self.app.call_from_thread(self.notify, message, title="DIP", timeout=10)

    def on_library_screen_fetched(self, message: Fetched) -> None:
        self.query_one("#import-progress", ProgressBar).display = False
        if message.summary is not None:
            self.notify(message.summary, title="DIP")
        if message.notes:
            self.drafter.show_error("DIP-Abruf", "\n".join(message.notes))


class ImportFinished(Message):
    """An import ended; the app reports the summary (and opens the first file if asked)."""

    def __init__(self, report: ImportReport, open_path: Path | None = None) -> None:
        super().__init__()
        self.report = report
        self.open_path = open_path
        self.summary = report.summary()
