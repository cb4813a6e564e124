"""F5: the named drafts. Staff work on several inquiries at once; each draft keeps its sources.

Enter opens a draft (the one open so far is saved first), n starts a new one, k copies, r renames,
Entf deletes after asking; Strg+Z brings the draft deleted last back. All library work runs in
workers; the list reloads when one finishes.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.message import Message
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from drafter.text.spaces import collapse
from drafter.tui.bindings import bindings_for
from drafter.tui.labels import count, shorten
from drafter.tui.messages import Failed
from drafter.tui.screens.base import WorkbenchScreen
from drafter.tui.screens.confirm import ConfirmScreen
from drafter.tui.screens.prompt import PromptScreen
from drafter.tui.widgets.key_bar import KeyBar

if TYPE_CHECKING:
    from drafter.library.drafts import DraftEntry


def entry_line(entry: DraftEntry, current: bool) -> Text:
    """ "* 03.12.2026 10:15  3 Fragen  zu 19/21876, 21/2000  Name" (the open draft marked *).

    The name comes last, so a narrow terminal cuts the name rather than the sources."""
    line = Text("* " if current else "  ", style="bold")
    sources = f"zu {', '.join(entry.cites)}" if entry.cites else "ohne Quelle"
    local = entry.updated.astimezone()
    line.append(
        f"{local:%d.%m.%Y %H:%M}  {count(entry.questions, 'Frage', 'Fragen'):>9}  {sources}  ", style="dim"
    )
    line.append(collapse(entry.label) or "ohne Titel", style="bold" if current else "")
    return line


class DraftsScreen(WorkbenchScreen[None]):
    """The list of drafts; option ids are draft ids."""

    BINDINGS = bindings_for("drafts")
    SCOPE = "drafts"

    class Loaded(Message):
        def __init__(self, entries: list[Any]) -> None:
            super().__init__()
            self.entries = entries

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[DraftEntry] = []
        self.deleted: list[int] = []
        """Ids deleted on this screen, latest last (Strg+Z restores)."""

    def compose(self) -> ComposeResult:
        yield Label("Entwürfe", classes="screen-title")
        yield Static("Entwürfe werden geladen ...", id="drafts-status", markup=False)
        yield OptionList(id="drafts")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#drafts", OptionList).focus()
        self.reload()

    def on_screen_resume(self) -> None:
        if self.is_mounted:
            self.reload()

    @work(thread=True, exclusive=True, group="drafts-load")
    def reload(self) -> None:
        """Save the open draft first (so the list shows it as it is), then read the list."""
        try:
            self.drafter.save_now()
            self.post_message(self.Loaded(self.drafter.backend.draft_entries()))
        except Exception as error:
            self.drafter.post_message(Failed(error))

    def on_drafts_screen_loaded(self, message: Loaded) -> None:
        self.entries = message.entries
        current = self.drafter.session.draft
        current_id = current.id if current is not None else None
        options = self.query_one("#drafts", OptionList)
        keep = self.selected()
        options.clear_options()
        options.add_options(Option(entry_line(e, e.id == current_id), id=str(e.id)) for e in self.entries)
        ids = [e.id for e in self.entries]
        wanted = keep.id if keep is not None else current_id
        if ids:
            options.highlighted = ids.index(wanted) if wanted in ids else 0
        status = f"{count(len(ids), 'Entwurf', 'Entwürfe')}. Enter öffnet, n beginnt einen neuen."
        self.query_one("#drafts-status", Static).update(
            status if ids else "Noch keine Entwürfe: n beginnt einen."
        )

    def selected(self) -> DraftEntry | None:
        options = self.query_one("#drafts", OptionList)
        if options.highlighted is None or not self.entries or options.highlighted >= len(self.entries):
            return None
        return self.entries[options.highlighted]

    @on(OptionList.OptionSelected, "#drafts")
    def _chosen(self) -> None:
        self.action_open_draft()

    def action_open_draft(self) -> None:
        entry = self.selected()
        if entry is not None:
            self.drafter.open_draft(entry.id)

    def action_new_draft(self) -> None:
        hint = "Name des neuen Entwurfs (z. B. Thema und Abgeordnete); leer: der Titel steht dafür."
        self.app.push_screen(
            PromptScreen("Neuer Entwurf", hint, placeholder="Mietkosten Nachfrage"), self._new
        )

    def _new(self, name: str | None) -> None:
        self.drafter.new_draft(name or "")

    def action_duplicate_draft(self) -> None:
        entry = self.selected()
        if entry is not None:
            self._duplicate(entry)

    @work(thread=True, group="drafts-change")
    def _duplicate(self, entry: DraftEntry) -> None:
        try:
            draft, _name = self.drafter.backend.load_draft(entry.id)
            self.drafter.backend.save_draft(replace(draft, id=None), f"Kopie von {entry.label}")
        except Exception as error:
            self.drafter.post_message(Failed(error))
        self.reload()

    def action_rename_draft(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        prompt = PromptScreen("Entwurf umbenennen", "Neuer Name des Entwurfs.", value=entry.label)

        def answer(name: str | None) -> None:
            if name:
                self._rename(entry, name)

        self.app.push_screen(prompt, answer)

    @work(thread=True, group="drafts-change")
    def _rename(self, entry: DraftEntry, name: str) -> None:
        try:
            self.drafter.backend.rename_draft(entry.id, name)
            self.drafter.renamed(entry.id, name)
        except Exception as error:
            self.drafter.post_message(Failed(error))
        self.reload()

    def action_delete_draft(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        question = f"„{shorten(entry.label, 60)}“ löschen? Strg+Z stellt ihn wieder her. (j = Ja, n = Nein)"

        def answer(yes: bool | None) -> None:
            if yes:
                self._delete(entry)

        self.app.push_screen(ConfirmScreen("Entwurf löschen?", question), answer)

    @work(thread=True, group="drafts-change")
    def _delete(self, entry: DraftEntry) -> None:
        try:
            self.drafter.backend.delete_draft(entry.id)
            self.deleted.append(entry.id)
            self.drafter.deleted(entry.id)
        except Exception as error:
            self.drafter.post_message(Failed(error))
        self.reload()

    def action_restore_draft(self) -> None:
        if not self.deleted:
            self.notify("Hier wurde kein Entwurf gelöscht.", title="Entwürfe")
            return
        self._restore(self.deleted.pop())

    @work(thread=True, group="drafts-change")
    def _restore(self, draft_id: int) -> None:
        try:
            self.drafter.backend.delete_draft(draft_id, restore=True)
        except Exception as error:
            self.drafter.post_message(Failed(error))
        self.reload()
