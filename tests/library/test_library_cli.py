"""``drafter library``: help texts, German errors, the summary, and JSON lines valid against the schema."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from drafter.cli.main import main

SCHEMA = json.loads((Path(__file__).parents[1] / "data/schema/search-result.schema.json").read_text())
ACTIONS = ["import", "search", "list", "show", "related", "followups"]


def _drafter(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "drafter", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


def _library(db: Path, *args: str | Path) -> int:
    """``drafter --db DB library ARGS`` in this process (stdout/stderr go to capsys)."""
    return main(["--db", str(db), "library", *map(str, args)])


@pytest.mark.parametrize("action", ACTIONS)
def test_every_action_has_german_help(action: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["library", action, "--help"])
    assert exit_info.value.code == 0
    out = " ".join(capsys.readouterr().out.split())
    assert f"Aufruf: drafter library {action}" in out
    assert any(word in out for word in ("Fragen", "Drucksache", "Dateien", "Dokument"))


def test_non_database_file_is_a_german_error_without_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bericht.sqlite"
    bad.write_bytes(b"PK\x03\x04" + b"\x00" * 2000)
    result = _drafter("--db", str(bad), "library", "search", "Eurodac")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"„{bad}“ ist keine Fragenbibliothek" in result.stderr
    assert bad.read_bytes().startswith(b"PK\x03\x04")


def test_import_summary_and_exit_code(
    db_path: Path, bundestag_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _library(db_path, "import", bundestag_dir / "21_1243-kleine-anfrage.txt") == 0
    summary = "Import abgeschlossen: 1 importiert, 0 ersetzt, 0 unverändert, 0 fehlgeschlagen."
    assert summary in capsys.readouterr().out
    broken = tmp_path / "leer.txt"
    broken.write_text("", encoding="utf-8")
    code = _library(db_path, "import", broken, bundestag_dir / "21_1521-antwort.txt")
    out = capsys.readouterr().out
    assert code == 1
    assert "1 importiert" in out and "1 fehlgeschlagen" in out and "leer.txt" in out


def test_search_json_lines_are_valid_against_the_schema(
    db_path: Path, bundestag_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = ("19_21876-antwort-pdftext.txt", "21_1023-antwort.txt")
    _library(db_path, "import", *(bundestag_dir / name for name in files))
    capsys.readouterr()
    assert _library(db_path, "search", "Eurodac", "Interoperabilität", "--json") == 0
    lines = capsys.readouterr().out.splitlines()
    assert 1 <= len(lines) <= 10
    hits = [json.loads(line) for line in lines]
    for hit in hits:
        jsonschema.validate(hit, SCHEMA)
    assert (hits[0]["drucksache"], hits[0]["number"]) == ("19/21876", "10")
    _library(db_path, "search", "nach", "Jahren", "aufschlüsseln", "--json", "--limit", "3")
    seeds = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(seeds) == 3 and any(hit["kind"] == "seed" for hit in seeds)
    for hit in seeds:
        jsonschema.validate(hit, SCHEMA)


def test_search_table_is_german(
    db_path: Path, bundestag_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _library(db_path, "import", bundestag_dir / "21_1521-antwort.txt")
    capsys.readouterr()
    _library(db_path, "search", "Kosten", "der", "Übung")
    out = capsys.readouterr().out
    assert "Drucksache" in out and "21/1521" in out and "teilweise" in out
    _library(db_path, "search", "Xylophonmanufaktur")
    assert "Keine passenden Fragen gefunden." in capsys.readouterr().out


def test_show_and_list_and_unknown_document(
    db_path: Path, bundestag_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _library(db_path, "import", bundestag_dir / "21_1521-antwort.txt")
    _library(db_path, "list")
    assert "21/1521" in capsys.readouterr().out
    _library(db_path, "show", "21/1521")
    assert "[teilweise] Welche Kosten" in " ".join(capsys.readouterr().out.split())
    assert _library(db_path, "show", "21/9999") == 1
    assert "Drucksache 21/9999 ist nicht in der Bibliothek" in capsys.readouterr().err


def test_related_and_followups_print_the_history(
    db_path: Path, bundestag_dir: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _library(db_path, "import", bundestag_dir / "21_1521-antwort.txt", data_dir / "library")
    capsys.readouterr()
    assert _library(db_path, "followups", "21/1521") == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "21/2950" in out and "21/3100" in out and "beantwortet" in out
    assert _library(db_path, "related", "21/3100", "2") == 0
    out = " ".join(capsys.readouterr().out.split())
    assert out.index("Früher gefragt") < out.index("21/1521") < out.index("Spätere Antworten")
    assert _library(db_path, "followups", "21/3100") == 0
    assert "keine Nachfrage" in capsys.readouterr().out
