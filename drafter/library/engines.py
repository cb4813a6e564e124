"""Which engine's shortlist serves a connection: FTS5 on SQLite, posting lists on PostgreSQL.

``search.py`` asks this module for candidate ids and ranks them the same way on both engines;
the PostgreSQL module is imported only for a PostgreSQL connection, so the default install needs
no psycopg. On a database server every statement is a round trip, so the PostgreSQL side answers
several shortlists in one statement (``shortlists``) and the seed's candidates from the rows its
connection holds in memory (``seed_candidates``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from drafter.library import points
from drafter.library import shortlist as fts5
from drafter.library.points import Candidate


def _is_postgresql(conn: Any) -> bool:
    return getattr(conn, "engine", "sqlite") == "postgresql"


def shortlist(conn: Any, table: str, groups: list[tuple[str, ...]], size: int) -> list[int]:
    """Candidate question ids for the query's word groups (``shortlist.py``, ``pg/shortlist.py``)."""
    return shortlists(conn, table, [groups], size)[0]


def shortlists(conn: Any, table: str, sets: Sequence[list[tuple[str, ...]]], size: int) -> list[list[int]]:
    """``shortlist`` of each set of word groups, in order (on PostgreSQL in one statement)."""
    if _is_postgresql(conn):
        from drafter.library.pg import shortlist as pg_shortlist

        return pg_shortlist.shortlists(conn, table, sets, size)
    return [fts5.shortlist(conn, table, groups, size) for groups in sets]


def seed_candidates(conn: Any, terms: list[str], size: int) -> list[Candidate]:
    """The seed's building blocks holding any of ``terms``, best by BM25, as search candidates."""
    if _is_postgresql(conn):
        from drafter.library.pg import shortlist as pg_shortlist

        return pg_shortlist.seed_candidates(conn, terms, size)
    return points.seed_candidates(conn, fts5.small_shortlist(conn, "seed_fts", terms, size))
