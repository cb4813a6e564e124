"""Which engine's shortlist serves a connection: FTS5 on SQLite, posting lists on PostgreSQL.

``search.py`` asks this module for candidate ids and ranks them the same way on both engines;
the PostgreSQL module is imported only for a PostgreSQL connection, so the default install needs
no psycopg.
"""

from __future__ import annotations

from typing import Any

from drafter.library import shortlist as fts5


def _is_postgresql(conn: Any) -> bool:
    return getattr(conn, "engine", "sqlite") == "postgresql"


def shortlist(conn: Any, table: str, groups: list[tuple[str, ...]], size: int) -> list[int]:
    """Candidate question ids for the query's word groups (``shortlist.py``, ``pg/shortlist.py``)."""
    if _is_postgresql(conn):
        from drafter.library.pg import shortlist as pg_shortlist

        return pg_shortlist.shortlist(conn, table, groups, size)
    return fts5.shortlist(conn, table, groups, size)


def small_shortlist(conn: Any, table: str, terms: list[str], size: int) -> list[int]:
    """Candidate ids in a small table (the seed), any term matching."""
    if _is_postgresql(conn):
        from drafter.library.pg import shortlist as pg_shortlist

        return pg_shortlist.small_shortlist(conn, table, terms, size)
    return fts5.small_shortlist(conn, table, terms, size)
