"""One document: its questions with statuses, the selected answer, and library matches beside it.

n / p jump between unresolved items (open or partial) of the current view, f and c cycle the status
and category filters, space / m mark an item for the draft. At 80 columns the panes stack.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Container, Vertical
from textual.widgets import Label, OptionList, Static

from drafter.models import Category, Document, Question, Status
from drafter.tui.bindings import bindings_for
from drafter.tui.labels import CATEGORY_LABEL, by_number
from drafter.tui.screens.base import WorkbenchScreen
from drafter.tui.screens.mark_menu import UNMARK, MarkMenuScreen, chosen_questions
from drafter.tui.summary import document_info
from drafter.tui.widgets.key_bar import KeyBar
from drafter.tui.widgets.match_panel import MatchPanel
from drafter.tui.widgets.question_list import QuestionList
from drafter.tui.widgets.question_view import QuestionView

STATUS_FILTERS: tuple[tuple[str, frozenset[Status] | None], ...] = (
    ("alle", None),
    ("offen", frozenset({Status.OPEN})),
    ("teilweise", frozenset({Status.PARTIAL})),
    ("offen + teilweise", frozenset({Status.OPEN, Status.PARTIAL})),
    ("beantwortet", frozenset({Status.ANSWERED})),
)


class DocumentScreen(WorkbenchScreen[None]):
    """Shows ``doc``; ``start`` is a question number to select first (e.g. from a search hit)."""

    BINDINGS = bindings_for("document")
    SCOPE = "document"

    def __init__(self, doc: Document, *, start: str | None = None) -> None:
        super().__init__()
        self.doc = doc
        self.start = start
        self.status_filter = 0
        self.category_filter: Category | None = None

    def compose(self) -> ComposeResult:
        yield Label(self._title(), classes="screen-title", markup=False)
        yield Static(document_info(self.doc), id="document-info", markup=False)
        with Container(id="panes"):
            yield QuestionList(id="questions")
            with Vertical(id="side"):
                yield QuestionView(id="detail")
                yield MatchPanel(self.drafter.backend, id="related")
        yield KeyBar()

    def _title(self) -> str:
        kind = "Antwort" if self.doc.kind == "antwort" else "Kleine Anfrage"
        return f"{self.doc.number or 'ohne Nummer'} {kind}: {self.doc.title}"

    def on_mount(self) -> None:
        self.query_one("#detail").border_title = "Frage und Antwort"
        self.query_one("#related").border_title = "Treffer aus der Bibliothek"
        self.refresh_list()
        if self.start:
            self.query_one(QuestionList).select_number(self.start)
        self.query_one(QuestionList).focus()

    def shown_questions(self) -> list[Question]:
        """The questions the current filters let through, ordered by their numbers."""
        statuses = STATUS_FILTERS[self.status_filter][1]
        return [
            q
            for q in by_number(self.doc.questions)
            if (statuses is None or q.status in statuses)
            and (self.category_filter is None or any(f.category == self.category_filter for f in q.findings))
        ]

    def refresh_list(self) -> None:
        shown = self.shown_questions()
        self.query_one(QuestionList).show(shown, self._is_marked)
        self._update_filter_line(len(shown))
        if not shown:
            self.query_one("#question-detail", Static).update("Kein Eintrag passt zum Filter (f / c ändern).")

    def _is_marked(self, question: Question) -> bool:
        return self.drafter.session.is_marked(self.doc, question)

    def _update_filter_line(self, shown: int) -> None:
        """The list's title says what the filters let through and how many items are marked."""
        category = CATEGORY_LABEL[self.category_filter] if self.category_filter else "alle"
        marked = sum(1 for q in self.doc.questions if self._is_marked(q))
        self.query_one(QuestionList).border_title = (
            f"Fragen {shown}/{len(self.doc.questions)} | Status: {STATUS_FILTERS[self.status_filter][0]} | "
            f"Kategorie: {category} | {marked} markiert"
        )

    def current(self) -> Question | None:
        number = self.query_one(QuestionList).current_number()
        return self.doc.question(number) if number is not None else None

    @on(OptionList.OptionHighlighted, "#questions")
    def _highlighted(self) -> None:
        question = self.current()
        if question is not None:
            self.query_one(QuestionView).show(self.doc, question, marked=self._is_marked(question))
            self.query_one(MatchPanel).lookup(self.doc.number, question.number)

    def action_next_open(self) -> None:
        self._jump(+1)

    def action_previous_open(self) -> None:
        self._jump(-1)

    def _jump(self, step: int) -> None:
        """Move to the next unresolved item in the list, wrapping around; say so if there is none."""
        shown = self.shown_questions()
        current = self.query_one(QuestionList).highlighted
        start = -1 if current is None and step > 0 else (current if current is not None else 0)
        for offset in range(1, len(shown) + 1):
            index = (start + step * offset) % len(shown)
            if shown[index].status.unresolved:
                self.query_one(QuestionList).highlighted = index
                return
        self.notify("Keine offenen Punkte in dieser Ansicht.", title="Dokument")

    def action_filter_status(self) -> None:
        self.status_filter = (self.status_filter + 1) % len(STATUS_FILTERS)
        self.refresh_list()

    def action_filter_category(self) -> None:
        found = {f.category for q in self.doc.questions for f in q.findings}
        present = [c for c in Category if c in found]
        if not present:
            self.notify("Dieses Dokument hat keine Befunde.", title="Filter")
            return
        options: list[Category | None] = [None, *present]
        index = options.index(self.category_filter) if self.category_filter in options else 0
        self.category_filter = options[(index + 1) % len(options)]
        self.refresh_list()

    def action_toggle_mark(self) -> None:
        question = self.current()
        if question is not None:
            self.drafter.toggle_mark(self.doc, question)

    def action_mark_many(self) -> None:
        """All open, all partial, one category, or none: chosen in a small menu."""
        marked = sum(1 for q in self.doc.questions if self._is_marked(q))
        self.app.push_screen(MarkMenuScreen(self.doc, marked), self._mark_chosen)

    def _mark_chosen(self, choice: str | None) -> None:
        if choice == UNMARK:
            self.drafter.mark_many(self.doc, (), unmark=True)
        elif choice:
            self.drafter.mark_many(self.doc, chosen_questions(self.doc, choice))

    def on_screen_resume(self) -> None:
        """Marks may have changed on the draft screen (a question deleted): show them as they are."""
        if self.is_mounted:
            self.draft_changed()

    def draft_changed(self) -> None:
        """Marks may have changed: redraw the rows, the filter line and the detail."""
        questions = self.shown_questions()
        question_list = self.query_one(QuestionList)
        for question in questions:
            question_list.refresh_row(question, self._is_marked(question))
        self._update_filter_line(len(questions))
        current = self.current()
        if current is not None:
            self.query_one(QuestionView).show(self.doc, current, marked=self._is_marked(current))
