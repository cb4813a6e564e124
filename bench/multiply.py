"""Copies of a stored block of benchmark documents, by set statements: how ``build_library.py``
reaches millions of questions without computing every question's concepts in Python.

The block is the first documents of a library ``build_library.py`` is writing (ids 1 … n in every
table, as in a new file). Copy ``k`` is the block again under the numbers ``variants.copies``
gives it: every id moved on by ``k`` times the block's rows, every Drucksache serial by ``2·k``
times its documents (``variants.documents`` counts in twos), the source hashes ``bench-<i>`` on
by ``k`` times its documents. Questions, findings and references are copied by ``INSERT …
SELECT`` inside SQLite; only the documents' rows (a few per hundred questions) pass through
Python, to move the numbers inside their JSON ``body`` as ``json.dumps`` writes it.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from variants import shift_number

ROWS = ("documents", "questions", "findings")


@dataclass(frozen=True)
class Block:
    """How many documents, questions and findings the block holds (its highest ids)."""

    documents: int
    questions: int
    findings: int


def block(conn: sqlite3.Connection) -> Block:
    """The stored rows as a block; refuses a library whose ids do not run 1 … n."""
    sizes = []
    for table in ROWS:
        count, top = conn.execute(f"SELECT count(*), coalesce(max(id), 0) FROM {table}").fetchone()
        if count != top:
            raise SystemExit(f"{table}: ids are not 1 … {count} (highest {top}); build into a new file")
        sizes.append(int(count))
    return Block(*sizes)


def copy_block(conn: sqlite3.Connection, of: Block, copy: int) -> None:
    """Store copy number ``copy`` (1, 2, …) of the block ``of``."""
    docs, questions = copy * of.documents, copy * of.questions
    conn.executemany(_INSERT_DOCUMENT, [_moved(row, copy, of) for row in _block_documents(conn, of)])
    conn.execute(
        "INSERT INTO questions(id, doc_id, position, number, text, answer, grp, status, norm)"
        " SELECT id + ?, doc_id + ?, position, number, text, answer, grp, status, norm"
        " FROM questions WHERE id <= ? ORDER BY id",
        (questions, docs, of.questions),
    )
    conn.execute(
        "INSERT INTO findings(id, question_id, position, category, evidence, refers_to, via, asked, parts)"
        " SELECT id + ?, question_id + ?, position, category, evidence, refers_to, via, asked, parts"
        " FROM findings WHERE id <= ? ORDER BY id",
        (copy * of.findings, questions, of.findings),
    )
    conn.execute(
        "INSERT INTO refs(doc_id, cited, position) SELECT doc_id + ?, cited, position FROM refs"
        " WHERE doc_id <= ? ORDER BY doc_id, position",
        (docs, of.documents),
    )
    conn.execute(
        "INSERT OR IGNORE INTO sources(hash, number) SELECT source_hash, number FROM documents"
        " WHERE id > ? AND id <= ? ORDER BY id",
        (docs, docs + of.documents),
    )


_COLUMNS = (
    "id, number, kind, inquiry, date, title, askers, faction, ministry, source_hash, source_path,"
    " origin, imported_at, meta, body"
)
_INSERT_DOCUMENT = f"INSERT INTO documents({_COLUMNS}) VALUES ({','.join('?' * 15)})"


def _block_documents(conn: sqlite3.Connection, of: Block) -> list[sqlite3.Row]:
    sql = f"SELECT {_COLUMNS} FROM documents WHERE id <= ? ORDER BY id"
    return conn.execute(sql, (of.documents,)).fetchall()


def _moved(row: sqlite3.Row, copy: int, of: Block) -> tuple[object, ...]:
    """A block document's row as copy ``copy`` stores it (what ``docstore`` writes for it)."""
    serials = 2 * copy * of.documents
    number = shift_number(row["number"], serials)
    inquiry = shift_number(row["inquiry"], serials)
    source = shift_number(row["source_path"], serials, "#")
    body = json.loads(row["body"])
    body.update(number=number, inquiry=inquiry, source=source)
    serial = int(row["source_hash"].removeprefix("bench-")) + copy * of.documents
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    return (
        row["id"] + copy * of.documents,
        number,
        row["kind"],
        inquiry,
        row["date"],
        row["title"],
        row["askers"],
        row["faction"],
        row["ministry"],
        f"bench-{serial}",
        source,
        row["origin"],
        now,
        row["meta"],
        json.dumps(body, ensure_ascii=False),
    )


def resolvable(conn: sqlite3.Connection, numbers: Iterable[str]) -> bool:
    """Whether any of ``numbers`` is a stored Drucksache or the Kleine Anfrage of one: only then
    can a citation become a link (``citelinks._targets``)."""
    wanted = sorted(numbers)
    for start in range(0, len(wanted), 400):
        chunk = wanted[start : start + 400]
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT 1 FROM documents WHERE number IN ({marks}) OR inquiry IN ({marks}) LIMIT 1"
        if conn.execute(sql, [*chunk, *chunk]).fetchone() is not None:
            return True
    return False
