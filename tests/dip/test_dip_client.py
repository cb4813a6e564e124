"""The DIP client against a real HTTP server: lookups, paging, retries, politeness and the key."""

from __future__ import annotations

import datetime as dt
import email.utils
import logging
import socket
import time
from pathlib import Path

import pytest
from dip_server import SAMPLE, DipServer, DipState, corpus_record, make_record

from drafter.dip import DipClient, open_client
from drafter.dip.records import normalize_number
from drafter.dip.retry import parse_retry_after, retry_delay
from drafter.errors import DipError


def test_find_drucksache_reads_the_real_record_shape(dip_server: DipServer, client: DipClient) -> None:
    dip_server.add(
        make_record("21/7107", SAMPLE["drucksachetyp"], SAMPLE["titel"], SAMPLE["datum"], "335836")
    )
    record = client.find_drucksache("21/7107")
    assert record is not None
    assert record.number == "21/7107"
    assert record.doc_type == "Beschlussempfehlung und Bericht"
    assert record.kind is None
    assert record.date == dt.date(2026, 7, 10)
    assert record.title.startswith(
        "zu dem Antrag des Präsidenten des Bundesrechnungshofes - Drucksache 21/6170 -"
    )
    assert "\r" not in record.title
    assert record.vorgang_ids == ("335836",)
    assert record.pdf_url == dip_server.root + "/btd/21/071/2107107.pdf"


def test_lookup_asks_for_the_bundestag_number(
    dip_server: DipServer, dip_state: DipState, client: DipClient
) -> None:
    assert client.find_drucksache("21/1521") is None
    (seen,) = dip_state.hits("/api/v1/drucksache")
    assert seen.params["f.dokumentnummer"] == ["21/1521"]
    assert seen.params["f.zuordnung"] == ["BT"]


def test_key_travels_in_the_header_never_in_the_url(
    dip_server: DipServer, dip_state: DipState, client: DipClient, dip_key: str
) -> None:
    client.find_drucksache("21/1521")
    (seen,) = dip_state.requests
    assert seen.authorization == f"ApiKey {dip_key}"
    assert "apikey" not in seen.params
    assert all(dip_key not in value for values in seen.params.values() for value in values)


def test_full_text_and_missing_text(dip_server: DipServer, client: DipClient) -> None:
    dip_server.add(corpus_record("21/1521", "Antwort", "4001"))
    dip_server.add(corpus_record("21/1243", "Kleine Anfrage", "4001"), text=False)
    with_text = client.drucksache_text("2101521")
    assert with_text is not None and with_text.has_text
    assert with_text.text is not None and with_text.text.startswith("Deutscher Bundestag Drucksache 21/1521")
    assert client.drucksache_text("2101243") is None


def test_cursor_paging_stops_when_the_cursor_repeats(
    dip_server: DipServer, dip_state: DipState, client: DipClient
) -> None:
    for index in range(7):
        dip_server.add(
            make_record(f"21/{100 + index}", "Antwort", f"Titel {index}", f"2025-09-{index + 1:02d}", "1")
        )
    pages = list(client.pages("/drucksache", {"f.drucksachetyp": "Antwort"}))
    assert [len(p.documents) for p in pages] == [3, 3, 1]
    assert {d["dokumentnummer"] for p in pages for d in p.documents} == {f"21/{100 + i}" for i in range(7)}
    requests = dip_state.hits("/api/v1/drucksache")
    assert len(requests) == 4  # three pages and the answer that repeats the last cursor
    assert requests[-1].params["cursor"] == [pages[-1].cursor]
    assert "cursor" not in requests[0].params


def test_paging_of_an_empty_listing_makes_one_request(dip_state: DipState, client: DipClient) -> None:
    assert list(client.pages("/drucksache", {"f.wahlperiode": 99})) == []
    assert len(dip_state.requests) == 1


def test_429_waits_as_long_as_retry_after_says(
    dip_server: DipServer, dip_state: DipState, client: DipClient, waits: list[float]
) -> None:
    dip_state.fail("/api/v1/drucksache", 429, headers={"Retry-After": "1"})
    dip_server.add(corpus_record("21/1521", "Antwort", "4001"))
    record = client.find_drucksache("21/1521")
    assert record is not None and record.number == "21/1521"
    assert len(dip_state.hits("/api/v1/drucksache")) == 2
    assert waits == [1.0]


def test_5xx_is_retried_with_exponential_backoff(
    dip_server: DipServer, dip_state: DipState, client: DipClient, waits: list[float]
) -> None:
    dip_server.add(corpus_record("21/1521", "Antwort", "4001"))
    dip_state.fail("/api/v1/drucksache-text/2101521", 500, times=2)
    record = client.drucksache_text("2101521")
    assert record is not None and record.has_text
    assert len(dip_state.hits("/api/v1/drucksache-text/2101521")) == 3
    assert waits == pytest.approx([0.01, 0.02])


def test_persistent_server_errors_end_in_a_german_message(dip_state: DipState, client: DipClient) -> None:
    dip_state.fail("/api/v1/drucksache", 500, times=10)
    with pytest.raises(DipError, match=r"Serverfehler \(HTTP 500\); aufgegeben nach 4 Versuchen"):
        client.find_drucksache("21/1521")
    assert len(dip_state.requests) == 4


def test_unreachable_server_is_reported_in_german(waits: list[float]) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    dip = DipClient(
        f"http://127.0.0.1:{port}/api/v1", "An.Unused-Key-1234", min_interval=0, backoff=0, retries=1
    )
    with pytest.raises(
        DipError, match=r"DIP ist nicht erreichbar .*keine Verbindung\. Aufgegeben nach 2 Versuchen"
    ):
        dip.find_drucksache("21/1521")


def test_missing_key_says_where_to_get_one(dip_state: DipState, dip_server: DipServer) -> None:
    with pytest.raises(DipError) as caught:
        DipClient(dip_server.base_url, None)
    message = caught.value.message
    assert "API-Schlüssel" in message and "DIP_API_KEY" in message and "[dip]" in message
    assert "„Über DIP“" in message and "Testschlüssel" in message and "Parlamentsdokumentation" in message
    assert "config.toml" in message
    with pytest.raises(DipError):
        DipClient(dip_server.base_url, "   ")
    assert dip_state.requests == []


def test_rejected_key_is_clear_and_never_repeated(
    dip_server: DipServer, dip_state: DipState, caplog: pytest.LogCaptureFixture
) -> None:
    dip_state.echo_key = True
    wrong = "Wr0ng.Key-ThatMustNotLeak42"
    caplog.set_level(logging.DEBUG)
    with DipClient(dip_server.base_url, wrong, min_interval=0) as dip, pytest.raises(DipError) as caught:
        dip.find_drucksache("21/1521")
    error = caught.value
    assert "DIP hat den API-Schlüssel abgelehnt (HTTP 401)" in error.message
    assert "Über DIP" in error.message
    (seen,) = dip_state.requests
    assert seen.authorization == f"ApiKey {wrong}"  # the server did get it (and echoed it back) ...
    for text in (str(error), repr(error), error.message, *map(str, error.args), caplog.text, repr(dip)):
        assert wrong not in text  # ... but drafter never repeats it


def test_key_echoed_in_an_error_body_is_scrubbed(
    dip_state: DipState, client: DipClient, dip_key: str, caplog: pytest.LogCaptureFixture
) -> None:
    dip_state.echo_key = True
    dip_state.fail("/api/v1/drucksache", 500, times=10)
    caplog.set_level(logging.DEBUG)
    with pytest.raises(DipError) as caught:
        client.find_drucksache("21/1521")
    assert dip_key not in str(caught.value) and dip_key not in caplog.text
    assert dip_key not in repr(client)


def test_pdf_download_never_carries_the_key(
    dip_server: DipServer, dip_state: DipState, client: DipClient
) -> None:
    dip_state.files["/btd/21/015/2101521.pdf"] = b"%PDF-1.4 test"
    assert client.download(dip_server.root + "/btd/21/015/2101521.pdf") == b"%PDF-1.4 test"
    (seen,) = dip_state.requests
    assert seen.authorization is None


def test_requests_keep_the_minimum_interval(dip_server: DipServer, waits: list[float], dip_key: str) -> None:
    def sleep(seconds: float) -> None:
        waits.append(seconds)
        time.sleep(seconds)

    with DipClient(dip_server.base_url, dip_key, min_interval=0.2, sleep=sleep) as dip:
        for _ in range(3):
            dip.get_json("/drucksache", {})
    assert len(waits) == 2
    assert all(0 < wait <= 0.2 for wait in waits)


@pytest.mark.parametrize(
    ("raw", "number"),
    [("19/21876", "19/21876"), (" Drucksache 19 / 21876 ", "19/21876"), ("BT-Drs. 21/07", "21/7")],
)
def test_numbers_are_normalised(raw: str, number: str) -> None:
    assert normalize_number(raw) == number


@pytest.mark.parametrize("raw", ["19-21876", "21/", "Antwort", "123/4"])
def test_malformed_numbers_are_refused_in_german(raw: str) -> None:
    with pytest.raises(DipError, match="keine Drucksachennummer"):
        normalize_number(raw)


def test_403_is_a_rejected_key_and_not_retried(dip_state: DipState, client: DipClient) -> None:
    dip_state.fail("/api/v1/drucksache", 403)
    with pytest.raises(DipError, match=r"abgelehnt \(HTTP 403\)"):
        client.find_drucksache("21/1521")
    assert len(dip_state.requests) == 1


def test_slow_answers_time_out_and_are_retried(dip_server: DipServer, dip_state: DipState) -> None:
    dip_state.delay = 0.5
    with (
        DipClient(
            dip_server.base_url, "Slow.Server-Key-123", min_interval=0, backoff=0, retries=1, timeout=0.1
        ) as dip,
        pytest.raises(DipError, match=r"Zeitüberschreitung\. Aufgegeben nach 2 Versuchen"),
    ):
        dip.find_drucksache("21/1521")
    assert len(dip_state.requests) == 2


def test_open_client_uses_the_config(dip_server: DipServer, dip_config: Path, dip_state: DipState) -> None:
    with open_client() as dip:
        assert dip.base_url == dip_server.base_url
        assert dip.find_drucksache("21/1") is None
    assert len(dip_state.requests) == 1


def test_long_waits_are_announced_in_german(dip_server: DipServer, dip_state: DipState, dip_key: str) -> None:
    told: list[str] = []
    waited: list[float] = []
    dip_state.fail("/api/v1/drucksache", 429, headers={"Retry-After": "30"})
    dip_state.fail("/api/v1/drucksache", 503, headers={"Retry-After": "1"})
    options = {"min_interval": 0, "sleep": waited.append, "notify": told.append}
    with DipClient(dip_server.base_url, dip_key, **options) as dip:  # type: ignore[arg-type]
        dip.find_drucksache("21/1521")
    assert waited == [30.0, 1.0]
    assert told == ["DIP antwortet nicht (HTTP 429); neuer Versuch in 30 s."]


def test_key_pasted_with_its_header_prefix_still_works(
    dip_server: DipServer, dip_state: DipState, dip_key: str
) -> None:
    with DipClient(dip_server.base_url, f"  ApiKey {dip_key} ", min_interval=0) as dip:
        dip.find_drucksache("21/1521")
    assert dip_state.requests[0].authorization == f"ApiKey {dip_key}"


def test_moved_pdf_is_followed_without_the_key(
    dip_server: DipServer, dip_state: DipState, client: DipClient
) -> None:
    dip_state.redirects["/btd/21/015/2101521.pdf"] = "/btd/21/015/2101521-neu.pdf"
    dip_state.files["/btd/21/015/2101521-neu.pdf"] = b"%PDF-1.7 moved"
    assert client.download(dip_server.root + "/btd/21/015/2101521.pdf") == b"%PDF-1.7 moved"
    assert [(r.path, r.authorization) for r in dip_state.requests] == [
        ("/btd/21/015/2101521.pdf", None),
        ("/btd/21/015/2101521-neu.pdf", None),
    ]


def test_missing_pdf_is_reported_in_german(dip_server: DipServer, client: DipClient) -> None:
    with pytest.raises(DipError, match=r"Das PDF unter .*/btd/x\.pdf ist nicht abrufbar \(HTTP 404\)"):
        client.download(dip_server.root + "/btd/x.pdf")


@pytest.mark.parametrize(
    ("header", "seconds"),
    [("7", 7.0), (None, None), ("bald", None), ("Thu, 01 Jan 1970 00:00:00 GMT", 0.0)],
)
def test_retry_after_is_read_as_seconds_or_date(header: str | None, seconds: float | None) -> None:
    assert parse_retry_after(header) == seconds


def test_retry_after_as_a_future_date() -> None:
    later = email.utils.format_datetime(dt.datetime.now(dt.UTC) + dt.timedelta(seconds=90), usegmt=True)
    assert 80 <= (parse_retry_after(later) or 0) <= 90


def test_waits_double_and_are_capped() -> None:
    assert [retry_delay(n, 1.0, None) for n in range(4)] == [1.0, 2.0, 4.0, 8.0]
    assert retry_delay(20, 1.0, None) == 300.0
    assert retry_delay(0, 1.0, "86400") == 300.0
