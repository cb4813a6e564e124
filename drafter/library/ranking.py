"""Engine-independent ranking: how well a stored question fits a query, and why.

Works on concepts (``normalize.concepts``: folded, stemmed, synonym-mapped words) the library
stores per question, so it needs nothing from the database engine: SQLite's FTS5 shortlist and a
PostgreSQL shortlist hand the same (id, concepts) candidates to ``score``.

The score (0–100) mixes coverage (share of the query's concepts the question contains, compound
parts included), ``token_set_ratio`` (how well the query's words sit in the question) and
``token_sort_ratio`` (whole-text resemblance, so a near-identical question beats a long one that
merely mentions the words), and the weighted overlap of concepts (rare ones weigh more, see
``weights.py``). The two ratios are computed per candidate (a shortlist is small) and kept in
single precision, as rapidfuzz's ``cdist`` gives them, without importing numpy (which ``cdist``
needs) into every search.
"""

from __future__ import annotations

from array import array
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

COVERAGE, SET, SORT, OVERLAP = 0.35, 0.25, 0.10, 0.30
SHOWN = 6  # shared concepts named in a reason
SAME = 0.8  # weighted overlap from which a candidate is "the query itself" (reworded at most)


@dataclass(frozen=True)
class Scored:
    """One candidate's score and its parts, for ranking and for saying why it matched."""

    score: float
    coverage: float
    same: bool
    shared: tuple[str, ...]


Group = tuple[str, ...]
"""A query word's concept, then its compound parts' concepts (``normalize.query_groups``)."""


Weights = Mapping[str, float]
"""Concept → weight (inverse document frequency, ``weights.py``); a missing concept weighs 1."""


def score(
    query: list[str],
    candidates: list[list[str]],
    groups: list[Group] | None = None,
    weights: Weights | None = None,
    fuzzy: frozenset[str] = frozenset(),
) -> list[Scored]:
    """Each candidate scored against the query (see the module docstring).

    ``fuzzy``: query concepts the library does not hold as such (a partial word, a compound
    unknown to the splitter); these count where they start, end or sit inside a candidate's
    concept. All others count only as exact concepts, which keeps a candidate to microseconds.
    """
    if not candidates:
        return []
    groups = groups or [(t,) for t in dict.fromkeys(query)]
    order = list(dict.fromkeys(query))
    get = (weights or {}).get
    group_weights = [get(g[0], 1.0) for g in groups]
    query_set = set(order)
    query_mass = sum(get(t, 1.0) for t in order)
    joined = [" ".join(c) for c in candidates]
    q = " ".join(query)
    sets = array("f", [fuzz.token_set_ratio(q, text) for text in joined])
    sorts = array("f", [fuzz.token_sort_ratio(q, text) for text in joined])
    out = []
    for cand, text, s, t in zip(candidates, joined, sets, sorts, strict=True):
        have = set(cand)
        found = query_set & have
        if fuzzy:
            found.update(w for w in fuzzy if _near(w, " " + text, have))
        cov = _group_coverage(groups, found, group_weights)
        both = query_mass + sum(get(x, 1.0) for x in have)
        overlap = 2 * sum(get(x, 1.0) for x in found) / both if both > 0 else 0.0
        total = COVERAGE * cov * 100 + SET * float(s) + SORT * float(t) + OVERLAP * overlap * 100
        shared = tuple(x for x in order if x in found)
        out.append(Scored(total, cov, overlap >= SAME, shared))
    return out


def _near(word: str, text: str, have: set[str]) -> bool:
    return _inside(word, text) or not heads(word).isdisjoint(have)


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


def _group_coverage(groups: list[Group], shared: set[str], weights: list[float]) -> float:
    """Weighted share of query words found: a word counts whole when it or all its parts are
    found, each word weighing as much as it is rare in the library."""
    mass = sum(weights)
    if not groups or mass <= 0:
        return 0.0
    total = 0.0
    for (whole, *parts), w in zip(groups, weights, strict=True):
        if whole in shared:
            total += w
        elif parts:
            total += w * sum(p in shared for p in parts) / len(parts)
    return total / mass


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
