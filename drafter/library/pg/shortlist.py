"""The PostgreSQL shortlist: the same bounded candidate search as ``library/shortlist.py`` on FTS5.

The questions' concepts are kept as posting lists (``question_postings``, ``postings.py``): a
concept is found exactly as FTS5 finds a term, and a concept found nowhere is tried as the start
of stored ones ("fingerabdr" → "fingerabdruckdatei"), as FTS5 tries a prefix. How many questions
hold a concept is read from ``question_terms`` (kept with the postings), one statement for all
query words. As on SQLite, the engine finds the newest ``WINDOW`` rows holding all of the three
rarest terms and those holding each of the four rarest, in one statement (``windows.windows``);
which of them are shortlisted is decided by the engine-independent ``library/tiers.pick``.

The seed's few hundred rows are ranked in memory by FTS5's BM25 (``seed.py``). Ranking the
shortlist into hits is the engine-independent ``ranking.py``.
"""

from __future__ import annotations

from typing import Any

from drafter.library.pg import seed
from drafter.library.pg.windows import Term, prefix_count, windows
from drafter.library.shortlist import CAP, MIN_PREFIX, PROBES, TIER_B_TERMS
from drafter.library.tiers import pick

_COUNTS = "SELECT t, coalesce(q.doc, 0) FROM unnest(?::text[]) AS t LEFT JOIN question_terms q ON q.term = t"


def terms_by_rarity(conn: Any, groups: list[tuple[str, ...]]) -> list[Term]:
    """The query words that occur, rarest first, as FTS5 finds them on SQLite: each word whole,
    then as a prefix, and only when neither occurs, by its compound parts."""
    chosen = [g for g in sorted(groups, key=lambda g: len(g[0]), reverse=True)[:PROBES] if _safe(g[0])]
    wanted = list(dict.fromkeys(t for g in chosen for t in g if _safe(t)))
    if not wanted:
        return []
    counts = {str(t): int(df) for t, df in conn.execute(_COUNTS, (wanted,)).fetchall()}
    found: list[Term] = []
    for whole, *parts in chosen:
        hit = _probed(conn, whole, counts[whole])
        if hit:
            found.extend(hit)
            continue
        for part in (p for p in parts if _safe(p)):
            found.extend(_probed(conn, part, counts[part]))
    return sorted(found, key=lambda t: t.count)


def _probed(conn: Any, term: str, df: int) -> list[Term]:
    """``term`` if ``df`` questions hold it; else tried as the start of stored concepts."""
    if df:
        return [Term(term, min(df, CAP + 1), df=df)]
    if len(term) < MIN_PREFIX:
        return []
    count = prefix_count(conn, term)
    return [Term(term, count, prefix=True, df=count)] if count else []


def _safe(term: str) -> bool:
    """Letters and digits only: nothing a ``LIKE`` pattern would read as syntax."""
    return term.isalnum()


def shortlist(conn: Any, table: str, groups: list[tuple[str, ...]], size: int) -> list[int]:
    """Candidate question ids for the query's words (``normalize.query_groups``), as
    ``library/tiers.pick`` chooses them on every engine: rows with all rare words first, then
    rows with any. ``table`` is FTS5's name of the questions' index (``question_fts``)."""
    if table != "question_fts":
        raise ValueError(f"no posting lists for {table}")
    rare = terms_by_rarity(conn, groups)
    if not rare:
        return []
    every, each = windows(conn, rare)
    return pick([t.count for t in rare[:TIER_B_TERMS]], every, each, size)


def small_shortlist(conn: Any, table: str, terms: list[str], size: int) -> list[int]:
    """For the seed (FTS5's ``seed_fts``, a few hundred rows): any term held exactly, by BM25."""
    if table != "seed_fts":
        raise ValueError(f"no small table {table}")
    return seed.shortlist(conn, [t for t in terms if _safe(t)], size)
