"""Drafts in the library: saved as the JSON of ``drafter.serialize`` with created/updated times.

Times are UTC, stored as ISO 8601 text. ``save`` on a draft with an id overwrites that row (the
id is kept, ``created`` too); an id that no longer exists is saved as a new draft.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sqlite3

from drafter.errors import LibraryError
from drafter.models import Draft
from drafter.serialize import draft_from_dict, draft_to_dict


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


def save(conn: sqlite3.Connection, draft: Draft) -> int:
    """Insert or update; returns the id. Runs inside the caller's write transaction."""
    body = json.dumps(draft_to_dict(dataclasses.replace(draft, id=None)), ensure_ascii=False)
    if draft.id is not None:
        cur = conn.execute(
            "UPDATE drafts SET title = ?, body = ?, updated = ? WHERE id = ?",
            (draft.title, body, _now(), draft.id),
        )
        if cur.rowcount:
            return draft.id
    now = _now()
    cur = conn.execute(
        "INSERT INTO drafts(title, body, created, updated) VALUES (?, ?, ?, ?)",
        (draft.title, body, now, now),
    )
    return int(cur.lastrowid or 0)


def load(conn: sqlite3.Connection, draft_id: int, label: str) -> Draft:
    row = conn.execute("SELECT body FROM drafts WHERE id = ?", (draft_id,)).fetchone()
    if row is None:
        raise LibraryError(f"Entwurf Nr. {draft_id} gibt es in „{label}“ nicht.")
    return dataclasses.replace(draft_from_dict(json.loads(row["body"])), id=draft_id)


def listing(conn: sqlite3.Connection) -> list[tuple[int, str, dt.datetime]]:
    """(id, title, updated) of every draft, most recently updated first."""
    rows = conn.execute("SELECT id, title, updated FROM drafts ORDER BY updated DESC, id DESC")
    return [(r["id"], r["title"], dt.datetime.fromisoformat(r["updated"])) for r in rows]


def latest(conn: sqlite3.Connection) -> Draft | None:
    row = conn.execute("SELECT id, body FROM drafts ORDER BY updated DESC, id DESC LIMIT 1").fetchone()
    if row is None:
        return None
    return dataclasses.replace(draft_from_dict(json.loads(row["body"])), id=row["id"])
