"""Fetch Drucksachen by number ("Drucksache abrufen"), with the Kleine Anfrage an Antwort answers.

``fetch_numbers`` is what ``drafter fetch 19/21876`` and the TUI's action call. The related Kleine
Anfrage is found through the Antwort's Vorgang in DIP (authoritative); when DIP lists none, the
inquiry number the parser read from the Antwort's header ("– Drucksache 21/1243 –") is used.
"""

from __future__ import annotations

from collections.abc import Iterable

from drafter.dip.client import DipClient
from drafter.dip.importing import import_record
from drafter.dip.records import DipRecord, normalize_number
from drafter.dip.report import FetchOutcome, FetchReport, Progress
from drafter.errors import DipError
from drafter.library import Library
from drafter.models import Kind


def fetch_numbers(
    library: Library,
    client: DipClient,
    numbers: Iterable[str],
    *,
    related: bool = True,
    allow_pdf: bool = False,
    progress: Progress | None = None,
) -> FetchReport:
    """Fetch, parse and import each number (and, unless ``related`` is False, each Antwort's Kleine
    Anfrage). Malformed numbers raise ``DipError`` before anything goes on the network. When DIP
    fails for good (key rejected, unreachable) before anything was fetched, that ``DipError`` is
    raised; after that, the report comes back incomplete with the error, keeping what was stored."""
    wanted = dict.fromkeys(normalize_number(n) for n in numbers)
    queue: list[tuple[str, str | None]] = [(number, None) for number in wanted]
    outcomes: list[FetchOutcome] = []
    try:
        _fetch_queue(
            library, client, queue, outcomes, related=related, allow_pdf=allow_pdf, progress=progress
        )
    except DipError as error:
        if not outcomes:
            raise
        return FetchReport(tuple(outcomes), complete=False, error=error.message)
    _tick(progress, len(outcomes), len(outcomes), "fertig")
    return FetchReport(tuple(outcomes))


def _fetch_queue(
    library: Library,
    client: DipClient,
    queue: list[tuple[str, str | None]],
    outcomes: list[FetchOutcome],
    *,
    related: bool,
    allow_pdf: bool,
    progress: Progress | None,
) -> None:
    """Work through ``queue`` (number, Antwort it belongs to), appending related numbers as found."""
    seen: set[str] = set()
    for number, parent in _drain(queue):
        if number in seen:
            continue
        seen.add(number)
        _tick(progress, len(outcomes), len(queue), f"Drucksache {number}")
        outcome, record = fetch_one(library, client, number, allow_pdf=allow_pdf, related_to=parent)
        outcomes.append(outcome)
        if related and record is not None and record.kind is Kind.ANTWORT:
            queue.extend((n, number) for n in related_numbers(library, client, record) if n not in seen)


def fetch_one(
    library: Library,
    client: DipClient,
    number: str,
    *,
    allow_pdf: bool = False,
    related_to: str | None = None,
) -> tuple[FetchOutcome, DipRecord | None]:
    """Look ``number`` up, take its full text and import it; returns the outcome and DIP's record."""
    record = client.find_drucksache(number)
    if record is None:
        message = f"DIP kennt keine Bundestagsdrucksache {number}."
        return FetchOutcome(number, "not_found", message, related_to), None
    if record.kind is None:
        return import_record(library, client, record, allow_pdf=allow_pdf, related_to=related_to), record
    full = client.drucksache_text(record.id) or record
    return import_record(library, client, full, allow_pdf=allow_pdf, related_to=related_to), full


def related_numbers(library: Library, client: DipClient, record: DipRecord) -> list[str]:
    """The Kleine Anfrage(n) of the Antwort's Vorgang; else the inquiry the parsed Antwort names."""
    found: list[str] = []
    for vorgang_id in record.vorgang_ids:
        found.extend(client.kleine_anfragen_of_vorgang(vorgang_id))
    if not found:
        found.extend(_parsed_inquiry(library, record.number))
    return [n for n in dict.fromkeys(found) if n != record.number]


def _parsed_inquiry(library: Library, number: str) -> list[str]:
    doc = library.get_document(number)
    if doc is None or not doc.inquiry:
        return []
    try:
        return [normalize_number(doc.inquiry)]
    except DipError:
        return []


def _drain(queue: list[tuple[str, str | None]]) -> Iterable[tuple[str, str | None]]:
    """Iterate a list that grows while it is being iterated (related numbers are appended)."""
    index = 0
    while index < len(queue):
        yield queue[index]
        index += 1


def _tick(progress: Progress | None, done: int, total: int | None, label: str) -> None:
    if progress is not None:
        progress(done, total, label)
