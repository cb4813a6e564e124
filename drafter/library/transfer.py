"""Copying one library into another: a personal SQLite file into the team's PostgreSQL library,
or the team library into a file for working offline. Both directions are the same code.

Each document goes through the target's own import (one transaction per document, its links
re-resolved there), keyed by the hash of the file it came from. That makes a copy idempotent (a
second run finds every hash and copies nothing) and resumable (an interrupted copy has committed
the documents before the interruption, and the next run carries on with the rest). A Drucksache the
target already holds from another file is kept as it is, never replaced by the copy: the team's
version wins, and the report counts it as "vorhanden". The file hashes of the source (``sources``)
follow at the end, so re-importing a file into the target is "unchanged" there too; drafts are
copied with their times, an already copied draft is updated only when the source's is newer.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field

from drafter.library import db, docstore
from drafter.library.store import Library

Progress = Callable[[int, int, str], None]
"""Called after each document with (documents done, documents in total, its outcome)."""


@dataclass
class CopyReport:
    """How many documents ended how, and how many drafts were copied or updated."""

    outcomes: dict[str, int] = field(default_factory=dict)
    drafts: int = 0

    def summary(self) -> str:
        """One German line: "12 kopiert, 3 unverändert, 1 vorhanden, 2 Entwürfe"."""
        counts = {k: self.outcomes.get(k, 0) for k in ("imported", "unchanged", "present")}
        return (
            f"{counts['imported']} kopiert, {counts['unchanged']} unverändert, "
            f"{counts['present']} vorhanden (andere Fassung behalten), {self.drafts} Entwürfe"
        )


def copy_library(source: Library, target: Library, progress: Progress | None = None) -> CopyReport:
    """Copy every document, file hash and draft of ``source`` into ``target``."""
    target.require_writable("Kopieren in diese Bibliothek")
    rows = source.conn.execute("SELECT id, number, source_hash, meta FROM documents ORDER BY id").fetchall()
    report = CopyReport()
    for done, row in enumerate(rows, 1):
        outcome = _copy_document(source, target, row)
        report.outcomes[outcome] = report.outcomes.get(outcome, 0) + 1
        if progress is not None:
            progress(done, len(rows), outcome)
    _copy_sources(source, target)
    report.drafts = _copy_drafts(source, target)
    return report


def _copy_document(source: Library, target: Library, row: sqlite3.Row) -> str:
    number, digest, meta = row["number"], row["source_hash"], row["meta"]
    if target.has_source(digest):
        return "unchanged"
    if number is not None and _holds(target, number):
        return "present"
    doc = docstore.read_document(source.conn, row["id"])
    stored = json.loads(meta) if meta else None
    return target.import_document(doc, source_hash=digest, meta=stored)


def _holds(target: Library, number: str) -> bool:
    found = target.conn.execute("SELECT 1 FROM documents WHERE number = ?", (number,)).fetchone()
    return found is not None


def _copy_sources(source: Library, target: Library) -> None:
    rows = [(r[0], r[1]) for r in source.conn.execute("SELECT hash, number FROM sources").fetchall()]
    with db.write(target.conn, target.label, target.retries) as conn:
        conn.executemany("INSERT OR IGNORE INTO sources(hash, number) VALUES (?, ?)", rows)


def _copy_drafts(source: Library, target: Library) -> int:
    """Drafts by (title, created): new ones inserted, newer ones updated; returns how many."""
    changed = 0
    rows = source.conn.execute("SELECT title, body, created, updated FROM drafts ORDER BY id").fetchall()
    with db.write(target.conn, target.label, target.retries) as conn:
        for title, body, created, updated in rows:
            found = conn.execute(
                "SELECT id, updated FROM drafts WHERE title = ? AND created = ?", (title, created)
            ).fetchone()
            if found is None:
                conn.execute(
                    "INSERT INTO drafts(title, body, created, updated) VALUES (?, ?, ?, ?)",
                    (title, body, created, updated),
                )
            elif found[1] < updated:
                conn.execute(
                    "UPDATE drafts SET body = ?, updated = ? WHERE id = ?", (body, updated, found[0])
                )
            else:
                continue
            changed += 1
    return changed
