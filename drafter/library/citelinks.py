"""Citations resolved into links between questions, both ways, kept current as documents arrive.

A follow-up names what it presses on (see ``citations.py``). On import each question of the new
document is linked to the questions it cites:

- a citation naming questions ("zu Frage 3 auf Drucksache 21/617") links to exactly those
  questions (kind ``frage``, weight 1); "Frage 2" also reaches "2a", "2b";
- a citation of the document only, in the question, in the title or Vorbemerkung ("Nachfrage
  zur Antwort … auf Drucksache 21/670") or in another question of the same document (a follow-up
  presses on one earlier document, even where a question does not repeat the citation), links to
  the cited questions the question resembles most (kind ``drucksache``, weight = the
  resemblance, 0–1); questions named anywhere in the document count a little more.

A cited Drucksache stands for itself and its partner (the Antwort reprints the questions of its
Kleine Anfrage), so a link reaches the question in both. Links are rows of ``question_links``
(from the citing question to the cited one) between stored questions; since either document may
arrive first, importing a document re-links it and every stored document that cites it or its
partner. Deleting a question (a replaced document) deletes its links by cascade.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from drafter.library.citations import cited_numbers
from drafter.library.points import named as _names
from drafter.library.ranking import resemblance

PAIRED = 6  # cited questions linked per citing question when the citation names no question
MIN_RESEMBLANCE = 0.2  # below this a content pairing is noise, not a link
NAMED_BONUS = 0.15  # a question the Vorbemerkung names is the likelier target


@dataclass(frozen=True)
class Target:
    """A question of a cited document."""

    id: int
    number: str
    norm: str


def on_import(conn: sqlite3.Connection, doc_id: int) -> None:
    """Link the new document's citations, and re-link stored documents that cite it."""
    row = conn.execute("SELECT number, inquiry FROM documents WHERE id = ?", (doc_id,)).fetchone()
    relink(conn, doc_id)
    names = {row["number"], row["inquiry"]} - {None}
    if row["number"]:
        names |= {
            r[0] for r in conn.execute("SELECT number FROM documents WHERE inquiry = ?", (row["number"],))
        }
    for citing_id in _citing_ids(conn, names - {None}) - {doc_id}:
        relink(conn, citing_id)


def relink_all(conn: sqlite3.Connection) -> None:
    """Resolve every stored document's citations (a new library column, or changed rules)."""
    for (doc_id,) in conn.execute("SELECT id FROM documents").fetchall():
        relink(conn, doc_id)


def _citing_ids(conn: sqlite3.Connection, numbers: Iterable[str]) -> set[int]:
    wanted = list(numbers)
    if not wanted:
        return set()
    marks = ",".join("?" * len(wanted))
    return {r[0] for r in conn.execute(f"SELECT DISTINCT doc_id FROM refs WHERE cited IN ({marks})", wanted)}


def relink(conn: sqlite3.Connection, doc_id: int) -> None:
    """Replace the links of document ``doc_id``'s questions by those its citations resolve to now."""
    conn.execute(
        "DELETE FROM question_links WHERE from_id IN (SELECT id FROM questions WHERE doc_id = ?)", (doc_id,)
    )
    doc = conn.execute(
        "SELECT number, inquiry, title, body FROM documents WHERE id = ?", (doc_id,)
    ).fetchone()
    own = _own_numbers(conn, doc["number"], doc["inquiry"])
    preamble = json.loads(doc["body"]).get("preamble") or ""
    whole = cited_numbers(f"{doc['title']}\n{preamble}", own)
    questions = conn.execute("SELECT id, text, norm FROM questions WHERE doc_id = ?", (doc_id,)).fetchall()
    named = [cited_numbers(q["text"], own) for q in questions]
    for cites in named:  # a Drucksache one question cites is what the whole document presses on
        for number, numbers in cites.items():
            whole.setdefault(number, set()).update(numbers)
    targets = {number: _targets(conn, number) for number in whole}
    best: dict[tuple[int, int], tuple[int, int, str, float]] = {}
    for q, cites in zip(questions, named, strict=True):
        for number, found in targets.items():
            for row in _links(q["id"], q["norm"], found, cites.get(number), whole[number]) if found else []:
                # an Antwort and its Kleine Anfrage, both cited, reach the same questions: keep the
                # stronger link ("Frage 2" named beats a pairing by content)
                if row[3] > best.get((row[0], row[1]), row)[3] or (row[0], row[1]) not in best:
                    best[(row[0], row[1])] = row
    conn.executemany(
        "INSERT INTO question_links(from_id, to_id, kind, weight) VALUES (?, ?, ?, ?)", list(best.values())
    )


def _own_numbers(conn: sqlite3.Connection, number: str | None, inquiry: str | None) -> set[str]:
    """The document's own number, its Kleine Anfrage's and its Antwort's: not citations."""
    own = {number, inquiry} - {None}
    if number:
        own |= {r[0] for r in conn.execute("SELECT number FROM documents WHERE inquiry = ?", (number,))}
    return {n for n in own if n}


def _targets(conn: sqlite3.Connection, number: str) -> list[Target]:
    """Questions of Drucksache ``number`` and of its stored partner."""
    rows = conn.execute(
        "SELECT q.id, q.number, q.norm FROM questions q JOIN documents d ON d.id = q.doc_id"
        " WHERE d.number = ? OR d.inquiry = ?"
        " OR d.number = (SELECT inquiry FROM documents WHERE number = ?)",
        (number, number, number),
    ).fetchall()
    return [Target(r["id"], r["number"], r["norm"]) for r in rows]


def _links(
    from_id: int, norm: str, targets: list[Target], named: set[str] | None, preamble: set[str] | None
) -> list[tuple[int, int, str, float]]:
    """Links of one citing question to one cited document's questions."""
    if named:
        exact = [t for t in targets if _names(named, t.number)]
        if exact:
            return [(from_id, t.id, "frage", 1.0) for t in exact]
    scores = resemblance(norm.split(), [t.norm.split() for t in targets])
    bonus = preamble or set()
    ranked = sorted(
        (
            (s + (NAMED_BONUS if _names(bonus, t.number) else 0.0), t)
            for s, t in zip(scores, targets, strict=True)
        ),
        key=lambda pair: -pair[0],
    )
    chosen = list(dict.fromkeys(t.number for _, t in ranked))[:PAIRED]
    return [
        (from_id, t.id, "drucksache", round(min(1.0, s), 3))
        for s, t in ranked
        if t.number in chosen and s >= MIN_RESEMBLANCE
    ]


def linked(conn: sqlite3.Connection, ids: list[int]) -> list[sqlite3.Row]:
    """Links touching questions ``ids``, both ways: (anchor, other, kind, weight, direction)."""
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    return conn.execute(
        f"SELECT from_id AS anchor, to_id AS other, kind, weight, 'cites' AS direction FROM question_links"
        f" WHERE from_id IN ({marks}) UNION ALL"
        f" SELECT to_id, from_id, kind, weight, 'cited_by' FROM question_links WHERE to_id IN ({marks})",
        [*ids, *ids],
    ).fetchall()
