"""The PostgreSQL shortlist: the same bounded candidate search as ``library/shortlist.py`` on FTS5.

Rows are found through the ``german`` tsvector of the stored concepts (GIN index). That stemmer
folds a little more than drafter's own (two concepts may share a German stem), so each row it
finds must also hold the concept itself, checked on the row's concept array
(``string_to_array(norm, ' ')``): the candidates, and with them the hits, are the ones FTS5 finds
on SQLite. A concept the German configuration drops as a stopword is looked up through the
``pg_trgm`` index instead, and a concept found nowhere is tried, through the same index, as the
start of a stored concept ("fingerabdr" → "fingerabdruckdatei"), as FTS5 tries a prefix.

How many questions hold a concept is read from ``question_terms`` (kept by a trigger), one
statement for all query words, instead of counting matching rows. As on SQLite, the engine finds
the newest ``WINDOW`` rows holding all of the three rarest terms and those holding each of the
four rarest, in one statement (``tiers.windows``); which of them are shortlisted is decided by the
engine-independent ``library/tiers.pick``. The seed's rows are ranked by the same Okapi BM25 that
FTS5's ``bm25()`` computes (k1 = 1.2, b = 0.75, over the row's concepts).
Ranking the shortlist into hits is the engine-independent ``ranking.py``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from drafter.library.pg.tiers import Stats, Term, tiers, windows
from drafter.library.shortlist import CAP, MIN_PREFIX, PROBES, TIER_B_TERMS
from drafter.library.tiers import pick

TABLES = {"question_fts": "questions", "seed_fts": "seed_entries"}
STATS_TTL = 60.0  # seconds a table's row count and mean length are reused
EXACT_SAMPLE = 50_000  # above this many rows the mean length is estimated from a 1 % sample
_COUNTS = """
SELECT t, numnode(to_tsquery('german'::regconfig, t)) > 0, coalesce(q.doc, 0)
FROM unnest(?::text[]) AS t LEFT JOIN question_terms q ON q.term = t
"""
_COUNT_ROWS = """
SELECT t, numnode(to_tsquery('german'::regconfig, t)) > 0,
    (SELECT count(*) FROM {table} WHERE t = ANY(string_to_array(norm, ' ')))
FROM unnest(?::text[]) AS t
"""
_PATTERN = "SELECT count(*) FROM (SELECT 1 FROM {table} WHERE norm ~ ? LIMIT ?) AS hit"


@dataclass(frozen=True)
class _Known:
    stats: Stats
    taken: float


def stats(conn: Any, table: str) -> Stats:
    """Row count, highest id and mean number of concepts per row, as BM25 and the window need
    them (cached STATS_TTL seconds per connection)."""
    cache: dict[str, _Known] = conn.cache
    known = cache.get(table)
    if known is not None and time.monotonic() - known.taken < STATS_TTL:
        return known.stats
    estimate = conn.execute("SELECT reltuples FROM pg_class WHERE oid = ?::regclass", (table,)).fetchone()[0]
    sample = " TABLESAMPLE SYSTEM (1) REPEATABLE (0)" if (estimate or 0) > EXACT_SAMPLE else ""
    count, mean = conn.execute(
        f"SELECT count(*), avg(cardinality(string_to_array(norm, ' '))) FROM {table}{sample}"
    ).fetchone()
    top = conn.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]
    rows = int(estimate) if sample else int(count)
    cache[table] = _Known(Stats(max(rows, 1), float(mean or 1.0), int(top)), time.monotonic())
    return cache[table].stats


def terms_by_rarity(conn: Any, table: str, groups: list[tuple[str, ...]]) -> list[Term]:
    """The query words that occur, rarest first, as FTS5 finds them on SQLite: each word whole,
    then as a prefix, and only when neither occurs, by its compound parts."""
    chosen = [g for g in sorted(groups, key=lambda g: len(g[0]), reverse=True)[:PROBES] if _safe(g[0])]
    wanted = list(dict.fromkeys(t for g in chosen for t in g if _safe(t)))
    if not wanted:
        return []
    probed = {term.term: term for term in _counted(conn, table, wanted)}
    found: list[Term] = []
    for whole, *parts in chosen:
        hit = _probed(conn, table, probed[whole])
        if hit:
            found.extend(hit)
            continue
        for part in (p for p in parts if _safe(p)):
            found.extend(_probed(conn, table, probed[part]))
    return sorted(found, key=lambda t: t.count)


def _counted(conn: Any, table: str, terms: list[str]) -> list[Term]:
    """Each term with the number of rows holding it: ``question_terms`` for the questions, a
    count of the rows for the seed (a few hundred)."""
    sql = _COUNTS if table == "questions" else _COUNT_ROWS.format(table=table)
    return [
        Term(str(t), min(int(df), CAP + 1), bool(lexeme), df=int(df))
        for t, lexeme, df in conn.execute(sql, (terms,)).fetchall()
    ]


def _probed(conn: Any, table: str, term: Term) -> list[Term]:
    """``term`` if rows hold it; else tried as the start of a stored concept."""
    if term.count:
        return [term]
    if len(term.term) < MIN_PREFIX:
        return []
    prefix = Term(term.term, 0, False, True)
    count = int(conn.execute(_PATTERN.format(table=table), (prefix.pattern, CAP + 1)).fetchone()[0])
    return [Term(term.term, count, False, True, df=count)] if count else []


def _safe(term: str) -> bool:
    """Letters and digits only: nothing a tsquery or a regular expression would read as syntax."""
    return term.isalnum()


def shortlist(conn: Any, table: str, groups: list[tuple[str, ...]], size: int) -> list[int]:
    """Candidate ids for the query's words (``normalize.query_groups``), as ``library/tiers.pick``
    chooses them on every engine: rows with all rare words first, then rows with any."""
    name = TABLES[table]
    rare = terms_by_rarity(conn, name, groups)
    if not rare:
        return []
    every, each = windows(conn, name, stats(conn, name), rare)
    return pick([t.count for t in rare[:TIER_B_TERMS]], every, each, size)


def small_shortlist(conn: Any, table: str, terms: list[str], size: int) -> list[int]:
    """For a table of a few hundred rows (the seed): any term held exactly, by BM25."""
    name = TABLES[table]
    safe = list(dict.fromkeys(t for t in terms if _safe(t)))
    if not safe:
        return []
    found = [t for t in _counted(conn, name, safe) if t.count]
    return tiers(conn, name, stats(conn, name), found, size, both=False) if found else []
