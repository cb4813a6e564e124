"""The documents of the library as a list with fixed columns: one line per document.

An OptionList, not a DataTable: the DataTable measures every cell of every row before it paints,
which takes seconds for the thousands of documents of a 100,000-question library; the list only
renders the lines on screen. The title column takes whatever width is left and is cut with "...".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from drafter.tui.summary import counts_of, kind_label

HEADER = f"{'Drucksache':<10} {'Art':<5} {'Datum':<8} {'offen':>5} {'teilw.':>6} {'beantw.':>7}  Titel"


def document_line(summary: Any) -> Text:
    """One row; counts of open items in red, partial in yellow, answered in green (and as numbers)."""
    date = summary.date.strftime("%d.%m.%y") if summary.date else ""
    line = Text(f"{summary.number or '-':<10} {kind_label(summary.kind):<5} {date:<8} ")
    if summary.kind == "antwort":
        opened, partial, answered = counts_of(summary)
        line.append(f"{opened:>5} ", style="red" if opened else "")
        line.append(f"{partial:>6} ", style="yellow" if partial else "")
        line.append(f"{answered:>7}", style="green" if answered else "")
    else:
        line.append(f"{'-':>5} {'-':>6} {'-':>7}")
    line.append(f"  {' '.join(summary.title.split())}")
    return line


class DocumentList(OptionList):
    """Option ids are Drucksache numbers ("#3" for the third document if it has none)."""

    @staticmethod
    def options_for(summaries: Sequence[Any]) -> list[Option]:
        """The rows, built off the UI thread (thousands of styled lines take a noticeable moment)."""
        return [Option(document_line(s), id=s.number or f"#{i}") for i, s in enumerate(summaries)]

    def show(self, options: list[Option]) -> None:
        """Replace the rows, keeping the highlighted document where it is still listed."""
        keep = self.current_number()
        self.clear_options()
        self.add_options(options)
        numbers = self.numbers()
        if numbers:
            self.highlighted = numbers.index(keep) if keep in numbers else 0

    def numbers(self) -> list[str]:
        return [str(self.get_option_at_index(i).id) for i in range(self.option_count)]

    def current_number(self) -> str | None:
        """The Drucksache under the cursor (None for none, or for a document without a number)."""
        if self.highlighted is None or self.option_count == 0:
            return None
        number = self.get_option_at_index(self.highlighted).id
        return number if number is not None and not number.startswith("#") else None
