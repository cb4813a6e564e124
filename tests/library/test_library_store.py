"""The library file: migrations, seed, documents, drafts and German errors, on real SQLite files
(the tests taking ``library_target`` run on a PostgreSQL database too)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from drafter.errors import LibraryError
from drafter.library import Library, default_path, open_library
from drafter.library.migrations import MIGRATIONS
from drafter.library.seed import read_seed, seed_dir
from drafter.models import (
    Category,
    Document,
    Draft,
    DraftQuestion,
    Finding,
    Kind,
    Question,
    SourceRef,
    Status,
)

ANSWER = Document(
    source="a.txt",
    kind=Kind.ANTWORT,
    number="21/100",
    inquiry="21/90",
    title="Testanfrage",
    date=dt.date(2025, 9, 1),
    askers=("A. B.", "C. D."),
    faction="Die Linke",
    ministry="Bundesministerium des Innern",
    references=("21/50",),
    questions=(
        Question("1", "Wie viele Fälle gab es?", "Es gab 12 Fälle.", ("1",), Status.ANSWERED),
        Question(
            "2a",
            "Wann endet die Prüfung?",
            "Die Prüfung ist noch nicht abgeschlossen.",
            ("2a", "2b"),
            Status.OPEN,
            (
                Finding(Category.PENDING, "Die Prüfung ist noch nicht abgeschlossen."),
                Finding(Category.REFERRED, "Es wird auf die Antwort zu Frage 1 verwiesen.", "1", ("1",)),
            ),
        ),
    ),
)


def _count(path: Path, table: str) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_fresh_file_gets_every_migration_once_and_reopens(db_path: Path) -> None:
    with Library(db_path) as lib:
        assert lib.applied_migrations() == [name for name, _ in MIGRATIONS]
    with Library(db_path) as lib:
        assert lib.applied_migrations() == [name for name, _ in MIGRATIONS]
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_seed_loaded_exactly_once_and_searchable(db_path: Path) -> None:
    expected = len(read_seed(seed_dir()))
    assert expected >= 30
    for _ in range(2):
        with Library(db_path):
            pass
    assert _count(db_path, "seed_entries") == expected
    with Library(db_path) as lib:
        hits = lib.search("nach Jahren und Ländern aufschlüsseln", 3)
    assert hits[0].kind == "seed" and hits[0].drucksache is None
    assert hits[0].text == "Bitte nach Jahren und Ländern aufschlüsseln."


def test_seed_has_followup_wording_for_every_category() -> None:
    categories = {e["category"] for e in read_seed(seed_dir()) if e["kind"] == "followup"}
    assert categories == {c.value for c in Category}


def test_document_round_trip(library_target: str) -> None:
    with Library(library_target) as lib:
        assert lib.import_document(ANSWER, source_hash="x", meta={"dip_id": 7}) == "imported"
    with Library(library_target) as lib:
        assert lib.get_document("21/100") == ANSWER
        assert lib.get_document("21/999") is None
        [summary] = lib.documents()
    assert summary.counts == {"answered": 1, "open": 1}
    assert (summary.number, summary.kind, summary.date) == ("21/100", "antwort", dt.date(2025, 9, 1))


def test_same_hash_unchanged_other_hash_replaces(db_path: Path) -> None:
    newer = Document(**{**ANSWER.__dict__, "title": "Neue Fassung", "questions": ANSWER.questions[:1]})
    with Library(db_path) as lib:
        assert lib.import_document(ANSWER, source_hash="x") == "imported"
        assert lib.import_document(ANSWER, source_hash="x") == "unchanged"
        assert lib.import_document(newer, source_hash="y") == "replaced"
        assert lib.get_document("21/100") == newer
        assert lib.integrity_ok()
    assert _count(db_path, "documents") == 1
    assert _count(db_path, "questions") == 1
    assert _count(db_path, "findings") == 0
    assert _count(db_path, "question_fts") == 1


def test_two_files_of_one_drucksache_do_not_flip_on_every_run(library_target: str) -> None:
    """The DIP text and the PDF of one Drucksache in one folder: re-runs leave the library alone."""
    from_pdf = Document(**{**ANSWER.__dict__, "title": "Aus dem PDF"})
    with Library(library_target) as lib:
        assert lib.import_document(ANSWER, source_hash="txt") == "imported"
        assert lib.import_document(from_pdf, source_hash="pdf") == "replaced"
        for _ in range(2):
            assert lib.import_document(ANSWER, source_hash="txt") == "unchanged"
            assert lib.import_document(from_pdf, source_hash="pdf") == "unchanged"
        stored = lib.get_document("21/100")
        assert stored is not None and stored.title == "Aus dem PDF"
        assert lib.has_source("txt") and lib.has_source("pdf") and not lib.has_source("neu")


def test_draft_round_trip_and_listing(library_target: str) -> None:
    draft = Draft(
        title="Nachfrage zu 21/100",
        askers=("A. B.",),
        faction="Die Linke",
        preamble=("Absatz.",),
        questions=(
            DraftQuestion(
                "Ist die Prüfung abgeschlossen?",
                ("Wann?",),
                SourceRef("21/100", "2a", Category.PENDING, "Die Prüfung …"),
            ),
        ),
        signed_on=dt.date(2025, 10, 1),
        signature="X und Fraktion",
        cites=("21/100",),
    )
    with Library(library_target) as lib:
        assert lib.latest_draft() is None
        first = lib.save_draft(draft)
        second = lib.save_draft(Draft(title="Zweiter Entwurf"))
        assert lib.save_draft(Draft(title="Zweiter Entwurf, überarbeitet", id=second)) == second
    with Library(library_target) as lib:
        assert lib.load_draft(first) == Draft(**{**draft.__dict__, "id": first})
        assert [(i, t) for i, t, _ in lib.drafts()] == [
            (second, "Zweiter Entwurf, überarbeitet"),
            (first, "Nachfrage zu 21/100"),
        ]
        latest = lib.latest_draft()
        assert latest is not None and latest.id == second
        with pytest.raises(LibraryError, match=r"Entwurf Nr\. 99"):
            lib.load_draft(99)


def test_not_a_database_is_a_german_error_naming_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "notizen.sqlite"
    bad.write_text("Das ist keine Datenbank, sondern eine Notiz.\n" * 100, encoding="utf-8")
    with pytest.raises(LibraryError, match=r"notizen\.sqlite.*keine Fragenbibliothek"):
        Library(bad)
    assert bad.read_text(encoding="utf-8").startswith("Das ist keine Datenbank")


def test_locked_library_is_a_german_error(db_path: Path) -> None:
    Library(db_path).close()
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with (
            Library(db_path, busy_timeout=0.05, retries=1) as lib,
            pytest.raises(LibraryError, match=r"Bibliothek ist gesperrt.*library\.sqlite"),
        ):
            lib.import_document(ANSWER, source_hash="x")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with Library(db_path) as lib:
        assert lib.import_document(ANSWER, source_hash="x") == "imported"


def test_open_library_resolves_option_then_env_then_user_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DRAFTER_DB", str(tmp_path / "env.sqlite"))
    assert default_path(str(tmp_path / "opt.sqlite")) == tmp_path / "opt.sqlite"
    assert default_path() == tmp_path / "env.sqlite"
    monkeypatch.delenv("DRAFTER_DB")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_path() == tmp_path / "data" / "drafter" / "library.sqlite"
    with open_library() as lib:
        assert lib.applied_migrations()
    assert (tmp_path / "data" / "drafter" / "library.sqlite").is_file()


def test_stale_concepts_are_recomputed_on_open(db_path: Path) -> None:
    """After an upgrade that changes stemming or the lexicon, the index follows on the next open."""
    with Library(db_path) as lib:
        lib.import_document(ANSWER, source_hash="x")
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE questions SET norm = 'veraltet'")
        conn.execute("INSERT INTO question_fts(question_fts) VALUES ('rebuild')")
        conn.execute("UPDATE settings SET value = 'alte-fassung' WHERE key = 'concepts'")
    with Library(db_path) as lib:
        hits = lib.search("Fälle", 3)
        assert hits and hits[0].drucksache == "21/100"
        assert lib.search("veraltet") == []
        assert lib.integrity_ok()


def test_a_normal_install_ships_every_seed_file() -> None:
    """``pip install .`` copies questions_db through pyproject's data-files; no file may be left out."""
    import tomllib

    root = Path(__file__).parents[2]
    config = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["data-files"]["share/drafter/questions_db"]
    shipped = {path for pattern in patterns for path in root.glob(pattern)}
    assert set((root / "questions_db").glob("*.jsonl")) <= shipped
    assert seed_dir() == root / "questions_db"


def test_unusable_paths_are_german_errors(tmp_path: Path) -> None:
    blocker = tmp_path / "datei"
    blocker.write_text("kein Ordner", encoding="utf-8")
    with pytest.raises(LibraryError, match=r"Ordner .* lässt sich nicht anlegen"):
        Library(blocker / "unter" / "library.sqlite", create_folder=True)
    with pytest.raises(LibraryError, match=r"Ordner .*datei/unter.* gibt es nicht"):
        Library(blocker / "unter" / "library.sqlite")
    with pytest.raises(LibraryError, match=r"lässt sich nicht öffnen"):
        Library(tmp_path)


def test_damaged_pages_are_a_german_error(db_path: Path) -> None:
    with Library(db_path) as lib:
        lib.import_document(ANSWER, source_hash="x")
        lib.save_draft(Draft(title="Entwurf"))
        lib.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with db_path.open("r+b") as handle:
        handle.seek(4096 * 3)
        handle.write(b"\xa5" * 4096 * 8)
    with pytest.raises(LibraryError, match=r"library\.sqlite.*beschädigte"), Library(db_path) as lib:
        lib.search("Fälle")
        lib.integrity_ok()


def test_unchanged_reimport_merges_new_metadata_and_keeps_the_rest(library_target: str) -> None:
    doc = Document(source="a.txt", kind=Kind.KLEINE_ANFRAGE, number="21/1", title="T", questions=())
    with Library(library_target) as lib:
        first = lib.import_document(doc, source_hash="h1", meta={"path": "/a.txt", "dip_id": "1"})
        assert first == "imported"
        assert lib.import_document(doc, source_hash="h1", meta={"path": "/b.txt"}) == "unchanged"
        assert lib.document_meta("21/1") == {"path": "/b.txt", "dip_id": "1"}
        assert lib.import_document(doc, source_hash="h1") == "unchanged"
        assert lib.document_meta("21/1") == {"path": "/b.txt", "dip_id": "1"}
