"""Bulk fetch: every Antwort (or Kleine Anfrage) of a Wahlperiode or date range, resumable.

The listing comes from ``/drucksache-text``, which returns metadata and full text together (10 per
page), so a run needs about one request per ten documents instead of two per document. After each
fully imported page the cursor is bookmarked (``BulkState``); an interrupted run (Ctrl-C, network
gone, DIP down) continues from there next time. Documents of a half-done page are imported again
on resume and come back "unchanged".
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from drafter.dip.client import DipClient, DipRequestError, Page
from drafter.dip.importing import import_record
from drafter.dip.records import parse_record
from drafter.dip.report import FetchOutcome, FetchReport, Progress
from drafter.dip.state import BulkState, Resume
from drafter.errors import DipError
from drafter.library import Library

TYPES = ("Antwort", "Kleine Anfrage")
log = logging.getLogger(__name__)


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
    """Import every listed document page by page; continue from ``state``'s bookmark if there is one.

    A bookmark DIP no longer accepts (400 "Invalid cursor" on the very first request) is dropped
    and the run starts from the beginning; already imported documents then come back "unchanged".
    """
    if query.doc_type not in TYPES:
        raise DipError(f"Unbekannter Drucksachentyp „{query.doc_type}“; möglich: {', '.join(TYPES)}.")
    resume = state.load(query.key()) if state else None
    outcomes: list[FetchOutcome] = []
    run = _Run(library, client, query, state, allow_pdf, progress)
    try:
        run.pages(resume, outcomes)
    except DipRequestError as error:
        if resume is None or outcomes or error.status != 400 or state is None:
            raise
        log.warning("DIP lehnt das Lesezeichen ab (%s); der Abruf beginnt von vorn.", error.message)
        state.clear(query.key())
        run.pages(None, outcomes)
    if state is not None:
        state.clear(query.key())
    return FetchReport(tuple(outcomes))


@dataclass(frozen=True)
class _Run:
    """The fixed parts of one bulk run, so the page loop stays short."""

    library: Library
    client: DipClient
    query: BulkQuery
    state: BulkState | None
    allow_pdf: bool
    progress: Progress | None

    def pages(self, resume: Resume | None, outcomes: list[FetchOutcome]) -> None:
        """Import page after page from ``resume`` on, appending to ``outcomes`` as it goes."""
        done = resume.done if resume else 0
        cursor = resume.cursor if resume else None
        for page in self.client.pages("/drucksache-text", self.query.params(), cursor=cursor):
            for document in page.documents:
                outcomes.append(_import_listed(self.library, self.client, document, self.allow_pdf))
                done += 1
                if self.progress is not None:
                    self.progress(done, max(page.num_found, done), f"Drucksache {outcomes[-1].number}")
            _bookmark(self.state, self.query, page, done)


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
