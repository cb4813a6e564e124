"""The team library on a real PostgreSQL server: addresses, passwords, TLS settings, the CLI.

What both engines share (import, search, links, drafts) is tested on both by the parametrized
suites; this file holds what only a server has.
"""

from __future__ import annotations

import os
import subprocess
import sys
import traceback
from pathlib import Path

import pgcluster
import pytest

from drafter.config import load_config
from drafter.errors import LibraryError
from drafter.library import Library, location, open_library
from drafter.library.pg.dialect import placeholders, rewrite
from drafter.library.pg.url import is_url, redacted, secrets
from drafter.models import Document, Draft, Kind, Question, Status

SECRET = "Geheim-42%3A!"  # percent-encoded in the URL, so its decoded form must stay hidden too


def _cli(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "drafter", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        cwd=cwd,
        timeout=120,
    )


def test_urls_are_told_apart_from_paths_and_redacted() -> None:
    assert is_url("postgresql://a@h/db") and is_url("postgres://a@h/db")
    assert not is_url("C:\\Users\\me\\library.sqlite") and not is_url("~/library.sqlite")
    with pytest.raises(LibraryError, match="weder ein Dateipfad noch eine PostgreSQL-Adresse"):
        is_url("mysql://a:pw@h/db")
    url = f"postgresql://anna:{SECRET}@server:5432/team?sslmode=require&password=zweites"
    shown = redacted(url)
    assert shown == "postgresql://anna:***@server:5432/team?sslmode=require&password=***"
    assert set(secrets(url)) >= {SECRET, "Geheim-42:!", "zweites"}


def test_sqlite_spellings_are_rewritten_for_postgresql() -> None:
    assert placeholders("SELECT '?%' , ? LIKE 'a%'") == "SELECT '?%%' , %s LIKE 'a%%'"
    assert rewrite("INSERT OR IGNORE INTO refs(doc_id, cited) VALUES (?, ?)") == (
        "INSERT INTO refs(doc_id, cited) VALUES (%s, %s) ON CONFLICT DO NOTHING",
        False,
    )
    assert rewrite("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)")[0].endswith(
        "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"
    )
    assert rewrite("INSERT INTO drafts(title) VALUES (?)") == (
        "INSERT INTO drafts(title) VALUES (%s) RETURNING id",
        True,
    )
    assert rewrite("INSERT INTO drafts(title) VALUES (?)", many=True)[1] is False


def test_a_postgresql_value_never_becomes_a_folder(tmp_path: Path, pg_cluster: pgcluster.Cluster) -> None:
    url = f"postgresql://nobody@127.0.0.1:{pgcluster.free_port()}/fehlt?connect_timeout=3"
    done = _cli("--db", url, "library", "list", cwd=tmp_path)
    assert done.returncode == 1
    assert "nicht erreichbar" in done.stderr and "Traceback" not in done.stderr
    assert not list(tmp_path.iterdir())
    other = _cli("--db", "sqlite:///x.db", "library", "list", cwd=tmp_path)
    assert other.returncode == 1 and "weder ein Dateipfad noch eine PostgreSQL-Adresse" in other.stderr
    assert not list(tmp_path.iterdir())


def test_option_then_environment_then_config_choose_the_library(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "config.toml"
    config.write_text(f'[library]\nurl = "{pg_url}"\n', encoding="utf-8")
    monkeypatch.setenv("DRAFTER_CONFIG", str(config))
    assert load_config().library.url == pg_url and pg_url not in repr(load_config())
    monkeypatch.delenv("DRAFTER_DB")
    assert location() == pg_url
    with open_library() as lib:
        assert lib.engine == "postgresql" and "***" in lib.label
    monkeypatch.setenv("DRAFTER_DB", str(tmp_path / "env.sqlite"))
    assert location() == tmp_path / "env.sqlite"
    assert location(pg_url) == pg_url


def test_wrong_password_is_german_and_never_shows_the_password(pg_cluster: pgcluster.Cluster) -> None:
    pg_cluster.sql(f"CREATE ROLE anna LOGIN PASSWORD '{SECRET.replace('%3A', ':')}'")
    pg_cluster.sql("CREATE DATABASE anna OWNER anna")
    good = pg_cluster.url("anna", "anna", SECRET)
    with Library(good) as lib:  # the right password (percent-decoded by libpq) works
        assert lib.engine == "postgresql"
    wrong = pg_cluster.url("anna", "anna", "Falsch-" + SECRET)
    with pytest.raises(LibraryError) as caught:
        Library(wrong)
    message = str(caught.value)
    assert "Benutzername oder Passwort falsch" in message
    assert caught.value.__suppress_context__  # the traceback shows no psycopg error
    shown = message + "".join(traceback.format_exception(caught.value))
    for secret in (SECRET, "Falsch-", "Geheim"):
        assert secret not in shown
    done = _cli("--db", wrong, "library", "search", "Eurodac")
    assert done.returncode == 1 and "Passwort falsch" in done.stderr
    assert "Geheim" not in done.stderr + done.stdout


def test_password_from_pgpassword_and_pgpass(
    pg_cluster: pgcluster.Cluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pg_cluster.sql("CREATE ROLE berta LOGIN PASSWORD 'Berta-Pw-7'")
    pg_cluster.sql("CREATE DATABASE berta OWNER berta")
    without = pg_cluster.url("berta", "berta")
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "leer"))
    with pytest.raises(LibraryError, match="verlangt ein Passwort"):
        Library(without)
    monkeypatch.setenv("PGPASSWORD", "Berta-Pw-7")
    with Library(without) as lib:
        assert "Berta" not in lib.label
    monkeypatch.delenv("PGPASSWORD")
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"127.0.0.1:{pg_cluster.port}:*:berta:Berta-Pw-7\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    with Library(without) as lib:
        assert lib.engine == "postgresql"
    monkeypatch.setenv("PGPASSWORD", "Berta-Falsch-1")
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "leer"))
    with pytest.raises(LibraryError) as caught:
        Library(without)
    assert "Berta-Falsch-1" not in str(caught.value)


def test_sslmode_is_passed_to_the_server(pg_url: str) -> None:
    required = pg_url.replace("sslmode=disable", "sslmode=require")
    with pytest.raises(LibraryError, match="keine verschlüsselte Verbindung"):
        Library(required)
    with Library(pg_url.replace("sslmode=disable", "sslmode=prefer")) as lib:
        assert lib.engine == "postgresql"


def test_another_programs_database_is_refused_untouched(pg_url: str, pg_cluster: pgcluster.Cluster) -> None:
    name = pg_url.rsplit("/", 1)[1].split("?")[0]
    pg_cluster.sql("CREATE TABLE kunden (id int)", database=name)
    with pytest.raises(LibraryError, match="Datenbank eines anderen Programms"):
        Library(pg_url)
    tables = pg_cluster.sql("SELECT string_agg(table_name, ',') FROM information_schema.tables"
                            " WHERE table_schema = 'public'", database=name)  # fmt: skip
    assert tables == "kunden"


def test_drafts_and_concurrent_opening_of_a_new_database(pg_url: str) -> None:
    with Library(pg_url) as first, Library(pg_url) as second:
        draft_id = first.save_draft(Draft(title="Nachfrage Eurodac"))
        assert second.load_draft(draft_id).title == "Nachfrage Eurodac"
        assert [d[0] for d in second.drafts()] == [draft_id]
        assert first.applied_migrations() == second.applied_migrations()


def test_missing_psycopg_is_a_german_hint(pg_url: str) -> None:
    code = (
        "import sys; sys.modules['psycopg'] = None\n"
        "from drafter.cli.main import main\n"
        f"sys.exit(main(['--db', {pg_url!r}, 'library', 'list']))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert 'pip install "drafter[team]"' in done.stderr and "Traceback" not in done.stderr


def test_stale_concepts_are_recomputed_on_open(pg_url: str) -> None:
    doc = Document(
        source="a.txt",
        kind=Kind.ANTWORT,
        number="21/100",
        title="T",
        questions=(Question("1", "Wie viele Fälle gab es?", "12.", ("1",), Status.ANSWERED),),
    )
    with Library(pg_url) as lib:
        lib.import_document(doc, source_hash="x")
        lib.conn.execute("UPDATE questions SET norm = 'veraltet'")
        lib.conn.execute("UPDATE settings SET value = 'alte-fassung' WHERE key = 'concepts'")
        assert lib.search("veraltet")
    with Library(pg_url) as lib:
        hits = lib.search("Fälle", 3)
        assert hits and hits[0].drucksache == "21/100"
        assert lib.search("veraltet") == []
        assert lib.integrity_ok()


def test_read_only_role_searches_but_cannot_import(
    pg_url: str, pg_cluster: pgcluster.Cluster, bundestag_dir: Path
) -> None:
    """The README's reader role: search and drafts to read, every write refused in German."""
    doc = Document(
        source="a.txt",
        kind=Kind.ANTWORT,
        number="21/100",
        title="T",
        questions=(Question("1", "Wie viele Fälle gab es?", "12.", ("1",), Status.ANSWERED),),
    )
    with Library(pg_url) as lib:
        lib.import_document(doc, source_hash="x")
    pg_cluster.sql("CREATE ROLE leserin LOGIN PASSWORD 'Lese-Pw-3' IN ROLE pg_read_all_data")
    reader = pg_url.replace(f"admin:{pg_cluster.password}", "leserin:Lese-Pw-3")
    with Library(reader) as lib:
        assert lib.search("Fälle")[0].drucksache == "21/100"
        with pytest.raises(LibraryError, match="nur lesbar") as caught:
            lib.import_document(doc, source_hash="y")
        assert "Lese-Pw-3" not in str(caught.value)
    sample = sorted(bundestag_dir.glob("*.txt"))[0]
    done = _cli("--db", reader, "library", "import", str(sample))
    assert done.returncode == 1 and "nur lesbar" in done.stdout + done.stderr
    assert "Traceback" not in done.stderr and "Lese-Pw-3" not in done.stdout + done.stderr


def test_a_role_without_temporary_objects_is_told_why_search_fails(
    pg_url: str, pg_cluster: pgcluster.Cluster
) -> None:
    """The search's functions live in ``pg_temp`` (``pg/functions.py``): a role whose right to
    create temporary objects was revoked gets a German message naming the right, no server text."""
    with Library(pg_url) as lib:
        assert lib.search("Fälle")[0].kind == "seed"
    database = pg_url.rsplit("/", 1)[1].split("?")[0]
    pg_cluster.sql(f"REVOKE TEMPORARY ON DATABASE {database} FROM PUBLIC")
    pg_cluster.sql("CREATE ROLE ohnetemp LOGIN PASSWORD 'Ohne-Temp-5' IN ROLE pg_read_all_data")
    reader = pg_url.replace(f"admin:{pg_cluster.password}", "ohnetemp:Ohne-Temp-5")
    with Library(reader) as lib, pytest.raises(LibraryError, match="GRANT TEMPORARY") as caught:
        lib.search("Fälle")
    assert "nur lesbar" not in str(caught.value) and "Ohne-Temp-5" not in str(caught.value)
    pg_cluster.sql(f"GRANT TEMPORARY ON DATABASE {database} TO ohnetemp")
    with Library(reader) as lib:
        assert lib.search("Fälle")[0].kind == "seed"
