"""The all-terms window on FTS5: the newest rows holding every one of the rarest query concepts.

FTS5 answers ``"a" AND "b" AND "c"`` by stepping through the rows that hold the others and seeking
each in every posting list, over the whole index: a rowid bound only filters what it returns, so
when few rows hold all three the walk goes on to the oldest row. A seek in a very long posting list
costs about 65 µs (a concept held by 812,600 of 5 million questions), so a query whose rare
concepts include one that long took 20 ms, bound or not. When one of the three lists is that long,
the rows holding the two others (above the bound) are found first; when they are few, each is
checked for the long one by itself, which costs a seek per row instead of one per row in the
whole index. Either way the window is exactly the rows an FTS5 AND with the bound returns.
"""

from __future__ import annotations

import sqlite3

from drafter.library.tiers import WINDOW

LONG = 100_000  # questions holding a concept from which seeking in its posting list is slow
CHECKED = 30  # rows of the two shorter lists checked one by one for the long one, at most


def newest_with_all(conn: sqlite3.Connection, table: str, expressions: list[str], above: int) -> list[int]:
    """The newest WINDOW rowids above ``above`` matching every one of ``expressions`` (FTS5
    phrases, ``"term"`` or ``"term"*``), newest first."""
    split = _longest_apart(conn, table, expressions)
    if split is not None:
        shorter, longest = split
        found = _newest(conn, table, " AND ".join(shorter), above, CHECKED + 1)
        if len(found) <= CHECKED:
            return [rowid for rowid in found if _holds(conn, table, longest, rowid)]
    return _newest(conn, table, " AND ".join(expressions), above, WINDOW)


def _longest_apart(
    conn: sqlite3.Connection, table: str, expressions: list[str]
) -> tuple[list[str], str] | None:
    """(the other expressions, the one of the longest posting list) when that list is LONG and
    the others are whole concepts of the questions' index; else None."""
    if table != "question_fts" or len(expressions) < 3 or any(not _whole(e) for e in expressions):
        return None
    terms = [e[1:-1] for e in expressions]
    if len(set(terms)) < len(terms):
        return None
    marks = ",".join("?" * len(terms))
    counts = dict(conn.execute(f"SELECT term, df FROM concept_counts WHERE term IN ({marks})", terms))
    longest = max(terms, key=lambda t: counts.get(t, 0))
    if counts.get(longest, 0) < LONG:
        return None
    return [e for e, t in zip(expressions, terms, strict=True) if t != longest], f'"{longest}"'


def _whole(expression: str) -> bool:
    return len(expression) > 2 and expression[0] == expression[-1] == '"'


def _newest(conn: sqlite3.Connection, table: str, expression: str, above: int, limit: int) -> list[int]:
    sql = f"SELECT rowid FROM {table} WHERE {table} MATCH ? AND rowid > ? ORDER BY rowid DESC LIMIT ?"
    return [row[0] for row in conn.execute(sql, (expression, above, limit))]


def _holds(conn: sqlite3.Connection, table: str, expression: str, rowid: int) -> bool:
    sql = f"SELECT 1 FROM {table} WHERE {table} MATCH ? AND rowid = ?"
    return conn.execute(sql, (expression, rowid)).fetchone() is not None
