"""The FTS5 shortlist: a few dozen candidate questions out of any number, at bounded cost.

The index holds each question's concepts (``normalize.index_text``), so every query concept is an
exact FTS term. Ranking all matches costs about 2 µs per matching row, and even FTS5's ``bm25()``
over a bounded window reads every posting of each term to weigh it, which at 500,000 questions
and a common word (tens of thousands of rows) blows any latency budget, so the engine is only
asked yes/no questions, each reading at most ``WINDOW`` rowids:

1. each term's document frequency, up to ``CAP`` (a term found more often is "common"), comes
   from ``concept_counts``; a long query (a whole question) looks at only its ``PROBES`` longest
   terms, as longer stems are the more specific ones;
2. the newest ``WINDOW`` rows containing all of the (up to) three rarest terms, and the newest
   ``WINDOW`` containing each of the (up to) four rarest (``ORDER BY rowid DESC``: for very common
   terms recent documents are preferred, which is what staff usually want);
3. which of them go on to ranking is decided by the engine-independent ``tiers.pick``, so
   PostgreSQL shortlists the same rows. The all-terms window looks only at the newest
   ``tiers.SPAN`` ids, and where one of its terms has a very long posting list it is found
   without FTS5 walking that list (``together.py``), so its cost stops growing with the library.

A query word found nowhere is tried as a prefix ("Fingerabdr" → "fingerabdruckdatei"), the case
of a partial word or a compound part.
"""

from __future__ import annotations

import sqlite3

from drafter.library import tiers
from drafter.library.tiers import CAP, TIER_A_TERMS, TIER_B_TERMS, WINDOW, since
from drafter.library.together import newest_with_all

__all__ = ["CAP", "MIN_PREFIX", "PROBES", "TIER_A_TERMS", "TIER_B_TERMS", "WINDOW", "shortlist"]

MIN_PREFIX = 4
PROBES = 12


def frequency(conn: sqlite3.Connection, table: str, term: str) -> int:
    """How many rows contain ``term`` (an FTS expression), counted up to CAP + 1."""
    sql = f"SELECT count(*) FROM (SELECT 1 FROM {table} WHERE {table} MATCH ? LIMIT ?)"
    return int(conn.execute(sql, (term, CAP + 1)).fetchone()[0])


def newest(conn: sqlite3.Connection, table: str, expression: str, above: int = 0) -> list[int]:
    """The newest WINDOW rowids above ``above`` matching ``expression``."""
    sql = f"SELECT rowid FROM {table} WHERE {table} MATCH ? AND rowid > ? ORDER BY rowid DESC LIMIT ?"
    return [row[0] for row in conn.execute(sql, (expression, above, WINDOW))]


CONTENT = {"question_fts": "questions", "seed_fts": "seed_entries"}


def top_id(conn: sqlite3.Connection, table: str) -> int:
    """The highest rowid of the index's content table (one step down its primary key)."""
    row = conn.execute(f"SELECT max(id) FROM {CONTENT[table]}").fetchone()
    return int(row[0] or 0)


def terms_by_rarity(
    conn: sqlite3.Connection, table: str, groups: list[tuple[str, ...]]
) -> list[tuple[int, str]]:
    """(count, FTS expression) of the query words that occur, rarest first.

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
    return sorted(found, key=lambda pair: pair[0])


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
    """Candidate rowids for the query's words (``normalize.query_groups``), as ``tiers.pick``
    chooses them: rows with all rare words first, then rows with any."""
    rare = terms_by_rarity(conn, table, groups)
    if not rare:
        return []
    every: list[int] = []
    if len(rare) > 1:
        every = newest_with_all(conn, table, [e for _, e in rare[:TIER_A_TERMS]], since(top_id(conn, table)))
    each = [newest(conn, table, expression) for _, expression in rare[:TIER_B_TERMS]]
    return tiers.pick([count for count, _ in rare[:TIER_B_TERMS]], every, each, size)
