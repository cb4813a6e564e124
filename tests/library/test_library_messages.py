"""SQLite's reasons reach the user in German, from a real failing statement on a real file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from drafter.library.db import german_detail, translate


def _error(path: Path, statement: str) -> sqlite3.Error:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, name TEXT UNIQUE)")
    conn.execute("INSERT OR IGNORE INTO t(name) VALUES ('a')")
    try:
        conn.execute(statement)
    except sqlite3.Error as error:
        return error
    finally:
        conn.close()
    raise AssertionError("the statement did not fail")


@pytest.mark.parametrize(
    ("statement", "german"),
    [
        ("SELECT * FROM question_terms", "die Tabelle „question_terms“ fehlt"),
        ("SELECT missing FROM t", "die Spalte „missing“ fehlt"),
        ("INSERT INTO t(name) VALUES ('a')", "ein Eintrag ist doppelt (t.name)"),
    ],
)
def test_known_reasons_are_german(tmp_path: Path, statement: str, german: str) -> None:
    error = _error(tmp_path / "lib.sqlite", statement)
    assert german_detail(error).startswith(german)
    message = translate(error, "lib.sqlite").message
    assert message.startswith("Fehler in der Fragenbibliothek „lib.sqlite“: ") and german in message
    assert "no such" not in message and "constraint" not in message


def test_an_unknown_reason_is_quoted_as_sqlite_s_own() -> None:
    assert german_detail(sqlite3.OperationalError("something new")) == "SQLite meldet „something new“"
