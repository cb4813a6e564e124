"""The PostgreSQL shortlist: the same bounded candidate search as ``library/shortlist.py`` on FTS5.

The questions' concepts are kept as posting lists (``question_postings``, ``postings.py``): a
concept is found exactly as FTS5 finds a term, and a concept found nowhere is tried as the start
of stored ones ("fingerabdr" → "fingerabdruckdatei"), as FTS5 tries a prefix. How many questions
hold a concept is read from ``question_terms`` (kept with the postings). As on SQLite, the
engine finds the newest ``WINDOW`` rows holding all of the three rarest terms and those holding
each of the four rarest; which of them are shortlisted is decided by the engine-independent
``library/tiers.pick``.

All of that is one statement per search (``functions.py``): the counts, the choice of the
rarest concepts and their windows, for the query's words and, when the search asks for them
too, for their compounds' parts (``shortlists``).

The seed's few hundred rows are ranked in memory by FTS5's BM25 (``seed.py``). Ranking the
shortlist into hits is the engine-independent ``ranking.py``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from drafter.library.pg import functions, seed
from drafter.library.pg.windows import Term, arguments, split
from drafter.library.points import Candidate
from drafter.library.shortlist import CAP, MIN_PREFIX, PROBES, TIER_B_TERMS
from drafter.library.tiers import pick

_CALL = (
    "pg_temp.drafter_shortlist(?::text[], ?::text[], ?::int[], ?::int, ?::int,"
    " ?::int, ?::bigint, ?::int, ?::int, ?::int)"
)
_COLUMNS = 6  # terms, counts, dfs, prefixes, ids, lengths


def _arguments(groups: list[tuple[str, ...]]) -> list[object]:
    """The call's arguments for one query's word groups: the PROBES longest words whole (letters
    and digits only), and their compound parts with the number of the word they belong to."""
    chosen = [g for g in sorted(groups, key=lambda g: len(g[0]), reverse=True)[:PROBES] if _safe(g[0])]
    parts = [(p, i) for i, g in enumerate(chosen, 1) for p in g[1:] if _safe(p)]
    return [
        [g[0] for g in chosen],
        [p for p, _ in parts],
        [i for _, i in parts],
        CAP,
        MIN_PREFIX,
        *arguments(),
    ]


def _safe(term: str) -> bool:
    """Letters and digits only: nothing a ``LIKE`` pattern would read as syntax."""
    return term.isalnum()


def terms_and_windows(
    conn: Any, sets: Sequence[list[tuple[str, ...]]]
) -> list[tuple[list[Term], list[int], list[list[int]]]]:
    """Per set of word groups: its rare terms, rarest first, its all-terms window and its
    per-term windows; all sets in one statement."""
    functions.ensure(conn)
    calls = ", ".join(f"{_CALL} AS s{i}" for i in range(len(sets)))
    params = [value for groups in sets for value in _arguments(groups)]
    row = conn.execute(f"SELECT * FROM {calls}", params).fetchone()
    out = []
    for i in range(len(sets)):
        terms, counts, dfs, prefixes, ids, lengths = row[i * _COLUMNS : (i + 1) * _COLUMNS]
        held = zip(terms, counts, prefixes, dfs, strict=True)
        rare = [Term(str(t), int(c), bool(p), int(d)) for t, c, p, d in held]
        every, each = split(ids or [], lengths or [], len(rare))
        out.append((rare, every, each))
    return out


def shortlists(conn: Any, table: str, sets: Sequence[list[tuple[str, ...]]], size: int) -> list[list[int]]:
    """Candidate question ids for each set of the query's word groups (``normalize.query_groups``),
    as ``library/tiers.pick`` chooses them on every engine: rows with all rare words first, then
    rows with any. ``table`` is FTS5's name of the questions' index (``question_fts``)."""
    if table != "question_fts":
        raise ValueError(f"no posting lists for {table}")
    if not sets:
        return []
    return [
        pick([t.count for t in rare[:TIER_B_TERMS]], every, each, size) if rare else []
        for rare, every, each in terms_and_windows(conn, sets)
    ]


def shortlist(conn: Any, table: str, groups: list[tuple[str, ...]], size: int) -> list[int]:
    """``shortlists`` for one set of word groups."""
    return shortlists(conn, table, [groups], size)[0]


def seed_candidates(conn: Any, terms: list[str], size: int) -> list[Candidate]:
    """For the seed (FTS5's ``seed_fts``, a few hundred rows): any term held exactly, by BM25,
    as candidates made from the rows this connection holds in memory (no round trip)."""
    return seed.candidates(conn, [t for t in terms if _safe(t)], size)
