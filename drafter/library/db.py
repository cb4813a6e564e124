"""Connections, write transactions and error translation for the library's SQLite file.

Every write runs in ``BEGIN IMMEDIATE``: the write lock is taken up front, so two processes never
both read-then-write and one of them fail half way. WAL mode lets readers (the TUI) go on while
another process (the CLI) writes. A lock that is not released within ``busy_timeout`` seconds is
retried ``retries`` times before the user sees "Bibliothek ist gesperrt".
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Concatenate, ParamSpec, Protocol, TypeVar

from drafter.errors import LibraryError

P = ParamSpec("P")
R = TypeVar("R")


class HasPath(Protocol):
    label: str


S = TypeVar("S", bound=HasPath)


def connect(path: str, busy_timeout: float) -> sqlite3.Connection:
    """Open ``path`` in autocommit mode (transactions are explicit) with WAL and foreign keys."""
    conn = sqlite3.connect(path, timeout=busy_timeout, isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    return conn


@contextmanager
def write(conn: sqlite3.Connection, label: str, retries: int = 3) -> Iterator[sqlite3.Connection]:
    """One write transaction: commit on success, roll back on any exception (Ctrl-C included)."""
    _begin(conn, label, retries)
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _begin(conn: sqlite3.Connection, label: str, retries: int) -> None:
    for attempt in range(retries + 1):
        try:
            conn.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as error:
            if not _is_busy(error) or attempt == retries:
                raise
            time.sleep(0.05 * (attempt + 1))


def _is_busy(error: sqlite3.Error) -> bool:
    text = str(error).lower()
    return "locked" in text or "busy" in text


def translate(error: sqlite3.Error, label: str) -> LibraryError:
    """The German message for a failed library operation, naming the file."""
    text = str(error).lower()
    if _is_busy(error):
        return LibraryError(
            f"Bibliothek ist gesperrt: „{label}“ wird gerade von einem anderen Programm beschrieben. "
            "Bitte warten und erneut versuchen."
        )
    if "not a database" in text or "malformed" in text or "encrypted" in text:
        return LibraryError(
            f"„{label}“ ist keine Fragenbibliothek von drafter (keine oder beschädigte SQLite-Datenbank)."
        )
    if "unable to open" in text or "readonly" in text or "read-only" in text:
        return LibraryError(f"„{label}“ lässt sich nicht öffnen oder nicht beschreiben ({error}).")
    if "disk" in text or "full" in text:
        return LibraryError(f"„{label}“ kann nicht geschrieben werden: {error}.")
    return LibraryError(f"Fehler in der Fragenbibliothek „{label}“: {error}.")


def guarded(method: Callable[Concatenate[S, P], R]) -> Callable[Concatenate[S, P], R]:
    """Decorate a Library method so every SQLite error becomes a German LibraryError."""

    def run(self: S, /, *args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as error:
            raise translate(error, self.label) from error

    run.__doc__, run.__name__ = method.__doc__, method.__name__
    return run
