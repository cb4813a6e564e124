"""Finding questions: one matcher for ``library search``, ``related``, ``followups`` and the TUI.

The seam between engine and ranking:

1. **shortlist** (engine-specific, ``shortlist.py`` for SQLite FTS5): a bounded list of question
   ids that share concepts with the query. Another engine (PostgreSQL: posting lists of the
   concepts, ``pg/windows.py``) only has to return such ids; everything below is plain SQL on the
   ``questions``/``documents``/``question_links`` tables and Python.
2. **ranking** (``ranking.py``, engine-independent): each candidate's stored concepts against the
   query's, 0–100, with the parts that say why it matched.
3. **citations** (``citations.py``, ``citelinks.py``): a Drucksache the query cites ranks its
   questions first (the questions it names, or its questions by resemblance); a candidate that is
   the query itself (reworded at most) brings the questions linked to it by citation, both ways.
4. **points** (``points.py``): a Kleine Anfrage's question and its reprint in the stored Antwort
   are one point, named where it was asked and carrying the answer; each point appears once.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from drafter.library import points, ranking
from drafter.library.citations import cited_numbers
from drafter.library.citelinks import linked
from drafter.library.engines import seed_candidates, shortlists
from drafter.library.normalize import query_groups, query_terms
from drafter.library.points import Board, Candidate, excerpt
from drafter.library.records import SearchHit
from drafter.library.weights import weights

__all__ = ["excerpt", "search"]

SHORTLIST = 40  # rows per tier scored in full (tiers.pick chooses them the same way on every engine)
ANCHORS = 3  # points taken as "the query itself" whose citation links are followed
ANCHOR_GAP = 1.0  # … as long as they score within this of the best of them
CITED = 100.0  # score of a question the query's citation names
CITED_DOC = 90.0  # score floor of the questions of a Drucksache the query cites as a whole
QUOTED, LINKED = 2, 1  # tiers (see points.Board): cited by the query; the query itself and its links
APART_WORDS = 3  # a query of at most this many words is also looked up by its compounds' parts
LINK_SPAN = 12.0  # a linked question scores from anchor − LINK_SPAN (weak link) to the anchor's score


def search(
    conn: sqlite3.Connection, text: str, limit: int = 10, *, seeds: bool = True, size: int = SHORTLIST
) -> list[SearchHit]:
    """Questions (and seed building blocks) most like ``text``, best first, at most ``limit``."""
    terms = query_terms(text)
    groups = query_groups(text)
    cites = cited_numbers(text)
    if limit <= 0 or not (terms or cites):
        return []
    board = Board()
    found = points.candidates(conn, _shortlisted(conn, groups, size)) if terms else []
    weight = weights(conn, str(id(conn)))
    norms = [c.norm.split() for c in found]
    weight.many([*terms, *(t for n in norms for t in n)])
    fuzzy = frozenset(t for t in terms if weight.absent(t))
    scored = ranking.score(terms, norms, groups, weight.known, fuzzy)
    for cand, s in zip(found, scored, strict=True):
        board.add(cand, s.score, ranking.reasons(s))
    _follow_links(conn, board, [(c, s) for c, s in zip(found, scored, strict=True) if s.same])
    _cited(conn, board, terms, cites)
    if seeds and terms:
        seed_found = seed_candidates(conn, terms, size)
        for cand, s in zip(
            seed_found, ranking.score(terms, [c.norm.split() for c in seed_found]), strict=True
        ):
            board.add(cand, s.score, ranking.reasons(s))
    return points.hits(conn, board.best(limit))


def _shortlisted(conn: sqlite3.Connection, groups: list[tuple[str, ...]], size: int) -> list[int]:
    """The engine's shortlist for the query's words; for a few typed words, also the questions
    holding a compound's parts written apart ("Heizkosten" → "Kosten der Unterkunft und Heizung"),
    which the ranking counts as holding the word (``ranking._group_coverage``)."""
    apart: list[tuple[str, ...]] = [(p,) for g in groups for p in g[1:]] if len(groups) <= APART_WORDS else []
    found = shortlists(conn, "question_fts", [groups, apart] if apart else [groups], size)
    ids = found[0]
    if apart:
        known = set(ids)
        ids += [i for i in found[1] if i not in known]
    return ids


def _follow_links(
    conn: sqlite3.Connection, board: Board, same: Sequence[tuple[Candidate, ranking.Scored]]
) -> None:
    """Questions linked by citation to the best few candidates that are the query itself."""
    anchors: dict[tuple[str, str], tuple[Candidate, float]] = {}
    ranked = sorted(same, key=lambda pair: -pair[1].score)
    for cand, s in ranked:
        close = s.score >= ranked[0][1].score - ANCHOR_GAP
        if close and cand.key not in anchors and len(anchors) < ANCHORS:
            anchors[cand.key] = (cand, s.score)
    for key in anchors:
        board.raise_tier(key, LINKED)
    by_id = {cand.id: (cand, score) for cand, score in anchors.values()}
    by_id.update({c.id: (c, s.score) for c, s in same if c.key in anchors})
    rows = linked(conn, list(by_id))
    others = {c.id: c for c in points.candidates(conn, list(dict.fromkeys(r["other"] for r in rows)))}
    for row in rows:
        anchor, anchor_score = by_id[row["anchor"]]
        other = others.get(row["other"])
        if other is None or other.key == anchor.key:
            continue
        score = anchor_score - LINK_SPAN * (1 - float(row["weight"]))
        board.add(other, score, (_link_reason(anchor, row["direction"], row["kind"]),), LINKED)


def _link_reason(anchor: Candidate, direction: str, kind: str) -> str:
    where = f"{anchor.drucksache or 'ohne Nummer'} Frage {anchor.number}"
    how = "nennt die Frage" if kind == "frage" else "zitiert die Drucksache"
    if direction == "cites":
        return f"zitiert von {where} ({how})"
    return f"zitiert {where}"


def _cited(conn: sqlite3.Connection, board: Board, terms: list[str], cites: dict[str, set[str]]) -> None:
    """Questions of the Drucksachen the query cites: the named ones first, else by resemblance."""
    for number, named in cites.items():
        found = points.of_document(conn, number)
        if not found:
            continue
        exact = [c for c in found if named and points.named(named, c.number)]
        if exact:
            for cand in exact:
                board.add(cand, CITED, (f"in der Suche zitiert: {number} Frage {cand.number}",), QUOTED)
            continue
        fit = ranking.score(terms, [c.norm.split() for c in found]) if terms else []
        for i, cand in enumerate(found):
            extra = fit[i].score / 100 * (CITED - CITED_DOC) if fit else 0.0
            board.add(cand, CITED_DOC + extra, (f"in der Suche zitiert: Drucksache {number}",), QUOTED)
