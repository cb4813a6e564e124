"""Drafts in the library: saved as the JSON of ``drafter.serialize`` with created/updated times.

Times are UTC, stored as ISO 8601 text. ``save`` on a draft with an id overwrites that row (the
id is kept, ``created`` too); an id that no longer exists is saved as a new draft. Staff work on
several inquiries at once, so each draft has a ``name`` of their choosing (empty: its title stands
for it). Deleting only marks a draft ``deleted``, so it can be restored; listings leave it out.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sqlite3
from dataclasses import dataclass

from drafter.errors import LibraryError
from drafter.models import Draft
from drafter.serialize import draft_from_dict, draft_to_dict

MIGRATION = (
    "ALTER TABLE drafts ADD COLUMN name TEXT NOT NULL DEFAULT '';\n"
    "ALTER TABLE drafts ADD COLUMN deleted TEXT;\n"
)
"""Schema step for named drafts that can be restored after deleting (applied by ``migrations``)."""


@dataclass(frozen=True)
class DraftEntry:
    """One line of the list of drafts: enough to choose one without loading it."""

    id: int
    name: str
    title: str
    updated: dt.datetime
    questions: int
    cites: tuple[str, ...]

    @property
    def label(self) -> str:
        """What the user calls the draft: its name, else its title."""
        return self.name or self.title


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


def save(conn: sqlite3.Connection, draft: Draft, name: str | None = None) -> int:
    """Insert or update; returns the id. Runs inside the caller's write transaction.

    ``name`` None keeps a saved draft's name (a new one gets ""); saving a deleted draft (a save
    that was under way while it was deleted) leaves it deleted.
    """
    body = json.dumps(draft_to_dict(dataclasses.replace(draft, id=None)), ensure_ascii=False)
    if draft.id is not None:
        cur = conn.execute(
            "UPDATE drafts SET title = ?, body = ?, updated = ?, name = coalesce(?, name) WHERE id = ?",
            (draft.title, body, _now(), name, draft.id),
        )
        if cur.rowcount:
            return draft.id
    now = _now()
    cur = conn.execute(
        "INSERT INTO drafts(title, body, created, updated, name) VALUES (?, ?, ?, ?, ?)",
        (draft.title, body, now, now, name or ""),
    )
    return int(cur.lastrowid or 0)


def rename(conn: sqlite3.Connection, draft_id: int, name: str) -> None:
    conn.execute("UPDATE drafts SET name = ? WHERE id = ?", (name.strip(), draft_id))


def delete(conn: sqlite3.Connection, draft_id: int) -> None:
    """Mark deleted (``restore`` brings it back)."""
    conn.execute("UPDATE drafts SET deleted = ? WHERE id = ?", (_now(), draft_id))


def restore(conn: sqlite3.Connection, draft_id: int) -> None:
    conn.execute("UPDATE drafts SET deleted = NULL WHERE id = ?", (draft_id,))


def entries(conn: sqlite3.Connection) -> list[DraftEntry]:
    """Every draft not deleted, most recently updated first."""
    rows = conn.execute(
        "SELECT id, name, title, updated, body FROM drafts WHERE deleted IS NULL"
        " ORDER BY updated DESC, id DESC"
    )
    return [_entry(row) for row in rows]


def _entry(row: sqlite3.Row) -> DraftEntry:
    body = json.loads(row["body"])
    return DraftEntry(
        id=row["id"],
        name=row["name"],
        title=row["title"],
        updated=dt.datetime.fromisoformat(row["updated"]),
        questions=len(body.get("questions", ())),
        cites=tuple(body.get("cites", ())),
    )


def name_of(conn: sqlite3.Connection, draft_id: int) -> str:
    row = conn.execute("SELECT name FROM drafts WHERE id = ?", (draft_id,)).fetchone()
    return str(row["name"]) if row else ""


def load(conn: sqlite3.Connection, draft_id: int, label: str) -> Draft:
    row = conn.execute("SELECT body FROM drafts WHERE id = ?", (draft_id,)).fetchone()
    if row is None:
        raise LibraryError(f"Entwurf Nr. {draft_id} gibt es in „{label}“ nicht.")
    return dataclasses.replace(draft_from_dict(json.loads(row["body"])), id=draft_id)


def listing(conn: sqlite3.Connection) -> list[tuple[int, str, dt.datetime]]:
    """(id, title, updated) of every draft not deleted, most recently updated first."""
    return [(e.id, e.title, e.updated) for e in entries(conn)]


def latest(conn: sqlite3.Connection) -> Draft | None:
    """The draft worked on last (deleted ones aside): what the app resumes."""
    row = conn.execute(
        "SELECT id, body FROM drafts WHERE deleted IS NULL ORDER BY updated DESC, id DESC LIMIT 1"
    ).fetchone()
    if row is None:
        return None
    return dataclasses.replace(draft_from_dict(json.loads(row["body"])), id=row["id"])
