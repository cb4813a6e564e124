"""The seed's shortlist on PostgreSQL: its few hundred building blocks held in memory, ranked by
the Okapi BM25 that FTS5's ``bm25()`` computes on SQLite.

The seed changes only with a migration or a new normaliser, so each connection reads its rows
once (again after ``TTL`` seconds) and ranks them in Python: two statements per search (the term
counts, then BM25 over the rows) cost more than the ranking itself. The arithmetic is FTS5's:
k1 = 1.2, b = 0.75, a row's length its number of concepts, idf = log((N - n + 0.5) / (n + 0.5))
and at least 1e-6; rows holding none of the query's concepts are not ranked, and equal scores
go newest first.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from typing import Any

from drafter.library.points import Candidate

K1, B = 1.2, 0.75
TTL = 60.0  # seconds the seed's rows are reused by one connection
_KEY = "seed"


@dataclass(frozen=True)
class Seed:
    """The seed's rows as (id, concepts), how many rows hold each concept, and the mean length."""

    rows: tuple[tuple[int, tuple[str, ...]], ...]
    norms: dict[int, str]
    df: dict[str, int]
    mean_length: float
    taken: float


def load(conn: Any) -> Seed:
    """The seed of this connection's library (cached ``TTL`` seconds in ``conn.cache``)."""
    known: Seed | None = conn.cache.get(_KEY)
    if known is not None and time.monotonic() - known.taken < TTL:
        return known
    norms = {int(i): str(norm) for i, norm in conn.execute("SELECT id, norm FROM seed_entries ORDER BY id")}
    rows = tuple((i, tuple(norm.split(" "))) for i, norm in norms.items())
    df: dict[str, int] = {}
    for _, concepts in rows:
        for term in set(concepts) - {""}:
            df[term] = df.get(term, 0) + 1
    mean = sum(len(c) for _, c in rows) / len(rows) if rows else 1.0
    seed = Seed(rows, norms, df, mean or 1.0, time.monotonic())
    conn.cache[_KEY] = seed
    return seed


def idf(rows: int, df: int) -> float:
    """FTS5's idf: log((N - n + 0.5) / (n + 0.5)), at least 1e-6."""
    above = rows - df + 0.5
    return max(math.log(above / (df + 0.5)), 1e-6) if above > 0 else 1e-6


def shortlist(conn: Any, terms: list[str], size: int) -> list[int]:
    """The ``size`` seed ids best by BM25 over ``terms`` (concepts held whole)."""
    return _ranked(load(conn), terms, size)


def _ranked(seed: Seed, terms: list[str], size: int) -> list[int]:
    wanted = [t for t in dict.fromkeys(terms) if seed.df.get(t)]
    if not wanted:
        return []
    weights = [idf(len(seed.rows), seed.df[t]) for t in wanted]
    scored = []
    for row_id, concepts in seed.rows:
        counts = [concepts.count(t) for t in wanted]
        if any(counts):
            scored.append((-_bm25(weights, counts, len(concepts), seed.mean_length), -row_id))
    return [-row_id for _, row_id in sorted(scored)[:size]]


def candidates(conn: Any, terms: list[str], size: int) -> list[Candidate]:
    """``shortlist``'s rows as the search's candidates, from the rows held in memory (what
    ``points.seed_candidates`` reads on SQLite)."""
    seed = load(conn)
    return [Candidate(-i, seed.norms[i], ("seed", str(i))) for i in _ranked(seed, terms, size)]


def _bm25(weights: list[float], counts: list[int], length: int, mean: float) -> float:
    norm = 1 - B + B / mean * length
    return sum(w * f * (K1 + 1) / (f + K1 * norm) for w, f in zip(weights, counts, strict=True))
