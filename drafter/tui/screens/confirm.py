"""A yes/no question in a modal, e.g. before overwriting a file."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static


class ConfirmScreen(ModalScreen[bool]):
    """Dismisses with True for "Ja" (j), False for "Nein" (n, Escape). "Nein" has the focus."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,y", "answer(True)", "Ja", id="confirm.yes"),
        Binding("n,escape", "answer(False)", "Nein", id="confirm.no"),
    ]

    def __init__(self, title: str, message: str) -> None:
        super().__init__()
        self.question_title = title
        self.question_message = message

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(self.question_title, id="dialog-title")
            yield Static(self.question_message, id="dialog-message", markup=False)
            with Horizontal(id="dialog-buttons"):
                yield Button("Ja", id="yes", variant="warning")
                yield Button("Nein", id="no", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "yes")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
