"""The posting lists of the team library: kept by the import, read newest first from the index alone.

A synthetic library of 30,000 questions (made in SQL, so the statement triggers see one large
insert) has concepts of known spread: ``begriffN`` in every 50th question, ``haeufigN`` in every
third, ``seltenN`` in every 997th. The windows must be exactly the newest matching ids, read by
index-only scans once the table is vacuumed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from drafter.library import Library, engines, tiers
from drafter.library import migrations as shared
from drafter.library.importer import import_paths
from drafter.library.normalize import query_groups
from drafter.library.pg.windows import Term, windows
from drafter.library.shortlist import WINDOW
from drafter.models import Document

QUESTIONS = 30_000
DATA = Path(__file__).parents[1] / "data"


@pytest.fixture(scope="module")
def synthetic(new_pg_database: Callable[[], str]) -> Iterator[Library]:
    lib = Library(new_pg_database())
    conn = lib.conn
    conn.execute(
        "INSERT INTO documents(number, kind, source_hash, source_path, origin, imported_at, body)"
        " VALUES ('21/1', 'antwort', 'h', 'p', 'dip', 'now', '{}')"
    )
    conn.execute(
        "INSERT INTO questions(doc_id, position, number, text, status, norm)"
        " SELECT (SELECT id FROM documents), g, g::text, 'Frage', 'open',"
        " 'begriff' || g % 50 || ' haeufig' || g % 3 || ' selten' || g % 997 || ' haeufig' || g % 3"
        " FROM generate_series(1, ?) AS g",
        (QUESTIONS,),
    )
    conn.execute("VACUUM ANALYZE questions, question_postings")
    yield lib
    lib.close()


def _ids(lib: Library) -> dict[int, str]:
    return {int(i): str(n) for i, n in lib.conn.execute("SELECT id, norm FROM questions").fetchall()}


def _newest(rows: dict[int, str], *terms: Term) -> list[int]:
    """The newest WINDOW ids whose concepts hold every term (a prefix: a concept starting with it)."""

    def holds(norm: str, term: Term) -> bool:
        return any(c.startswith(term.term) if term.prefix else c == term.term for c in norm.split())

    found = [i for i, norm in rows.items() if all(holds(norm, t) for t in terms)]
    return sorted(found, reverse=True)[:WINDOW]


def test_a_large_insert_keeps_postings_and_counts_in_one_statement(synthetic: Library) -> None:
    conn = synthetic.conn
    assert conn.execute("SELECT count(*) FROM question_postings").fetchone()[0] == 3 * QUESTIONS
    counts = dict(conn.execute("SELECT term, doc FROM question_terms WHERE term LIKE 'haeufig%'").fetchall())
    assert counts == {"haeufig0": QUESTIONS // 3, "haeufig1": QUESTIONS // 3, "haeufig2": QUESTIONS // 3}
    assert synthetic.integrity_ok()


def test_windows_are_the_newest_matching_ids(synthetic: Library) -> None:
    rows = _ids(synthetic)
    rare = [
        Term("selten5", 31, df=31),
        Term("begriff5", 600, df=600),
        Term("haeufig2", 2001, df=10_000),
        Term("begriff", 2001, True, df=2001),
    ]
    every, each = windows(synthetic.conn, rare)
    assert each == [_newest(rows, term) for term in rare]
    assert every == _newest(rows, *rare[:3]) and 0 < len(every) < WINDOW


def test_a_prefix_leads_or_follows_in_the_all_terms_window(synthetic: Library) -> None:
    rows = _ids(synthetic)
    both = [Term("selten1", 31, df=31), Term("begriff1", 600, True, df=600)]
    assert windows(synthetic.conn, both)[0] == _newest(rows, *both)
    led = [Term("selten99", 30, True, df=30), Term("haeufig0", 2001, df=10_000)]
    assert windows(synthetic.conn, led)[0] == _newest(rows, *led)


def _plans(lib: Library, rare: list[Term]) -> list[str]:
    """The plans (run, with buffers) of every statement the windows function runs, as
    ``auto_explain`` reports them to the client; and the windows' ids are checked by the caller."""
    messages: list[str] = []
    raw = lib.conn.raw
    raw.add_notice_handler(lambda notice: messages.append(str(notice.message_primary)))
    lib.conn.execute("LOAD 'auto_explain'")
    for setting in ("log_analyze", "log_buffers", "log_nested_statements"):
        lib.conn.execute(f"SET auto_explain.{setting} = on")
    lib.conn.execute("SET auto_explain.log_min_duration = 0")
    lib.conn.execute("SET plan_cache_mode = force_custom_plan")  # plans show the terms, not $1
    lib.conn.execute("SET client_min_messages = log")
    try:
        windows(lib.conn, rare)
    finally:
        lib.conn.execute("SET auto_explain.log_min_duration = -1")
        lib.conn.execute("RESET client_min_messages")
        lib.conn.execute("RESET plan_cache_mode")
    return messages


def _together_plan(plans: list[str]) -> str:
    """The plan of the all-terms window's statement (a fixed one, or one made for a prefix)."""
    return next(p for p in plans if "FROM question_postings a" in p or "AS j WHERE true" in p)


def _leader(plan: str) -> str:
    """The index condition of the leading list's scan (``question_postings a``)."""
    lines = plan.splitlines()
    at = next(i for i, line in enumerate(lines) if re.search(r" on question_postings a\b", line))
    return lines[at + 1]


def test_the_shortest_posting_list_leads_whatever_the_capped_counts_say(synthetic: Library) -> None:
    rows = _ids(synthetic)
    common = [
        Term("haeufig2", 2001, df=10_000),
        Term("begriff5", 2001, df=600),
        Term("haeufig1", 2001, df=9_000),
    ]
    assert windows(synthetic.conn, common)[0] == _newest(rows, *common)
    assert "term = 'begriff5'" in _leader(_together_plan(_plans(synthetic, common)))


def test_a_list_much_longer_than_the_leading_one_is_probed_a_shorter_one_walked(synthetic: Library) -> None:
    """``functions.MERGED``: haeufig0 (10,000 questions) beside selten3's list (31) is probed, one
    lookup per candidate; beside begriff3's (600) it is walked alongside (a merge join), as
    begriff3's list is beside selten3's (19 times as long). A third list is always probed."""
    rows = _ids(synthetic)
    selten, begriff = Term("selten3", 31, df=31), Term("begriff3", 600, df=600)
    haeufig, third = Term("haeufig0", 2001, df=10_000), Term("haeufig1", 2001, df=10_000)
    for rare, walked, probed in (
        ([selten, haeufig], False, True),
        ([begriff, haeufig], True, False),
        ([selten, begriff, haeufig], True, True),
        ([begriff, haeufig, third], True, True),
    ):
        assert windows(synthetic.conn, rare)[0] == _newest(rows, *rare)
        plan = _together_plan(_plans(synthetic, rare))
        assert ("Merge Join" in plan, plan.count("SubPlan") // 2) == (walked, int(probed)), plan


def test_the_all_terms_window_looks_only_at_the_newest_span(
    synthetic: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As on SQLite (``tiers.since``): ids above the highest id minus SPAN; the one-term windows
    are not bounded."""
    rows = _ids(synthetic)
    terms = [Term("begriff5", 600, df=600), Term("haeufig2", 2001, df=10_000)]
    monkeypatch.setattr(tiers, "SPAN", 5_000)
    every, each = windows(synthetic.conn, terms)
    bound = tiers.since(max(rows))
    assert every == [i for i in _newest(rows, *terms) if i > bound] and every
    assert min(every) > bound and each == [_newest(rows, t) for t in terms]
    assert min(each[0]) < bound


def test_windows_read_only_the_index(synthetic: Library) -> None:
    """After VACUUM the visibility map lets every scan skip the table: no heap fetch, no
    bitmap heap scan, no sequential scan; of ``questions`` only the highest id is read, from its
    primary key (``tiers.since``), and the counts from ``question_terms``' key."""
    rare = [Term("selten7", 31, df=31), Term("begriff7", 600, df=600), Term("haeufig1", 2001, df=10_000)]
    shown = "\n".join(_plans(synthetic, rare))
    scans = [
        line
        for line in shown.splitlines()
        if " Scan " in line and not re.search("(Function|Subquery) Scan", line)
    ]
    assert scans and all("Index Only Scan" in line for line in scans), shown
    assert sum("on question_postings" in line for line in scans) >= 6, shown
    assert all("Heap Fetches: 0" in line for line in shown.splitlines() if "Heap Fetches" in line), shown


def test_removed_and_changed_questions_leave_their_postings(synthetic: Library) -> None:
    conn = synthetic.conn
    conn.execute("UPDATE questions SET norm = 'umbenannt haeufig0' WHERE id % 1000 = 0")
    conn.execute("DELETE FROM questions WHERE id % 1000 = 1")
    assert synthetic.integrity_ok()
    changed = conn.execute("SELECT doc FROM question_terms WHERE term = 'umbenannt'").fetchone()[0]
    assert changed == QUESTIONS // 1000
    held = {
        str(t): int(n)
        for t, n in conn.execute(
            "SELECT t, count(DISTINCT id) FROM questions, unnest(string_to_array(norm, ' ')) AS t GROUP BY t"
        ).fetchall()
    }
    stored = dict(conn.execute("SELECT term, doc FROM question_terms WHERE doc > 0").fetchall())
    assert stored == held


def test_both_engines_bound_the_all_terms_window_alike(
    tmp_path: Path,
    pg_url: str,
    parse_once: Callable[[Path], Document],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With a span of a few dozen ids (as 500,000 is in a library of millions), both engines
    shortlist the same rows."""
    paths = sorted((DATA / "bundestag").glob("21_1*.txt"))[:6]
    with Library(tmp_path / "library.sqlite") as sqlite, Library(pg_url) as postgres:
        for lib in (sqlite, postgres):
            assert import_paths(lib, paths, parse=parse_once).ok
        monkeypatch.setattr(tiers, "SPAN", 40)
        texts = [str(r[0]) for r in sqlite.conn.execute("SELECT text FROM questions ORDER BY id")]
        for text in texts[::4]:
            groups = query_groups(text)
            found = engines.shortlist(sqlite.conn, "question_fts", groups, 40)
            assert engines.shortlist(postgres.conn, "question_fts", groups, 40) == found, text


def test_an_older_team_library_gets_its_postings_on_open(
    new_pg_database: Callable[[], str],
    tmp_path: Path,
    parse_once: Callable[[Path], Document],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A library written before ``0014_concept_postings`` is migrated when a writer opens it:
    the postings are built from the stored questions, and it answers as SQLite does."""
    url = new_pg_database()
    paths = sorted((DATA / "bundestag").glob("21_1*.txt"))[:5]
    older = tuple(m for m in shared.MIGRATIONS if m[0] < "0014")
    with monkeypatch.context() as patch:
        patch.setattr(shared, "MIGRATIONS", older)
        with Library(url) as lib:
            assert import_paths(lib, paths, parse=parse_once).ok
            assert "0014_concept_postings" not in lib.applied_migrations()
    with Library(url) as postgres, Library(tmp_path / "library.sqlite") as sqlite:
        assert "0014_concept_postings" in postgres.applied_migrations()
        assert postgres.integrity_ok()
        assert import_paths(sqlite, paths, parse=parse_once).ok
        texts = [str(r[0]) for r in sqlite.conn.execute("SELECT text FROM questions ORDER BY id")]
        for query in [*texts[::9], "Fingerabdr", "Bahn"]:
            expected = [(h.drucksache, h.number, h.score) for h in sqlite.search(query, 10)]
            assert [(h.drucksache, h.number, h.score) for h in postgres.search(query, 10)] == expected, query
