"""The questions of one document as a list: mark, coloured status label, number, start of text."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from drafter.models import Question
from drafter.tui.labels import question_line


class QuestionList(OptionList):
    """Shows ``questions`` (already filtered by the screen); option ids are question numbers."""

    def show(self, questions: Sequence[Question], is_marked: Callable[[Question], bool]) -> None:
        """Replace the rows, keeping the highlighted question where it is still shown."""
        keep = self.current_number()
        self.clear_options()
        self.add_options(Option(question_line(q, marked=is_marked(q)), id=q.number) for q in questions)
        numbers = [q.number for q in questions]
        if numbers:
            self.highlighted = numbers.index(keep) if keep in numbers else 0

    def current_number(self) -> str | None:
        if self.highlighted is None or self.option_count == 0:
            return None
        return self.get_option_at_index(self.highlighted).id

    def select_number(self, number: str) -> bool:
        """Highlight question ``number``; False when the current filter hides it."""
        try:
            self.highlighted = self.get_option_index(number)
        except OptionDoesNotExist:
            return False
        self.scroll_to_highlight()
        return True

    def refresh_row(self, question: Question, marked: bool) -> None:
        """Redraw one row after its mark changed."""
        self.replace_option_prompt(question.number, question_line(question, marked=marked))
