"""Library files drafter must not write: from a newer drafter, of another program, read-only, or
at a mistyped path. Each is a real SQLite file driven through the real command line."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from drafter.cli.main import main
from drafter.errors import LibraryError
from drafter.library import Library, open_library
from drafter.library.migrations import SCHEMA_VERSION

ANSWER = "21_2000-antwort.txt"


def _run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _library_with_answer(db: Path, bundestag_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = _run(capsys, "--db", db, "library", "import", bundestag_dir / ANSWER)
    assert code == 0
    # fold the WAL into the file, as a closed library is
    with sqlite3.connect(db, isolation_level=None) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def test_new_library_records_its_schema_version_and_application_id(db_path: Path) -> None:
    Library(db_path).close()
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA application_id").fetchone()[0] == 0x44524654


def test_library_of_a_newer_drafter_is_read_but_never_written(
    db_path: Path, bundestag_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _library_with_answer(db_path, bundestag_dir, capsys)
    with sqlite3.connect(db_path, isolation_level=None) as conn:
        conn.execute("INSERT INTO migrations(name, applied_at) VALUES ('0099_future', datetime('now'))")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 3}")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = _digest(db_path)

    code, out, _ = _run(capsys, "--db", db_path, "library", "list")
    assert code == 0 and "21/2000" in out
    code, _, err = _run(capsys, "--db", db_path, "library", "import", bundestag_dir / "21_1023-antwort.txt")
    assert code == 1
    assert f"„{db_path}“ stammt von einer neueren drafter-Version" in err
    assert "Importieren ist nicht möglich" in err and "Bitte drafter aktualisieren." in err
    assert _digest(db_path) == before
    with open_library(str(db_path)) as lib:
        assert not lib.writable and lib.get_document("21/1023") is None


def test_another_programs_database_is_refused_and_left_as_it_was(
    tmp_path: Path, bundestag_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "places.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        conn.execute("INSERT INTO moz_places(url) VALUES ('https://www.bundestag.de')")
    before = _digest(other)
    for argv in (("library", "import", bundestag_dir / ANSWER), ("library", "list")):
        code, _, err = _run(capsys, "--db", other, *argv)
        assert code == 1 and "Traceback" not in err
        assert f"„{other}“ ist keine Fragenbibliothek von drafter" in err
        assert "Tabelle moz_places" in err and "verändert sie nicht" in err
    assert _digest(other) == before
    with sqlite3.connect(other) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master")]
    assert names == ["moz_places"]


def test_a_foreign_application_id_is_refused_even_without_tables(tmp_path: Path) -> None:
    other = tmp_path / "leer.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("PRAGMA application_id = 1598903374")  # another program's mark, no table yet
    expected = r"leer\.sqlite.*keine Fragenbibliothek.*Programmkennung 0x5f4d544e"
    with pytest.raises(LibraryError, match=expected):
        Library(other)


def test_an_empty_sqlite_file_becomes_a_library(
    tmp_path: Path, bundestag_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "neu.sqlite"
    empty.write_bytes(b"")
    code, out, _ = _run(capsys, "--db", empty, "library", "import", bundestag_dir / ANSWER)
    assert code == 0 and "1 importiert" in out


def test_read_only_library_lists_and_searches_and_says_what_it_cannot_do(
    tmp_path: Path,
    bundestag_dir: Path,
    read_only_view: Callable[[Path], Path],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "archiv"
    folder.mkdir()
    _library_with_answer(folder / "library.sqlite", bundestag_dir, capsys)
    db = read_only_view(folder) / "library.sqlite"
    before = _digest(db)

    code, out, _ = _run(capsys, "--db", db, "library", "list")
    assert code == 0 and "21/2000" in out
    code, out, _ = _run(capsys, "--db", db, "library", "search", "Bundeswehr")
    assert code == 0
    code, out, _ = _run(capsys, "--db", db, "library", "show", "21/2000")
    assert code == 0 and "21/2000" in out
    code, _, err = _run(capsys, "--db", db, "library", "import", bundestag_dir / "21_1023-antwort.txt")
    assert code == 1 and "Traceback" not in err
    assert f"„{db}“ ist schreibgeschützt" in err and "Importieren ist nicht möglich" in err

    monkeypatch.chdir(tmp_path)
    code, out, err = _run(capsys, "--db", db, "followup", "21/2000", "--out", "nachfrage.docx")
    assert code == 0, err
    assert (tmp_path / "nachfrage.docx").read_bytes().startswith(b"PK")
    assert "Entwurf geschrieben: nachfrage.docx" in out
    assert "Speichern des Entwurfs ist nicht möglich" in out and "steht nur in nachfrage.docx" in out
    assert _digest(db) == before


def test_mistyped_db_path_creates_no_folders(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    wrong = tmp_path / "nicht" / "da" / "lib.sqlite"
    code, _, err = _run(capsys, "--db", wrong, "library", "list")
    assert code == 1
    assert f"Den Ordner „{wrong.parent}“ für die Fragenbibliothek" in err and "gibt es nicht" in err
    assert not (tmp_path / "nicht").exists()


def test_default_library_folder_is_still_created(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DRAFTER_DB")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "neu" / "data"))
    with open_library() as lib:
        assert Path(lib.path).parent.is_dir() and lib.writable
