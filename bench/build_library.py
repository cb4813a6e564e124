"""Bulk build of a large benchmark library: the same file the normal import makes, in a fraction
of the time.

    nice -n 19 python bench/build_library.py --size 5000000 --out /tmp/drafter-bench/library-5000000.sqlite

Importing document by document (``Library.import_document``) keeps every derived table current
row by row: the FTS index, ``concept_counts`` (an upsert per concept of every question, through
``json_each``), ``question_count`` and the citation links. That took 19 minutes for 500,000
questions and would take hours for 5 million. This builder stores exactly the documents
``library_bench.py`` imports (``variants.documents``, same seed, same source hashes ``bench-<i>``)
through the importer's own row writer (``docstore.insert_document``), but:

- in one transaction, without a journal (a failed build is simply built again);
- with the row triggers of ``questions`` that keep the FTS index, ``concept_counts`` and
  ``question_count`` dropped while the rows go in, and everything they maintain rebuilt once
  afterwards from the stored rows: the FTS index by FTS5's ``rebuild``, the concept counts by
  counting each question's distinct concepts as the trigger does, the question count by
  ``count(*)``, the citation links by ``citelinks.relink_all`` (as migration 0007 fills them);
- then the triggers are created again from their stored SQL and the file is put back in WAL mode,
  so the result is an ordinary library the normal import can go on writing to.

What differs from an imported file: ``documents.imported_at`` (the time of writing) and the FTS
index's internal layout (one merged segment instead of many small ones that FTS5 merges over
time); neither changes a search result (``tests/library/test_library_bulk.py`` compares both).
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from variants import documents, load_corpus

from drafter.library import Library, citelinks, docstore
from drafter.models import Document

ROOT = Path(__file__).parents[1]
DEFERRED = ("questions_ai", "questions_counts_ai", "questions_count_ai")
"""The row triggers of ``questions`` whose work is done once, in bulk, after the rows are stored."""
REPORT_EVERY = 250_000  # questions between progress lines


@dataclass(frozen=True)
class Built:
    """What a build made: questions and documents stored, seconds taken, file size in bytes."""

    questions: int
    documents: int
    seconds: float
    size: int


def build(path: Path, docs: Iterable[Document], progress: bool = False) -> Built:
    """Write ``docs`` into a new library at ``path`` (an existing file there is replaced)."""
    start = time.perf_counter()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    Library(path).close()  # schema, migrations, seed and concepts fingerprint, as any new library
    conn = sqlite3.connect(path, isolation_level=None)
    conn.row_factory = sqlite3.Row  # as the library's own connections (citelinks reads by name)
    try:
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA cache_size = -1000000")  # KiB: 1 GB of page cache while building
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("BEGIN")
        triggers = _drop_triggers(conn)
        stored = _store(conn, docs, progress)
        _derive(conn)
        for sql in triggers:
            conn.execute(sql)
        conn.execute("COMMIT")
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()
    return Built(stored[0], stored[1], time.perf_counter() - start, path.stat().st_size)


def _drop_triggers(conn: sqlite3.Connection) -> list[str]:
    """Drop the DEFERRED triggers; returns their SQL to create them again."""
    marks = ",".join("?" * len(DEFERRED))
    rows = conn.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks})", DEFERRED
    ).fetchall()
    if len(rows) != len(DEFERRED):
        raise SystemExit(f"unexpected schema: triggers {sorted(r[0] for r in rows)}, expected {DEFERRED}")
    for name, _ in rows:
        conn.execute(f"DROP TRIGGER {name}")
    return [sql for _, sql in rows]


def _store(conn: sqlite3.Connection, docs: Iterable[Document], progress: bool) -> tuple[int, int]:
    """Insert every document as ``library_bench.build`` imports it; (questions, documents)."""
    questions = count = 0
    shown = REPORT_EVERY
    for count, doc in enumerate(docs, 1):
        docstore.insert_document(conn, doc, f"bench-{count - 1}", None)
        questions += len(doc.questions)
        if progress and questions >= shown:
            print(f"{questions:,} questions stored", flush=True)
            shown += REPORT_EVERY
    return questions, count


def _derive(conn: sqlite3.Connection) -> None:
    """Everything the deferred triggers and the per-document linking keep, from the stored rows."""
    conn.execute("INSERT INTO question_fts(question_fts) VALUES ('rebuild')")
    conn.execute("DELETE FROM concept_counts")
    conn.executemany(
        "INSERT INTO concept_counts(term, df) VALUES (?, ?)", sorted(concept_counts(conn).items())
    )
    conn.execute("UPDATE question_count SET n = (SELECT count(*) FROM questions)")
    citelinks.relink_all(conn)


def concept_counts(conn: sqlite3.Connection) -> Counter[str]:
    """How many questions hold each concept: each question's distinct space-separated concepts,
    as the trigger of migration 0010 counts them (split on single spaces, empty ones left out)."""
    counts: Counter[str] = Counter()
    for (norm,) in conn.execute("SELECT norm FROM questions"):
        counts.update(set(norm.strip().split(" ")) - {""})
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, required=True, help="questions in the library")
    parser.add_argument("--out", type=Path, required=True, help="the library file to write")
    parser.add_argument("--corpus", type=Path, default=ROOT / "tests" / "data" / "bundestag")
    args = parser.parse_args()
    built = build(args.out, documents(load_corpus(args.corpus), args.size), progress=True)
    print(
        f"{args.out}: {built.questions:,} questions in {built.documents:,} documents, "
        f"{built.seconds:,.0f} s, {built.size / 2**20:,.0f} MB"
    )


if __name__ == "__main__":
    main()
