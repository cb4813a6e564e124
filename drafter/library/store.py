"""The question library: one SQLite file holding documents, questions, findings, links and drafts.

``Library`` is a thin object over a connection. It migrates the file on open, writes each document
in its own transaction and delegates searching (``search.py``), link queries (``links.py``) and
drafts (``drafts.py``) to their modules. Any SQLite failure leaves as a German ``LibraryError``
naming the file.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path
from types import TracebackType
from typing import Self, cast

from drafter.errors import LibraryError
from drafter.library import citelinks, db, docstore, drafts, links, migrations, pg, reindex, search
from drafter.library.normalize import warm_up
from drafter.library.records import DocumentSummary, FollowUp, Related, SearchHit
from drafter.models import Document, Draft

MEMORY = db.MEMORY


class Library:
    """The persistent question library at ``path`` (``":memory:"`` for a throwaway one).

    ``busy_timeout`` (seconds) is how long one attempt waits for another process's write lock;
    after ``retries`` further attempts the operation fails with "Bibliothek ist gesperrt".
    One object holds one connection: use it from one thread at a time (it may be created on one
    thread and used on another); open a second Library for work in parallel, as WAL mode lets
    one writer and many readers share the file.
    """

    engine = "sqlite"

    def __init__(
        self,
        path: str | Path,
        *,
        busy_timeout: float = 5.0,
        retries: int = 3,
        create_folder: bool = False,
    ) -> None:
        self.path = str(path)
        self.label = self.path
        self.retries = retries
        self.read_only: db.ReadOnly | None = None
        if pg.is_url(self.path):
            self._open_team(self.path)
            return
        if self.path != MEMORY:
            _check_folder(Path(self.path), create_folder)
        self._open(busy_timeout)

    @property
    def writable(self) -> bool:
        """False for a write-protected file or one from a newer drafter (see ``read_only``)."""
        return self.read_only is None

    def require_writable(self, action: str) -> None:
        """Refuse ``action`` ("Importieren") on a read-only library with the reason and a hint."""
        if self.read_only is not None:
            raise LibraryError(self.read_only.message(self.label, action))

    @db.guarded
    def _open(self, busy_timeout: float) -> None:
        where = db.access(self.path, self.label)
        self.conn = db.connect(where, busy_timeout)
        try:
            db.refuse_foreign(self.conn, self.label, migrations.FIRST)
            self.read_only = where.read_only or db.newer_schema(
                self.conn, migrations.NAMES, migrations.SCHEMA_VERSION
            )
            if self.read_only is None:
                db.use_wal(self.conn)
                self._migrate()
                reindex.ensure_current(self.conn, self.label, self.retries)
            else:
                self._check_readable()
        except BaseException:
            self.conn.close()
            raise

    def _open_team(self, url: str) -> None:
        """A team library on PostgreSQL: ``path`` and ``label`` show the URL without its password."""
        self.path = self.label = pg.redacted(url)
        opened = pg.open_database(url, self.retries)
        self.conn = cast(sqlite3.Connection, opened.conn)  # the sqlite3 subset, see pg/connection.py
        self.engine = "postgresql"
        if opened.read_only is not None:
            self.read_only = db.ReadOnly(*opened.read_only)

    def _check_readable(self) -> None:
        """A read-only file must already hold every migration this version needs to read it."""
        self.conn.execute("PRAGMA query_only = ON")
        if not migrations.up_to_date(self.conn) and self.read_only is db.WRITE_PROTECTED:
            raise LibraryError(
                f"Die Fragenbibliothek „{self.label}“ ist schreibgeschützt und leer oder von einer "
                "älteren drafter-Version: Sie kann erst gelesen werden, wenn drafter sie einmal mit "
                "Schreibrecht geöffnet hat."
            )

    def _migrate(self) -> None:
        """Apply pending migrations one transaction each; re-checked under the write lock."""
        if migrations.up_to_date(self.conn):
            if migrations.version(self.conn) < migrations.SCHEMA_VERSION:
                with db.write(self.conn, self.label, self.retries) as conn:
                    db.mark_version(conn, migrations.SCHEMA_VERSION)
            return
        warm_up()  # the seed's concepts need the lemma dictionary: load it before taking the lock
        while True:
            with db.write(self.conn, self.label, self.retries) as conn:
                todo = migrations.pending(conn)
                if not todo:
                    return
                name, step = todo[0]
                step(conn)
                migrations.record(conn, name)
                if len(todo) == 1:
                    db.mark_version(conn, migrations.SCHEMA_VERSION)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @db.guarded
    def applied_migrations(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT name FROM migrations ORDER BY name")]

    @db.guarded
    def import_document(
        self, doc: Document, *, source_hash: str, meta: dict[str, object] | None = None
    ) -> str:
        """Store ``doc``; "imported", "replaced" (same number, new file) or "unchanged".

        A file seen before (by SHA-256) is "unchanged" even if another file of the same Drucksache
        was imported since: a folder holding both the DIP text and the PDF of one Drucksache stays
        stable on every re-run instead of flipping between them. A document without a Drucksache
        number is keyed by its file hash alone. One transaction: an interrupted import leaves the
        old version or the new one, never a mix.
        """
        self.require_writable("Importieren")
        with db.write(self.conn, self.label, self.retries) as conn:
            if _seen(conn, source_hash):
                if meta:
                    _merge_meta(conn, source_hash, meta)
                return "unchanged"
            existing = _existing(conn, doc.number, source_hash)
            if existing is not None:
                conn.execute("DELETE FROM documents WHERE id = ?", (existing["id"],))
            citelinks.on_import(conn, docstore.insert_document(conn, doc, source_hash, meta))
            return "imported" if existing is None else "replaced"

    @db.guarded
    def document_meta(self, number: str) -> dict[str, object]:
        """What was stored beside a document: the source path, and for a DIP fetch DIP's metadata
        (dip_id, pdf_url, vorgang_ids, ...). Empty for an unknown number."""
        row = self.conn.execute("SELECT meta FROM documents WHERE number = ?", (number,)).fetchone()
        value = json.loads(row["meta"]) if row and row["meta"] else {}
        return value if isinstance(value, dict) else {}

    @db.guarded
    def has_source(self, source_hash: str) -> bool:
        """Whether a file with this SHA-256 was imported before (lets an import skip the parse)."""
        return _seen(self.conn, source_hash)

    @db.guarded
    def get_document(self, number: str) -> Document | None:
        row = self.conn.execute("SELECT id FROM documents WHERE number = ?", (number,)).fetchone()
        return docstore.read_document(self.conn, row["id"]) if row else None

    @db.guarded
    def documents(self) -> list[DocumentSummary]:
        """Every document with its question counts per status, newest Drucksache first."""
        rows = self.conn.execute(
            "SELECT d.id, d.number, d.kind, d.title, d.date,"
            " (SELECT json_group_object(status, n) FROM (SELECT status, count(*) AS n FROM questions"
            "   WHERE doc_id = d.id GROUP BY status) AS c) AS counts,"
            " coalesce((SELECT a.number FROM documents a WHERE a.inquiry = d.number LIMIT 1),"
            "   (SELECT k.number FROM documents k WHERE k.number = d.inquiry)) AS paired"
            " FROM documents d"
        ).fetchall()
        summaries = [_summary(r) for r in rows]
        return sorted(summaries, key=lambda s: links.number_key(s.number), reverse=True)

    @db.guarded
    def search(self, text: str, limit: int = 10) -> list[SearchHit]:
        return search.search(self.conn, text, limit)

    @db.guarded
    def related(self, drucksache: str, question: str) -> Related:
        return links.related(self.conn, drucksache, question)

    @db.guarded
    def followups_of(self, drucksache: str) -> list[FollowUp]:
        return links.followups_of(self.conn, drucksache)

    @db.guarded
    def citing(self, drucksache: str) -> list[str]:
        """Numbers of the stored documents that cite ``drucksache`` (the reverse of references)."""
        return links.citing(self.conn, drucksache)

    @db.guarded
    def partner(self, drucksache: str) -> str | None:
        """The Antwort of a Kleine Anfrage or the Kleine Anfrage of an Antwort, when stored."""
        return links.partner(self.conn, drucksache)

    @db.guarded
    def save_draft(self, draft: Draft, name: str | None = None) -> int:
        """Save ``draft`` (``name`` None keeps the saved name); returns its id."""
        self.require_writable("Speichern des Entwurfs")
        with db.write(self.conn, self.label, self.retries) as conn:
            return drafts.save(conn, draft, name)

    @db.guarded
    def draft_entries(self) -> list[drafts.DraftEntry]:
        """The named drafts for the list of drafts, most recently updated first."""
        return drafts.entries(self.conn)

    @db.guarded
    def draft_name(self, draft_id: int) -> str:
        return drafts.name_of(self.conn, draft_id)

    @db.guarded
    def rename_draft(self, draft_id: int, name: str) -> None:
        self.require_writable("Umbenennen des Entwurfs")
        with db.write(self.conn, self.label, self.retries) as conn:
            drafts.rename(conn, draft_id, name)

    @db.guarded
    def delete_draft(self, draft_id: int, *, restore: bool = False) -> None:
        """Mark a draft deleted, or with ``restore`` bring it back."""
        self.require_writable("Löschen des Entwurfs")
        with db.write(self.conn, self.label, self.retries) as conn:
            (drafts.restore if restore else drafts.delete)(conn, draft_id)

    @db.guarded
    def load_draft(self, draft_id: int) -> Draft:
        return drafts.load(self.conn, draft_id, self.label)

    @db.guarded
    def drafts(self) -> list[tuple[int, str, dt.datetime]]:
        return drafts.listing(self.conn)

    @db.guarded
    def latest_draft(self) -> Draft | None:
        return drafts.latest(self.conn)

    @db.guarded
    def integrity_ok(self) -> bool:
        """SQLite's own integrity check plus the FTS index matching its content table (on
        PostgreSQL: every search vector matching its question's concepts)."""
        if self.engine == "postgresql":
            from drafter.library.pg.setup import integrity_ok

            return integrity_ok(self.conn)
        ok = self.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        self.conn.execute("INSERT INTO question_fts(question_fts, rank) VALUES ('integrity-check', 1)")
        return bool(ok) and not self.conn.execute("PRAGMA foreign_key_check").fetchall()


def _check_folder(path: Path, create: bool) -> None:
    """Create the folder of the user's default library; a chosen path must lie in an existing one,
    so a mistyped ``--db`` does not silently leave new folders behind."""
    if not create:
        if not path.parent.is_dir():
            raise LibraryError(
                f"Den Ordner „{path.parent}“ für die Fragenbibliothek „{path}“ gibt es nicht. "
                "Bitte den Pfad prüfen."
            )
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise LibraryError(
            f"Der Ordner für die Fragenbibliothek „{path}“ lässt sich nicht anlegen ({error.strerror})."
        ) from error


def _merge_meta(conn: sqlite3.Connection, source_hash: str, meta: dict[str, object]) -> None:
    """Newer metadata for an unchanged text (a DIP re-fetch) updates the stored keys, keeps the rest."""
    row = conn.execute("SELECT id, meta FROM documents WHERE source_hash = ?", (source_hash,)).fetchone()
    if row is None:
        return
    merged = {**(json.loads(row["meta"]) if row["meta"] else {}), **meta}
    conn.execute(
        "UPDATE documents SET meta = ? WHERE id = ?",
        (json.dumps(merged, ensure_ascii=False, default=str), row["id"]),
    )


def _seen(conn: sqlite3.Connection, source_hash: str) -> bool:
    return conn.execute("SELECT 1 FROM sources WHERE hash = ?", (source_hash,)).fetchone() is not None


def _existing(conn: sqlite3.Connection, number: str | None, source_hash: str) -> sqlite3.Row | None:
    select = "SELECT id, source_hash FROM documents WHERE "
    if number is None:
        query, key = select + "number IS NULL AND source_hash = ?", source_hash
    else:
        query, key = select + "number = ?", number
    row: sqlite3.Row | None = conn.execute(query, (key,)).fetchone()
    return row


def _summary(row: sqlite3.Row) -> DocumentSummary:
    return DocumentSummary(
        number=row["number"],
        kind=row["kind"],
        title=row["title"],
        date=dt.date.fromisoformat(row["date"]) if row["date"] else None,
        counts=json.loads(row["counts"]) if row["counts"] else {},
        paired_with=row["paired"],
    )
