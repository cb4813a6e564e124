"""The PostgreSQL shortlist: the same bounded candidate search as ``library/shortlist.py`` on FTS5.

Rows are found through the ``german`` tsvector of the stored concepts (GIN index). That stemmer
folds a little more than drafter's own (two concepts may share a German stem), so each row it
finds must also hold the concept itself (a check on ``norm``): the candidates, and with them the
hits, are the ones FTS5 finds on SQLite. A concept the German configuration drops as a stopword,
and a concept found nowhere (tried as the start of a stored concept, "fingerabdr" →
"fingerabdruckdatei", as FTS5 tries a prefix), are looked up through the ``pg_trgm`` index.

As on SQLite, each term's frequency is probed up to ``CAP`` rows (all terms in one round trip),
and the engine returns the newest ``WINDOW`` rows holding all of the three rarest terms and those
holding each of the four rarest; which of them are shortlisted is decided by the
engine-independent ``tiers.pick``. The seed table (a few hundred rows) is ranked by the same
Okapi BM25 that FTS5's ``bm25()`` computes (k1 = 1.2, b = 0.75, over the row's concepts).
Ranking the shortlist into hits is the engine-independent ``ranking.py``.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from typing import Any

from drafter.library import tiers
from drafter.library.shortlist import CAP, MIN_PREFIX, PROBES, TIER_A_TERMS, TIER_B_TERMS, WINDOW

TABLES = {"question_fts": "questions", "seed_fts": "seed_entries"}
K1, B = 1.2, 0.75
STATS_TTL = 60.0  # seconds a table's row count and mean length are reused
EXACT_SAMPLE = 50_000  # above this many rows the mean length is estimated from a 1 % sample
_PROBE = """
SELECT t, numnode(to_tsquery('german'::regconfig, t)) > 0,
    (SELECT count(*) FROM (SELECT 1 FROM {table} WHERE tsv @@ to_tsquery('german'::regconfig, t)
        AND norm ~ ('(^| )' || t || '( |$)') LIMIT ?) AS hit)
FROM unnest(?::text[]) AS t
"""
_PATTERN = "SELECT count(*) FROM (SELECT 1 FROM {table} WHERE norm ~ ? LIMIT ?) AS hit"


@dataclass(frozen=True)
class Term:
    """One query concept as a condition on a row, with how many rows hold it (up to CAP + 1).

    ``lexeme``: found through the tsvector (then checked on ``norm``); otherwise through the
    trigram index alone. ``prefix``: the concept is the start of a stored one.
    """

    term: str
    count: int
    lexeme: bool = True
    prefix: bool = False

    @property
    def pattern(self) -> str:
        return f"(^| ){self.term}" + ("" if self.prefix else "(?= |$)")

    def condition(self) -> tuple[str, list[object]]:
        if self.lexeme:
            return "(tsv @@ to_tsquery('german'::regconfig, ?) AND norm ~ ?)", [self.term, self.pattern]
        return "(norm ~ ?)", [self.pattern]


@dataclass(frozen=True)
class Stats:
    rows: int
    mean_length: float
    taken: float


def stats(conn: Any, table: str) -> Stats:
    """Row count and mean number of concepts per row, as BM25 needs them (cached STATS_TTL)."""
    cache: dict[str, Stats] = conn.cache
    known = cache.get(table)
    if known is not None and time.monotonic() - known.taken < STATS_TTL:
        return known
    estimate = conn.execute("SELECT reltuples FROM pg_class WHERE oid = ?::regclass", (table,)).fetchone()[0]
    sample = " TABLESAMPLE SYSTEM (1)" if (estimate or 0) > EXACT_SAMPLE else ""
    count, mean = conn.execute(
        f"SELECT count(*), avg(regexp_count(norm, ' ') + 1) FROM {table}{sample}"
    ).fetchone()
    rows = int(estimate) if sample else int(count)
    cache[table] = Stats(max(rows, 1), float(mean or 1.0), time.monotonic())
    return cache[table]


def terms_by_rarity(conn: Any, table: str, groups: list[tuple[str, ...]]) -> list[Term]:
    """The query words that occur, rarest first, as FTS5 finds them on SQLite: each word whole,
    then as a prefix, and only when neither occurs, by its compound parts."""
    chosen = [g for g in sorted(groups, key=lambda g: len(g[0]), reverse=True)[:PROBES] if _safe(g[0])]
    wanted = list(dict.fromkeys(t for g in chosen for t in g if _safe(t)))
    if not wanted:
        return []
    probed = {
        str(t): Term(str(t), int(count), bool(lexeme))
        for t, lexeme, count in conn.execute(_PROBE.format(table=table), (CAP + 1, wanted)).fetchall()
    }
    found: list[Term] = []
    for whole, *parts in chosen:
        hit = _probed(conn, table, probed[whole])
        if hit:
            found.extend(hit)
            continue
        for part in (p for p in parts if _safe(p)):
            found.extend(_probed(conn, table, probed[part]))
    return sorted(found, key=lambda t: t.count)


def _probed(conn: Any, table: str, term: Term) -> list[Term]:
    """``term`` if rows hold it; else the trigram lookup (a stopword), then the prefix."""
    if term.count:
        return [term]
    tries = [] if term.lexeme else [Term(term.term, 0, False)]
    if len(term.term) >= MIN_PREFIX:
        tries.append(Term(term.term, 0, False, True))
    for candidate in tries:
        count = int(conn.execute(_PATTERN.format(table=table), (candidate.pattern, CAP + 1)).fetchone()[0])
        if count:
            return [Term(candidate.term, count, False, candidate.prefix)]
    return []


def _safe(term: str) -> bool:
    """Letters and digits only: nothing a tsquery or a regular expression would read as syntax."""
    return term.isalnum()


def ranked(conn: Any, table: str, terms: list[Term], joiner: str, size: int, window: int | None) -> list[int]:
    """Best ``size`` ids by BM25 among the newest ``window`` rows matching the terms."""
    conditions = [t.condition() for t in terms]
    where = f" {joiner} ".join(sql for sql, _ in conditions)
    where_params = [p for _, ps in conditions for p in ps]
    score, score_params = _bm25(stats(conn, table), terms)
    limit = "" if window is None else f" ORDER BY id DESC LIMIT {int(window)}"
    sql = (
        f"SELECT id FROM (SELECT id, norm, regexp_count(norm, ' ') + 1 AS dl FROM {table} WHERE {where}"
        f"{limit}) AS w ORDER BY {score} DESC, id DESC LIMIT ?"
    )
    return [int(row[0]) for row in conn.execute(sql, [*where_params, *score_params, size])]


def _bm25(known: Stats, terms: list[Term]) -> tuple[str, list[object]]:
    """FTS5's bm25 as an SQL expression over ``norm`` and ``dl`` (the row's number of concepts)."""
    parts: list[str] = []
    params: list[object] = []
    for t in terms:
        idf = max(math.log((known.rows - t.count + 0.5) / (t.count + 0.5)), 1e-6)
        norm_length = f"(1 - {B} + {B} * dl / {known.mean_length:.6f})"
        parts.append(
            f"{idf:.9f} * regexp_count(norm, ?) * {K1 + 1} / (regexp_count(norm, ?) + {K1} * {norm_length})"
        )
        params.extend([t.pattern, t.pattern])
    return " + ".join(parts), params


def newest(conn: Any, table: str, terms: list[Term]) -> list[int]:
    """The newest WINDOW ids of rows holding all of ``terms``."""
    conditions = [t.condition() for t in terms]
    where = " AND ".join(sql for sql, _ in conditions)
    params = [p for _, ps in conditions for p in ps]
    sql = f"SELECT id FROM {table} WHERE {where} ORDER BY id DESC LIMIT ?"
    return [int(row[0]) for row in conn.execute(sql, [*params, WINDOW])]


def shortlist(conn: Any, table: str, groups: list[tuple[str, ...]], size: int) -> list[int]:
    """Candidate ids for the query's words (``normalize.query_groups``), as ``tiers.pick``
    chooses them on every engine: rows with all rare words first, then rows with any."""
    name = TABLES[table]
    rare = terms_by_rarity(conn, name, groups)
    if not rare:
        return []
    every = newest(conn, name, rare[:TIER_A_TERMS]) if len(rare) > 1 else []
    each = [newest(conn, name, [t]) for t in rare[:TIER_B_TERMS]]
    return tiers.pick([t.count for t in rare[:TIER_B_TERMS]], every, each, size)


def small_shortlist(conn: Any, table: str, terms: list[str], size: int) -> list[int]:
    """For a table of a few hundred rows (the seed): any term held exactly, by BM25."""
    name = TABLES[table]
    safe = list(dict.fromkeys(t for t in terms if _safe(t)))
    if not safe:
        return []
    rows = conn.execute(_PROBE.format(table=name), (CAP + 1, safe)).fetchall()
    found = [Term(t, int(c), bool(lex)) for t, lex, c in rows if c]
    for t, lex, c in rows:
        if not c and not lex:
            count = int(
                conn.execute(_PATTERN.format(table=name), (f"(^| ){t}(?= |$)", CAP + 1)).fetchone()[0]
            )
            if count:
                found.append(Term(t, count, False))
    return ranked(conn, name, found, "OR", size, None) if found else []
