"""Odd inputs on real files: names that are not UTF-8, UTF-16 text, folders named like files, FIFOs,
empty folders, oversized files and files holding several Drucksachen. Each ends in a German message
naming the file, never a traceback, a hang or a silent success."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from drafter.cli.main import main
from drafter.inputs import MAX_TEXT_BYTES, collect, shown
from drafter.parse import parse_file

BUNDESTAG = Path(__file__).parents[1] / "data" / "bundestag"
ANSWER = BUNDESTAG / "21_1023-antwort.txt"
OTHER = BUNDESTAG / "21_2000-antwort.txt"
THIRD = BUNDESTAG / "21_890-antwort.txt"
LATIN1_NAME = b"21_1023-antwort-\xfcberarbeitet.txt"  # "überarbeitet" as a Windows archive stores it


def _drafter(*args: str | Path, timeout: float = 120) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "PYTHONIOENCODING": ""}
    command = [sys.executable, "-m", "drafter", *map(str, args)]
    return subprocess.run(command, capture_output=True, timeout=timeout, env=env)


def _latin1_file(folder: Path) -> Path:
    path = Path(os.fsdecode(bytes(folder) + b"/" + LATIN1_NAME))
    path.write_bytes(ANSWER.read_bytes())
    return path


def test_shown_reads_undecodable_name_parts_as_windows_1252(tmp_path: Path) -> None:
    odd = _latin1_file(tmp_path)
    assert shown(odd) == f"{tmp_path}/21_1023-antwort-überarbeitet.txt"
    assert shown(ANSWER) == str(ANSWER)


def test_a_name_that_is_not_utf8_imports_with_the_rest_of_the_folder(tmp_path: Path) -> None:
    inbox = tmp_path / "eingang"
    inbox.mkdir()
    _latin1_file(inbox)
    (inbox / "21_2000-antwort.txt").write_bytes(OTHER.read_bytes())
    db = tmp_path / "lib.sqlite"
    result = _drafter("--db", db, "library", "import", inbox)
    assert result.returncode == 0, result.stderr.decode()
    assert b"Traceback" not in result.stderr
    assert "2 importiert" in result.stdout.decode("utf-8")
    with sqlite3.connect(db) as conn:
        sources = sorted(r[0] for r in conn.execute("SELECT source_path FROM documents"))
    assert sources[0].endswith("21_1023-antwort-überarbeitet.txt")


def test_parse_json_and_followup_of_a_non_utf8_name_write_valid_utf8(tmp_path: Path) -> None:
    odd = _latin1_file(tmp_path)
    result = _drafter("parse", "--json", odd)
    assert result.returncode == 0, result.stderr.decode()
    record = json.loads(result.stdout.decode("utf-8"))  # strict: invalid UTF-8 would raise
    assert record["source"].endswith("21_1023-antwort-überarbeitet.txt")
    out = tmp_path / "nachfrage.docx"
    result = _drafter("--db", tmp_path / "lib.sqlite", "followup", odd, "--out", out)
    assert result.returncode == 0, result.stderr.decode()
    assert out.read_bytes().startswith(b"PK")


def test_a_bad_file_with_a_non_utf8_name_is_named_readably(tmp_path: Path) -> None:
    empty = Path(os.fsdecode(bytes(tmp_path) + b"/leer-\xe4.txt"))
    empty.write_bytes(b"")
    result = _drafter("parse", empty)
    assert result.returncode == 1
    assert "leer-ä.txt: Die Datei ist leer." in result.stderr.decode("utf-8")


@pytest.mark.parametrize(("codec", "bom"), [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")])
def test_utf16_with_bom_reads_like_utf8(tmp_path: Path, codec: str, bom: bytes) -> None:
    """Notepad's "Unicode" and "Unicode big endian" save a BOM, then UTF-16."""
    text = ANSWER.read_text(encoding="utf-8").replace("\n", "\r\n")
    saved = tmp_path / "21_1023-unicode.txt"
    saved.write_bytes(bom + text.encode(codec))
    ours, reference = parse_file(saved), parse_file(ANSWER)
    assert ours.number == "21/1023"
    assert [(q.number, q.text, q.answer) for q in ours.questions] == [
        (q.number, q.text, q.answer) for q in reference.questions
    ]


def test_damaged_utf16_is_a_german_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    saved = tmp_path / "kaputt.txt"
    saved.write_bytes(b"\xff\xfe" + ANSWER.read_text(encoding="utf-8").encode("utf-16-le")[:-1])
    assert main(["parse", str(saved)]) == 1
    err = capsys.readouterr().err
    assert f"{saved}: Die Datei beginnt als UTF-16, ist aber unvollständig oder beschädigt" in err


def test_a_folder_named_like_a_file_and_an_empty_folder_are_nothing_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "antwort.txt"
    folder.mkdir()
    assert main(["parse", str(folder)]) == 1
    err = capsys.readouterr().err
    assert f"Nichts zu tun: {folder}: Der Ordner enthält keine Text- oder PDF-Dateien" in err
    empty = tmp_path / "leer"
    empty.mkdir()
    assert main(["--db", str(tmp_path / "lib.sqlite"), "library", "import", str(empty)]) == 1
    assert f"Nichts zu tun: {empty}: Der Ordner enthält keine" in capsys.readouterr().err


def test_a_fifo_is_named_not_read(tmp_path: Path) -> None:
    """Reading a FIFO nobody writes to waits forever; it is refused without opening it."""
    pipe = tmp_path / "antwort.txt"
    os.mkfifo(pipe)
    started = time.monotonic()
    result = _drafter("parse", pipe, ANSWER, timeout=60)
    assert time.monotonic() - started < 60
    assert result.returncode == 1
    err = result.stderr.decode("utf-8")
    assert f"{pipe}: ist keine gewöhnliche Datei (eine Pipe" in err
    assert "21/1023" in result.stdout.decode("utf-8")  # the real file after it is still read


def test_parse_and_import_collect_the_same_files_recursively(tmp_path: Path) -> None:
    top = tmp_path / "ablage"
    (top / "2025" / "august").mkdir(parents=True)
    (top / "2025" / "august" / "21_1023-antwort.txt").write_bytes(ANSWER.read_bytes())
    (top / "21_2000-antwort.txt").write_bytes(OTHER.read_bytes())
    (top / "notiz.docx").write_bytes(b"PK")
    (top / "falsch.txt").mkdir()
    os.mkfifo(top / "pipe.txt")
    found = collect([top])
    assert [p.name for p in found.files] == ["21_1023-antwort.txt", "21_2000-antwort.txt"]
    result = _drafter("parse", "--json", top)
    assert result.returncode == 0, result.stderr.decode()
    numbers = [json.loads(line)["number"] for line in result.stdout.decode().splitlines()]
    assert numbers == ["21/1023", "21/2000"]


def _several(tmp_path: Path) -> Path:
    joined = tmp_path / "sammlung.txt"
    joined.write_text(
        "\n".join(p.read_text(encoding="utf-8") for p in (ANSWER, OTHER, THIRD)), encoding="utf-8"
    )
    return joined


def test_a_file_of_several_drucksachen_is_refused_naming_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    joined = _several(tmp_path)
    assert main(["parse", str(joined)]) == 1
    err = capsys.readouterr().err
    assert f"{joined}: Die Datei enthält 3 Drucksachen (21/1023, 21/2000, 21/890), nicht eine." in err
    db = tmp_path / "lib.sqlite"
    assert main(["--db", str(db), "library", "import", str(joined), str(ANSWER)]) == 1
    out = capsys.readouterr().out
    assert "1 importiert" in out and "1 fehlgeschlagen" in out and "3 Drucksachen" in out
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 1


def test_an_oversized_file_is_refused_before_it_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = ANSWER.read_bytes()
    big = tmp_path / "riesig.txt"
    with big.open("wb") as stream:
        for _ in range(MAX_TEXT_BYTES // len(text) + 1):
            stream.write(text)
    started = time.monotonic()
    assert main(["--db", str(tmp_path / "lib.sqlite"), "library", "import", str(big)]) == 1
    assert time.monotonic() - started < 10
    captured = capsys.readouterr()
    assert f"Nichts zu tun: {big}: Die Datei ist zu groß (16,0 MB, höchstens 16 MB)" in captured.err
