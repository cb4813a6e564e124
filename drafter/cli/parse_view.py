"""The readable German summary ``drafter parse`` prints for one document (rich markup)."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.text import Text

from drafter.labels import STATUS_NAMES, finding_name
from drafter.models import Document, Kind, Question, Status

STATUS_STYLE = {
    Status.ANSWERED: "green",
    Status.PARTIAL: "yellow bold",
    Status.OPEN: "red bold",
    Status.UNANSWERED: "cyan",
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
    text = Text(f"{len(doc.questions)} {'Frage' if len(doc.questions) == 1 else 'Fragen'}: ")
    for status, style in STATUS_STYLE.items():
        count = sum(1 for q in doc.questions if q.status is status)
        if count:
            text.append(f"{count} {STATUS_NAMES[status.value]}  ", style=style)
    return text


def _print_question(out: Console, question: Question) -> None:
    line = Text(f"  {question.number:>4}  ")
    line.append(f"{STATUS_NAMES[question.status.value]:<19}", style=STATUS_STYLE[question.status])
    line.append(_shorten(question.text))
    if len(question.group) > 1:
        line.append(
            f"  (gemeinsam mit {', '.join(n for n in question.group if n != question.number)})", style="dim"
        )
    out.print(line)
    for finding in question.findings:
        category = finding_name(finding)
        target = f" → {finding.refers_to}" if finding.refers_to else ""
        evidence = f"        {category}{target}: „{_shorten(finding.evidence)}“"
        out.print(Text(evidence, style=STATUS_STYLE[question.status]))


def _shorten(text: str) -> str:
    return text if len(text) <= _TEXT_WIDTH else text[: _TEXT_WIDTH - 1] + "…"
