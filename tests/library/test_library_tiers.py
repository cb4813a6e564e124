"""The shortlist's choice among the rows an engine found: rare words first, then the newest, the same
on SQLite and PostgreSQL even when the engines' windows are full."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from drafter.library import Library, engines, tiers
from drafter.library import shortlist as fts5
from drafter.library.importer import import_paths
from drafter.library.normalize import query_groups
from drafter.library.pg import windows as pg_windows
from drafter.models import Document

DATA = Path(__file__).parents[1] / "data"


def test_rows_with_all_rare_terms_come_first() -> None:
    # terms: one in 3 rows, one in 40, one common; row 7 holds all three, rows 8 and 9 only the common one
    every = [7]
    each = [[7, 5], [7, 6, 4], [9, 8, 7]]
    assert tiers.pick([3, 40, 2001], every, each, 10)[0] == 7


def test_a_rare_term_outweighs_two_common_ones() -> None:
    each = [[1], [2, 3], [2, 3]]
    assert tiers.pick([2, 1500, 1800], [], each, 10)[:1] == [1]


def test_equal_rows_newest_first_and_each_tier_bounded() -> None:
    each = [[10, 30, 20], [40]]
    assert tiers.pick([900, 900], [], each, 2) == [40, 30]
    assert tiers.pick([900, 900], [], each, 3) == [40, 30, 20]
    assert tiers.pick([900], [], [[]], 3) == []


def test_weight_falls_with_the_count() -> None:
    assert tiers.weight(1) > tiers.weight(600) > tiers.weight(tiers.CAP + 1) > tiers.weight(0) == 0.0


@pytest.fixture(scope="module")
def both(
    tmp_path_factory: pytest.TempPathFactory,
    parse_once: Callable[[Path], Document],
    new_pg_database: Callable[[], str],
) -> Iterator[tuple[Library, Library]]:
    """Six real Antworten and Kleine Anfragen in a SQLite file and in a PostgreSQL database."""
    paths = sorted((DATA / "bundestag").glob("21_1*.txt"))[:6]
    sqlite = Library(tmp_path_factory.mktemp("tiers") / "library.sqlite")
    postgres = Library(new_pg_database())
    for lib in (sqlite, postgres):
        assert import_paths(lib, paths, parse=parse_once).ok
    yield sqlite, postgres
    sqlite.close()
    postgres.close()


def test_full_windows_shortlist_the_same_rows_on_both_engines(
    both: tuple[Library, Library], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A window of 4 rows is full for most words of these documents, as 600 is at 500,000 questions.
    monkeypatch.setattr(fts5, "WINDOW", 4)
    monkeypatch.setattr(pg_windows, "WINDOW", 4)
    sqlite, postgres = both
    texts = [str(r[0]) for r in sqlite.conn.execute("SELECT text FROM questions ORDER BY id")]
    full = 0
    for text in texts[::5]:
        groups = query_groups(text)
        found = engines.shortlist(sqlite.conn, "question_fts", groups, 6)
        assert engines.shortlist(postgres.conn, "question_fts", groups, 6) == found, text
        full += len(found) >= 6
    assert full > 10


def test_compound_parts_written_apart_found_alike_on_both_engines(
    tmp_path: Path, parse_once: Callable[[Path], Document], pg_url: str
) -> None:
    # 21/748: "Heizkosten" (Frage 13) and "Kosten der Unterkunft und Heizung" (Fragen 1, 5 and others)
    paths = [DATA / "library" / "21_748-kleine-anfrage.txt"]
    with Library(tmp_path / "library.sqlite") as sqlite, Library(pg_url) as postgres:
        found = []
        for lib in (sqlite, postgres):
            assert import_paths(lib, paths, parse=parse_once).ok
            hits = lib.search("Heizkosten", 10)
            found.append([(h.number, h.score, h.why, h.text) for h in hits if h.kind != "seed"])
    assert found[0] == found[1]
    assert any("Kosten der Unterkunft und Heizung" in text for *_, text in found[0])
