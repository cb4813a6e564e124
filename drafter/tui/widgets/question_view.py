"""The selected question in full: text, answer with the evidence marked, findings, joint group."""

from __future__ import annotations

from rich.console import Group
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from drafter.models import Document, Question
from drafter.text.tables import row_for
from drafter.tui.labels import finding_line, highlight_evidence, status_text


class QuestionView(VerticalScroll):
    """Scrollable detail pane; ``show`` swaps the content, nothing here blocks."""

    def compose(self) -> ComposeResult:
        yield Static("Keine Frage ausgewählt.", id="question-detail")

    def show(self, doc: Document, question: Question, *, marked: bool) -> None:
        self.query_one("#question-detail", Static).update(Group(*self._parts(doc, question, marked)))
        self.scroll_home(animate=False)

    @staticmethod
    def _parts(doc: Document, question: Question, marked: bool) -> list[Text]:
        head = Text()
        head.append(f"Frage {question.number} ", style="bold")
        head.append_text(status_text(question.status, pad=False))
        if marked:
            head.append("  * für den Entwurf markiert", style="bold")
        parts = [head, Text(" ".join(question.text.split()))]
        if len(question.group) > 1:
            others = ", ".join(n for n in question.group if n != question.number)
            parts.append(Text(f"Gemeinsam beantwortet mit Frage {others}.", style="italic"))
        row = row_for(question.text, question.answer or "")
        if row is not None:
            line = Text("Tabellenzeile zu dieser Frage: ", style="bold")
            line.append(row)
            parts.append(line)
        parts.append(Text("Antwort:", style="bold underline"))
        if question.answer:
            parts.append(highlight_evidence(question.answer, question.findings))
        else:
            parts.append(Text("(keine Antwort)", style="dim"))
        if question.findings:
            parts.append(Text("Offen geblieben:", style="bold underline"))
            parts.extend(finding_line(f) for f in question.findings)
        return parts
