"""A real HTTP server on 127.0.0.1 that answers like the DIP API (openapi v1.4), for the DIP tests.

Records are shaped from the real record ``tests/data/dip/sample-drucksache-record.json`` (every
field the API sends, same types); full texts are the real DIP texts in ``tests/data/bundestag/``.
It implements what drafter uses: ``/drucksache`` and ``/drucksache-text`` listings with the
f.dokumentnummer, f.wahlperiode, f.drucksachetyp, f.datum.start/end and f.zuordnung filters and cursor
paging (the last cursor repeats with no documents, as the spec describes), ``/drucksache-text/{id}``
(404 "ID not found" when there is no text), ``/vorgangsposition?f.vorgang=``, the 401 answer of a
missing or wrong key, and plain PDF files under ``/btd/``. Tests can queue failures (429 with
Retry-After, 500) for a path, and read ``requests`` to see what was asked and how.
"""

from __future__ import annotations

import base64
import copy
import json
import re
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

DATA = Path(__file__).resolve().parents[1] / "data"
SAMPLE = json.loads((DATA / "dip" / "sample-drucksache-record.json").read_text(encoding="utf-8"))
UNAUTHORIZED = (
    "An API key is required to access this service. Please refer to https://dip.bundestag.de/über-dip/"
    "hilfe/api how to apply for a key. Misuse of this service may lead to blocking your requests."
)
API = "/api/v1"


@dataclass
class Seen:
    """One request as the server received it."""

    path: str
    params: dict[str, list[str]]
    authorization: str | None


@dataclass
class DipState:
    """What the server knows and what it was asked; tests change it between requests."""

    key: str
    page_size: int = 3
    records: dict[str, dict[str, Any]] = field(default_factory=dict)  # id -> DrucksacheText
    no_text: set[str] = field(default_factory=set)  # ids whose /drucksache-text/{id} is 404
    files: dict[str, bytes] = field(default_factory=dict)  # /btd/... -> PDF bytes
    redirects: dict[str, str] = field(default_factory=dict)  # /btd/... -> where it moved
    failures: dict[str, list[tuple[int, dict[str, str]]]] = field(default_factory=lambda: defaultdict(list))
    requests: list[Seen] = field(default_factory=list)
    echo_key: bool = False  # error bodies quote the key they got, as careless servers do
    down_after: dict[str, int] = field(default_factory=dict)  # path -> answers served before 503s
    served: Counter[str] = field(default_factory=Counter)  # path -> successful answers so far
    delay: float = 0.0  # seconds every API answer takes

    def fail(self, path: str, status: int, times: int = 1, headers: dict[str, str] | None = None) -> None:
        """Answer the next ``times`` requests to ``path`` (query ignored) with ``status``."""
        self.failures[path].extend([(status, headers or {})] * times)

    def hits(self, path: str) -> list[Seen]:
        return [r for r in self.requests if r.path == path]


def make_record(
    number: str, doc_type: str, title: str, date: str, vorgang: str, **extra: Any
) -> dict[str, Any]:
    """A Drucksache record exactly as the real sample is built, with this document's values."""
    record = copy.deepcopy(SAMPLE)
    wahlperiode, serial = number.split("/")
    record_id = str(extra.pop("id", f"{wahlperiode}{int(serial):05d}"))  # 21/1521 -> "2101521"
    pdf = f"/btd/{wahlperiode}/{int(serial) // 100:03d}/{wahlperiode}{int(serial):05d}.pdf"
    originator = extra.pop("urheber", "Bundesregierung" if doc_type == "Antwort" else "Fraktion Die Linke")
    record.update(
        id=record_id,
        drucksachetyp=doc_type,
        dokumentnummer=number,
        wahlperiode=int(wahlperiode),
        titel=title,
        datum=date,
        vorgangsbezug=[{"id": vorgang, "titel": title, "vorgangstyp": "Kleine Anfrage"}],
        urheber=[{"einbringer": True, "bezeichnung": "BRg", "titel": originator}],
    )
    record["fundstelle"].update(
        id=record_id,
        dokumentnummer=number,
        datum=date,
        drucksachetyp=doc_type,
        urheber=[originator],
        pdf_url=pdf,
    )
    record.update(extra)
    return record


def corpus_text(number: str, doc_type: str) -> str:
    suffix = "antwort" if doc_type == "Antwort" else "kleine-anfrage"
    return (DATA / "bundestag" / f"{number.replace('/', '_')}-{suffix}.txt").read_text(encoding="utf-8")


def corpus_record(number: str, doc_type: str, vorgang: str, **extra: Any) -> dict[str, Any]:
    """A record whose text, date and title come from the real DIP text of ``number``."""
    text = corpus_text(number, doc_type)
    day, month, year = re.search(r"Wahlperiode (\d\d)\.(\d\d)\.(\d{4})", text).groups()  # type: ignore[union-attr]
    record = make_record(number, doc_type, _title(text), f"{year}-{month}-{day}", vorgang, **extra)
    record.setdefault("text", text)
    return record


def _title(text: str) -> str:
    """The heading under an Antwort's "– Drucksache … –" line (up to two lines), or the line under a
    Kleine Anfrage's "... der Fraktion ..." line."""
    lines = text.splitlines()
    antwort = next((i for i, line in enumerate(lines) if line.startswith("– Drucksache")), None)
    if antwort is None:
        start = next(i for i, line in enumerate(lines) if re.match(r"^(.*\bder )?Fraktion\b", line))
        return lines[start + 1].strip()
    title = []
    for line in lines[antwort + 1 : antwort + 3]:
        if line.startswith(("V o r b e m", "Vorbemerkung")):
            break
        title.append(line.strip())
    return "\r\n".join(title)


class _QuietServer(ThreadingHTTPServer):
    """Clients that give up (timeouts) leave broken pipes; that is expected here, not an error."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass


class DipServer:
    """``ThreadingHTTPServer`` on a free port of 127.0.0.1, serving ``state`` until ``stop()``."""

    def __init__(self, state: DipState) -> None:
        self.state = state
        self.httpd = _QuietServer(("127.0.0.1", 0), _handler(state))
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)

    @property
    def root(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    @property
    def base_url(self) -> str:
        return self.root + API

    def start(self) -> DipServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)

    def add(self, record: dict[str, Any], *, text: bool = True) -> None:
        """Serve ``record``; without ``text`` its /drucksache-text/{id} is a 404 and listings omit it."""
        self.state.records[record["id"]] = record
        if record.get("fundstelle", {}).get("pdf_url", "").startswith("/"):
            record["fundstelle"]["pdf_url"] = self.root + record["fundstelle"]["pdf_url"]
        if not text:
            self.state.no_text.add(record["id"])


def _handler(state: DipState) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
            pass

        def do_GET(self) -> None:
            url = urlsplit(self.path)
            params = parse_qs(url.query)
            state.requests.append(Seen(url.path, params, self.headers.get("Authorization")))
            time.sleep(state.delay)
            queued = state.failures.get(url.path)
            if not queued and _is_down(state, url.path):
                self._json(503, {"code": 503, "message": "Service Unavailable"}, {"Retry-After": "0"})
            elif queued:
                status, headers = queued.pop(0)
                reason = "Too Many Requests" if status == 429 else "Internal Server Error"
                self._json(status, {"code": status, "message": self._echo(reason)}, headers)
            elif url.path.startswith("/btd/"):
                self._file(url.path)
            elif not self._authorized(params):
                self._json(401, {"code": 401, "message": self._echo(UNAUTHORIZED)})
            else:
                status, body = _route(state, url.path.removeprefix(API), params)
                state.served[url.path] += status == 200
                self._json(status, body)

        def _authorized(self, params: dict[str, list[str]]) -> bool:
            header = self.headers.get("Authorization") or ""
            return header == f"ApiKey {state.key}" or params.get("apikey") == [state.key]

        def _echo(self, message: str) -> str:
            got = (self.headers.get("Authorization") or "").removeprefix("ApiKey ")
            return f"{message} (received key: {got})" if state.echo_key else message

        def _file(self, path: str) -> None:
            if path in state.redirects:
                self.send_response(302)
                self.send_header("Location", state.redirects[path])
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            data = state.files.get(path)
            if data is None:
                self._json(404, {"code": 404, "message": "Not found"})
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/pdf")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _json(self, status: int, body: object, headers: dict[str, str] | None = None) -> None:
            data = json.dumps(body, ensure_ascii=False).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json;charset=UTF-8")
            self.send_header("Content-Length", str(len(data)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

    return Handler


def _is_down(state: DipState, path: str) -> bool:
    """Whether ``path`` has served its ``down_after`` quota of successful answers."""
    if path not in state.down_after:
        return False
    return state.served[path] >= state.down_after[path]


def _route(state: DipState, path: str, params: dict[str, list[str]]) -> tuple[int, object]:
    if path == "/drucksache":
        return _listing(state, params, with_text=False)
    if path == "/drucksache-text":
        return _listing(state, params, with_text=True)
    if path.startswith("/drucksache-text/"):
        record_id = path.rsplit("/", 1)[1]
        if record_id not in state.records or record_id in state.no_text:
            return 404, {"code": 404, "message": f"ID not found: {record_id}"}
        return 200, state.records[record_id]
    if path == "/vorgangsposition":
        return 200, _positions(state, params)
    return 404, {"code": 404, "message": "Not found"}


def _listing(state: DipState, params: dict[str, list[str]], *, with_text: bool) -> tuple[int, object]:
    found = [r for r in _sorted(state.records.values()) if _matches(r, params)]
    cursor = params.get("cursor", [None])[0]
    start = _offset(cursor) if cursor else 0
    if start < 0:
        return 400, {"code": 400, "message": "Invalid cursor"}
    page = found[start : start + state.page_size]
    end = start + len(page)
    documents = [_served(state, r, with_text) for r in page]
    next_cursor = _cursor(end) if page else (cursor or _cursor(0))
    return 200, {"numFound": len(found), "cursor": next_cursor, "documents": documents}


def _served(state: DipState, record: dict[str, Any], with_text: bool) -> dict[str, Any]:
    """A listed record: without ``text`` from /drucksache, and from /drucksache-text when DIP has none."""
    if with_text and record["id"] not in state.no_text:
        return record
    return {k: v for k, v in record.items() if k != "text"}


def _matches(record: dict[str, Any], params: dict[str, list[str]]) -> bool:
    checks = [
        ("f.dokumentnummer", lambda values: record["dokumentnummer"] in values),
        ("f.wahlperiode", lambda values: str(record["wahlperiode"]) in values),
        ("f.drucksachetyp", lambda values: record["drucksachetyp"] == values[0]),
        ("f.zuordnung", lambda values: record["herausgeber"] == values[0]),
        ("f.datum.start", lambda values: record["datum"] >= values[0]),
        ("f.datum.end", lambda values: record["datum"] <= values[0]),
    ]
    return all(check(params[name]) for name, check in checks if name in params)


def _positions(state: DipState, params: dict[str, list[str]]) -> dict[str, Any]:
    """Vorgangspositionen of one Vorgang: one per Drucksache, with its Fundstelle, as DIP lists them."""
    vorgang = params.get("f.vorgang", [""])[0]
    documents = [
        {
            "id": str(900000 + index),
            "vorgangsposition": record["drucksachetyp"],
            "zuordnung": "BT",
            "gang": True,
            "fortsetzung": False,
            "nachtrag": False,
            "vorgangstyp": "Kleine Anfrage",
            "typ": "Vorgangsposition",
            "titel": record["titel"],
            "dokumentart": "Drucksache",
            "vorgang_id": vorgang,
            "datum": record["datum"],
            "aktualisiert": record["aktualisiert"],
            "fundstelle": record["fundstelle"],
            "aktivitaet_anzahl": 0,
        }
        for index, record in enumerate(_sorted(state.records.values()))
        if any(v["id"] == vorgang for v in record.get("vorgangsbezug", []))
    ]
    return {"numFound": len(documents), "cursor": _cursor(len(documents)), "documents": documents}


def _sorted(records: Any) -> list[dict[str, Any]]:
    """Newest first, as DIP lists them."""
    return sorted(records, key=lambda r: (r["datum"], r["id"]), reverse=True)


def _cursor(offset: int) -> str:
    return "AoJ" + base64.urlsafe_b64encode(f"Drucksache-{offset}".encode()).decode().rstrip("=")


def _offset(cursor: str) -> int:
    """The position a cursor stands for; -1 for a cursor this server never issued."""
    raw = cursor.removeprefix("AoJ")
    try:
        return int(base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)).decode().split("-")[1])
    except (ValueError, IndexError, UnicodeDecodeError):
        return -1
