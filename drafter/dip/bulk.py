"""Bulk fetch: every Antwort (or Kleine Anfrage) of a Wahlperiode or date range, resumable.

The listing comes from ``/drucksache-text``, which returns metadata and full text together (10 per
page), so a run needs about one request per ten documents instead of two per document. After each
fully imported page the cursor is bookmarked (``BulkState``); an interrupted run (Ctrl-C, network
gone, DIP down) continues from there next time. Documents of a half-done page are imported again
on resume and come back "unchanged".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from drafter.dip.client import DipClient, Page
from drafter.dip.importing import import_record
from drafter.dip.records import parse_record
from drafter.dip.report import FetchOutcome, FetchReport, Progress
from drafter.dip.state import BulkState, Resume
from drafter.errors import DipError
from drafter.library import Library

TYPES = ("Antwort", "Kleine Anfrage")


@dataclass(frozen=True)
class BulkQuery:
    """What to list: DIP's f.wahlperiode, f.drucksachetyp, f.datum.start/end (dates inclusive)."""

    wahlperiode: int | None = None
    doc_type: str = "Antwort"
    since: dt.date | None = None
    until: dt.date | None = None

    def params(self) -> dict[str, str | int]:
        params: dict[str, str | int] = {"f.drucksachetyp": self.doc_type, "f.zuordnung": "BT"}
        if self.wahlperiode is not None:
            params["f.wahlperiode"] = self.wahlperiode
        if self.since is not None:
            params["f.datum.start"] = self.since.isoformat()
        if self.until is not None:
            params["f.datum.end"] = self.until.isoformat()
        return params

    def key(self) -> str:
        """A stable text naming the query, used to find its bookmark."""
        return "&".join(f"{name}={value}" for name, value in sorted(self.params().items()))

    def describe(self) -> str:
        parts = [f"{self.doc_type}en" if self.doc_type == "Antwort" else "Kleine Anfragen"]
        if self.wahlperiode is not None:
            parts.append(f"der {self.wahlperiode}. Wahlperiode")
        if self.since is not None:
            parts.append(f"ab {self.since:%d.%m.%Y}")
        if self.until is not None:
            parts.append(f"bis {self.until:%d.%m.%Y}")
        return " ".join(parts)


def fetch_bulk(
    library: Library,
    client: DipClient,
    query: BulkQuery,
    *,
    state: BulkState | None = None,
    allow_pdf: bool = False,
    progress: Progress | None = None,
) -> FetchReport:
    """Import every listed document page by page; continue from ``state``'s bookmark if there is one."""
    if query.doc_type not in TYPES:
        raise DipError(f"Unbekannter Drucksachentyp „{query.doc_type}“; möglich: {', '.join(TYPES)}.")
    resume = state.load(query.key()) if state else None
    done = resume.done if resume else 0
    outcomes: list[FetchOutcome] = []
    for page in client.pages("/drucksache-text", query.params(), cursor=resume.cursor if resume else None):
        for document in page.documents:
            outcomes.append(_import_listed(library, client, document, allow_pdf))
            done += 1
            if progress is not None:
                progress(done, max(page.num_found, done), f"Drucksache {outcomes[-1].number}")
        _bookmark(state, query, page, done)
    if state is not None:
        state.clear(query.key())
    return FetchReport(tuple(outcomes))


def _import_listed(
    library: Library, client: DipClient, document: Mapping[str, Any], allow_pdf: bool
) -> FetchOutcome:
    """One listed document; a record DIP sent without id or number is reported, not fatal."""
    try:
        record = parse_record(document)
    except DipError as error:
        return FetchOutcome("?", "failed", error.message)
    return import_record(library, client, record, allow_pdf=allow_pdf)


def _bookmark(state: BulkState | None, query: BulkQuery, page: Page, done: int) -> None:
    if state is not None and page.cursor:
        state.save(query.key(), Resume(page.cursor, done, page.num_found))
