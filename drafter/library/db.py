"""Connections, write transactions and error translation for the library's SQLite file.

Every write runs in ``BEGIN IMMEDIATE``: the write lock is taken up front, so two processes never
both read-then-write and one of them fail half way. WAL mode lets readers (the TUI) go on while
another process (the CLI) writes. A lock that is not released within ``busy_timeout`` seconds is
retried ``retries`` times before the user sees "Bibliothek ist gesperrt".

Before anything is written, three checks decide whether a file may be written at all, each a small
function an engine for another database can mirror: ``access`` (may the file and its folder be
written?), ``foreign_tables`` (is it another program's database?) and ``newer_schema`` (was it
written by a newer drafter?). A file that must not be written is opened read-only, so reading
still works and every write says why it cannot be done.
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Concatenate, ParamSpec, Protocol, TypeVar

from drafter.errors import LibraryError

P = ParamSpec("P")
R = TypeVar("R")


class HasPath(Protocol):
    label: str


S = TypeVar("S", bound=HasPath)


MEMORY = ":memory:"
APPLICATION_ID = 0x44524654  # "DRFT": marks a file as a drafter library for tools like `file`


@dataclass(frozen=True)
class ReadOnly:
    """Why a library is open for reading only: ``reason`` completes "Die Fragenbibliothek „X“ …",
    ``hint`` tells the user what to do about it (may be empty)."""

    reason: str
    hint: str = ""

    def message(self, label: str, action: str) -> str:
        """The German refusal of one write: "… ist schreibgeschützt: Importieren ist nicht möglich."."""
        return f"Die Fragenbibliothek „{label}“ {self.reason}: {action} ist nicht möglich.{self.hint}"


@dataclass(frozen=True)
class Access:
    """How to open a file: the name or URI for ``sqlite3.connect``, and why it is read-only."""

    target: str
    uri: bool = False
    read_only: ReadOnly | None = None


WRITE_PROTECTED = ReadOnly(
    "ist schreibgeschützt (Datei oder Ordner ohne Schreibrecht)",
    " Bitte eine Kopie in einem beschreibbaren Ordner verwenden.",
)


def access(path: str, label: str) -> Access:
    """Writable, or read-only through a URI when the file or its folder cannot be written.

    A read-only folder cannot hold SQLite's lock files, so such a file is opened ``immutable``
    (an archive or a share nobody writes to while it is read). A missing file in a folder that
    cannot be written cannot become a library at all.
    """
    if path == MEMORY:
        return Access(path)
    file, folder = Path(path), Path(path).parent
    if not file.exists():
        if not os.access(folder, os.W_OK):
            raise LibraryError(
                f"Im Ordner „{folder}“ kann keine Fragenbibliothek „{label}“ angelegt werden: "
                "Der Ordner ist schreibgeschützt."
            )
        return Access(path)
    folder_writable = os.access(folder, os.W_OK)
    if os.access(file, os.W_OK) and folder_writable:
        return Access(path)
    query = "mode=ro" if folder_writable else "mode=ro&immutable=1"
    return Access(f"{file.resolve().as_uri()}?{query}", uri=True, read_only=WRITE_PROTECTED)


def connect(where: Access | str, busy_timeout: float) -> sqlite3.Connection:
    """Open in autocommit mode (transactions are explicit) with foreign keys; a writable file
    gets WAL mode only after ``use_wal`` (never before the file is known to be a library)."""
    target = where if isinstance(where, Access) else Access(where)
    conn = sqlite3.connect(
        target.target,
        timeout=busy_timeout,
        isolation_level=None,
        check_same_thread=False,
        uri=target.uri,
    )
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
    conn.execute("PRAGMA foreign_keys = ON")
    if target.read_only is not None:
        conn.execute("PRAGMA query_only = ON")
    return conn


def use_wal(conn: sqlite3.Connection) -> None:
    """WAL lets the TUI read while the CLI writes; set only on a file known to be drafter's."""
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")


def foreign_tables(conn: sqlite3.Connection, marker: str) -> list[str]:
    """What marks another program's database (its tables, or its application id in the header);
    empty for an empty file or a drafter library.

    A drafter library has the table ``migrations`` with the row ``marker`` (written together with
    the schema, so never half there), or drafter's application id.
    """
    app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    if app_id not in (0, APPLICATION_ID):
        return [f"Programmkennung {app_id:#x}"]
    names = [
        str(r[0])
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'"
        )
    ]
    if not names or app_id == APPLICATION_ID:
        return []
    if "migrations" in names:
        row = conn.execute("SELECT 1 FROM migrations WHERE name = ?", (marker,)).fetchone()
        if row is not None:
            return []
    return [f"Tabelle {name}" for name in sorted(names)]


def refuse_foreign(conn: sqlite3.Connection, label: str, marker: str) -> None:
    """Refuse a file of another program before drafter adds a single table to it."""
    tables = foreign_tables(conn, marker)
    if tables:
        shown = ", ".join(tables[:5]) + (" …" if len(tables) > 5 else "")
        raise LibraryError(
            f"„{label}“ ist keine Fragenbibliothek von drafter, sondern die Datenbank eines anderen "
            f"Programms ({shown}). drafter verändert sie nicht; bitte einen anderen Pfad "
            "für die Fragenbibliothek angeben."
        )


def newer_schema(conn: sqlite3.Connection, known: Collection[str], version: int) -> ReadOnly | None:
    """Read-only when a newer drafter wrote the file: a higher ``user_version`` or migrations
    this version does not know. Writing to it could break what the newer version relies on."""
    stored = int(conn.execute("PRAGMA user_version").fetchone()[0])
    exists = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migrations'")
    names = {str(r[0]) for r in conn.execute("SELECT name FROM migrations")} if exists.fetchone() else set()
    unknown = sorted(names - set(known))
    if stored <= version and not unknown:
        return None
    detail = f"Schema {max(stored, version + len(unknown))}, diese Version kennt {version}"
    return ReadOnly(
        f"stammt von einer neueren drafter-Version ({detail}) und wird nur gelesen",
        " Bitte drafter aktualisieren.",
    )


def mark_version(conn: sqlite3.Connection, version: int) -> None:
    """Record the schema version and drafter's application id in the file header."""
    conn.execute(f"PRAGMA user_version = {int(version)}")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")


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
    if "readonly" in text or "read-only" in text:
        return LibraryError(f"„{label}“ ist schreibgeschützt und kann nicht geändert werden.")
    if "unable to open" in text:
        return LibraryError(f"„{label}“ lässt sich nicht öffnen: Pfad und Zugriffsrechte der Datei prüfen.")
    if "full" in text:
        return LibraryError(f"„{label}“ kann nicht geschrieben werden: Der Datenträger ist voll.")
    if "disk" in text:
        return LibraryError(f"„{label}“ kann nicht geschrieben werden: Schreibfehler auf dem Datenträger.")
    return LibraryError(f"Fehler in der Fragenbibliothek „{label}“: {german_detail(error)}.")


_DETAILS = (
    (re.compile(r"no such table: (\S+)"), "die Tabelle „{0}“ fehlt (unvollständige oder fremde Bibliothek)"),
    (re.compile(r"no such column: (\S+)"), "die Spalte „{0}“ fehlt (unvollständige oder fremde Bibliothek)"),
    (re.compile(r"UNIQUE constraint failed: (\S+)"), "ein Eintrag ist doppelt ({0})"),
    (re.compile(r"FOREIGN KEY constraint failed"), "ein Verweis zeigt auf einen fehlenden Eintrag"),
    (re.compile(r"interrupted"), "der Vorgang wurde abgebrochen"),
    (re.compile(r"out of memory"), "zu wenig Arbeitsspeicher"),
)


def german_detail(error: sqlite3.Error) -> str:
    """SQLite's English reason in German where it is known; otherwise named as SQLite's own words."""
    text = str(error)
    for pattern, german in _DETAILS:
        match = pattern.search(text)
        if match:
            return german.format(*match.groups())
    return f"SQLite meldet „{text}“"


def guarded(method: Callable[Concatenate[S, P], R]) -> Callable[Concatenate[S, P], R]:
    """Decorate a Library method so every SQLite error becomes a German LibraryError."""

    def run(self: S, /, *args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as error:
            raise translate(error, self.label) from error

    run.__doc__, run.__name__ = method.__doc__, method.__name__
    return run
