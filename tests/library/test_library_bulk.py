"""The benchmark's bulk builder (bench/build_library.py) makes the library the normal import makes:
the same rows in every table, the same index, the same triggers, the same search hits."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

BENCH = Path(__file__).parents[2] / "bench"
sys.path.insert(0, str(BENCH))

from build_library import build  # noqa: E402
from library_bench import make_queries  # noqa: E402
from variants import copies, documents, load_corpus  # noqa: E402

from drafter.library import Library  # noqa: E402
from drafter.models import Document  # noqa: E402

DATA = Path(__file__).parents[1] / "data" / "bundestag"
QUESTIONS = 900
VARYING = {"documents": {"imported_at"}, "migrations": {"applied_at"}}
"""Columns that hold the time of writing."""


@pytest.fixture(scope="module")
def base() -> list[Document]:
    return load_corpus(DATA)


@pytest.fixture(scope="module", params=[1, 3], ids=["varied", "copied"])
def pair(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, base: list[Document]
) -> Iterator[tuple[Path, Path]]:
    """The same documents imported one by one, and bulk-built: all varied one by one, or a
    varied block and two copies of it (``--block``)."""
    times: int = request.param
    block = list(documents(base, QUESTIONS // times))
    folder = tmp_path_factory.mktemp("bulk")
    imported, bulk = folder / "imported.sqlite", folder / "bulk.sqlite"
    with Library(imported) as lib:
        for i, doc in enumerate(copies(block, times)):
            lib.import_document(doc, source_hash=f"bench-{i}")
    built = build(bulk, block, times=times)
    assert (built.questions, built.documents) == (QUESTIONS, len(block) * times)
    yield imported, bulk


def _tables(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
        " AND name NOT LIKE 'question_fts%' AND name NOT LIKE 'seed_fts%' AND name NOT LIKE 'sqlite_%'"
        " ORDER BY name"
    )
    return [r[0] for r in rows]


def _rows(conn: sqlite3.Connection, table: str) -> list[tuple[object, ...]]:
    varying = VARYING.get(table, set())
    columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] not in varying]
    listed = ", ".join(columns)
    return conn.execute(f"SELECT {listed} FROM {table} ORDER BY {listed}").fetchall()


def test_every_table_holds_the_same_rows(pair: tuple[Path, Path]) -> None:
    with sqlite3.connect(pair[0]) as imported, sqlite3.connect(pair[1]) as bulk:
        assert _tables(bulk) == _tables(imported)
        for table in _tables(imported):
            assert _rows(bulk, table) == _rows(imported, table), table
        assert _rows(bulk, "concept_counts"), "the counts must not be empty"


def test_same_schema_index_and_header(pair: tuple[Path, Path]) -> None:
    schema = "SELECT type, name, sql FROM sqlite_master ORDER BY type, name"
    terms = "SELECT term, doc, cnt FROM question_terms ORDER BY term"
    header = "SELECT * FROM pragma_user_version, pragma_application_id, pragma_journal_mode"
    with sqlite3.connect(pair[0]) as imported, sqlite3.connect(pair[1]) as bulk:
        for sql in (schema, terms, header):
            assert bulk.execute(sql).fetchall() == imported.execute(sql).fetchall(), sql
    with Library(pair[1]) as lib:
        assert lib.integrity_ok()


def test_same_hits_for_the_benchmark_queries(pair: tuple[Path, Path], base: list[Document]) -> None:
    queries = make_queries(base, 40)
    with Library(pair[0]) as imported, Library(pair[1]) as bulk:
        for query in queries:
            assert bulk.search(query.text, 10) == imported.search(query.text, 10), query.text


def test_the_bulk_built_library_takes_further_imports(pair: tuple[Path, Path], base: list[Document]) -> None:
    """The triggers are back: a document imported afterwards updates the counts and the index."""
    extra = next(iter(documents(base, 50, seed=99)))
    with Library(pair[1]) as lib:
        before = lib.conn.execute("SELECT n FROM question_count").fetchone()[0]
        assert lib.import_document(extra, source_hash="extra") == "imported"
        after = lib.conn.execute("SELECT n FROM question_count").fetchone()[0]
        assert after == before + len(extra.questions)
        assert lib.search(extra.questions[0].text, 1)[0].text == extra.questions[0].text
