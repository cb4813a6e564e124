"""One editable question of the draft: its text, its lettered sub-questions and its warnings."""

from __future__ import annotations

from dataclasses import replace
from string import ascii_lowercase

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widget import Widget
from textual.widgets import Label, Static, TextArea

from drafter.models import DraftQuestion
from drafter.tui.widgets.wrapped_text import WrappedText


def letter(index: int) -> str:
    """a, b, ..., z, then aa, ab: the Bundestag letters sub-questions."""
    if index < len(ascii_lowercase):
        return ascii_lowercase[index]
    return letter(index // len(ascii_lowercase) - 1) + ascii_lowercase[index % len(ascii_lowercase)]


class QuestionEditor(Vertical):
    """Edits ``question``; ``value`` reads it back, keeping the source it follows up on."""

    def __init__(self, question: DraftQuestion, number: int) -> None:
        super().__init__(classes="question-editor")
        self.question = question
        self.number = number

    def compose(self) -> ComposeResult:
        yield Label(self._heading(), classes="question-heading", markup=False)
        yield WrappedText(self.question.text, classes="question-text")
        for index, text in enumerate(self.question.subquestions):
            yield self._sub_row(index, text)
        yield Static("", classes="warnings", markup=False)

    def _heading(self) -> str:
        source = self.question.source
        if source is None:
            return f"Frage {self.number}"
        where = f" auf {source.drucksache}" if source.drucksache else ""
        return f"Frage {self.number} (zu Frage {source.question}{where})"

    @staticmethod
    def _sub_row(index: int, text: str) -> Horizontal:
        """A lettered sub-question; wrapped like the question, so a long one is never cut off."""
        field = WrappedText(text, classes="sub-text", placeholder="Unterfrage")
        return Horizontal(Label(f"{letter(index)})", classes="sub-letter"), field, classes="sub-row")

    def value(self) -> DraftQuestion:
        text = self.query_one(".question-text", TextArea).text.strip()
        subs = tuple(" ".join(t.text.split()) for t in self.query(".sub-text").results(TextArea))
        return replace(self.question, text=text, subquestions=subs)

    async def add_subquestion(self) -> TextArea:
        count = len(self.query(".sub-row"))
        row = self._sub_row(count, "")
        await self.mount(row, before=self.query_one(".warnings"))
        field = row.query_one(TextArea)
        field.focus()
        return field

    async def remove_subquestion(self, field: TextArea) -> None:
        """Remove ``field``'s row and re-letter the rest."""
        row = field.parent
        if isinstance(row, Widget):
            await row.remove()
        for index, label in enumerate(self.query(".sub-letter").results(Label)):
            label.update(f"{letter(index)})")

    def show_warnings(self, messages: list[str]) -> None:
        if not self.query(".warnings"):
            return  # not composed yet; the next check fills it
        warnings = self.query_one(".warnings", Static)
        warnings.update("\n".join(f"! {m}" for m in messages))
        warnings.display = bool(messages)

    def focus_text(self) -> None:
        self.query_one(".question-text", TextArea).focus()
