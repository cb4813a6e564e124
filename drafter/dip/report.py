"""What a DIP fetch did, document by document, and the German summary the CLI and TUI show.

Statuses: the library's "imported" / "replaced" / "unchanged", plus "no_text" (DIP has no text yet
and no PDF fallback was allowed or possible), "not_found" (DIP does not know the number),
"skipped" (a Drucksache type drafter does not read) and "failed" (the text could not be parsed).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

STORED = ("imported", "replaced", "unchanged")
PROBLEMS = ("not_found", "failed")
LABELS = {
    "imported": "neu aufgenommen",
    "replaced": "aktualisiert",
    "unchanged": "unverändert",
    "no_text": "ohne Text",
    "not_found": "nicht gefunden",
    "skipped": "übersprungen",
    "failed": "fehlgeschlagen",
}

Progress = Callable[[int, int | None, str], None]
"""``progress(done, total, label)``: documents handled so far, the total if known, a German label."""


@dataclass(frozen=True)
class FetchOutcome:
    """One document's result. ``related_to`` names the Antwort a fetched Kleine Anfrage belongs to."""

    number: str
    status: str
    message: str
    related_to: str | None = None
    via_pdf: bool = False


@dataclass(frozen=True)
class FetchReport:
    """All outcomes of one fetch run, in the order they happened. ``complete`` is False when the run
    stopped early; ``error`` then says why (German), and what was stored so far stays stored."""

    outcomes: tuple[FetchOutcome, ...] = ()
    complete: bool = True
    error: str | None = None

    def counts(self) -> Counter[str]:
        return Counter(o.status for o in self.outcomes)

    def by_status(self, status: str) -> list[FetchOutcome]:
        return [o for o in self.outcomes if o.status == status]

    @property
    def ok(self) -> bool:
        """The run finished, no requested number was unknown and no text failed to parse."""
        return self.complete and not any(o.status in PROBLEMS for o in self.outcomes)


def summarize(report: FetchReport) -> str:
    """One German line: "3 Drucksachen: 2 neu aufgenommen, 1 unverändert"."""
    counts = report.counts()
    total = sum(counts.values())
    stopped = f" Abgebrochen: {report.error}" if report.error else ""
    if not total:
        return "Keine Drucksachen abgerufen." + stopped
    parts = [f"{counts[s]} {label}" for s, label in LABELS.items() if counts[s]]
    noun = "Drucksache" if total == 1 else "Drucksachen"
    return f"{total} {noun}: {', '.join(parts)}.{stopped}"


def notes(outcomes: Iterable[FetchOutcome]) -> list[str]:
    """The per-document messages worth showing (everything that did not simply get stored)."""
    return [f"{o.number}: {o.message}" for o in outcomes if o.status not in STORED or o.via_pdf]
