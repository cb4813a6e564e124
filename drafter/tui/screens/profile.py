"""The office profile: shown at the first start (no profile yet) and with F6 at any time.

Whose inquiry is it? The user's own MPs ask and their Fraktion's leaders sign; every new draft
is filled from here (``drafter.profile.signed_as``). Saving writes ``[profile]`` into the config
file, which the command line reads too.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, RadioButton, RadioSet, Static

from drafter.config import Profile

INTRO = (
    "Eine Nachfrage stellt Ihr Büro: Ihre Abgeordneten fragen, der Fraktionsvorstand unterschreibt. "
    "Diese Angaben füllen jeden neuen Entwurf; die Fragesteller der früheren Anfrage erscheinen nur "
    "dort, wo die Vorbemerkung sie zitiert. Später änderbar mit F6."
)


def _names(text: str) -> tuple[str, ...]:
    return tuple(name.strip() for name in text.replace(";", ",").split(",") if name.strip())


class ProfileScreen(ModalScreen[Profile | None]):
    """Dismisses with the entered profile on "Speichern" (Strg+S), None on "Später" (Esc)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "later", "Später", id="profile.later"),
        Binding("ctrl+s", "save", "Speichern", id="profile.save", priority=True),
    ]

    def __init__(self, profile: Profile, *, first_run: bool = False) -> None:
        super().__init__()
        self.profile = profile
        self.first_run = first_run

    def compose(self) -> ComposeResult:
        p = self.profile
        title = "Willkommen bei drafter: Ihr Büro" if self.first_run else "Profil: Ihr Büro"
        with Vertical(id="dialog", classes="profile"):
            yield Label(title, id="dialog-title")
            with VerticalScroll(id="profile-fields"):
                yield Static(INTRO, id="dialog-message", markup=False)
                yield Label("Abgeordnete (mit Komma getrennt)")
                yield Input(", ".join(p.mps), id="profile-mps", placeholder="Anna Beispiel, Bernd Muster")
                yield Checkbox("„weiterer Abgeordneter“ anfügen", p.further_mps, id="profile-further")
                yield Label("Fraktion")
                yield Input(p.faction or "", id="profile-faction", placeholder="BÜNDNIS 90/DIE GRÜNEN")
                yield Label("Fraktionsvorsitz, der unterschreibt (mit Komma getrennt)")
                yield Input(", ".join(p.leaders), id="profile-leaders", placeholder="Name, Name")
                yield Label("„Berlin, den …“ trägt")
                with RadioSet(id="profile-date"):
                    yield RadioButton("den Tag des Exports", p.date == "export", id="date-export")
                    yield RadioButton(
                        "den Tag, an dem der Entwurf begann", p.date == "start", id="date-start"
                    )
            with Horizontal(id="dialog-buttons"):
                yield Button("Später", id="later")
                yield Button("Speichern (Strg+S)", id="save", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#profile-mps", Input).focus()

    def entered(self) -> Profile:
        """The profile as the fields show it."""
        pressed = self.query_one("#profile-date", RadioSet).pressed_button
        return Profile(
            mps=_names(self.query_one("#profile-mps", Input).value),
            faction=self.query_one("#profile-faction", Input).value.strip() or None,
            leaders=_names(self.query_one("#profile-leaders", Input).value),
            further_mps=self.query_one("#profile-further", Checkbox).value,
            date="start" if pressed is not None and pressed.id == "date-start" else "export",
        )

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.focus_next()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "save":
            self.action_save()
        else:
            self.action_later()

    def action_save(self) -> None:
        self.dismiss(self.entered())

    def action_later(self) -> None:
        self.dismiss(None)
