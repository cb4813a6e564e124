"""A PostgreSQL connection that speaks the part of ``sqlite3.Connection`` the library uses.

The library's modules run their queries through ``execute``/``executemany`` and read rows by name
or position (``row["id"]``, ``row[0]``, ``dict(rows)``), so this class offers exactly that over
psycopg 3: the SQL is rewritten by ``dialect``, rows are ``Row`` tuples that also answer to column
names, ``lastrowid``/``rowcount``/``in_transaction`` mean what they mean in sqlite3.

Transactions are explicit, as on SQLite: the connection is in autocommit mode, so every read is a
statement of its own (never blocked by a writer), and ``BEGIN IMMEDIATE`` (what ``db.write`` sends
to take SQLite's write lock) becomes ``BEGIN`` plus a transaction-scoped advisory lock. Writers
therefore queue one document at a time exactly as on SQLite, never fail with a lock error, and a
writer that dies (a killed import) loses its lock with its connection while PostgreSQL rolls its
unfinished document back.

Every psycopg error leaves as a German ``LibraryError`` (``errors.translate``) with the password
scrubbed out.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any, ClassVar

import psycopg
from psycopg.pq import TransactionStatus
from psycopg.types.string import TextLoader

from drafter.library.pg import dialect, errors

WRITE_LOCK = 0x44524654  # one advisory lock key per database: "DRFT"
Params = Sequence[Any] | None


class Row(tuple[Any, ...]):
    """A result row: a tuple (``row[0]``, unpacking, ``dict(rows)``) that also takes column names.

    Each statement's rows share one subclass that holds the names (``_row_class``), so making a
    row is only making a tuple: a window of the search returns thousands of them.
    """

    names: ClassVar[dict[str, int]] = {}

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return tuple.__getitem__(self, self.names[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self.names)


@lru_cache(maxsize=256)
def _row_class(names: tuple[str, ...]) -> type[Row]:
    return type("Row", (Row,), {"names": {name: i for i, name in enumerate(names)}})


def _row_maker(cursor: psycopg.Cursor[Any]) -> Any:
    return _row_class(tuple(col.name for col in cursor.description or ()))


class Cursor:
    """The finished result of one statement: its rows, ``rowcount`` and ``lastrowid``."""

    def __init__(self, rows: list[Row], rowcount: int, lastrowid: int | None) -> None:
        self._rows = rows
        self.rowcount = rowcount
        self.lastrowid = lastrowid

    def fetchone(self) -> Row | None:
        return self._rows.pop(0) if self._rows else None

    def fetchall(self) -> list[Row]:
        rows, self._rows = self._rows, []
        return rows

    def __iter__(self) -> Iterator[Row]:
        return iter(self.fetchall())


class PgConnection:
    """One psycopg connection used like the library's sqlite3 connection (one thread at a time)."""

    engine = "postgresql"

    def __init__(self, raw: psycopg.Connection[Any], label: str, hidden: list[str]) -> None:
        self.raw = raw
        self.label = label
        self.hidden = hidden
        self.cache: dict[str, Any] = {}  # per-connection figures of the search (pg/shortlist.py)
        raw.adapters.register_loader("json", TextLoader)
        raw.adapters.register_loader("jsonb", TextLoader)

    @property
    def in_transaction(self) -> bool:
        return self.raw.info.transaction_status != TransactionStatus.IDLE

    def execute(self, sql: str, params: Params = None) -> Cursor:
        if sql.strip().upper() == "BEGIN IMMEDIATE":
            return self._begin_write()
        text, returns_id = dialect.rewrite(sql)
        try:
            cur = self.raw.cursor(row_factory=_row_maker)
            cur.execute(text.encode(), list(params or ()))
            rows = cur.fetchall() if cur.description is not None else []
        except psycopg.Error as error:
            raise errors.translate(error, self.label, self.hidden) from None
        lastrowid = int(rows[0][0]) if returns_id and rows else None
        return Cursor([] if returns_id else rows, cur.rowcount, lastrowid)

    def execute_raw(self, sql: str) -> None:
        """Run ``sql`` exactly as written, without parameters or rewriting (a function's body
        holds ``%`` and ``?`` of its own)."""
        try:
            self.raw.execute(sql.encode())
        except psycopg.Error as error:
            raise errors.translate(error, self.label, self.hidden) from None

    def executemany(self, sql: str, seq: Iterable[Sequence[Any]]) -> Cursor:
        text, _ = dialect.rewrite(sql, many=True)
        batch = [list(p) for p in seq]
        if not batch:
            return Cursor([], 0, None)
        try:
            with self.raw.cursor() as cur:
                cur.executemany(text.encode(), batch)
                count = cur.rowcount
        except psycopg.Error as error:
            raise errors.translate(error, self.label, self.hidden) from None
        return Cursor([], count, None)

    def _begin_write(self) -> Cursor:
        """BEGIN and wait for the database's write lock (released at COMMIT/ROLLBACK or on exit)."""
        self.execute("BEGIN")
        try:
            self.execute("SELECT pg_advisory_xact_lock(?)", (WRITE_LOCK,))
        except BaseException:
            self.raw.rollback()
            raise
        return Cursor([], 0, None)

    def close(self) -> None:
        self.raw.close()
