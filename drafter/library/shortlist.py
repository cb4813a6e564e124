"""The FTS5 shortlist: a few hundred candidate questions out of any number, at bounded cost.

The index holds each question's concepts (``normalize.index_text``), so every query concept is an
exact FTS term. Ranking all matches by bm25 costs about 2 µs per matching row, which at 500,000
questions and a common word (tens of thousands of rows) blows any latency budget, so the cost is
bounded instead:

1. each term's document frequency, up to ``CAP`` (a term found more often is "common"), comes
   from ``concept_counts``; a long query (a whole question) looks at only its ``PROBES`` longest
   terms, as longer stems are the more specific ones;
2. tier A: rows containing all of the (up to) three rarest terms — the precise matches;
3. tier B: rows containing any of the (up to) four rarest terms — the broad matches;
4. each tier ranks by bm25 only the newest ``WINDOW`` matching rows (``ORDER BY rowid DESC``), so
   for very common terms recent documents are preferred, which is what staff usually want.

A query word found nowhere is tried as a prefix ("Fingerabdr" → "fingerabdruckdatei"), the case
of a partial word or a compound part.
"""

from __future__ import annotations

import sqlite3

CAP = 2000
WINDOW = 600
TIER_A_TERMS = 3
TIER_B_TERMS = 4
MIN_PREFIX = 4
PROBES = 12


def frequency(conn: sqlite3.Connection, table: str, term: str) -> int:
    """How many rows contain ``term`` (an FTS expression), counted up to CAP + 1."""
    sql = f"SELECT count(*) FROM (SELECT 1 FROM {table} WHERE {table} MATCH ? LIMIT ?)"
    return int(conn.execute(sql, (term, CAP + 1)).fetchone()[0])


def ranked(conn: sqlite3.Connection, table: str, expression: str, size: int) -> list[int]:
    """Best ``size`` rowids by bm25 among the newest WINDOW rows matching ``expression``."""
    sql = (
        f"SELECT rowid FROM (SELECT rowid, rank FROM {table} WHERE {table} MATCH ?"
        " ORDER BY rowid DESC LIMIT ?) ORDER BY rank LIMIT ?"
    )
    return [row[0] for row in conn.execute(sql, (expression, WINDOW, size))]


def terms_by_rarity(conn: sqlite3.Connection, table: str, groups: list[tuple[str, ...]]) -> list[str]:
    """FTS expressions for the query words that occur, rarest first.

    Each group is a word's concept and its compound parts' concepts: the word is looked up
    whole, then as a prefix, and only when neither occurs, by its parts ("Bundeswehrübung" asked,
    "Übung der Bundeswehr" stored). How many questions hold a concept is read from
    ``concept_counts`` (one statement for all words, capped at CAP + 1 as a probe would count);
    only a concept held nowhere is probed in the index, as a prefix.
    """
    chosen = sorted(groups, key=lambda g: len(g[0]), reverse=True)[:PROBES]
    counts = _counts(conn, table, [t for g in chosen for t in g])
    found: list[tuple[int, str]] = []
    for whole, *parts in chosen:
        count, expression = _probe(conn, table, whole, counts)
        if count:
            found.append((count, expression))
            continue
        found.extend(pair for pair in (_probe(conn, table, p, counts) for p in parts) if pair[0])
    return [expression for _, expression in sorted(found, key=lambda pair: pair[0])]


def _counts(conn: sqlite3.Connection, table: str, terms: list[str]) -> dict[str, int] | None:
    """Rows holding each term, up to CAP + 1, for the questions' index; None for another table."""
    if table != "question_fts" or not terms:
        return None
    wanted = list(dict.fromkeys(terms))
    marks = ",".join("?" * len(wanted))
    rows = conn.execute(f"SELECT term, df FROM concept_counts WHERE term IN ({marks})", wanted)
    return {str(term): min(int(df), CAP + 1) for term, df in rows}


def _probe(
    conn: sqlite3.Connection, table: str, term: str, counts: dict[str, int] | None = None
) -> tuple[int, str]:
    """(frequency, FTS expression) of a term, tried as a prefix when absent as a whole."""
    exact = f'"{term}"'
    count = counts.get(term, 0) if counts is not None else frequency(conn, table, exact)
    if count == 0 and len(term) >= MIN_PREFIX:
        exact = f'"{term}"*'
        count = frequency(conn, table, exact)
    return count, exact


def small_shortlist(conn: sqlite3.Connection, table: str, terms: list[str], size: int) -> list[int]:
    """For a table of a few hundred rows (the seed): any term, by bm25, no probing needed."""
    expression = " OR ".join(f'"{term}"' for term in terms)
    sql = f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rank LIMIT ?"
    return [row[0] for row in conn.execute(sql, (expression, size))]


def shortlist(conn: sqlite3.Connection, table: str, groups: list[tuple[str, ...]], size: int) -> list[int]:
    """Candidate rowids for the query's words (``normalize.query_groups``): tier A (all rare
    words) first, then tier B (any)."""
    rare = terms_by_rarity(conn, table, groups)
    if not rare:
        return []
    ids: dict[int, None] = {}
    if len(rare) > 1:
        ids.update(dict.fromkeys(ranked(conn, table, " AND ".join(rare[:TIER_A_TERMS]), size)))
    ids.update(dict.fromkeys(ranked(conn, table, " OR ".join(rare[:TIER_B_TERMS]), size)))
    return list(ids)
