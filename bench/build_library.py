"""Bulk build of a large benchmark library: the same file the normal import makes, in a fraction
of the time.

    nice -n 19 python bench/build_library.py --size 500000 --out /tmp/drafter-bench/library-500000.sqlite
    nice -n 19 python bench/build_library.py --size 5000000 --block 500000 --out …/library-5000000.sqlite

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

Varying and folding every question in Python costs about 0.2 ms of CPU, so 5 million would take
over a quarter of an hour of a free core (hours at ``nice`` on a shared machine). With ``--block``
only that many questions are varied one by one; the rest of the library is copies of that block
under further Drucksache numbers (``variants.copies``), written by set statements inside SQLite
(``multiply.py``): every question text then occurs ``size / block`` times.

What differs from an imported file: ``documents.imported_at`` (the time of writing) and the FTS
index's internal layout (one merged segment instead of many small ones that FTS5 merges over
time); neither changes a search result (``tests/library/test_library_bulk.py`` compares both ways
of building with the normal import, row by row and hit by hit).
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import multiply
from variants import documents, load_corpus

from drafter.library import Library, citelinks, docstore
from drafter.library.citations import cited_numbers
from drafter.models import Document

ROOT = Path(__file__).parents[1]
DEFERRED = ("questions_ai", "questions_counts_ai", "questions_count_ai")
"""The row triggers of ``questions`` whose work is done once, in bulk, after the rows are stored."""
REPORT_EVERY = 250_000  # questions between progress lines


@dataclass(frozen=True)
class Built:
    """What a build made: questions and documents stored, seconds taken (wall clock and CPU),
    file size in bytes."""

    questions: int
    documents: int
    seconds: float
    cpu: float
    size: int


def build(path: Path, docs: Iterable[Document], progress: bool = False, times: int = 1) -> Built:
    """Write ``docs`` into a new library at ``path`` (an existing file there is replaced); with
    ``times`` > 1, then ``times - 1`` copies of them as ``variants.copies`` numbers them."""
    start, cpu = time.perf_counter(), time.process_time()
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
        _store(conn, docs, progress)
        counts = concept_counts(conn)
        citelinks.relink_all(conn)
        cited = cited_anywhere(conn)
        of = multiply.block(conn)
        for copy in range(1, times):
            multiply.copy_block(conn, of, copy)
            if progress:
                print(f"copy {copy} of {times - 1} stored", flush=True)
        if times > 1 and multiply.resolvable(conn, cited):
            citelinks.relink_all(conn)  # a copy could cite a stored document: link as the import does
        _derive(conn, Counter({term: n * times for term, n in counts.items()}), progress)
        for sql in triggers:
            conn.execute(sql)
        conn.execute("COMMIT")
        conn.execute("PRAGMA journal_mode = WAL")
        stored = conn.execute("SELECT (SELECT count(*) FROM questions), (SELECT count(*) FROM documents)")
        questions, documents = stored.fetchone()
    finally:
        conn.close()
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    return Built(questions, documents, seconds, cpu, path.stat().st_size)


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


def _store(conn: sqlite3.Connection, docs: Iterable[Document], progress: bool) -> None:
    """Insert every document as ``library_bench.build`` imports it."""
    questions, shown = 0, REPORT_EVERY
    for count, doc in enumerate(docs):
        docstore.insert_document(conn, doc, f"bench-{count}", None)
        questions += len(doc.questions)
        if progress and questions >= shown:
            print(f"{questions:,} questions stored", flush=True)
            shown += REPORT_EVERY


def _derive(conn: sqlite3.Connection, counts: Counter[str], progress: bool) -> None:
    """The index, concept counts and question count the deferred triggers would have kept."""
    if progress:
        print("building the index", flush=True)
    conn.execute("INSERT INTO question_fts(question_fts) VALUES ('rebuild')")
    conn.execute("DELETE FROM concept_counts")
    conn.executemany("INSERT INTO concept_counts(term, df) VALUES (?, ?)", sorted(counts.items()))
    conn.execute("UPDATE question_count SET n = (SELECT count(*) FROM questions)")


def concept_counts(conn: sqlite3.Connection) -> Counter[str]:
    """How many questions hold each concept: each question's distinct space-separated concepts,
    as the trigger of migration 0010 counts them (split on single spaces, empty ones left out)."""
    counts: Counter[str] = Counter()
    for (norm,) in conn.execute("SELECT norm FROM questions"):
        counts.update(set(norm.strip().split(" ")) - {""})
    return counts


def cited_anywhere(conn: sqlite3.Connection) -> set[str]:
    """Every Drucksache number any stored title, Vorbemerkung or question cites (own numbers
    included): what a copy of these documents could cite."""
    found: set[str] = set()
    for row in conn.execute("SELECT title, body FROM documents"):
        found.update(cited_numbers(f"{row[0]}\n{json.loads(row[1]).get('preamble') or ''}"))
    for (text,) in conn.execute("SELECT text FROM questions"):
        found.update(cited_numbers(text))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, required=True, help="questions in the library")
    parser.add_argument("--out", type=Path, required=True, help="the library file to write")
    parser.add_argument(
        "--block",
        type=int,
        help="questions varied one by one; the rest are copies of them (variants.copies): "
        "--size must be a multiple",
    )
    parser.add_argument("--corpus", type=Path, default=ROOT / "tests" / "data" / "bundestag")
    args = parser.parse_args()
    block = args.block or args.size
    if args.size % block:
        parser.error(f"--size {args.size} is not a multiple of --block {block}")
    docs = documents(load_corpus(args.corpus), block)
    built = build(args.out, docs, progress=True, times=args.size // block)
    print(
        f"{args.out}: {built.questions:,} questions in {built.documents:,} documents, "
        f"{built.seconds:,.0f} s (CPU {built.cpu:,.0f} s), {built.size / 2**20:,.0f} MB"
    )


if __name__ == "__main__":
    main()
