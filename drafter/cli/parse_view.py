"""The readable German summary ``drafter parse`` prints for one document (rich markup)."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.text import Text

from drafter.models import Document, Kind, Question, Status

STATUS_LABEL = {
    Status.ANSWERED: ("beantwortet", "green"),
    Status.PARTIAL: ("teilweise", "yellow bold"),
    Status.OPEN: ("offen", "red bold"),
    Status.UNANSWERED: ("noch ohne Antwort", "cyan"),
}
CATEGORY_LABEL = {
    "no_information": "keine Erkenntnisse",
    "pending": "noch nicht abgeschlossen",
    "classified": "eingestuft",
    "refused": "verweigert",
    "not_responsible": "nicht zuständig",
    "referred": "Verweis",
}
_TEXT_WIDTH = 110

_console: Console | None = None


def console() -> Console:
    """One stdout console, created on first use so that importing stays cheap."""
    global _console
    if _console is None:
        _console = Console(highlight=False, soft_wrap=True)
    return _console


def print_document(doc: Document) -> None:
    out = console()
    kind = "Antwort" if doc.kind is Kind.ANTWORT else "Kleine Anfrage"
    number = f"Drucksache {doc.number}" if doc.number else "Drucksache ohne Nummer"
    out.print(f"[bold]{escape(number)}[/bold] – {kind} – {escape(doc.title)}")
    out.print(_details(doc), style="dim")
    out.print(_counts(doc))
    for question in doc.questions:
        _print_question(out, question)
    out.print()


def _details(doc: Document) -> str:
    parts = [f"Quelle: {doc.source}"]
    if doc.date:
        parts.append(f"vom {doc.date:%d.%m.%Y}")
    if doc.inquiry:
        parts.append(f"auf Drucksache {doc.inquiry}")
    if doc.faction:
        parts.append(f"Fraktion {doc.faction}")
    if doc.ministry:
        parts.append(f"übermittelt durch {doc.ministry}")
    return escape(", ".join(parts))


def _counts(doc: Document) -> Text:
    text = Text(f"{len(doc.questions)} Fragen: ")
    for status, (label, style) in STATUS_LABEL.items():
        count = sum(1 for q in doc.questions if q.status is status)
        if count:
            text.append(f"{count} {label}  ", style=style)
    return text


def _print_question(out: Console, question: Question) -> None:
    label, style = STATUS_LABEL[question.status]
    line = Text(f"  {question.number:>4}  ")
    line.append(f"{label:<19}", style=style)
    line.append(_shorten(question.text))
    if len(question.group) > 1:
        line.append(
            f"  (gemeinsam mit {', '.join(n for n in question.group if n != question.number)})", style="dim"
        )
    out.print(line)
    for finding in question.findings:
        category = CATEGORY_LABEL.get(finding.category.value, finding.category.value)
        target = f" → {finding.refers_to}" if finding.refers_to else ""
        out.print(Text(f"        {category}{target}: „{_shorten(finding.evidence)}“", style=style))


def _shorten(text: str) -> str:
    return text if len(text) <= _TEXT_WIDTH else text[: _TEXT_WIDTH - 1] + "…"
