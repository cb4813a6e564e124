"""Finding questions: an FTS5 shortlist (``shortlist.py``), then a rapidfuzz ranking of it.

The ranking scores each shortlisted question 0–100 from three parts, computed on the stored
concepts (synonym-folded stems, see ``normalize.concepts``) so no candidate text is re-processed:
coverage (share of the query's concepts the question contains, compound parts included),
``token_set_ratio`` (how well the query's words sit in the question) and ``token_sort_ratio``
(whole-text resemblance, so a near-identical question beats a long one that merely mentions the
words). The two ratios are computed per candidate (a shortlist is small) and kept in single
precision, as rapidfuzz's ``cdist`` gives them, without importing numpy for every search. Only the
final hits are read in full (text, answer excerpt, document), which keeps the cost per candidate to
a few microseconds.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from array import array
from collections.abc import Sequence
from functools import lru_cache

from rapidfuzz import fuzz

from drafter.library.normalize import query_terms
from drafter.library.records import SearchHit
from drafter.library.shortlist import shortlist, small_shortlist

SHORTLIST = 80
EXCERPT = 300
_SPACE = re.compile(r"\s+")
_VISIBLE = """
SELECT q.id, q.norm FROM questions q JOIN documents d ON d.id = q.doc_id
WHERE q.id IN ({ids}) AND NOT (d.kind = 'kleine_anfrage'
    AND EXISTS (SELECT 1 FROM documents a WHERE a.inquiry = d.number))
"""
_FULL = """
SELECT q.id, q.number, q.text, q.answer, q.status, d.number AS drucksache, d.kind, d.date
FROM questions q JOIN documents d ON d.id = q.doc_id WHERE q.id IN ({ids})
"""

Candidate = tuple[int, str]
"""(question id, or the negated seed entry id; stored concepts) of a shortlisted row."""


def search(
    conn: sqlite3.Connection, text: str, limit: int = 10, *, seeds: bool = True, size: int = SHORTLIST
) -> list[SearchHit]:
    """Questions (and seed building blocks) most like ``text``, best first, at most ``limit``.

    A Kleine Anfrage's question is left out once its Antwort is stored: the Antwort repeats it
    with the answer.
    """
    terms = query_terms(text)
    if not terms or limit <= 0:
        return []
    found = _candidates(conn, _VISIBLE, shortlist(conn, "question_fts", terms, size), 1)
    if seeds:
        found += _candidates(
            conn,
            "SELECT id, norm FROM seed_entries WHERE id IN ({ids})",
            small_shortlist(conn, "seed_fts", terms, size),
            -1,
        )
    scores = scores_for(terms, [norm.split() for _, norm in found])
    best = sorted(range(len(found)), key=lambda i: -scores[i])[:limit]
    return _hits(conn, [(found[i][0], scores[i]) for i in best])


def _candidates(conn: sqlite3.Connection, sql: str, ids: Sequence[int], sign: int) -> list[Candidate]:
    """(signed id, concepts) of ``ids`` in shortlist order, dropping rows ``sql`` filters out."""
    if not ids:
        return []
    rows = dict(conn.execute(sql.format(ids=",".join("?" * len(ids))), list(ids)).fetchall())
    return [(sign * i, rows[i]) for i in ids if i in rows]


def _hits(conn: sqlite3.Connection, scored: list[tuple[int, float]]) -> list[SearchHit]:
    """Full hits for (signed id, score) pairs, in that order."""
    rows = _full_rows(conn, [i for i, _ in scored if i > 0])
    seeds = _seed_rows(conn, [-i for i, _ in scored if i < 0])
    hits = []
    for signed, score in scored:
        hit = _question_hit(rows[signed], score) if signed > 0 else _seed_hit(-signed, seeds[-signed], score)
        hits.append(hit)
    return hits


def _full_rows(conn: sqlite3.Connection, ids: list[int]) -> dict[int, sqlite3.Row]:
    if not ids:
        return {}
    rows = conn.execute(_FULL.format(ids=",".join("?" * len(ids))), ids).fetchall()
    return {r["id"]: r for r in rows}


def _seed_rows(conn: sqlite3.Connection, ids: list[int]) -> dict[int, str]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    return dict(conn.execute(f"SELECT id, text FROM seed_entries WHERE id IN ({marks})", ids).fetchall())


def _question_hit(row: sqlite3.Row, score: float) -> SearchHit:
    return SearchHit(
        drucksache=row["drucksache"],
        kind=row["kind"],
        number=row["number"],
        text=row["text"],
        status=row["status"],
        answer=excerpt(row["answer"]),
        score=_bounded(score),
        question_id=row["id"],
        date=dt.date.fromisoformat(row["date"]) if row["date"] else None,
    )


def _seed_hit(seed_id: int, text: str, score: float) -> SearchHit:
    return SearchHit(
        drucksache=None,
        kind="seed",
        number=None,
        text=text,
        status="unanswered",
        answer=None,
        score=_bounded(score),
        question_id=-seed_id,
    )


def _bounded(score: float) -> float:
    return round(min(100.0, max(0.0, score)), 1)


def excerpt(answer: str | None, size: int = EXCERPT) -> str | None:
    """The answer with whitespace folded, cut at a word boundary near ``size`` characters."""
    if not answer:
        return None
    flat = _SPACE.sub(" ", answer[: size * 2]).strip()
    if len(flat) <= size:
        return flat
    return flat[:size].rsplit(" ", 1)[0] + " …"


def scores_for(query: list[str], candidates: list[list[str]]) -> list[float]:
    """0–100 per candidate: 45 % coverage, 45 % token_set_ratio, 10 % token_sort_ratio."""
    if not candidates:
        return []
    joined = [" ".join(c) for c in candidates]
    q = " ".join(query)
    sets = array("f", [fuzz.token_set_ratio(q, text) for text in joined])
    sorts = array("f", [fuzz.token_sort_ratio(q, text) for text in joined])
    return [
        0.45 * coverage(query, cand) * 100 + 0.45 * float(s) + 0.10 * float(t)
        for cand, s, t in zip(candidates, sets, sorts, strict=True)
    ]


def coverage(query: list[str], candidate: list[str]) -> float:
    """Share of distinct query stems found in ``candidate``, whole or as a compound part.

    A query stem counts when it is a candidate stem, starts one ("fingerabdruck" in
    "fingerabdruckdatei"), ends or sits inside one when it has at least five letters ("sanier" in
    "generalsanier"), or a candidate stem of at least five letters starts it
    ("fingerabdruckdatei" asked, "fingerabdruck" stored).
    """
    wanted = set(query)
    if not wanted:
        return 0.0
    have = set(candidate)
    text = " " + " ".join(have)
    found = sum(1 for w in wanted if w in have or _inside(w, text) or not heads(w).isdisjoint(have))
    return found / len(wanted)


def _inside(word: str, text: str) -> bool:
    return (word if len(word) >= 5 else f" {word}") in text


@lru_cache(maxsize=4096)
def heads(word: str) -> frozenset[str]:
    """The word's proper prefixes of at least five letters ("fingerabdruckdatei" → "finge" …)."""
    return frozenset(word[:k] for k in range(5, len(word)))
