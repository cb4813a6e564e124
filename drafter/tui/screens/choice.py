"""A question with a few answers, each on its own key, e.g. whether a second source is meant."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static


class ChoiceScreen(ModalScreen[str | None]):
    """Dismisses with the chosen answer's value; Escape answers None (nothing happens).

    ``choices`` are (key, label, value); the label shows its key ("a = Aufnehmen").
    """

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "choose('')", "Abbrechen", id="choice.cancel")]

    def __init__(self, title: str, message: str, choices: Sequence[tuple[str, str, str]]) -> None:
        super().__init__()
        self.choice_title = title
        self.choice_message = message
        self.choices = list(choices)

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(self.choice_title, id="dialog-title")
            yield Static(self.choice_message, id="dialog-message", markup=False)
            with Horizontal(id="dialog-buttons"):
                for key, label, value in self.choices:
                    yield Button(f"{label} ({key})", id=f"choice-{value}")
                yield Button("Abbrechen (Esc)", id="choice-")

    def on_mount(self) -> None:
        self.query(Button).first().focus()

    def on_key(self, event: events.Key) -> None:
        for choice_key, _label, value in self.choices:
            if event.key == choice_key:
                event.stop()
                self.dismiss(value)
                return

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_choose((event.button.id or "").removeprefix("choice-"))

    def action_choose(self, value: str) -> None:
        self.dismiss(value or None)
