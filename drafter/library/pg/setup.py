"""Making a team database ready on open: whose database it is, who may write, which schema it has.

The checks mirror those of the SQLite file (``db.py``): a database holding tables but no drafter
``migrations`` is another program's and is refused untouched; migrations this version does not know
mean a newer drafter wrote it, so it is only read; a login without the right to insert (the
read-only role of the README) can search and draft but not import. Only a writer migrates, each
step in one transaction under the write lock, and brings the stored concepts up to date
(``normalize.fingerprint``), as ``reindex.py`` does on SQLite.
"""

from __future__ import annotations

from typing import Any

from drafter.errors import LibraryError
from drafter.library import db
from drafter.library.normalize import fingerprint, index_text
from drafter.library.pg import postings, schema
from drafter.library.pg.connection import PgConnection
from drafter.library.reindex import KEY

NO_WRITE_RIGHT = (
    "ist für diese Anmeldung nur lesbar (die Rolle hat kein Schreibrecht)",
    " Suchen und Entwerfen gehen; zum Importieren bitte mit einer Rolle mit Schreibrecht anmelden.",
)
NEWER = (
    "stammt von einer neueren drafter-Version und wird nur gelesen",
    " Bitte drafter aktualisieren.",
)


def prepare(conn: PgConnection, retries: int) -> tuple[str, str] | None:
    """Check and migrate; returns (reason, hint) when the library may only be read."""
    done = schema.applied(conn)
    _refuse_foreign(conn, done)
    if done is not None and done - schema.names():
        return NEWER
    writable = _may_write(conn, done is not None)
    if done is None or not schema.names() <= done:
        if not writable:
            raise LibraryError(
                f"Die Fragenbibliothek „{conn.label}“ ist noch nicht eingerichtet oder von einer älteren "
                "drafter-Version, und diese Anmeldung darf sie nicht einrichten. Bitte einmal mit einer "
                "Rolle mit Schreibrecht öffnen."
            )
        _migrate(conn, retries)
    if not writable:
        return NO_WRITE_RIGHT
    _reindex(conn, retries)
    return None


def _refuse_foreign(conn: PgConnection, done: set[str] | None) -> None:
    """A database with tables of its own but no drafter migrations is not drafter's to change."""
    if done:
        return
    tables = [
        str(r[0])
        for r in conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
            " AND table_name <> 'migrations' ORDER BY table_name"
        )
    ]
    if tables:
        shown = ", ".join(tables[:5]) + (" …" if len(tables) > 5 else "")
        raise LibraryError(
            f"„{conn.label}“ ist keine Fragenbibliothek von drafter, sondern die Datenbank eines anderen "
            f"Programms (Tabellen {shown}). drafter verändert sie nicht; bitte eine eigene Datenbank angeben."
        )


def _may_write(conn: PgConnection, exists: bool) -> bool:
    """Whether this login can insert documents (or, in an empty database, create the tables)."""
    if exists and _one(conn, "SELECT to_regclass('documents')") is not None:
        return bool(_one(conn, "SELECT has_table_privilege('documents', 'INSERT')"))
    return bool(_one(conn, "SELECT has_schema_privilege(current_schema(), 'CREATE')"))


def _one(conn: PgConnection, sql: str) -> Any:
    row = conn.execute(sql).fetchone()
    return None if row is None else row[0]


def _migrate(conn: PgConnection, retries: int) -> None:
    while True:
        with db.write(conn, conn.label, retries) as tx:  # type: ignore[arg-type]
            todo = schema.pending(tx)
            if not todo:
                return
            name, step = todo[0]
            step(tx)
            schema.record(tx, name)


def _reindex(conn: PgConnection, retries: int) -> None:
    """Recompute stored concepts when the normaliser changed (the postings follow by trigger)."""
    current = fingerprint()
    if _stored(conn) == current:
        return
    with db.write(conn, conn.label, retries) as tx:  # type: ignore[arg-type]
        if _stored(conn) == current:
            return
        for table in ("questions", "seed_entries"):
            rows = tx.execute(f"SELECT id, text FROM {table}").fetchall()
            tx.executemany(f"UPDATE {table} SET norm = ? WHERE id = ?", [(index_text(t), i) for i, t in rows])
        tx.execute("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)", (KEY, current))


def _stored(conn: PgConnection) -> str | None:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (KEY,)).fetchone()
    return None if row is None else str(row[0])


def integrity_ok(conn: Any) -> bool:
    """Every question's postings are its concepts, and no row lost its document."""
    row = conn.execute(
        "SELECT NOT EXISTS (SELECT 1 FROM questions q LEFT JOIN documents d ON d.id = q.doc_id"
        " WHERE d.id IS NULL)"
    ).fetchone()
    return bool(row[0]) and postings.consistent(conn)
