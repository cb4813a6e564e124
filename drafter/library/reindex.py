"""Keeping stored concepts in step with the code and lexicon that made them.

``questions.norm`` and ``seed_entries.norm`` hold concepts computed at import (see
``normalize.index_text``). When the lexicon or the stemmer changes, the fingerprint stored in
``settings`` no longer matches and every row is recomputed and the FTS indexes rebuilt, in one
transaction (a few seconds per 100,000 questions; only after an upgrade).
"""

from __future__ import annotations

import sqlite3

from drafter.library import db
from drafter.library.normalize import fingerprint, index_text, warm_up

KEY = "concepts"


def stored(conn: sqlite3.Connection) -> str | None:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (KEY,)).fetchone()
    return None if row is None else str(row[0])


def ensure_current(conn: sqlite3.Connection, label: str, retries: int) -> bool:
    """Recompute concepts if the fingerprint changed; True if it did. Re-checked under the lock."""
    current = fingerprint()
    if stored(conn) == current:
        return False
    warm_up()  # load the lemma dictionary before taking the write lock, not while holding it
    with db.write(conn, label, retries):
        if stored(conn) == current:
            return False
        _recompute(conn, "questions", "question_fts")
        _recompute(conn, "seed_entries", "seed_fts")
        conn.execute("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)", (KEY, current))
    return True


def _recompute(conn: sqlite3.Connection, table: str, fts: str) -> None:
    rows = conn.execute(f"SELECT id, text FROM {table}").fetchall()
    conn.executemany(f"UPDATE {table} SET norm = ? WHERE id = ?", [(index_text(t), i) for i, t in rows])
    conn.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
