"""The drafter app and ``create_app``, the one factory the CLI and the tests both use.

The app owns what outlives a screen: the backend (the core behind worker threads), the session's
draft, and the German error modal every ``Failed`` message ends in. Screens own their own workers.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import cast

from textual import events, work
from textual.app import App
from textual.binding import Binding
from textual.command import CommandPalette
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Input, TextArea
from textual.worker import get_current_worker

from drafter.models import Document, Draft
from drafter.tui.backend import Backend
from drafter.tui.bindings import ACTIONS, bindings_for, key_label, known_ids
from drafter.tui.commands import ActionCommands, Palette
from drafter.tui.desk import DraftDesk, ProfileMissing
from drafter.tui.labels import shorten
from drafter.tui.messages import DraftChanged, DraftSaved, Failed, LibraryChanged
from drafter.tui.screens.document import DocumentScreen
from drafter.tui.screens.draft import DraftScreen
from drafter.tui.screens.error import ErrorScreen
from drafter.tui.screens.help import HelpScreen
from drafter.tui.screens.library import ImportFinished, LibraryScreen
from drafter.tui.screens.search import SearchScreen
from drafter.tui.session import DraftSession
from drafter.tui.summary import import_failures, kept_notes
from drafter.tui.widgets.match_panel import MatchPanel


class DrafterApp(DraftDesk):
    """Library, document, search and draft screens over one library file (the drafting part in
    ``DraftDesk``)."""

    CSS_PATH = "app.tcss"
    TITLE = "drafter"
    COMMANDS = {ActionCommands}  # noqa: RUF012  (Textual declares these class attributes)
    BINDINGS = bindings_for("app")
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-wide")]  # noqa: RUF012

    class Opened(Message):
        def __init__(self, doc: Document, start: str | None) -> None:
            super().__init__()
            self.doc, self.start = doc, start

    def __init__(
        self,
        backend: Backend,
        *,
        paths: Sequence[Path] = (),
        keymap: Mapping[str, str] | None = None,
        today: dt.date | None = None,
        cursor_blink: bool = True,
    ) -> None:
        super().__init__()
        self.cursor_blink = cursor_blink
        self.backend = backend
        self.paths = list(paths)
        self.keys = dict(keymap or {})
        self.today = today
        self.session = DraftSession()
        self._quit_unsaved = False
        self._after_open: list[tuple[str, str]] = []

    def get_default_screen(self) -> Screen[None]:
        return LibraryScreen()

    def on_mount(self) -> None:
        self.set_keymap(self.keys)
        unknown = sorted(set(self.keys) - known_ids())
        if unknown:
            self.notify(
                f"Unbekannte Tasten-Ids in [keys]: {', '.join(unknown)}",
                title="Konfiguration",
                severity="warning",
            )
        self._resume()

    def key_labels(self) -> dict[str, str]:
        """Binding id -> the key in force, as the help screen and the palette show it."""
        return {a.id: key_label(self.keys.get(a.id, a.key)) for a in ACTIONS}

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """Stop the text cursor blinking when asked (stable screenshots, calmer for some users)."""
        if not self.cursor_blink and isinstance(event.widget, (Input, TextArea)):
            event.widget.cursor_blink = False

    def get_key_display(self, binding: Binding) -> str:
        return binding.key_display or key_label(binding.key)

    # Workers: every one reports back with a message, failures included.

    @work(thread=True, exclusive=True, group="resume")
    def _resume(self) -> None:
        """Continue the draft saved last time, so closing the app never loses one."""
        self._check_profile()
        try:
            draft = self.backend.latest_draft()
            name = self.backend.draft_name(draft.id) if draft is not None and draft.id is not None else ""
        except Exception as error:
            self.post_message(Failed(error))
            return
        if draft is not None and self.session.resume(draft, name):
            self.post_message(DraftChanged())
            self.post_message(Resumed(draft))

    def _check_profile(self) -> None:
        """Ask for the office at the first start; a broken config file is reported, not fatal."""
        try:
            if self.backend.profile.empty:
                self.post_message(ProfileMissing())
        except Exception as error:
            self.post_message(Failed(error))

    @work(thread=True, exclusive=True, group="open")
    def open_document(self, number: str, start: str | None = None) -> None:
        try:
            doc = self.backend.get_document(number)
        except Exception as error:
            self.post_message(Failed(error))
            return
        if doc is None:
            self.post_message(Failed(LookupError(f"Drucksache {number} ist nicht in der Bibliothek.")))
        else:
            self.post_message(self.Opened(doc, start))

    @work(thread=True, exclusive=True, group="open")
    def open_path(self, path: Path) -> None:
        """Parse a file given on the command line (already imported) and show it."""
        try:
            self.post_message(self.Opened(self.backend.parse(path), None))
        except Exception as error:
            self.post_message(Failed(error))

    @work(thread=True, exclusive=True, group="autosave")
    def autosave(self, delay: float) -> None:
        """Save the session's draft once edits pause for ``delay`` seconds. An app worker, so leaving
        the draft screen right after typing does not cancel the save."""
        time.sleep(delay)
        draft = self.session.draft
        if get_current_worker().is_cancelled or draft is None or not (draft.title.strip() or draft.questions):
            return
        try:
            self.save_now()
        except Exception as error:
            self.post_message(Failed(error))
            return
        self.post_message(DraftSaved())

    # Messages from workers.

    def on_drafter_app_opened(self, message: Opened) -> None:
        self.push_screen(DocumentScreen(message.doc, start=message.start))
        self._show_pending()

    def on_failed(self, message: Failed) -> None:
        self.show_error(message.title, message.message)
        self._show_pending()

    def show_error(self, title: str, message: str) -> None:
        """One modal per distinct problem: the same failure from two workers is shown once."""
        if any(
            isinstance(s, ErrorScreen) and (s.error_title, s.error_message) == (title, message)
            for s in self.screen_stack
        ):
            return
        self.push_screen(ErrorScreen(title, message))

    def on_draft_saved(self) -> None:
        for screen in self.screen_stack:
            if isinstance(screen, DraftScreen):
                screen.saved()

    def on_resumed(self, message: Resumed) -> None:
        title = shorten(message.draft.title, 50) or "ohne Titel"
        self.notify(f'"{title}" fortgesetzt (F4).', title="Entwurf")

    def on_library_changed(self, message: LibraryChanged) -> None:
        self._library_screen().reload()
        for screen in self.screen_stack:
            for panel in screen.query(MatchPanel).results(MatchPanel):
                panel.again()
        if message.opened:
            self.open_document(message.opened)

    def on_import_finished(self, message: ImportFinished) -> None:
        self._library_screen().import_done()
        self.notify(message.summary, title="Import")
        failures = import_failures(message.report)
        if failures:
            self._after_open.append(("Import: Dateien nicht lesbar", "\n".join(failures)))
        notes = kept_notes(message.report)
        if notes:
            self.notify("\n".join(notes), title="Bessere Fassung behalten", severity="warning", timeout=12)
        kept = {k.path: k.number for k in message.report.kept}
        if message.open_path in kept:
            self.open_document(kept[message.open_path])
        elif message.open_path is not None:
            self.open_path(message.open_path)
        else:
            self._show_pending()

    def _show_pending(self) -> None:
        """Errors held back until the document opened, so the document does not cover them."""
        while self._after_open:
            self.show_error(*self._after_open.pop(0))

    def _library_screen(self) -> LibraryScreen:
        screen = self.screen_stack[0]
        assert isinstance(screen, LibraryScreen)
        return screen

    # Actions.

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.key_labels()))

    def action_show_library(self) -> None:
        while len(self.screen_stack) > 1:
            self.pop_screen()

    def action_search(self) -> None:
        if not isinstance(self.screen, SearchScreen):
            self.push_screen(SearchScreen())

    def action_command_palette(self) -> None:
        if not CommandPalette.is_open(cast("App[object]", self)):
            self.push_screen(Palette(placeholder="Befehl suchen ...", id="--command-palette"))

    async def action_quit(self) -> None:
        """Save what is on the draft screen before leaving; a failure is shown, not swallowed."""
        for screen in self.screen_stack:
            if isinstance(screen, DraftScreen):
                screen.commit()
        draft = self.session.draft
        try:
            if draft is not None and (draft.title or draft.questions) and not self._quit_unsaved:
                self.backend.save_draft(draft, self.session.name or None)
        except Exception as error:
            self._quit_unsaved = True
            failed = Failed(error)
            self.show_error(failed.title, failed.message + " Noch einmal Strg+Q beendet ohne Speichern.")
            return
        self.exit()

    def on_unmount(self) -> None:
        self.backend.close()


class Resumed(Message):
    """A saved draft was loaded at start."""

    def __init__(self, draft: Draft) -> None:
        super().__init__()
        self.draft = draft


def create_app(
    db: str | None = None,
    paths: Sequence[Path] = (),
    *,
    keymap: Mapping[str, str] | None = None,
    today: dt.date | None = None,
    cursor_blink: bool = True,
) -> DrafterApp:
    """The app for ``drafter [--db DB] [FILE...]``.

    ``keymap`` None reads ``[keys]`` from the config file (a malformed file raises ``ConfigError``,
    which the CLI prints in German). ``today`` fixes the date new drafts carry (tests, snapshots).
    """
    if keymap is None:
        from drafter.config import load_config

        keymap = dict(load_config().keys)
    return DrafterApp(Backend(db), paths=paths, keymap=keymap, today=today, cursor_blink=cursor_blink)
