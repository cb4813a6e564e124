"""Points: a question as asked, wherever the library holds it, shown once with its answer.

In the Wahlperiode 21 an Antwort reprints every question of its Kleine Anfrage, so a question
lives twice when both are stored. Both copies share one key, (Kleine Anfrage number, question
number); the search keeps the best score per key and shows the point once, named where it was
asked (``drucksache`` = the Kleine Anfrage, ``kind`` = "kleine_anfrage"), with status and answer
of the Antwort and its number in ``answered_in``. An Antwort whose Kleine Anfrage is not stored is
its own point, as before.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field

from drafter.library.records import SearchHit

EXCERPT = 300
_SPACE = re.compile(r"\s+")
_CANDIDATES = """
SELECT q.id, q.norm, q.number, d.number AS drucksache,
    CASE WHEN d.kind = 'antwort' AND EXISTS (SELECT 1 FROM documents k WHERE k.number = d.inquiry)
        THEN d.inquiry ELSE coalesce(d.number, '#' || d.id) END AS asked
FROM questions q JOIN documents d ON d.id = q.doc_id WHERE q.id IN ({ids})
"""
_COPY = """
SELECT q.id, q.number, q.text, q.answer, q.status, d.number AS drucksache, d.kind, d.date, d.inquiry
FROM questions q JOIN documents d ON d.id = q.doc_id
"""
_COPIES = _COPY + "WHERE q.number = ? AND (d.number = ? OR (d.kind = 'antwort' AND d.inquiry = ?))"
_MANY = _COPY + "WHERE q.id IN ({ids})"


@dataclass(frozen=True)
class Candidate:
    """A stored question (``id`` > 0) or seed entry (``id`` < 0) with its concepts and point key."""

    id: int
    norm: str
    key: tuple[str, str]
    drucksache: str | None = None
    number: str | None = None


@dataclass
class Board:
    """The best score and the reasons per point, as candidates arrive from every source."""

    scores: dict[tuple[str, str], float] = field(default_factory=dict)
    tiers: dict[tuple[str, str], int] = field(default_factory=dict)
    ids: dict[tuple[str, str], int] = field(default_factory=dict)
    why: dict[tuple[str, str], list[str]] = field(default_factory=dict)

    def add(self, cand: Candidate, score: float, reasons: Sequence[str], tier: int = 0) -> None:
        """Record a candidate; a point keeps its highest tier and score and all reasons.

        Tiers order before scores: what the query cites, then the query itself and what is
        linked to it by citation, then everything else by score.
        """
        key = cand.key
        if score > self.scores.get(key, -1.0):
            self.scores[key] = score
            self.ids[key] = cand.id
        self.tiers[key] = max(tier, self.tiers.get(key, 0))
        known = self.why.setdefault(key, [])
        known.extend(r for r in reasons if r not in known)

    def raise_tier(self, key: tuple[str, str], tier: int) -> None:
        self.tiers[key] = max(tier, self.tiers.get(key, 0))

    def best(self, limit: int) -> list[tuple[int, float, tuple[str, ...]]]:
        """(id, score, reasons) of the ``limit`` best points; the deciding reason comes first."""
        keys = sorted(self.scores, key=lambda k: (-self.tiers[k], -self.scores[k]))[:limit]
        return [(self.ids[k], self.scores[k], tuple(self.why[k])) for k in keys]


def candidates(conn: sqlite3.Connection, ids: Sequence[int]) -> list[Candidate]:
    """Candidates for question ``ids``, in that order (unknown ids dropped)."""
    if not ids:
        return []
    rows = conn.execute(_CANDIDATES.format(ids=",".join("?" * len(ids))), list(ids)).fetchall()
    by_id = {r["id"]: r for r in rows}
    return [_candidate(by_id[i]) for i in ids if i in by_id]


def _candidate(row: sqlite3.Row) -> Candidate:
    return Candidate(row["id"], row["norm"], (row["asked"], row["number"]), row["drucksache"], row["number"])


def seed_candidates(conn: sqlite3.Connection, ids: Sequence[int]) -> list[Candidate]:
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    rows = dict(
        conn.execute(f"SELECT id, norm FROM seed_entries WHERE id IN ({marks})", list(ids)).fetchall()
    )
    return [Candidate(-i, rows[i], ("seed", str(i))) for i in ids if i in rows]


def of_document(conn: sqlite3.Connection, number: str) -> list[Candidate]:
    """The questions of Drucksache ``number`` and of its stored partner."""
    ids = [
        r[0]
        for r in conn.execute(
            "SELECT q.id FROM questions q JOIN documents d ON d.id = q.doc_id WHERE d.number = ?"
            " OR d.inquiry = ? OR d.number = (SELECT inquiry FROM documents WHERE number = ?)",
            (number, number, number),
        )
    ]
    return candidates(conn, ids)


def named(numbers: set[str], number: str | None) -> bool:
    """Whether "Frage N" names question ``number`` ("2" names "2a"; "2a" names only "2a")."""
    return number is not None and (
        number in numbers or number.rstrip("abcdefghijklmnopqrstuvwxyz") in numbers
    )


def hits(conn: sqlite3.Connection, best: list[tuple[int, float, tuple[str, ...]]]) -> list[SearchHit]:
    """Full hits for (id, score, reasons), in that order.

    Two statements for all the points, whatever their number (on a database server every
    statement is a round trip): their rows, then every stored copy of their questions.
    """
    ids = [i for i, _, _ in best if i > 0]
    rows = {r["id"]: r for r in conn.execute(_MANY.format(ids=",".join("?" * len(ids))), ids)} if ids else {}
    pairs = {pair for pair in map(_asked_pair, rows.values()) if pair is not None}
    copies = _copies(conn, pairs)
    return [
        _seed_hit(conn, -i, s, why) if i < 0 else _point_hit(rows[i], copies, s, why) for i, s, why in best
    ]


def _asked_pair(row: sqlite3.Row) -> tuple[str, str] | None:
    """(Drucksache where the question was asked, its number), whose copies the hit needs."""
    if row["kind"] == "antwort":
        inquiry = row["inquiry"] if row["drucksache"] else None
        return (inquiry, row["number"]) if inquiry else None
    return (row["drucksache"], row["number"]) if row["drucksache"] else None


def _point_hit(
    row: sqlite3.Row, copies: dict[tuple[str, str], list[sqlite3.Row]], score: float, why: tuple[str, ...]
) -> SearchHit:
    asked, answer = row, None
    found = copies.get(_asked_pair(row) or ("", ""), [])
    if row["kind"] == "antwort":
        asked = next((c for c in found if c["kind"] != "antwort"), row)
        answer = row
    else:
        answer = next((c for c in found if c["kind"] == "antwort"), None)
    source = answer or row
    return SearchHit(
        drucksache=asked["drucksache"],
        kind=asked["kind"],
        number=asked["number"],
        text=asked["text"],
        status=source["status"],
        answer=excerpt(source["answer"]),
        score=_bounded(score),
        question_id=asked["id"],
        date=dt.date.fromisoformat(asked["date"]) if asked["date"] else None,
        answered_in=answer["drucksache"] if answer is not None and answer is not asked else None,
        why=why,
    )


def _copies(
    conn: sqlite3.Connection, pairs: set[tuple[str, str]]
) -> dict[tuple[str, str], list[sqlite3.Row]]:
    """Every stored copy of each (asked, number) question, lowest id first: the question in its
    Kleine Anfrage and its reprints in Antworten to it."""
    if not pairs:
        return {}
    ordered = sorted(pairs)
    sql = " UNION ALL ".join([_COPIES] * len(ordered))
    params = [v for asked, number in ordered for v in (number, asked, asked)]
    rows = list({r["id"]: r for r in conn.execute(sql, params)}.values())
    out: dict[tuple[str, str], list[sqlite3.Row]] = {}
    for asked, number in ordered:
        out[(asked, number)] = sorted(
            (r for r in rows if r["number"] == number and _copy_of(r, asked)), key=lambda r: int(r["id"])
        )
    return out


def _copy_of(row: sqlite3.Row, asked: str) -> bool:
    return bool(row["drucksache"] == asked or (row["kind"] == "antwort" and row["inquiry"] == asked))


def _seed_hit(conn: sqlite3.Connection, seed_id: int, score: float, why: tuple[str, ...]) -> SearchHit:
    text = conn.execute("SELECT text FROM seed_entries WHERE id = ?", (seed_id,)).fetchone()[0]
    return SearchHit(
        drucksache=None,
        kind="seed",
        number=None,
        text=text,
        status="unanswered",
        answer=None,
        score=_bounded(score),
        question_id=-seed_id,
        why=why,
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
