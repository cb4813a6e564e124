"""Rich output of ``drafter library``: progress bar, summary, hit tables, documents and links."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from drafter.errors import LibraryError
from drafter.inputs import shown
from drafter.labels import STATUS_NAMES
from drafter.library import DocumentSummary, FollowUp, Library, Related, SearchHit
from drafter.library.search import excerpt

if TYPE_CHECKING:
    from drafter.library.importer import ImportReport

KIND = {"antwort": "Antwort", "kleine_anfrage": "Kleine Anfrage", "seed": "Baustein"}
OUTCOME = {
    "imported": "importiert",
    "replaced": "ersetzt",
    "kept": "nicht ersetzt",
    "unchanged": "unverändert",
    "failed": "fehlgeschlagen",
}


def _out() -> Console:
    return Console(highlight=False)


def import_with_progress(lib: Library, paths: list[Path]) -> ImportReport:
    """Run the import under a rich progress bar on stderr (stdout stays for the summary)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from drafter.library.importer import collect, import_paths
    from drafter.workflow import read_classified  # the parser and classifier load only for imports

    total = len(collect(paths)[0])
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("Importiere", total=total)

        def step(done: int, _total: int, path: Path, outcome: str) -> None:
            bar.update(task, completed=done, description=f"{shown(path.name)}: {OUTCOME[outcome]}")

        return import_paths(lib, paths, progress=step, parse=read_classified)


def print_report(report: ImportReport) -> None:
    console = _out()
    console.print(f"Import abgeschlossen: {report.summary()}.", soft_wrap=True)
    for kept in report.kept:
        console.print(escape(f"  nicht ersetzt: {kept.path.name}: {kept.reason}"), soft_wrap=True)
    for path, reason in report.failed:
        named = reason if shown(path) in reason else f"{shown(path)}: {reason}"
        console.print(escape(f"  fehlgeschlagen: {named}"), soft_wrap=True)


def print_hits(hits: list[SearchHit]) -> None:
    console = _out()
    if not hits:
        console.print("Keine passenden Fragen gefunden.")
        return
    table = Table("Punkte", "Drucksache", "Frage", "Status", "Fragetext", "Antwort (Auszug)")
    for hit in hits:
        where = hit.drucksache or KIND["seed"]
        if hit.answered_in:
            where += f" (Antwort {hit.answered_in})"
        table.add_row(
            f"{hit.score:.0f}",
            where,
            hit.number or "",
            STATUS_NAMES[hit.status],
            _with_reasons(hit),
            _cut(hit.answer, 160),
        )
    console.print(table)


def _with_reasons(hit: SearchHit) -> Text:
    """The question, and below it (dimmed) why it matched."""
    text = Text(hit.text)
    if hit.why:
        text.append("\nwarum: " + "; ".join(hit.why), style="dim")
    return text


def _cut(text: str | None, size: int) -> str:
    """Folded text cut at a word boundary near ``size`` characters; empty for no text."""
    return excerpt(text, size) or ""


def print_documents(docs: list[DocumentSummary]) -> None:
    console = _out()
    if not docs:
        console.print("Die Bibliothek enthält noch keine Dokumente.")
        return
    table = Table("Drucksache", "Art", "Datum", "Fragen je Status", "gehört zu", "Titel")
    for doc in docs:
        counts = ", ".join(f"{n} {STATUS_NAMES.get(s, s)}" for s, n in sorted(doc.counts.items()))
        date = doc.date.strftime("%d.%m.%Y") if doc.date else ""
        table.add_row(
            doc.number or "",
            KIND.get(doc.kind, doc.kind),
            date,
            counts,
            doc.paired_with or "",
            _cut(doc.title, 70),
        )
    console.print(table)


def print_stored_document(lib: Library, number: str) -> None:
    doc = lib.get_document(number)
    if doc is None:
        raise LibraryError(f"Drucksache {number} ist nicht in der Bibliothek „{lib.label}“.")
    console = _out()
    console.print(f"[bold]{number}[/bold] {KIND[doc.kind.value]}: {escape(doc.title)}")
    partner, citing = lib.partner(number), lib.citing(number)
    if partner:
        console.print(f"gehört zu: {partner}")
    if doc.references:
        console.print(f"verweist auf: {', '.join(doc.references)}")
    if citing:
        console.print(f"zitiert in: {', '.join(citing)}")
    pdf_url = lib.document_meta(number).get("pdf_url")
    if pdf_url:
        console.print(f"PDF (DIP): {escape(str(pdf_url))}")
    for q in doc.questions:
        console.print(escape(f"  {q.number}. [{STATUS_NAMES[q.status.value]}] {_cut(q.text, 200)}"))


def print_related(related: Related) -> None:
    if related.resolved_by is not None:
        done = related.resolved_by
        where = f"{done.answered_in or done.drucksache} Frage {done.number}"
        _out().print(f"[bold]Verlauf geklärt:[/bold] beantwortet in {where}")
    for title, hits in (
        ("Früher gefragt", related.prior),
        ("Spätere Antworten", related.later),
        ("Nahezu gleiche Fragen", related.duplicates),
    ):
        _out().print(f"[bold]{title}[/bold]")
        print_hits(hits)


def print_followups(number: str, followups: list[FollowUp]) -> None:
    console = _out()
    if not followups:
        console.print(f"Zu den offenen Punkten von {number} ist keine Nachfrage in der Bibliothek.")
        return
    table = Table("Punkt", "Status", "nachgefragt in", "Frage", "Antwort", "Ergebnis", "Auszug")
    for f in followups:
        table.add_row(
            f.item,
            STATUS_NAMES[f.item_status],
            f.pressed_in,
            f.question,
            f.answered_in or "",
            STATUS_NAMES[f.outcome],
            _cut(f.answer, 160),
        )
    console.print(table)
