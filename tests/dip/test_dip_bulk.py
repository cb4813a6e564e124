"""Bulk fetch against the DIP-shaped server: paging, resume after an interruption, idempotence."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from dip_server import DipServer, DipState, corpus_record

from drafter.dip import BulkQuery, BulkState, DipClient, fetch_bulk, summarize
from drafter.dip.client import DipRequestError
from drafter.dip.state import Resume
from drafter.errors import DipError
from drafter.library import Library

ANTWORTEN = ("21/1521", "21/1206", "21/927", "21/1210", "21/1023", "21/434", "21/890")
LISTING = "/api/v1/drucksache-text"
QUERY = BulkQuery(wahlperiode=21, doc_type="Antwort")


@pytest.fixture
def library(db_path: Path) -> Iterator[Library]:
    with Library(db_path) as lib:
        yield lib


@pytest.fixture
def state(tmp_path: Path) -> BulkState:
    return BulkState(tmp_path / "state" / "dip-bulk.json", "library-under-test")


@pytest.fixture
def antworten(dip_server: DipServer) -> None:
    """Seven real Antworten (three pages of three) and one Kleine Anfrage the query must not list."""
    for index, number in enumerate(ANTWORTEN):
        dip_server.add(corpus_record(number, "Antwort", str(5000 + index)))
    dip_server.add(corpus_record("21/1243", "Kleine Anfrage", "5000"))


def test_bulk_imports_every_page(
    antworten: None, dip_state: DipState, client: DipClient, library: Library, state: BulkState
) -> None:
    report = fetch_bulk(library, client, QUERY, state=state)
    assert sorted(o.number for o in report.outcomes) == sorted(ANTWORTEN)
    assert {o.status for o in report.outcomes} == {"imported"}
    assert {d.number for d in library.documents()} == set(ANTWORTEN)
    requests = dip_state.hits(LISTING)
    assert len(requests) == 4  # three pages, then the repeated cursor
    cursors = [r.params.get("cursor", [None])[0] for r in requests]
    assert cursors[0] is None and len(set(cursors[1:])) == 3  # each page asked with the previous cursor
    first = requests[0].params
    assert first["f.wahlperiode"] == ["21"] and first["f.drucksachetyp"] == ["Antwort"]
    assert first["f.zuordnung"] == ["BT"] and "cursor" not in first
    assert dip_state.hits("/api/v1/drucksache") == []  # texts come with the listing
    assert state.load(QUERY.key()) is None  # a finished run leaves no bookmark
    assert summarize(report) == "7 Drucksachen: 7 neu aufgenommen."


def test_dates_are_sent_as_dip_filters(
    antworten: None, dip_state: DipState, client: DipClient, library: Library
) -> None:
    query = BulkQuery(doc_type="Antwort", since=dt.date(2025, 8, 1), until=dt.date(2025, 8, 31))
    report = fetch_bulk(library, client, query)
    params = dip_state.hits(LISTING)[0].params
    assert params["f.datum.start"] == ["2025-08-01"] and params["f.datum.end"] == ["2025-08-31"]
    assert "f.wahlperiode" not in params
    dates = {library.get_document(o.number).date for o in report.outcomes}  # type: ignore[union-attr]
    assert dates and all(dt.date(2025, 8, 1) <= d <= dt.date(2025, 8, 31) for d in dates if d)


def test_second_run_reports_unchanged(
    antworten: None, client: DipClient, library: Library, state: BulkState
) -> None:
    fetch_bulk(library, client, QUERY, state=state)
    again = fetch_bulk(library, client, QUERY, state=state)
    assert len(again.outcomes) == len(ANTWORTEN)
    assert {o.status for o in again.outcomes} == {"unchanged"}
    assert len(library.documents()) == len(ANTWORTEN)


def test_run_broken_by_the_server_resumes_where_it_stopped(
    antworten: None, dip_state: DipState, client: DipClient, library: Library, state: BulkState
) -> None:
    original = dict(dip_state.records)

    def stop_on_third_page(done: int, total: int | None, label: str) -> None:
        if done == 6:  # second page fully handled: DIP goes down from now on
            dip_state.fail(LISTING, 503, times=10)

    with pytest.raises(DipError, match="HTTP 503"):
        fetch_bulk(library, client, QUERY, state=state, progress=stop_on_third_page)
    bookmark = state.load(QUERY.key())
    assert bookmark is not None and (bookmark.done, bookmark.total) == (6, 7)
    assert len(library.documents()) == 6

    dip_state.failures.clear()
    before = len(dip_state.hits(LISTING))
    report = fetch_bulk(library, client, QUERY, state=state)
    resumed = dip_state.hits(LISTING)[before:]
    pages = [r.params.get("cursor", [None])[0] for r in resumed]
    assert pages[0] == bookmark.cursor  # continued, did not start over
    assert [o.status for o in report.outcomes] == ["imported"]
    assert {d.number for d in library.documents()} == set(ANTWORTEN)
    assert state.load(QUERY.key()) is None
    assert dip_state.records == original


def test_ctrl_c_mid_page_resumes_and_redoes_that_page_unchanged(
    antworten: None, dip_state: DipState, client: DipClient, library: Library, state: BulkState
) -> None:
    def interrupt(done: int, total: int | None, label: str) -> None:
        if done == 5:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        fetch_bulk(library, client, QUERY, state=state, progress=interrupt)
    bookmark = state.load(QUERY.key())
    assert bookmark is not None and bookmark.done == 3
    report = fetch_bulk(library, client, QUERY, state=state)
    assert [o.status for o in report.outcomes] == ["unchanged", "unchanged", "imported", "imported"]
    assert len(library.documents()) == len(ANTWORTEN)


def test_progress_counts_on_from_the_bookmark(
    antworten: None, client: DipClient, library: Library, state: BulkState
) -> None:
    def interrupt(done: int, total: int | None, label: str) -> None:
        if done == 4:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        fetch_bulk(library, client, QUERY, state=state, progress=interrupt)
    seen: list[tuple[int, int | None]] = []
    fetch_bulk(
        library, client, QUERY, state=state, progress=lambda done, total, label: seen.append((done, total))
    )
    assert seen == [(4, 7), (5, 7), (6, 7), (7, 7)]


def test_bookmarks_are_per_query(
    antworten: None, client: DipClient, library: Library, state: BulkState
) -> None:
    def interrupt(done: int, total: int | None, label: str) -> None:
        if done == 4:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        fetch_bulk(library, client, QUERY, state=state, progress=interrupt)
    other = BulkQuery(wahlperiode=21, doc_type="Kleine Anfrage")
    assert state.load(other.key()) is None
    report = fetch_bulk(library, client, other, state=state)
    assert [o.number for o in report.outcomes] == ["21/1243"]
    assert state.load(QUERY.key()) is not None


def test_unreadable_bookmark_file_means_starting_over(
    antworten: None, client: DipClient, library: Library, state: BulkState
) -> None:
    state.path.parent.mkdir(parents=True)
    state.path.write_text("{kaputt", encoding="utf-8")
    report = fetch_bulk(library, client, QUERY, state=state)
    assert len(report.outcomes) == len(ANTWORTEN)


def test_429_during_a_bulk_run_waits_and_continues(
    antworten: None, dip_state: DipState, client: DipClient, library: Library, waits: list[float]
) -> None:
    dip_state.fail(LISTING, 429, headers={"Retry-After": "0"})
    report = fetch_bulk(library, client, QUERY)
    assert len(report.outcomes) == len(ANTWORTEN)
    assert waits == [0.0]


def test_listed_document_without_text_is_reported(
    antworten: None, dip_server: DipServer, client: DipClient, library: Library
) -> None:
    dip_server.add(corpus_record("21/1173", "Antwort", "5100"), text=False)
    report = fetch_bulk(library, client, QUERY)
    (missing,) = report.by_status("no_text")
    assert missing.number == "21/1173" and "noch keinen Volltext" in missing.message
    assert "1 ohne Text" in summarize(report)


def test_unknown_type_is_refused(client: DipClient, library: Library) -> None:
    with pytest.raises(DipError, match="Unbekannter Drucksachentyp „Antrag“"):
        fetch_bulk(library, client, BulkQuery(wahlperiode=21, doc_type="Antrag"))


def test_bookmark_dip_no_longer_accepts_starts_over(
    antworten: None, dip_state: DipState, client: DipClient, library: Library, state: BulkState
) -> None:
    fetch_bulk(library, client, BulkQuery(wahlperiode=21, doc_type="Antwort", until=dt.date(2025, 8, 1)))
    state.save(QUERY.key(), Resume("AoJexpired-cursor", 3, 7))
    report = fetch_bulk(library, client, QUERY, state=state)
    assert len(report.outcomes) == len(ANTWORTEN)
    assert dip_state.hits(LISTING)[-5].params["cursor"] == ["AoJexpired-cursor"]
    assert state.load(QUERY.key()) is None


def test_invalid_cursor_in_a_fresh_run_is_an_error(dip_state: DipState, client: DipClient) -> None:
    with pytest.raises(DipRequestError, match=r"HTTP 400\): Invalid cursor"):
        list(client.pages("/drucksache", {}, cursor="AoJ!!"))
