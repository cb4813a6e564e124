"""The windows ``library/tiers.pick`` chooses from, read from the posting lists in one statement.

A window is the newest ``WINDOW`` question ids holding a concept (``question_postings``, see
``postings.py``): for a whole concept, one backward index-only scan of its entries, which stops
after ``WINDOW`` of them, as FTS5 stops reading a posting list. The all-terms window walks the
rarest term's entries newest first and keeps an id only when the other terms' entries hold it
too (one primary-key probe each), so it also stops once the window is full.

A concept that is only the start of stored ones ("fingerabdr" → "fingerabdruckdatei") reads the
entries of every concept in that key range of the B-tree (``LIKE 'p%'`` under the "C" collation);
as a further term of the all-terms window it is checked on the question's concepts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from drafter.library import tiers
from drafter.library.shortlist import CAP, TIER_A_TERMS, TIER_B_TERMS, WINDOW

Sql = tuple[str, list[object]]


@dataclass(frozen=True)
class Term:
    """One query concept: ``count`` questions hold it (up to CAP + 1, which orders the terms as
    on SQLite), ``df`` as many as are known (the length of its posting list); ``prefix``: it is
    the start of stored concepts rather than one of them."""

    term: str
    count: int
    prefix: bool = False
    df: int = 0


_SINCE = "greatest((SELECT coalesce(max(id), 0) FROM questions) - ?, 0)"
"""``tiers.since`` of the highest question id, in the statement (one step down the primary key)."""
_PREFIX_COUNT = (
    "SELECT count(*) FROM (SELECT DISTINCT id FROM question_postings WHERE term LIKE ? LIMIT ?) AS hit"
)


def prefix_count(conn: Any, term: str) -> int:
    """Questions holding a concept that starts with ``term`` (letters and digits only), up to CAP + 1."""
    return int(conn.execute(_PREFIX_COUNT, (f"{term}%", CAP + 1)).fetchone()[0])


def _entries(term: Term) -> Sql:
    """Ids holding ``term``, newest first as read from the index (duplicates gone for a prefix)."""
    if term.prefix:
        return "SELECT DISTINCT id FROM question_postings WHERE term LIKE ?", [f"{term.term}%"]
    return "SELECT id FROM question_postings WHERE term = ?", [term.term]


def _held(term: Term) -> Sql:
    """Whether the question ``a.id`` holds ``term``: a key probe, or for a prefix its concepts."""
    if term.prefix:
        return (
            "EXISTS (SELECT 1 FROM questions q WHERE q.id = a.id AND strpos(' ' || q.norm, ?) > 0)",
            [f" {term.term}"],
        )
    return "EXISTS (SELECT 1 FROM question_postings b WHERE b.term = ? AND b.id = a.id)", [term.term]


def _newest(term: Term) -> Sql:
    sql, params = _entries(term)
    return f"SELECT id FROM ({sql}) AS a ORDER BY id DESC LIMIT {WINDOW}", params


def _newest_all(terms: list[Term]) -> Sql:
    """The newest WINDOW ids holding every one of ``terms`` among the newest ``tiers.SPAN`` ids
    (``tiers.since``), led by the shortest posting list (the capped counts that chose the terms
    do not tell which of two common terms is rarer)."""
    terms = sorted(terms, key=lambda t: t.df)
    sql, params = _entries(terms[0])
    checks = [_held(t) for t in terms[1:]]
    where = " AND ".join(c for c, _ in checks)
    return (
        f"SELECT id FROM ({sql}) AS a WHERE a.id > {_SINCE} AND {where} ORDER BY id DESC LIMIT {WINDOW}",
        [*params, tiers.SPAN, *(p for _, ps in checks for p in ps)],
    )


def statement(rare: list[Term]) -> Sql:
    """The one statement of ``windows``: one row, each window an array of ids, newest first
    (a row per id would cost the client more than the server spends finding them)."""
    parts = [_newest(term) for term in rare[:TIER_B_TERMS]]
    if len(rare) > 1:
        parts.append(_newest_all(rare[:TIER_A_TERMS]))
    columns = ", ".join(f"ARRAY({sql})" for sql, _ in parts)
    return f"SELECT {columns}", [p for _, ps in parts for p in ps]


def windows(conn: Any, rare: list[Term]) -> tuple[list[int], list[list[int]]]:
    """The newest WINDOW ids holding all of the TIER_A_TERMS rarest terms (none for one term),
    and per each of the TIER_B_TERMS rarest, the newest WINDOW holding it; one round trip."""
    found = [[int(i) for i in ids] for ids in conn.execute(*statement(rare)).fetchone()]
    every = found.pop() if len(rare) > 1 else []
    return every, found
