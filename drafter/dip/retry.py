"""How long to wait: between two requests (politeness) and before a retry (backoff, Retry-After).

DIP is a public service of the Bundestag with a usage policy that warns about blocking; a bulk run
of thousands of documents must not hammer it. Times are in seconds.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import threading
import time
from collections.abc import Callable

MAX_WAIT = 300.0  # never sleep longer than five minutes on one answer's say-so


class Throttle:
    """Keeps at least ``min_interval`` seconds between the starts of two requests (thread-safe)."""

    def __init__(self, min_interval: float, sleep: Callable[[float], None]) -> None:
        self._interval = max(0.0, min_interval)
        self._sleep = sleep
        self._last: float | None = None
        self._lock = threading.Lock()

    def wait(self) -> None:
        with self._lock:
            now = time.monotonic()
            if self._last is not None and self._interval > 0:
                remaining = self._interval - (now - self._last)
                if remaining > 0:
                    self._sleep(remaining)
            self._last = time.monotonic()


def retry_delay(attempt: int, backoff: float, retry_after: str | None) -> float:
    """Seconds before retry number ``attempt + 1``: the server's ``Retry-After`` (seconds or an HTTP
    date) when it sent one, else ``backoff * 2**attempt``; capped at ``MAX_WAIT``."""
    told = parse_retry_after(retry_after)
    delay = told if told is not None else backoff * (2**attempt)
    return min(max(delay, 0.0), MAX_WAIT)


def parse_retry_after(value: str | None) -> float | None:
    """``"3"`` -> 3.0; ``"Wed, 21 Oct 2026 07:28:00 GMT"`` -> seconds from now; junk -> None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0.0, (when - dt.datetime.now(dt.UTC)).total_seconds())
