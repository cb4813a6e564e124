"""One-line German summaries of library records: document counts, document header, import report."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from drafter.models import Document, Status
from drafter.tui.labels import count

if TYPE_CHECKING:
    from drafter.library.importer import ImportReport

KIND_LABEL = {"antwort": "Antw.", "kleine_anfrage": "Anfr.", "seed": "Baust."}


def kind_label(kind: str) -> str:
    return KIND_LABEL.get(str(kind), str(kind))


def counts_of(summary: Any) -> tuple[int, int, int]:
    """(open, partial, answered) of a ``DocumentSummary``; missing statuses count zero."""
    counts: dict[str, int] = summary.counts
    return (
        counts.get(Status.OPEN.value, 0),
        counts.get(Status.PARTIAL.value, 0),
        counts.get(Status.ANSWERED.value, 0),
    )


def document_info(doc: Document) -> str:
    """Who asked, when, how it ended, and which Drucksachen it cites: the header of a document."""
    parts = []
    if doc.date:
        parts.append(doc.date.strftime("%d.%m.%Y"))
    if doc.inquiry:
        parts.append(f"auf {doc.inquiry}")
    if doc.faction:
        parts.append(doc.faction)
    statuses = [q.status for q in doc.questions]
    parts.append(
        f"{count(len(statuses), 'Frage', 'Fragen')}: {statuses.count(Status.OPEN)} offen, "
        f"{statuses.count(Status.PARTIAL)} teilw., {statuses.count(Status.ANSWERED)} beantw."
    )
    if doc.references:
        parts.append("Verweise: " + ", ".join(doc.references))
    return " | ".join(parts)


def import_failures(report: ImportReport) -> list[str]:
    """German lines "file: reason" for every file the import could not take."""
    lines = [reason if path.name in reason else f"{path.name}: {reason}" for path, reason in report.failed]
    if report.not_stored:
        lines.append(f"{', '.join(p.name for p in report.not_stored)}: {report.note}")
    return lines


def kept_notes(report: ImportReport) -> list[str]:
    """German lines "file: why the library keeps its own copy" for files that replaced nothing."""
    return [f"{kept.path.name}: {kept.reason}" for kept in report.kept]


def first_imported(paths: Sequence[Path], report: ImportReport) -> Path | None:
    """The file ``drafter FILE...`` opens: the first one given (or found in a folder given) that the
    import took; None when every file failed (the import's error already says why)."""
    kept = (k.path for k in report.kept)
    taken = sorted({*report.imported, *report.replaced, *report.unchanged, *report.not_stored, *kept})
    for path in paths:
        inside = [p for p in taken if p == path or path in p.parents]
        if inside:
            return inside[0]
    return None
