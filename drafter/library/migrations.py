"""Named, ordered schema migrations of the question library.

Each migration runs in its own ``BEGIN IMMEDIATE`` transaction together with the row that records
it in ``migrations``, so a crash leaves either all or nothing of it, and two processes opening a
new file at once apply each migration exactly once (the second waits for the lock, then sees it done).
Never edit a released migration; append a new one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from drafter.library import drafts
from drafter.library.citelinks import relink_all
from drafter.library.seed import load_seed

Step = Callable[[sqlite3.Connection], None]

_SCHEMA = """
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    number TEXT UNIQUE,
    kind TEXT NOT NULL,
    inquiry TEXT,
    date TEXT,
    title TEXT NOT NULL DEFAULT '',
    askers TEXT NOT NULL DEFAULT '[]',
    faction TEXT,
    ministry TEXT,
    source_hash TEXT NOT NULL,
    source_path TEXT NOT NULL,
    origin TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    meta TEXT,
    body TEXT NOT NULL
);
CREATE INDEX documents_inquiry ON documents(inquiry);
CREATE INDEX documents_hash ON documents(source_hash);

CREATE TABLE questions (
    id INTEGER PRIMARY KEY,
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    number TEXT NOT NULL,
    text TEXT NOT NULL,
    answer TEXT,
    grp TEXT NOT NULL DEFAULT '[]',
    status TEXT NOT NULL,
    norm TEXT NOT NULL
);
CREATE INDEX questions_doc ON questions(doc_id, position);

CREATE TABLE findings (
    id INTEGER PRIMARY KEY,
    question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    category TEXT NOT NULL,
    evidence TEXT NOT NULL,
    refers_to TEXT,
    via TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX findings_question ON findings(question_id, position);

CREATE TABLE refs (
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    cited TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (doc_id, cited)
);
CREATE INDEX refs_cited ON refs(cited);

CREATE TABLE drafts (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);

CREATE TABLE seed_entries (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    category TEXT,
    text TEXT NOT NULL,
    norm TEXT NOT NULL
);
"""

_FTS = """
CREATE VIRTUAL TABLE question_fts USING fts5(
    norm, content='questions', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER questions_ai AFTER INSERT ON questions BEGIN
    INSERT INTO question_fts(rowid, norm) VALUES (new.id, new.norm);
END;
CREATE TRIGGER questions_ad AFTER DELETE ON questions BEGIN
    INSERT INTO question_fts(question_fts, rowid, norm) VALUES ('delete', old.id, old.norm);
END;
CREATE VIRTUAL TABLE seed_fts USING fts5(
    norm, content='seed_entries', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER seed_ai AFTER INSERT ON seed_entries BEGIN
    INSERT INTO seed_fts(rowid, norm) VALUES (new.id, new.norm);
END;
CREATE TRIGGER seed_ad AFTER DELETE ON seed_entries BEGIN
    INSERT INTO seed_fts(seed_fts, rowid, norm) VALUES ('delete', old.id, old.norm);
END;
"""

# Every file ever imported, by SHA-256, with the Drucksache it held: what makes re-imports "unchanged".
_SOURCES = """
CREATE TABLE sources (hash TEXT PRIMARY KEY, number TEXT);
INSERT OR IGNORE INTO sources(hash, number) SELECT source_hash, number FROM documents;
"""


# Citations resolved into links between questions (see citelinks.py), filled for stored documents.
_QUESTION_LINKS = """
CREATE TABLE question_links (
    from_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
    to_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    weight REAL NOT NULL,
    PRIMARY KEY (from_id, to_id)
);
CREATE INDEX question_links_to ON question_links(to_id);
"""


# How many questions hold each concept (weights.py), kept by triggers as questions come and go:
# reading it from FTS5's own statistics (fts5vocab) walks a term's whole posting list, about a
# millisecond per common term at 500,000 questions.
_CONCEPT_COUNTS = """
CREATE TABLE concept_counts (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
INSERT INTO concept_counts(term, df) SELECT term, doc FROM question_terms;
CREATE TRIGGER questions_counts_ai AFTER INSERT ON questions BEGIN
    INSERT INTO concept_counts(term, df)
    SELECT DISTINCT value, 1 FROM json_each('["' || replace(trim(new.norm), ' ', '","') || '"]')
    WHERE value != '' ON CONFLICT(term) DO UPDATE SET df = df + 1;
END;
CREATE TRIGGER questions_counts_ad AFTER DELETE ON questions BEGIN
    UPDATE concept_counts SET df = df - 1 WHERE term IN
    (SELECT value FROM json_each('["' || replace(trim(old.norm), ' ', '","') || '"]'));
END;
CREATE TRIGGER questions_counts_au AFTER UPDATE OF norm ON questions BEGIN
    UPDATE concept_counts SET df = df - 1 WHERE term IN
    (SELECT value FROM json_each('["' || replace(trim(old.norm), ' ', '","') || '"]'));
    INSERT INTO concept_counts(term, df)
    SELECT DISTINCT value, 1 FROM json_each('["' || replace(trim(new.norm), ' ', '","') || '"]')
    WHERE value != '' ON CONFLICT(term) DO UPDATE SET df = df + 1;
END;
"""


FINDING_ASKED_PARTS = """
ALTER TABLE findings ADD COLUMN asked TEXT NOT NULL DEFAULT '[]';
ALTER TABLE findings ADD COLUMN parts TEXT NOT NULL DEFAULT '[]';
"""


# How many questions the library holds (weights.py), kept by triggers: counting them costs a scan
# of an index on every change (milliseconds on SQLite, far more on a server), and the highest id
# counts every question a replaced document ever had.
_QUESTION_COUNT = """
CREATE TABLE question_count (n INTEGER NOT NULL);
INSERT INTO question_count(n) SELECT count(*) FROM questions;
CREATE TRIGGER questions_count_ai AFTER INSERT ON questions BEGIN
    UPDATE question_count SET n = n + 1;
END;
CREATE TRIGGER questions_count_ad AFTER DELETE ON questions BEGIN
    UPDATE question_count SET n = n - 1;
END;
"""


def _elsewhere(conn: sqlite3.Connection) -> None:
    """A migration only another engine needs: what it builds there, SQLite already has."""


def _question_links(conn: sqlite3.Connection) -> None:
    _script(_QUESTION_LINKS)(conn)
    relink_all(conn)


def _script(sql: str) -> Step:
    """A migration made of plain statements (executescript would COMMIT, so split them)."""

    def run(conn: sqlite3.Connection) -> None:
        for statement in _statements(sql):
            conn.execute(statement)

    return run


def _statements(sql: str) -> list[str]:
    """Split on ';' at line ends, keeping trigger bodies (which end in 'END;') whole."""
    out: list[str] = []
    current: list[str] = []
    for line in sql.strip().splitlines():
        current.append(line)
        text = "\n".join(current).strip()
        if text.endswith(";") and sqlite3.complete_statement(text):
            out.append(text)
            current = []
    return out


MIGRATIONS: tuple[tuple[str, Step], ...] = (
    ("0001_schema", _script(_SCHEMA)),
    ("0002_fts", _script(_FTS)),
    ("0003_seed", load_seed),
    ("0004_settings", _script("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);")),
    ("0005_sources", _script(_SOURCES)),
    # Lets the document list count statuses from the index alone (0.9 s → 0.3 s at 500,000 questions).
    ("0006_status_index", _script("CREATE INDEX questions_status ON questions(doc_id, status);")),
    ("0007_question_links", _question_links),
    # The index's own term statistics: how many questions hold a concept (weights.py).
    (
        "0008_question_terms",
        _script("CREATE VIRTUAL TABLE question_terms USING fts5vocab(question_fts, 'row');"),
    ),
    ("0009_named_drafts", _script(drafts.MIGRATION)),
    ("0010_concept_counts", _script(_CONCEPT_COUNTS)),
    # What an evasive answer leaves out and which parts a finding concerns (JSON lists, as ``via``).
    ("0011_finding_asked_parts", _script(FINDING_ASKED_PARTS)),
    # How many questions are stored, for the term weights (weights.py).
    ("0013_question_count", _script(_QUESTION_COUNT)),
    # Posting lists (concept, question id) read newest first: FTS5 is one; PostgreSQL builds its own.
    ("0014_concept_postings", _elsewhere),
)

SCHEMA_VERSION = len(MIGRATIONS)
"""Stored as ``PRAGMA user_version``: a file with a higher number was written by a newer drafter."""
NAMES = frozenset(name for name, _ in MIGRATIONS)
FIRST = MIGRATIONS[0][0]


def up_to_date(conn: sqlite3.Connection) -> bool:
    """Read-only check, so opening a library another process is writing to need not wait."""
    exists = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migrations'")
    if exists.fetchone() is None:
        return False
    done = {row[0] for row in conn.execute("SELECT name FROM migrations")}
    return all(name in done for name, _ in MIGRATIONS)


def version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def pending(conn: sqlite3.Connection) -> list[tuple[str, Step]]:
    """Migrations not yet recorded; the caller holds the write lock while reading this."""
    conn.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    done = {row[0] for row in conn.execute("SELECT name FROM migrations")}
    return [(name, step) for name, step in MIGRATIONS if name not in done]


def record(conn: sqlite3.Connection, name: str) -> None:
    conn.execute("INSERT INTO migrations(name, applied_at) VALUES (?, datetime('now'))", (name,))
