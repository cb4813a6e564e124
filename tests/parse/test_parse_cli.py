"""``drafter parse`` on bad input: a German message naming the file, exit code 1, batch goes on."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from drafter.cli.main import main

DATA = Path(__file__).parents[1] / "data"
BAD = DATA / "bad"
GOOD = DATA / "bundestag" / "21_1521-antwort.txt"

CASES = [
    ("empty.txt", "Die Datei ist leer"),
    ("binary.txt", "enthält Binärdaten"),
    ("undecodable.txt", "weder UTF-8 noch Windows-1252"),
    ("other-type.txt", "ist keine Antwort oder Kleine Anfrage (Gesetzentwurf)"),
    ("truncated-antwort.txt", "Die Antwort ist unvollständig: zu Frage 7 fehlt die Antwort"),
    ("no-questions-antwort.txt", "keine nummerierten Fragen"),
    ("scanned.pdf", "keine Textebene"),
]


@pytest.mark.parametrize(("name", "message"), CASES, ids=[c[0] for c in CASES])
def test_bad_file_gives_a_german_message_and_exit_code_1(
    name: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["parse", str(BAD / name)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert str(BAD / name) in captured.err
    assert message in captured.err
    assert "Traceback" not in captured.err


def test_missing_file_is_named(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "fehlt.txt"
    assert main(["parse", str(missing)]) == 1
    assert f"{missing}: Datei oder Ordner nicht gefunden." in capsys.readouterr().err


def test_one_bad_file_does_not_stop_the_batch(capsys: pytest.CaptureFixture[str]) -> None:
    paths = [str(GOOD), str(BAD / "binary.txt"), str(DATA / "bundestag" / "21_1243-kleine-anfrage.txt")]
    assert main(["parse", "--json", *paths]) == 1
    captured = capsys.readouterr()
    numbers = [json.loads(line)["number"] for line in captured.out.splitlines()]
    assert numbers == ["21/1521", "21/1243"]
    assert captured.err.count("drafter: Datei nicht lesbar:") == 1


def test_the_console_script_exits_non_zero_without_traceback() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "drafter", "parse", str(BAD / "empty.txt"), str(GOOD)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "Die Datei ist leer" in result.stderr
    assert "Traceback" not in result.stderr
    assert "Drucksache 21/1521" in result.stdout


def test_summary_is_german_and_shows_status_and_evidence(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(GOOD)]) == 0
    out = capsys.readouterr().out
    assert "Drucksache 21/1521 – Antwort – Bundeswehrmanöver „Red Storm Bravo“" in out
    assert "9 Fragen:" in out
    assert "offen" in out
    assert "eingestuft" in out
    assert "gemeinsam mit" in out


def test_pdf_input_is_read_through_the_text_layer(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--json", str(DATA / "pdf" / "19_21876-antwort.pdf")]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["origin"] == "pdf"
    assert document["number"] == "19/21876"
    assert len(document["questions"]) == 31
