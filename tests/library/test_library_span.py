"""The all-terms window looks only at the newest ``tiers.SPAN`` question ids, so its cost stops
growing with the library; the per-term windows still reach older rows."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from drafter.library import Library, tiers, together
from drafter.library import shortlist as fts5
from drafter.library.importer import import_paths
from drafter.library.normalize import query_groups
from drafter.models import Document

DATA = Path(__file__).parents[1] / "data"
QUERY = "Generalsanierung Deutsche Bahn"


@pytest.fixture(scope="module")
def lib(
    tmp_path_factory: pytest.TempPathFactory, parse_once: Callable[[Path], Document]
) -> Iterator[Library]:
    """Every Drucksache of tests/data/bundestag, imported in name order."""
    path = tmp_path_factory.mktemp("span") / "library.sqlite"
    with Library(path) as library:
        import_paths(library, sorted((DATA / "bundestag").glob("*.txt")), parse=parse_once)
        yield library


def _together(lib: Library) -> str:
    rare = fts5.terms_by_rarity(lib.conn, "question_fts", query_groups(QUERY))
    return " AND ".join(expression for _, expression in rare[: tiers.TIER_A_TERMS])


def test_since_is_the_highest_id_minus_span_and_never_below_zero() -> None:
    assert tiers.since(tiers.SPAN // 2) == 0
    assert tiers.since(tiers.SPAN + 7) == 7


def test_the_all_terms_window_holds_only_ids_above_the_bound(lib: Library) -> None:
    together = _together(lib)
    unbounded = fts5.newest(lib.conn, "question_fts", together)
    assert len(unbounded) >= 2, "the query must find several rows holding all its rare terms"
    middle = sorted(unbounded)[len(unbounded) // 2]
    bounded = fts5.newest(lib.conn, "question_fts", together, middle)
    assert bounded == [i for i in unbounded if i > middle]


def test_a_library_within_the_span_is_searched_as_without_it(
    lib: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert fts5.top_id(lib.conn, "question_fts") < tiers.SPAN
    groups = query_groups(QUERY)
    within = fts5.shortlist(lib.conn, "question_fts", groups, 40)
    monkeypatch.setattr(tiers, "SPAN", 10**12)
    assert fts5.shortlist(lib.conn, "question_fts", groups, 40) == within


def test_older_rows_are_still_found_through_the_per_term_windows(
    lib: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a span of one id the all-terms tier is empty, yet the rows holding the rare words
    (fewer than a window here) are shortlisted, and the search still finds the question."""
    groups = query_groups(QUERY)
    full = fts5.shortlist(lib.conn, "question_fts", groups, 40)
    best = lib.search(QUERY, 1)[0]
    monkeypatch.setattr(tiers, "SPAN", 1)
    short = fts5.shortlist(lib.conn, "question_fts", groups, 40)
    assert set(short) <= set(full) and short
    assert lib.search(QUERY, 1)[0].question_id == best.question_id


def test_rows_holding_all_terms_are_the_same_when_a_long_list_is_checked_row_by_row(
    lib: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``together.newest_with_all`` returns what an FTS5 AND returns, also when it finds the rows
    of the two shorter lists first and checks each for the longest (every list counts as long
    here: the first, most common term is the one checked), whether few or many rows hold the
    shorter terms."""
    monkeypatch.setattr(together, "LONG", 1)
    terms = [
        str(r[0])
        for r in lib.conn.execute("SELECT term FROM concept_counts WHERE df > 0 ORDER BY df DESC, term")
    ][:24]
    checked = whole = 0
    for a, b, c in zip(terms, terms[7:], terms[13:], strict=False):
        expressions = [f'"{a}"', f'"{b}"', f'"{c}"']
        for above in (0, 40):
            fts = fts5.newest(lib.conn, "question_fts", " AND ".join(expressions), above)
            assert together.newest_with_all(lib.conn, "question_fts", expressions, above) == fts
            rarer = fts5.newest(lib.conn, "question_fts", " AND ".join(expressions[1:]), above)
            checked += len(rarer) <= together.CHECKED
            whole += len(rarer) > together.CHECKED
    assert checked and whole, "both ways must be exercised"
