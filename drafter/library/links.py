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
    later = sorted(later, key=lambda h: _when(h.date, h.drucksache))
    return Related(
        prior=sorted(prior, key=lambda h: _when(h.date, h.drucksache)),
        later=later,
        duplicates=[h for h in hits if h.score >= DUPLICATE],
        resolved_by=next((h for h in later if h.status == "answered"), None),
    )


def followups_of(conn: sqlite3.Connection, number: str) -> list[FollowUp]:
    """Unresolved items of ``number`` that later documents pressed on, and how each ended.

    A follow-up is a stored document citing ``number`` (or its Kleine Anfrage). Each of its
    questions is paired with the unresolved item its citation links to most strongly (a question
    named in the citation, or one it resembles enough, see ``citelinks.py``): the same links the
    search follows. The outcome is the status of that question in the follow-up's Antwort, if
    that is stored.
    """
    other = partner(conn, number)
    targets = [number, other] if other else [number]
    items = _items(conn, targets)
    if not items:
        return []
    out: list[FollowUp] = []
    for inquiry, answer in _followup_pairs(conn, targets):
        out.extend(_pressed(conn, items, inquiry, answer))
    return out


def _items(conn: sqlite3.Connection, numbers: list[str]) -> dict[int, sqlite3.Row]:
    """Question id → (number, status) of the unresolved items, in either copy of the pair."""
    marks = ",".join("?" * len(numbers))
    rows = conn.execute(
        f"SELECT q.id, q.number, q.status, d.kind FROM questions q JOIN documents d ON d.id = q.doc_id"
        f" WHERE d.number IN ({marks})",
        numbers,
    ).fetchall()
    status = {r["number"]: r["status"] for r in rows if r["kind"] == "antwort"}
    return {r["id"]: r for r in rows if status.get(r["number"], r["status"]) in ("partial", "open")}


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
    conn: sqlite3.Connection, items: dict[int, sqlite3.Row], inquiry: str, answer: str | None
) -> list[FollowUp]:
    """One FollowUp per question of the follow-up whose strongest link reaches an item."""
    questions = _rows(
        conn,
        "SELECT q.id, q.number, q.status, q.answer, d.number AS doc FROM questions q JOIN documents d"
        " ON d.id = q.doc_id WHERE d.number IN (?, ?) ORDER BY d.number = ?, q.position",
        inquiry,
        answer or inquiry,
        inquiry,
    )
    answered = {q["number"]: q for q in questions if answer and q["doc"] == answer}
    ids: dict[str, list[int]] = {}
    for q in questions:
        ids.setdefault(q["number"], []).append(q["id"])
    out = []
    for number, own in ids.items():
        link = _strongest(conn, own, items)
        if link is None:
            continue
        item = items[link]
        reply = answered.get(number)
        out.append(
            FollowUp(
                item=item["number"],
                item_status=items[link]["status"] if item["kind"] == "antwort" else _status(items, item),
                pressed_in=inquiry,
                question=number,
                answered_in=answer,
                outcome=reply["status"] if reply is not None else "unanswered",
                answer=excerpt(reply["answer"]) if reply is not None else None,
            )
        )
    return out


def _status(items: dict[int, sqlite3.Row], item: sqlite3.Row) -> str:
    """An item's status as answered: from its Antwort copy when the Kleine Anfrage's was linked."""
    same = [r for r in items.values() if r["number"] == item["number"] and r["kind"] == "antwort"]
    return str(same[0]["status"]) if same else str(item["status"])


def _strongest(conn: sqlite3.Connection, sources: list[int], items: dict[int, sqlite3.Row]) -> int | None:
    """The item the follow-up question links to most strongly, if strongly enough."""
    marks = ",".join("?" * len(sources))
    rows = conn.execute(
        f"SELECT to_id, kind, weight FROM question_links WHERE from_id IN ({marks})", sources
    ).fetchall()
    best = max((r for r in rows if r["to_id"] in items), key=lambda r: r["weight"], default=None)
    if best is None or (best["kind"] != "frage" and best["weight"] < PRESSED / 100):
        return None
    return int(best["to_id"])
