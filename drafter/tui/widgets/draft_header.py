"""The head of the draft: title, askers, faction, preamble, signature, and the warnings about them."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widget import Widget
from textual.widgets import Input, Label, Static, TextArea

from drafter.models import Draft
from drafter.tui.widgets.wrapped_text import WrappedText


def _row(label: str, field: Widget) -> Horizontal:
    """A labelled line; compact fields (no borders) keep the whole head readable at 80x24."""
    return Horizontal(Label(label, classes="field-label"), field, classes="field-row")


def _field(value: str, field_id: str, placeholder: str = "") -> Input:
    """A one-line field that keeps its text on focus (selecting it all invites overtyping it)."""
    return Input(value, id=field_id, compact=True, select_on_focus=False, placeholder=placeholder)


def _date_text(day: dt.date | None) -> str:
    return f"{day:%d.%m.%Y}" if day is not None else ""


def _date_value(text: str, before: dt.date | None) -> dt.date | None:
    """The date typed as TT.MM.JJJJ; empty means the day of the export (None). While a date is
    half typed (not a valid date yet) the draft keeps the one it had."""
    if not text.strip():
        return None
    try:
        return dt.datetime.strptime(text.strip(), "%d.%m.%Y").date()
    except ValueError:
        return before


class DraftHeader(Vertical):
    """Edits the fields of a draft that are not questions; ``apply`` writes them into a draft."""

    def __init__(self, draft: Draft) -> None:
        super().__init__(id="draft-header")
        self.draft = draft

    def compose(self) -> ComposeResult:
        draft = self.draft
        yield _row("Titel", WrappedText(draft.title, id="draft-title"))
        askers = _field(", ".join(draft.askers), "draft-askers", "Name, Name (mit Komma getrennt)")
        yield _row("Abgeordnete", askers)
        yield _row("Fraktion", _field(draft.faction or "", "draft-faction"))
        preamble = TextArea("\n\n".join(draft.preamble), id="draft-preamble", soft_wrap=True, compact=True)
        yield _row("Vorbemerkung", preamble)
        yield _row(
            "Berlin, den",
            _field(_date_text(draft.signed_on), "draft-date", "TT.MM.JJJJ; leer: Tag des Exports"),
        )
        yield _row("Unterschrift", _field(draft.signature, "draft-signature"))
        yield Static("", id="header-warnings", classes="warnings", markup=False)

    def apply(self, draft: Draft) -> Draft:
        """``draft`` with the head as typed: whitespace folded, preamble paragraphs split at blank lines."""
        preamble = self.query_one("#draft-preamble", TextArea).text
        return replace(
            draft,
            title=" ".join(self.query_one("#draft-title", TextArea).text.split()),
            askers=tuple(a.strip() for a in self._value("#draft-askers").split(",") if a.strip()),
            faction=self._value("#draft-faction").strip() or None,
            preamble=tuple(" ".join(p.split()) for p in preamble.split("\n\n") if p.strip()),
            signature=self._value("#draft-signature").strip(),
            signed_on=_date_value(self._value("#draft-date"), draft.signed_on),
        )

    def _value(self, selector: str) -> str:
        return self.query_one(selector, Input).value

    def show_warnings(self, messages: list[str]) -> None:
        warnings = self.query_one("#header-warnings", Static)
        warnings.update("\n".join(f"! {m}" for m in messages))
        warnings.display = bool(messages)
