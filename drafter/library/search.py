"""Finding questions: an FTS5 shortlist by bm25, then a rapidfuzz ranking of the shortlist.

The shortlist query ORs every topic word of the query (stopwords dropped), each as a prefix of its
stem and of its synonyms' stems, so "Interoperabilität" reaches "interoperabel" and "vernetzen".
The ranking scores each shortlisted question 0–100 from three parts on synonym-folded stems:
coverage (share of the query's topic words the question contains, compound parts included),
``token_set_ratio`` (how well the query's words sit in the question) and ``token_sort_ratio``
(whole-text resemblance, so a near-identical question beats a long one that merely mentions the
words). ``process.cdist`` does the scoring in C and releases the GIL, so a UI thread stays live.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import replace

from rapidfuzz import fuzz, process

from drafter.library.normalize import query_terms
from drafter.library.records import SearchHit
from drafter.library.shortlist import shortlist

SHORTLIST = 200
EXCERPT = 300
_SPACE = re.compile(r"\s+")
_HIT_SQL = """
SELECT q.id, q.number, q.text, q.answer, q.status, q.norm, d.number AS drucksache, d.kind, d.date
FROM questions q JOIN documents d ON d.id = q.doc_id
WHERE q.id IN ({ids}) AND NOT (d.kind = 'kleine_anfrage'
    AND EXISTS (SELECT 1 FROM documents a WHERE a.inquiry = d.number))
"""


def search(
    conn: sqlite3.Connection, text: str, limit: int = 10, *, seeds: bool = True, size: int = SHORTLIST
) -> list[SearchHit]:
    """Questions (and seed building blocks) most like ``text``, best first, at most ``limit``."""
    terms = query_terms(text)
    if not terms or limit <= 0:
        return []
    hits = _question_hits(conn, shortlist(conn, "question_fts", terms, size))
    if seeds:
        hits += _seed_hits(conn, shortlist(conn, "seed_fts", terms, size))
    return rank(terms, hits)[:limit]


Candidate = tuple[SearchHit, str]
"""A hit before scoring, with its stored concepts string."""


def _question_hits(conn: sqlite3.Connection, ids: Sequence[int]) -> list[Candidate]:
    if not ids:
        return []
    order = {qid: i for i, qid in enumerate(ids)}
    rows = conn.execute(_HIT_SQL.format(ids=",".join("?" * len(ids))), list(ids)).fetchall()
    rows.sort(key=lambda r: order[r["id"]])
    return [(_hit(r), r["norm"]) for r in rows]


def _hit(row: sqlite3.Row) -> SearchHit:
    return SearchHit(
        drucksache=row["drucksache"], kind=row["kind"], number=row["number"], text=row["text"],
        status=row["status"], answer=excerpt(row["answer"]), score=0.0, question_id=row["id"],
        date=dt.date.fromisoformat(row["date"]) if row["date"] else None,
    )


def _seed_hits(conn: sqlite3.Connection, ids: Sequence[int]) -> list[Candidate]:
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    rows = conn.execute(f"SELECT id, text, norm FROM seed_entries WHERE id IN ({marks})", list(ids))
    return [
        (SearchHit(drucksache=None, kind="seed", number=None, text=r["text"], status="unanswered",
                   answer=None, score=0.0, question_id=-r["id"]), r["norm"])
        for r in rows
    ]


def excerpt(answer: str | None, size: int = EXCERPT) -> str | None:
    """The answer with whitespace folded, cut at a word boundary near ``size`` characters."""
    if not answer:
        return None
    flat = _SPACE.sub(" ", answer).strip()
    if len(flat) <= size:
        return flat
    return flat[:size].rsplit(" ", 1)[0] + " …"


def rank(query: list[str], candidates: list[Candidate]) -> list[SearchHit]:
    """Score candidates against the query concepts, best first (stable: shortlist order breaks ties)."""
    if not candidates:
        return []
    scores = scores_for(query, [norm.split() for _, norm in candidates])
    scored = [_with_score(hit, s) for (hit, _), s in zip(candidates, scores, strict=True)]
    return sorted(scored, key=lambda h: -h.score)


def scores_for(query: list[str], candidates: list[list[str]]) -> list[float]:
    """0–100 per candidate: 45 % coverage, 45 % token_set_ratio, 10 % token_sort_ratio."""
    joined = [" ".join(c) for c in candidates]
    q = " ".join(query)
    sets = process.cdist([q], joined, scorer=fuzz.token_set_ratio, workers=1)[0]
    sorts = process.cdist([q], joined, scorer=fuzz.token_sort_ratio, workers=1)[0]
    return [
        0.45 * coverage(query, cand) * 100 + 0.45 * float(s) + 0.10 * float(t)
        for cand, s, t in zip(candidates, sets, sorts, strict=True)
    ]


def coverage(query: list[str], candidate: list[str]) -> float:
    """Share of distinct query stems found in ``candidate``, whole or as a compound part.

    A query stem counts when it is a candidate stem, starts one ("fingerabdruck" in
    "fingerabdruckdatei") or a candidate stem of at least five letters starts it.
    """
    wanted = set(query)
    if not wanted:
        return 0.0
    have = set(candidate)
    text = " " + " ".join(have)
    found = sum(1 for w in wanted if w in have or f" {w}" in text or _has_head(w, have))
    return found / len(wanted)


def _has_head(word: str, have: set[str]) -> bool:
    return any(len(c) >= 5 and word.startswith(c) for c in have)


def _with_score(hit: SearchHit, score: float) -> SearchHit:
    return replace(hit, score=round(min(100.0, max(0.0, score)), 1))
