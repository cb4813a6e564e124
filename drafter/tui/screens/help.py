"""F1 / ?: every key binding, grouped by screen, with the keys actually in force (after remapping)."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from drafter.tui.bindings import SCOPE_TITLES, actions_for


class HelpScreen(ModalScreen[None]):
    """A read-only table; ``keys`` maps binding id to the key display the app uses."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,f1,question_mark,q", "dismiss", "Schließen", id="help.close"),
    ]

    def __init__(self, keys: dict[str, str]) -> None:
        super().__init__()
        self.keys = keys

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Label("Tastenbelegung", id="help-title")
            for scope, title in SCOPE_TITLES.items():
                yield Label(title, classes="help-scope")
                yield Static(self._table(scope), classes="help-table", markup=False)
            yield Static(
                "Tasten lassen sich in der Konfigurationsdatei im Abschnitt [keys] ändern, "
                'z. B. document.next_open = "j". Schließen mit Esc.',
                classes="help-note",
                markup=False,
            )

    def _table(self, scope: str) -> str:
        rows = [f"{self.keys.get(a.id, a.key):<24} {a.description}" for a in actions_for(scope)]
        return "\n".join(rows)
