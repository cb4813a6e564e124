"""Fetching by number against the DIP-shaped server, checked in a real SQLite library file."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from dip_server import SAMPLE, DipServer, DipState, corpus_record, make_record

from drafter.dip import DipClient, fetch_numbers, summarize
from drafter.errors import DipError
from drafter.library import Library
from drafter.models import Kind, Origin, Status

PDF = Path(__file__).resolve().parents[1] / "data" / "pdf" / "21_1173-antwort.pdf"


@pytest.fixture
def library(db_path: Path) -> Any:
    with Library(db_path) as lib:
        yield lib


@pytest.fixture
def pair(dip_server: DipServer) -> None:
    """Antwort 21/1521 and the Kleine Anfrage 21/1243 it answers, in one Vorgang, plus an unrelated pair."""
    dip_server.add(corpus_record("21/1521", "Antwort", "4001"))
    dip_server.add(corpus_record("21/1243", "Kleine Anfrage", "4001"))
    dip_server.add(corpus_record("21/1206", "Antwort", "4002"))
    dip_server.add(corpus_record("21/1048", "Kleine Anfrage", "4002"))


def _meta(db_path: Path, number: str) -> dict[str, Any]:
    with sqlite3.connect(db_path) as conn:
        (meta,) = conn.execute("SELECT meta FROM documents WHERE number = ?", (number,)).fetchone()
    return dict(json.loads(meta))


def test_antwort_and_its_kleine_anfrage_land_in_the_library(
    pair: None, client: DipClient, library: Library, db_path: Path
) -> None:
    report = fetch_numbers(library, client, ["21/1521"])
    assert [(o.number, o.status, o.related_to) for o in report.outcomes] == [
        ("21/1521", "imported", None),
        ("21/1243", "imported", "21/1521"),
    ]
    antwort, anfrage = library.get_document("21/1521"), library.get_document("21/1243")
    assert antwort is not None and anfrage is not None
    assert antwort.kind is Kind.ANTWORT and antwort.inquiry == "21/1243" and antwort.origin is Origin.DIP
    assert len(antwort.questions) == 9 and all(q.status is not Status.UNANSWERED for q in antwort.questions)
    assert anfrage.kind is Kind.KLEINE_ANFRAGE and len(anfrage.questions) == 9
    assert {s.number for s in library.documents()} == {"21/1521", "21/1243"}
    assert summarize(report) == "2 Drucksachen: 2 neu aufgenommen."


def test_dip_metadata_is_stored_with_the_document(
    pair: None, dip_server: DipServer, client: DipClient, library: Library, db_path: Path
) -> None:
    fetch_numbers(library, client, ["21/1521"], related=False)
    meta = _meta(db_path, "21/1521")
    assert meta["dip_id"] == "2101521"
    assert meta["dokumentnummer"] == "21/1521"
    assert meta["drucksachetyp"] == "Antwort"
    assert meta["datum"] == "2025-09-08"
    assert meta["titel"] == "Bundeswehrmanöver „Red Storm Bravo“"
    assert meta["urheber"] == ["Bundesregierung"]
    assert meta["vorgang_ids"] == ["4001"]
    assert meta["pdf_url"] == dip_server.root + "/btd/21/015/2101521.pdf"
    assert meta["pdf_hash"] == SAMPLE["pdf_hash"] and meta["aktualisiert"] == SAMPLE["aktualisiert"]
    assert meta["text_from"] == "dip" and meta["wahlperiode"] == 21


def test_related_kleine_anfrage_is_found_through_the_vorgang(
    pair: None, dip_state: DipState, client: DipClient, library: Library
) -> None:
    fetch_numbers(library, client, ["21/1521"])
    (seen,) = dip_state.hits("/api/v1/vorgangsposition")
    assert seen.params["f.vorgang"] == ["4001"]


def test_parsed_inquiry_number_is_the_fallback_without_a_vorgang(
    dip_server: DipServer, dip_state: DipState, client: DipClient, library: Library
) -> None:
    dip_server.add(corpus_record("21/1521", "Antwort", "4001", vorgangsbezug=[], vorgangsbezug_anzahl=0))
    dip_server.add(corpus_record("21/1243", "Kleine Anfrage", "4999"))
    report = fetch_numbers(library, client, ["21/1521"])
    assert [(o.number, o.related_to) for o in report.outcomes] == [("21/1521", None), ("21/1243", "21/1521")]
    assert dip_state.hits("/api/v1/vorgangsposition") == []


def test_no_related_fetches_only_the_number(
    pair: None, dip_state: DipState, client: DipClient, library: Library
) -> None:
    report = fetch_numbers(library, client, ["21/1521"], related=False)
    assert [o.number for o in report.outcomes] == ["21/1521"]
    assert library.get_document("21/1243") is None
    assert dip_state.hits("/api/v1/vorgangsposition") == []


def test_a_kleine_anfrage_brings_no_related_document(pair: None, client: DipClient, library: Library) -> None:
    report = fetch_numbers(library, client, ["21/1243"])
    assert [o.number for o in report.outcomes] == ["21/1243"]


def test_second_fetch_is_unchanged(pair: None, client: DipClient, library: Library) -> None:
    fetch_numbers(library, client, ["21/1521", "21/1206"])
    again = fetch_numbers(library, client, ["21/1521", "21/1206"])
    assert {o.status for o in again.outcomes} == {"unchanged"}
    assert len(again.outcomes) == 4
    assert len(library.documents()) == 4
    assert summarize(again) == "4 Drucksachen: 4 unverändert."


def test_changed_text_replaces_the_document(
    pair: None, dip_state: DipState, client: DipClient, library: Library
) -> None:
    fetch_numbers(library, client, ["21/1521"], related=False)
    record = dip_state.records["2101521"]
    record["text"] = record["text"].replace("Red Storm Bravo", "Red Storm Charlie", 1)
    report = fetch_numbers(library, client, ["21/1521"], related=False)
    assert report.outcomes[0].status == "replaced"


def test_a_number_asked_twice_is_fetched_once(
    pair: None, dip_state: DipState, client: DipClient, library: Library
) -> None:
    report = fetch_numbers(library, client, ["21/1521", "Drucksache 21/1521", "21/1243"])
    assert [o.number for o in report.outcomes] == ["21/1521", "21/1243"]
    assert len(dip_state.hits("/api/v1/drucksache-text/2101243")) == 1


def test_unknown_number_is_reported_in_german(pair: None, client: DipClient, library: Library) -> None:
    report = fetch_numbers(library, client, ["21/99999"])
    (outcome,) = report.outcomes
    assert outcome.status == "not_found"
    assert outcome.message == "DIP kennt keine Bundestagsdrucksache 21/99999."
    assert not report.ok


def test_other_drucksache_types_are_skipped(
    dip_server: DipServer, client: DipClient, library: Library
) -> None:
    dip_server.add(
        make_record("21/7107", SAMPLE["drucksachetyp"], SAMPLE["titel"], SAMPLE["datum"], "335836")
    )
    (outcome,) = fetch_numbers(library, client, ["21/7107"]).outcomes
    assert outcome.status == "skipped"
    assert (
        "„Beschlussempfehlung und Bericht“" in outcome.message
        and "nur Antworten und Kleine Anfragen" in outcome.message
    )
    assert library.documents() == []


def test_missing_text_is_reported_and_nothing_is_stored(
    dip_server: DipServer, dip_state: DipState, client: DipClient, library: Library
) -> None:
    dip_server.add(corpus_record("21/1173", "Antwort", "4003"), text=False)
    (outcome, *_) = fetch_numbers(library, client, ["21/1173"], related=False).outcomes
    assert outcome.status == "no_text"
    assert outcome.message.startswith("DIP hat für Drucksache 21/1173 noch keinen Volltext.")
    assert "--allow-pdf" in outcome.message
    assert library.get_document("21/1173") is None
    assert not any(r.path.startswith("/btd/") for r in dip_state.requests)


def test_empty_text_counts_as_missing(dip_server: DipServer, client: DipClient, library: Library) -> None:
    dip_server.add(corpus_record("21/1173", "Antwort", "4003", text=""))
    (outcome,) = fetch_numbers(library, client, ["21/1173"], related=False).outcomes
    assert outcome.status == "no_text"


def test_pdf_fallback_when_allowed(
    dip_server: DipServer, dip_state: DipState, client: DipClient, library: Library, db_path: Path
) -> None:
    dip_server.add(corpus_record("21/1173", "Antwort", "4003"), text=False)
    dip_state.files["/btd/21/011/2101173.pdf"] = PDF.read_bytes()
    (outcome,) = fetch_numbers(library, client, ["21/1173"], related=False, allow_pdf=True).outcomes
    assert (outcome.status, outcome.via_pdf) == ("imported", True)
    assert "aus dem PDF" in outcome.message
    doc = library.get_document("21/1173")
    assert doc is not None and doc.origin is Origin.PDF and doc.source.endswith("/btd/21/011/2101173.pdf")
    assert len(doc.questions) == 14
    assert _meta(db_path, "21/1173")["text_from"] == "pdf"
    (pdf_request,) = dip_state.hits("/btd/21/011/2101173.pdf")
    assert pdf_request.authorization is None


def test_pdf_fallback_that_is_no_pdf_fails_in_german(
    dip_server: DipServer, dip_state: DipState, client: DipClient, library: Library
) -> None:
    dip_server.add(corpus_record("21/1173", "Antwort", "4003"), text=False)
    dip_state.files["/btd/21/011/2101173.pdf"] = b"<html>Wartungsarbeiten</html>"
    (outcome,) = fetch_numbers(library, client, ["21/1173"], related=False, allow_pdf=True).outcomes
    assert outcome.status == "failed"
    assert "liegt kein PDF" in outcome.message


def test_text_that_is_no_antwort_fails_without_stopping_the_run(
    pair: None, dip_server: DipServer, client: DipClient, library: Library
) -> None:
    dip_server.add(
        corpus_record("21/1210", "Antwort", "4005", text="Deutscher Bundestag\nInhaltsverzeichnis\n")
    )
    report = fetch_numbers(library, client, ["21/1210", "21/1206"], related=False)
    assert [(o.number, o.status) for o in report.outcomes] == [("21/1210", "failed"), ("21/1206", "imported")]
    assert report.outcomes[0].message


def test_server_error_once_is_retried_and_imported(
    pair: None, dip_state: DipState, client: DipClient, library: Library
) -> None:
    dip_state.fail("/api/v1/drucksache-text/2101521", 500)
    report = fetch_numbers(library, client, ["21/1521"], related=False)
    assert report.outcomes[0].status == "imported"
    assert len(dip_state.hits("/api/v1/drucksache-text/2101521")) == 2


def test_malformed_number_stops_before_any_request(
    dip_state: DipState, client: DipClient, library: Library
) -> None:
    with pytest.raises(DipError, match="„21-1521“ ist keine Drucksachennummer"):
        fetch_numbers(library, client, ["21/1521", "21-1521"])
    assert dip_state.requests == []


def test_progress_is_reported(pair: None, client: DipClient, library: Library) -> None:
    seen: list[tuple[int, int | None, str]] = []
    fetch_numbers(
        library, client, ["21/1521"], progress=lambda done, total, label: seen.append((done, total, label))
    )
    assert seen[0] == (0, 1, "Drucksache 21/1521")
    assert seen[-1] == (2, 2, "fertig")


def test_dip_number_wins_over_a_misprinted_header(
    dip_server: DipServer, client: DipClient, library: Library
) -> None:
    record = corpus_record("21/1521", "Antwort", "4001")
    record["text"] = record["text"].replace("Drucksache 21/1521", "Drucksache 21/1512", 1)
    dip_server.add(record)
    fetch_numbers(library, client, ["21/1521"], related=False)
    assert library.get_document("21/1512") is None
    doc = library.get_document("21/1521")
    assert doc is not None and doc.number == "21/1521" and doc.title == "Bundeswehrmanöver „Red Storm Bravo“"


def test_dip_failing_midway_keeps_what_was_stored(
    pair: None, dip_state: DipState, client: DipClient, library: Library
) -> None:
    dip_state.fail("/api/v1/drucksache-text/2101206", 502, times=10)
    report = fetch_numbers(library, client, ["21/1521", "21/1206"], related=False)
    assert [(o.number, o.status) for o in report.outcomes] == [("21/1521", "imported")]
    assert not report.complete and not report.ok
    assert report.error is not None and "Serverfehler (HTTP 502)" in report.error
    assert summarize(report).startswith(
        "1 Drucksache: 1 neu aufgenommen. Abgebrochen: DIP meldet Serverfehler"
    )
    assert library.get_document("21/1521") is not None


def test_dip_failing_at_once_raises(
    pair: None, dip_state: DipState, client: DipClient, library: Library
) -> None:
    dip_state.fail("/api/v1/drucksache", 500, times=10)
    with pytest.raises(DipError, match="Serverfehler"):
        fetch_numbers(library, client, ["21/1521"])


def test_refetch_of_an_unchanged_text_refreshes_dip_metadata(
    pair: None, dip_server: DipServer, client: DipClient, library: Library
) -> None:
    fetch_numbers(library, client, ["21/1521"], related=False)
    record = dip_server.state.records["2101521"]
    record["aktualisiert"] = "2026-11-20T09:00:00+01:00"
    again = fetch_numbers(library, client, ["21/1521"], related=False)
    assert [o.status for o in again.outcomes] == ["unchanged"]
    meta = library.document_meta("21/1521")
    assert meta["aktualisiert"] == "2026-11-20T09:00:00+01:00"
    assert meta["pdf_url"] == dip_server.root + "/btd/21/015/2101521.pdf"
    assert library.document_meta("21/9999") == {}
