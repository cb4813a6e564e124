"""a on a document: mark by the handful (all open, all partial, one category) or unmark all."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from drafter.models import Category, Document, Question, Status
from drafter.tui.labels import CATEGORY_LABEL, count

UNMARK = "none"


def chosen_questions(doc: Document, choice: str) -> list[Question]:
    """The unresolved questions ``choice`` ("open", "partial", "category:<value>") stands for."""
    if choice == "open":
        return [q for q in doc.questions if q.status is Status.OPEN]
    if choice == "partial":
        return [q for q in doc.questions if q.status is Status.PARTIAL]
    if choice.startswith("category:"):
        category = Category(choice.removeprefix("category:"))
        return [
            q
            for q in doc.questions
            if q.status.unresolved and any(f.category is category for f in q.findings)
        ]
    return []


def menu(doc: Document, marked: int) -> list[tuple[str, str]]:
    """(value, German label with how many items it takes) of every choice that takes any."""
    items = [("open", "Alle offenen Punkte"), ("partial", "Alle teilweise beantworteten")]
    present = {f.category for q in doc.questions if q.status.unresolved for f in q.findings}
    items += [(f"category:{c.value}", f"Kategorie „{CATEGORY_LABEL[c]}“") for c in Category if c in present]
    shown = [
        (value, f"{label} ({count(len(chosen_questions(doc, value)), 'Punkt', 'Punkte')})")
        for value, label in items
    ]
    shown = [(value, label) for value, label in shown if chosen_questions(doc, value)]
    if marked:
        shown.append((UNMARK, f"Alle Markierungen dieses Dokuments aufheben ({marked})"))
    return shown


class MarkMenuScreen(ModalScreen[str | None]):
    """Dismisses with the chosen value, or None on Escape."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Abbrechen", id="mark_menu.cancel")]

    def __init__(self, doc: Document, marked: int) -> None:
        super().__init__()
        self.doc = doc
        self.marked = marked

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label("Mehrere markieren", id="dialog-title")
            yield OptionList(
                *(Option(label, id=value) for value, label in menu(self.doc, self.marked)), id="mark-menu"
            )

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)
