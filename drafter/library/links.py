"""Links between documents: Antwort ↔ Kleine Anfrage, citations, and the history of a question.

Pairs and citations are resolved lazily by Drucksache number at query time, so it does not matter
which document arrives first: an Antwort stores the number of its Kleine Anfrage (``inquiry``), a
citing document stores the numbers it cites (``refs``), and the join finds whatever is there now.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Iterable

from drafter.errors import LibraryError
from drafter.library.normalize import concepts
from drafter.library.ranking import scores_for
from drafter.library.records import FollowUp, Related, SearchHit
from drafter.library.search import excerpt, search

RELATED = 60.0  # minimum score for "the same point"
DUPLICATE = 90.0  # minimum score for "near-identical"
PRESSED = 55.0  # minimum score pairing a follow-up question with the item it presses on
_NUMBER = re.compile(r"(\d{1,2})/(\d{1,6})")


def number_key(number: str | None) -> tuple[int, int]:
    """Sort key of a Drucksache number: (Wahlperiode, running number); unknown sorts first."""
    match = _NUMBER.fullmatch(number or "")
    return (int(match[1]), int(match[2])) if match else (-1, -1)


def partner(conn: sqlite3.Connection, number: str) -> str | None:
    """The stored Antwort to Kleine Anfrage ``number``, or the stored Kleine Anfrage it answers."""
    row = conn.execute(
        "SELECT coalesce((SELECT a.number FROM documents a WHERE a.inquiry = d.number LIMIT 1),"
        " (SELECT k.number FROM documents k WHERE k.number = d.inquiry)) FROM documents d"
        " WHERE d.number = ?",
        (number,),
    ).fetchone()
    return row[0] if row else None


def citing(conn: sqlite3.Connection, number: str) -> list[str]:
    """Numbers of stored documents citing ``number``, in Drucksache order."""
    rows = conn.execute(
        "SELECT DISTINCT d.number FROM refs r JOIN documents d ON d.id = r.doc_id WHERE r.cited = ?",
        (number,),
    )
    return sorted((r[0] for r in rows if r[0]), key=number_key)


def _question(conn: sqlite3.Connection, number: str, question: str) -> sqlite3.Row:
    row: sqlite3.Row | None = conn.execute(
        "SELECT q.text, d.date, d.number, d.inquiry FROM questions q JOIN documents d ON d.id = q.doc_id"
        " WHERE d.number = ? AND q.number = ?",
        (number, question),
    ).fetchone()
    if row is None:
        raise LibraryError(f"Frage {question} der Drucksache {number} ist nicht in der Bibliothek.")
    return row


def _when(date: dt.date | None, number: str | None) -> tuple[dt.date, tuple[int, int]]:
    return (date or dt.date.min, number_key(number))


def _earlier(hit: SearchHit, date: dt.date | None, number: str) -> bool:
    if hit.date is not None and date is not None and hit.date != date:
        return hit.date < date
    return number_key(hit.drucksache) < number_key(number)


def related(conn: sqlite3.Connection, number: str, question: str) -> Related:
    """Prior asks, later answers and near-duplicates of question ``question`` in ``number``."""
    row = _question(conn, number, question)
    date = dt.date.fromisoformat(row["date"]) if row["date"] else None
    own = {number, row["inquiry"], partner(conn, number)} - {None}
    hits = [h for h in search(conn, row["text"], 60, seeds=False, size=400) if h.drucksache not in own]
    close = [h for h in hits if h.score >= RELATED]
    prior = [h for h in close if _earlier(h, date, number)]
    later = [h for h in close if not _earlier(h, date, number) and (h.kind == "antwort" or h.answered_in)]
    return Related(
        prior=sorted(prior, key=lambda h: _when(h.date, h.drucksache)),
        later=sorted(later, key=lambda h: _when(h.date, h.drucksache)),
        duplicates=[h for h in hits if h.score >= DUPLICATE],
    )


def followups_of(conn: sqlite3.Connection, number: str) -> list[FollowUp]:
    """Unresolved items of ``number`` that later documents pressed on, and how each ended.

    A follow-up is a stored document citing ``number`` (or its Kleine Anfrage). Each of its
    questions is paired with the unresolved item it resembles most (score ≥ PRESSED); its outcome
    is the status of the matching question in the follow-up's Antwort, if that is stored.
    """
    items = _rows(
        conn,
        "SELECT q.number, q.text, q.status FROM questions q JOIN documents d ON"
        " d.id = q.doc_id WHERE d.number = ? AND q.status IN ('partial', 'open')",
        number,
    )
    if not items:
        return []
    other = partner(conn, number)
    targets = [number, other] if other else [number]
    out: list[FollowUp] = []
    for inquiry, answer in _followup_pairs(conn, targets):
        out.extend(_pressed(conn, items, inquiry, answer))
    return out


def _rows(conn: sqlite3.Connection, sql: str, *args: object) -> list[sqlite3.Row]:
    return conn.execute(sql, args).fetchall()


def _followup_pairs(conn: sqlite3.Connection, targets: Iterable[str]) -> list[tuple[str, str | None]]:
    """(Kleine Anfrage number, its stored Antwort or None) for every document citing a target."""
    pairs: dict[str, str | None] = {}
    for target in targets:
        for doc in citing(conn, target):
            row = conn.execute("SELECT kind, inquiry FROM documents WHERE number = ?", (doc,)).fetchone()
            if row["kind"] == "antwort":
                pairs[row["inquiry"] or doc] = doc
            else:
                pairs.setdefault(doc, partner(conn, doc))
    return sorted(pairs.items(), key=lambda p: number_key(p[0]))


def _pressed(
    conn: sqlite3.Connection, items: list[sqlite3.Row], inquiry: str, answer: str | None
) -> list[FollowUp]:
    source = answer or inquiry
    questions = _rows(
        conn,
        "SELECT q.number, q.text, q.status, q.answer FROM questions q JOIN"
        " documents d ON d.id = q.doc_id WHERE d.number = ? ORDER BY q.position",
        source,
    )
    item_concepts = [concepts(i["text"]) for i in items]
    out = []
    for q in questions:
        scores = scores_for(concepts(q["text"]), item_concepts)
        best = max(range(len(items)), key=lambda i: scores[i])
        if scores[best] >= PRESSED:
            item = items[best]
            out.append(
                FollowUp(
                    item=item["number"],
                    item_status=item["status"],
                    pressed_in=inquiry,
                    question=q["number"],
                    answered_in=answer,
                    outcome=q["status"] if answer else "unanswered",
                    answer=excerpt(q["answer"]) if answer else None,
                )
            )
    return out
