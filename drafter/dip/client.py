"""The HTTP client for the Bundestag's DIP API (openapi v1.4): polite, patient and discreet.

Polite: at least ``min_interval`` seconds between two requests. Patient: 429 and 5xx answers and
transport failures are retried with exponential backoff, honouring ``Retry-After``. Discreet: the
API key travels only in the ``Authorization: ApiKey …`` header of requests to ``base_url`` (never in
a URL, so it cannot show up in logged addresses; never to the PDF server), and every text taken from
a server answer is scrubbed of it before it reaches an exception or a log line.

Constructing a client does no I/O; only its methods go on the network.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from drafter import __version__, dip_settings
from drafter.config import Config, config_path, load_config
from drafter.dip import messages
from drafter.dip.records import DipRecord, parse_record
from drafter.dip.retry import Throttle, retry_delay
from drafter.errors import DipError

log = logging.getLogger(__name__)

Params = Mapping[str, str | int]
NOTIFY_AFTER = 2.0  # seconds: shorter waits are not worth telling the user about


class DipRequestError(DipError):
    """DIP refused a request as malformed (4xx other than a key problem), e.g. "Invalid cursor"."""

    def __init__(self, message: str, *, status: int) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Page:
    """One page of a listing: its documents, the cursor for the next request and the total found."""

    documents: tuple[Mapping[str, Any], ...]
    cursor: str
    num_found: int


class DipClient:
    """Sync client (the TUI calls it from a worker thread). ``sleep`` is how waits are spent (tests
    pass a recording one); ``notify`` hears, in German, about waits of two seconds or more so a
    progress display does not seem frozen. Use as a context manager or call ``close()``."""

    def __init__(
        self,
        base_url: str,
        api_key: str | None,
        *,
        min_interval: float = 1.0,
        retries: int = 4,
        backoff: float = 1.0,
        timeout: float = 30.0,
        sleep: Callable[[float], None] = time.sleep,
        notify: Callable[[str], None] | None = None,
    ) -> None:
        key = (api_key or "").strip().removeprefix("ApiKey ").strip()  # pasted with its header prefix
        if not key:
            raise DipError(messages.missing_key(config_path()))
        problem = dip_settings.key_problem(key)
        if problem:
            raise DipError(f"Der DIP-API-Schlüssel {problem}.")
        url_problem = dip_settings.base_url_problem(base_url)
        if url_problem:
            raise DipError(f"Die DIP-Adresse „{base_url}“ {url_problem}.")
        self.base_url = base_url.rstrip("/")
        self._key = key
        self._retries, self._backoff, self._sleep = retries, backoff, sleep
        self._notify = notify
        self._timeout = timeout
        self._throttle = Throttle(min_interval, sleep)
        self._http = httpx.Client(timeout=timeout, headers={"User-Agent": f"drafter/{__version__}"})

    def __repr__(self) -> str:
        return f"DipClient(base_url={self.base_url!r})"

    def __enter__(self) -> DipClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    # --- API calls -------------------------------------------------------------------------------

    def find_drucksache(self, number: str) -> DipRecord | None:
        """The Bundestag Drucksache with this number ("19/21876"), None when DIP has none."""
        data = self.get_json("/drucksache", {"f.dokumentnummer": number, "f.zuordnung": "BT"})
        records = [parse_record(doc) for doc in _documents(data)]
        exact = [r for r in records if r.number == number and r.publisher in ("BT", "")]
        return exact[0] if exact else None

    def drucksache_text(self, record_id: str) -> DipRecord | None:
        """Metadata plus full text; None when DIP answers 404 (no text yet). ``text`` may be empty."""
        data = self.get_json(f"/drucksache-text/{record_id}", {}, missing_ok=True)
        return parse_record(data) if data is not None else None

    def kleine_anfragen_of_vorgang(self, vorgang_id: str) -> list[str]:
        """Numbers of the Bundestag Kleine Anfragen in this Vorgang (the one an Antwort answers).

        ``/drucksache`` has no Vorgang filter in v1.4, so the Vorgang's positions are read; one page
        (up to 100 positions) holds every step of an inquiry's Vorgang.
        """
        data = self.get_json("/vorgangsposition", {"f.vorgang": vorgang_id, "f.zuordnung": "BT"})
        numbers = []
        for position in _documents(data):
            found = position.get("fundstelle")
            if isinstance(found, Mapping) and found.get("drucksachetyp") == "Kleine Anfrage":
                numbers.append(str(found.get("dokumentnummer") or ""))
        return [n for n in dict.fromkeys(numbers) if n]

    def pages(self, path: str, params: Params, *, cursor: str | None = None) -> Iterator[Page]:
        """Cursor paging as the spec describes it: repeat the query with the last cursor until the
        cursor stops changing (or a page comes back empty). Starts after ``cursor`` when resuming."""
        while True:
            query = {**params, "cursor": cursor} if cursor else dict(params)
            data = self.get_json(path, query) or {}
            page = Page(tuple(_documents(data)), str(data.get("cursor") or ""), _int(data.get("numFound")))
            if page.documents:
                yield page
            if not page.documents or not page.cursor or page.cursor == cursor:
                return
            cursor = page.cursor

    def download(self, url: str) -> bytes:
        """A file such as a Drucksache PDF, with the same politeness and retries but without the key:
        the PDF server is not the API and never gets to see it. Redirects are followed here (and only
        here, where no key is attached)."""
        if not url.startswith(("https://", "http://")):
            raise DipError(f"DIP nennt keine gültige PDF-Adresse („{url}“).")
        response = self._send(url, {}, authorized=False)
        if response.status_code != 200:
            raise DipError(f"Das PDF unter {url} ist nicht abrufbar (HTTP {response.status_code}).")
        return response.content

    # --- plumbing --------------------------------------------------------------------------------

    def get_json(self, path: str, params: Params, *, missing_ok: bool = False) -> dict[str, Any] | None:
        """GET an API path and decode its JSON; 404 gives None when ``missing_ok``."""
        url = self.base_url + path
        response = self._send(url, params, authorized=True)
        if response.status_code == 404 and missing_ok:
            return None
        self._raise_for_status(response)
        try:
            data = response.json()
        except ValueError:
            raise DipError(messages.unreadable(url)) from None
        if not isinstance(data, dict):
            raise DipError(messages.unreadable(url))
        return data

    def _send(self, url: str, params: Params, *, authorized: bool) -> httpx.Response:
        """One GET with throttling and retries; returns the first answer that is not 429/5xx."""
        headers = {"Authorization": f"ApiKey {self._key}"} if authorized else {}
        for attempt in range(self._retries + 1):
            self._throttle.wait()
            try:
                response = self._http.get(
                    url, params=dict(params), headers=headers, follow_redirects=not authorized
                )
            except httpx.TransportError as error:
                timed_out = isinstance(error, httpx.TimeoutException)
                message = messages.unreachable(url, _problem(error), attempt + 1)
                self._give_up_or_wait(attempt, None, message, timed_out=timed_out)
                continue
            log.debug("GET %s -> %s", response.request.url, response.status_code)
            if response.status_code != 429 and response.status_code < 500:
                return response
            self._give_up_or_wait(attempt, response, messages.overloaded(response.status_code, attempt + 1))
        raise AssertionError("unreachable: the last attempt either returns or raises")

    def _give_up_or_wait(
        self, attempt: int, response: httpx.Response | None, message: str, *, timed_out: bool = False
    ) -> None:
        """Raise ``message`` after the last attempt, else wait: Retry-After if given, else backoff.

        A timeout is always told: the user has just waited the whole timeout (30 s) in silence and
        is about to wait as long again.
        """
        if attempt >= self._retries:
            raise DipError(self._scrub(message))
        header = response.headers.get("Retry-After") if response is not None else None
        delay = retry_delay(attempt, self._backoff, header)
        log.info("DIP: Versuch %d fehlgeschlagen, neuer Versuch in %.1f s", attempt + 1, delay)
        if self._notify is not None and timed_out:
            self._notify(
                f"DIP antwortet seit {self._timeout:.0f} s nicht (Zeitüberschreitung); "
                f"neuer Versuch {attempt + 2} von {self._retries + 1} in {delay:.0f} s."
            )
        elif self._notify is not None and delay >= NOTIFY_AFTER:
            status = f"HTTP {response.status_code}" if response is not None else "keine Verbindung"
            self._notify(f"DIP antwortet nicht ({status}); neuer Versuch in {delay:.0f} s.")
        self._sleep(delay)

    def _raise_for_status(self, response: httpx.Response) -> None:
        status = response.status_code
        if status in (401, 403):
            raise DipError(messages.rejected_key(status))
        if status >= 400:
            detail = self._scrub(_server_message(response))
            raise DipRequestError(messages.bad_request(status, detail), status=status)

    def _scrub(self, text: str) -> str:
        """Remove the key from text a server (or httpx) produced: some servers echo what they got."""
        return text.replace(self._key, "***")


def _documents(data: Mapping[str, Any] | None) -> list[Mapping[str, Any]]:
    documents = (data or {}).get("documents")
    return [d for d in documents if isinstance(d, Mapping)] if isinstance(documents, list) else []


def _server_message(response: httpx.Response) -> str:
    """The ``message`` of DIP's error body ({"code": 400, "message": "Invalid cursor"}), else the status."""
    try:
        body = response.json()
    except ValueError:
        body = None
    if isinstance(body, dict) and isinstance(body.get("message"), str):
        return str(body["message"])[:300]
    return response.reason_phrase or f"HTTP {response.status_code}"


def _int(value: object) -> int:
    return value if isinstance(value, int) else 0


def _problem(error: httpx.TransportError) -> str:
    if isinstance(error, httpx.TimeoutException):
        return "Zeitüberschreitung"
    return "keine Verbindung"


def open_client(config: Config | None = None, **options: Any) -> DipClient:
    """A client set up from the user's config (``DIP_API_KEY`` beats the file); what the CLI and the
    TUI's "Drucksache abrufen" use. Raises the German missing-key ``DipError`` without any request."""
    settings = (config or load_config()).dip
    options.setdefault("min_interval", settings.min_interval)
    return DipClient(settings.base_url, settings.api_key, **options)
