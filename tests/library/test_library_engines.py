"""SQLite and PostgreSQL hold one schema and answer every search with the same hits.

Both libraries take the same corpus through the same import; then a few hundred queries (whole
questions of the corpus and three-word fragments of others) must return the same points, scores
and order on both engines.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from drafter.library import Library
from drafter.library import migrations as shared
from drafter.library.importer import import_paths
from drafter.library.migrations import MIGRATIONS
from drafter.library.pg.schema import OWN, PG_ONLY_TABLES, PORTABLE, steps
from drafter.library.weights import weights
from drafter.models import Document

DATA = Path(__file__).parents[1] / "data"


@pytest.fixture(scope="module")
def pair(
    tmp_path_factory: pytest.TempPathFactory,
    parse_once: Callable[[Path], Document],
    new_pg_database: Callable[[], str],
) -> Iterator[tuple[Library, Library]]:
    """The corpus in a SQLite file and in a PostgreSQL database."""
    sqlite = Library(tmp_path_factory.mktemp("engines") / "library.sqlite")
    postgres = Library(new_pg_database())
    for lib in (sqlite, postgres):
        report = import_paths(lib, [DATA / "bundestag", DATA / "library"], parse=parse_once)
        assert report.ok, report.failed
    yield sqlite, postgres
    sqlite.close()
    postgres.close()


def _queries(lib: Library) -> list[str]:
    texts = [str(r[0]) for r in lib.conn.execute("SELECT text FROM questions ORDER BY id")]
    fragments = [" ".join(t.split()[2:5]) for t in texts[1::7]]
    return texts[::6] + fragments + ["Fingerabdr", "Eurodac Interoperabilität", "sein", "Bahn 2025"]


def test_every_query_finds_the_same_hits_in_the_same_order(pair: tuple[Library, Library]) -> None:
    sqlite, postgres = pair
    queries = _queries(sqlite)
    assert len(queries) > 150
    for query in queries:
        expected = [
            (h.drucksache, h.number, h.kind, h.score, h.answered_in) for h in sqlite.search(query, 10)
        ]
        found = [(h.drucksache, h.number, h.kind, h.score, h.answered_in) for h in postgres.search(query, 10)]
        assert found == expected, query


def test_links_and_listing_agree(pair: tuple[Library, Library]) -> None:
    sqlite, postgres = pair
    assert postgres.documents() == sqlite.documents()
    for number in ("19/21876", "21/670", "21/617"):
        assert postgres.followups_of(number) == sqlite.followups_of(number)
        assert postgres.citing(number) == sqlite.citing(number)
    assert postgres.related("19/21876", "10") == sqlite.related("19/21876", "10")


def test_one_schema_and_one_list_of_named_migrations(pair: tuple[Library, Library]) -> None:
    sqlite, postgres = pair
    assert [name for name, _ in steps()] == [name for name, _ in MIGRATIONS]
    assert postgres.applied_migrations() == sqlite.applied_migrations()
    lite = {
        (str(t), str(c[1]))
        for (t,) in sqlite.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE '%VIRTUAL%'"
            " AND name NOT LIKE '%\\_fts%' ESCAPE '\\'"
        ).fetchall()
        for c in sqlite.conn.execute(f"PRAGMA table_info({t})").fetchall()
    }
    pg = {
        (str(r[0]), str(r[1]))
        for r in postgres.conn.execute(
            "SELECT table_name, column_name FROM information_schema.columns"
            " WHERE table_schema = current_schema()"
        ).fetchall()
        if r[0] not in PG_ONLY_TABLES
    }
    assert pg == lite
    terms = "SELECT term, doc FROM question_terms WHERE doc > 0"
    assert {tuple(r) for r in postgres.conn.execute(terms)} == {tuple(r) for r in sqlite.conn.execute(terms)}
    assert postgres.integrity_ok() and sqlite.integrity_ok()


def test_every_migration_is_decided_for_postgresql(monkeypatch: pytest.MonkeyPatch) -> None:
    names = [name for name, _ in MIGRATIONS]
    assert set(OWN) | PORTABLE == set(names) and not set(OWN) & PORTABLE
    assert [name for name, _ in steps()] == names
    monkeypatch.setattr(shared, "MIGRATIONS", (*MIGRATIONS, ("0099_new", MIGRATIONS[-1][1])))
    with pytest.raises(RuntimeError, match="0099_new has no PostgreSQL decision"):
        steps()


def test_term_weights_follow_replaced_documents(
    library_target: str, parse_once: Callable[[Path], Document]
) -> None:
    """Replacing documents deletes questions and stores new ones: the count of questions and the
    weights must follow, although the highest id only grows."""
    docs = [parse_once(path) for path in sorted((DATA / "bundestag").glob("*.txt"))[:6]]
    with Library(library_target) as lib:
        for i, doc in enumerate(docs):
            lib.import_document(doc, source_hash=f"first-{i}")
        lib.search("Bundesregierung Maßnahmen", 5)
        before = weights(lib.conn, str(id(lib.conn)))
        for i, doc in enumerate(docs):
            shorter = dataclasses.replace(doc, questions=doc.questions[:1])
            assert lib.import_document(shorter, source_hash=f"second-{i}") == "replaced"
        lib.search("Bundesregierung Maßnahmen", 5)
        after = weights(lib.conn, str(id(lib.conn)))
        norms = [str(r[0]).split() for r in lib.conn.execute("SELECT norm FROM questions")]
        stored = lib.conn.execute("SELECT n FROM question_count").fetchone()[0]
        assert after is not before and after.total == stored == len(norms) == len(docs)
        for term in {t for norm in norms for t in norm}:
            held = sum(term in norm for norm in norms)
            assert after(term) == pytest.approx(math.log((len(norms) + 1) / (held + 0.5))), term
