"""The head of the draft: title, askers, faction, signature, preamble and their warnings."""

from __future__ import annotations

from dataclasses import replace

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, Label, Static, TextArea

from drafter.models import Draft


class DraftHeader(Vertical):
    """Edits the fields of a draft that are not questions; ``apply`` writes them into a draft."""

    def __init__(self, draft: Draft) -> None:
        super().__init__(id="draft-header")
        self.draft = draft

    def compose(self) -> ComposeResult:
        draft = self.draft
        yield Label("Titel", classes="field-label")
        yield Input(draft.title, id="draft-title")
        yield Label("Abgeordnete (mit Komma getrennt)", classes="field-label")
        yield Input(", ".join(draft.askers), id="draft-askers")
        yield Label("Fraktion", classes="field-label")
        yield Input(draft.faction or "", id="draft-faction")
        yield Label("Vorbemerkung (Absätze durch Leerzeile trennen)", classes="field-label")
        yield TextArea("\n\n".join(draft.preamble), id="draft-preamble", soft_wrap=True)
        yield Label("Unterschrift", classes="field-label")
        yield Input(draft.signature, id="draft-signature")
        yield Static("", id="header-warnings", classes="warnings", markup=False)

    def apply(self, draft: Draft) -> Draft:
        """``draft`` with the header fields as typed (empty faction becomes None)."""
        preamble = self.query_one("#draft-preamble", TextArea).text
        return replace(
            draft,
            title=self.query_one("#draft-title", Input).value.strip(),
            askers=tuple(a.strip() for a in self._value("#draft-askers").split(",") if a.strip()),
            faction=self.query_one("#draft-faction", Input).value.strip() or None,
            preamble=tuple(" ".join(p.split()) for p in preamble.split("\n\n") if p.strip()),
            signature=self.query_one("#draft-signature", Input).value.strip(),
        )

    def _value(self, selector: str) -> str:
        return self.query_one(selector, Input).value

    def show_warnings(self, messages: list[str]) -> None:
        warnings = self.query_one("#header-warnings", Static)
        warnings.update("\n".join(f"! {m}" for m in messages))
        warnings.display = bool(messages)
