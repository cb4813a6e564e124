"""Writing a parsed Document into the library's tables and reading it back.

The tables are the truth: ``documents.body`` keeps the header fields as JSON (without questions),
questions and findings have their own rows so the search and the link queries can use them, and
``get_document`` rebuilds the identical Document from both.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sqlite3
from collections.abc import Sequence
from typing import Any

from drafter.library.normalize import index_text
from drafter.models import Document, Finding, Question, Status
from drafter.serialize import document_from_dict, document_to_dict, finding_from_dict


def insert_document(
    conn: sqlite3.Connection, doc: Document, source_hash: str, meta: dict[str, object] | None
) -> int:
    """Insert ``doc`` with its questions, findings, references and source hash; returns its id.

    A handful of statements whatever the document's size: on a server each one is a round trip.
    """
    doc_id = _insert_row(conn, doc, source_hash, meta)
    ids = _insert_questions(conn, doc_id, doc.questions)
    conn.executemany(
        "INSERT INTO findings(question_id, position, category, evidence, refers_to, via, asked, parts)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [_finding_row(ids[k], i, f) for k, q in enumerate(doc.questions) for i, f in enumerate(q.findings)],
    )
    conn.executemany(
        "INSERT OR IGNORE INTO refs(doc_id, cited, position) VALUES (?, ?, ?)",
        [(doc_id, cited, i) for i, cited in enumerate(doc.references) if cited != doc.number],
    )
    conn.execute("INSERT OR IGNORE INTO sources(hash, number) VALUES (?, ?)", (source_hash, doc.number))
    return doc_id


def _insert_row(
    conn: sqlite3.Connection, doc: Document, source_hash: str, meta: dict[str, object] | None
) -> int:
    """The documents row; ``body`` keeps every header field as JSON for ``read_document``."""
    body = document_to_dict(doc)
    body.pop("questions")
    cur = conn.execute(
        "INSERT INTO documents(number, kind, inquiry, date, title, askers, faction, ministry,"
        " source_hash, source_path, origin, imported_at, meta, body)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            doc.number,
            doc.kind.value,
            doc.inquiry,
            doc.date.isoformat() if doc.date else None,
            doc.title,
            json.dumps(list(doc.askers), ensure_ascii=False),
            doc.faction,
            doc.ministry,
            source_hash,
            doc.source,
            doc.origin.value,
            _now(),
            json.dumps(meta, ensure_ascii=False, default=str) if meta is not None else None,
            json.dumps(body, ensure_ascii=False),
        ),
    )
    return int(cur.lastrowid or 0)


QUESTIONS_PER_STATEMENT = 500  # 8 parameters each: far below SQLite's 32,766


def _insert_questions(conn: sqlite3.Connection, doc_id: int, questions: Sequence[Question]) -> list[int]:
    """The questions' rows, many per statement; their ids in the order of ``questions``.

    RETURNING hands the rows back in no promised order, so each comes with its position.
    """
    ids: dict[int, int] = {}
    for start in range(0, len(questions), QUESTIONS_PER_STATEMENT):
        chunk = questions[start : start + QUESTIONS_PER_STATEMENT]
        marks = ", ".join(["(?, ?, ?, ?, ?, ?, ?, ?)"] * len(chunk))
        values = [v for k, q in enumerate(chunk, start) for v in _question_row(doc_id, k, q)]
        rows = conn.execute(
            "INSERT INTO questions(doc_id, position, number, text, answer, grp, status, norm)"
            f" VALUES {marks} RETURNING id, position",
            values,
        ).fetchall()
        ids.update((int(position), int(row_id)) for row_id, position in rows)
    return [ids[k] for k in range(len(questions))]


def _question_row(doc_id: int, position: int, q: Question) -> tuple[object, ...]:
    group = json.dumps(list(q.group))
    return (doc_id, position, q.number, q.text, q.answer, group, q.status.value, index_text(q.text))


def _finding_row(question_id: int, position: int, f: Finding) -> tuple[object, ...]:
    return (
        question_id,
        position,
        f.category.value,
        f.evidence,
        f.refers_to,
        json.dumps(list(f.via)),
        json.dumps([kind.value for kind in f.asked]),
        json.dumps(list(f.parts)),
    )


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def read_document(conn: sqlite3.Connection, doc_id: int) -> Document:
    """Rebuild the Document stored under ``doc_id`` (the inverse of insert_document)."""
    row = conn.execute("SELECT body FROM documents WHERE id = ?", (doc_id,)).fetchone()
    body: dict[str, Any] = json.loads(row["body"])
    body["questions"] = []
    doc = document_from_dict(body)
    questions = tuple(
        _read_question(conn, r)
        for r in conn.execute(
            "SELECT * FROM questions WHERE doc_id = ? ORDER BY position", (doc_id,)
        ).fetchall()
    )
    return dataclasses.replace(doc, questions=questions)


def _read_question(conn: sqlite3.Connection, row: sqlite3.Row) -> Question:
    findings = tuple(
        _finding(r)
        for r in conn.execute(
            "SELECT category, evidence, refers_to, via, asked, parts FROM findings"
            " WHERE question_id = ? ORDER BY position",
            (row["id"],),
        )
    )
    return Question(
        number=row["number"],
        text=row["text"],
        answer=row["answer"],
        group=tuple(json.loads(row["grp"])),
        status=Status(row["status"]),
        findings=findings,
    )


def _finding(row: sqlite3.Row) -> Finding:
    data = {
        "category": row["category"],
        "evidence": row["evidence"],
        "refers_to": row["refers_to"],
        "via": json.loads(row["via"]),
        "asked": json.loads(row["asked"]),
        "parts": json.loads(row["parts"]),
    }
    return finding_from_dict(data)
