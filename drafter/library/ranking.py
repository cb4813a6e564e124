"""Engine-independent ranking: how well a stored question fits a query, and why.

Works on concepts (``normalize.concepts``: folded, stemmed, synonym-mapped words) the library
stores per question, so it needs nothing from the database engine: SQLite's FTS5 shortlist and a
PostgreSQL shortlist hand the same (id, concepts) candidates to ``score``.

The score (0–100) mixes coverage (share of the query's concepts the question contains, compound
parts included), ``token_set_ratio`` (how well the query's words sit in the question) and
``token_sort_ratio`` (whole-text resemblance, so a near-identical question beats a long one that
merely mentions the words). The two ratios are computed per candidate (a shortlist is small) and
kept in single precision, as rapidfuzz's ``cdist`` gives them, without importing numpy (which
``cdist`` needs) into every search.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

COVERAGE, SET, SORT = 0.45, 0.45, 0.10
SHOWN = 6  # shared concepts named in a reason
SAME = 85.0  # token_sort_ratio from which a candidate is "the query itself" (reworded at most)


@dataclass(frozen=True)
class Scored:
    """One candidate's score and its parts, for ranking and for saying why it matched."""

    score: float
    coverage: float
    same: bool
    shared: tuple[str, ...]


def score(query: list[str], candidates: list[list[str]]) -> list[Scored]:
    """Each candidate scored against the query (see the module docstring)."""
    if not candidates:
        return []
    joined = [" ".join(c) for c in candidates]
    q = " ".join(query)
    sets = array("f", [fuzz.token_set_ratio(q, text) for text in joined])
    sorts = array("f", [fuzz.token_sort_ratio(q, text) for text in joined])
    out = []
    for cand, s, t in zip(candidates, sets, sorts, strict=True):
        shared = _shared(query, cand)
        cov = len(shared) / len(set(query)) if query else 0.0
        total = COVERAGE * cov * 100 + SET * float(s) + SORT * float(t)
        out.append(Scored(total, cov, float(t) >= SAME, shared))
    return out


def scores_for(query: list[str], candidates: list[list[str]]) -> list[float]:
    """Only the 0–100 scores of ``score``."""
    return [s.score for s in score(query, candidates)]


def resemblance(query: list[str], candidates: list[list[str]]) -> list[float]:
    """0–1 per candidate: how much two questions are about the same thing (for pairing links)."""
    return [s.score / 100 for s in score(query, candidates)]


def coverage(query: list[str], candidate: list[str]) -> float:
    """Share of distinct query stems found in ``candidate``, whole or as a compound part."""
    wanted = set(query)
    return len(_shared(query, candidate)) / len(wanted) if wanted else 0.0


def _shared(query: list[str], candidate: list[str]) -> tuple[str, ...]:
    """Query stems the candidate holds: a stem of it, the start of one ("fingerabdruck" in
    "fingerabdruckdatei"), its end or inside when at least five letters long ("sanier" in
    "generalsanier"), or a candidate stem of at least five letters starts it."""
    have = set(candidate)
    text = " " + " ".join(have)
    return tuple(
        w for w in dict.fromkeys(query) if w in have or _inside(w, text) or not heads(w).isdisjoint(have)
    )


def _inside(word: str, text: str) -> bool:
    return (word if len(word) >= 5 else f" {word}") in text


@lru_cache(maxsize=4096)
def heads(word: str) -> frozenset[str]:
    """The word's proper prefixes of at least five letters ("fingerabdruckdatei" → "finge" …)."""
    return frozenset(word[:k] for k in range(5, len(word)))


def reasons(scored: Scored) -> tuple[str, ...]:
    """Why a candidate matched, in German, for the match panel and ``library search``."""
    out = []
    if scored.same:
        out.append("nahezu gleicher Wortlaut")
    if scored.shared:
        out.append("gemeinsame Begriffe: " + ", ".join(scored.shared[:SHOWN]))
    return tuple(out)
