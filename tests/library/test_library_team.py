"""Many writers on one team library, and copying between a personal file and the team library.

The imports run the real ``drafter library import`` in child processes against a real PostgreSQL
server; ``DRAFTER_IMPORT_DELAY`` keeps a child busy long enough to be killed mid-way.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import psycopg

from drafter.library import Library
from drafter.library.importer import import_paths
from drafter.library.transfer import copy_library
from drafter.models import Document, Draft

CORPUS_FILES = 6


def _inbox(bundestag_dir: Path, tmp_path: Path, name: str = "eingang", files: slice = slice(0, 6)) -> Path:
    inbox = tmp_path / name
    inbox.mkdir()
    for path in sorted(bundestag_dir.glob("*.txt"))[files]:
        (inbox / path.name).write_bytes(path.read_bytes())
    return inbox


def _import(db: str, *paths: Path, delay: float = 0.0) -> subprocess.Popen[str]:
    env = {**os.environ, "DRAFTER_IMPORT_DELAY": str(delay)}
    command = [sys.executable, "-m", "drafter", "--db", db, "library", "import", *map(str, paths)]
    return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _documents(url: str) -> int:
    try:
        with psycopg.connect(url) as conn:
            row = conn.execute("SELECT count(*) FROM documents").fetchone()
            return int(row[0]) if row else 0
    except psycopg.Error:  # tables not created yet
        return 0


def _counts(stdout: str) -> dict[str, int]:
    found = re.findall(r"(\d+) (importiert|ersetzt|unverändert|fehlgeschlagen)", stdout)
    return {word: int(number) for number, word in found}


def _consistent(lib: Library) -> None:
    assert lib.integrity_ok()
    for summary in lib.documents():
        doc = lib.get_document(summary.number or "")
        assert doc is not None and doc.questions and sum(summary.counts.values()) == len(doc.questions)


def test_killed_import_leaves_a_consistent_team_library_and_resumes(
    pg_url: str, bundestag_dir: Path, tmp_path: Path
) -> None:
    inbox = _inbox(bundestag_dir, tmp_path)
    child = _import(pg_url, inbox, delay=0.25)
    deadline = time.monotonic() + 60
    while _documents(pg_url) < 2 and time.monotonic() < deadline:
        time.sleep(0.02)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    done = _documents(pg_url)
    assert 2 <= done < CORPUS_FILES
    with Library(pg_url) as lib:
        _consistent(lib)
    resumed = _import(pg_url, inbox)
    stdout, stderr = resumed.communicate(timeout=120)
    assert resumed.returncode == 0, stderr
    assert _counts(stdout) == {
        "importiert": CORPUS_FILES - done,
        "ersetzt": 0,
        "unverändert": done,
        "fehlgeschlagen": 0,
    }
    assert _documents(pg_url) == CORPUS_FILES


def test_two_offices_import_at_once_without_lock_errors(
    pg_url: str, bundestag_dir: Path, tmp_path: Path
) -> None:
    Library(pg_url).close()  # the schema exists; the two imports race on documents only
    shared = _inbox(bundestag_dir, tmp_path, "gemeinsam", slice(0, 4))
    own = _inbox(bundestag_dir, tmp_path, "eigen", slice(4, 8))
    first = _import(pg_url, shared, own, delay=0.02)
    second = _import(pg_url, shared, delay=0.02)
    outputs = [p.communicate(timeout=180) for p in (first, second)]
    for process, (stdout, stderr) in zip((first, second), outputs, strict=True):
        assert process.returncode == 0, stderr
        assert "gesperrt" not in stdout + stderr
    counts = [_counts(stdout) for stdout, _ in outputs]
    assert counts[0]["importiert"] + counts[1]["importiert"] == 8
    assert counts[0]["unverändert"] + counts[1]["unverändert"] == 4
    with Library(pg_url) as lib:
        _consistent(lib)
        assert len(lib.documents()) == 8


def test_copy_to_the_team_and_back_is_idempotent_and_resumable(
    pg_url: str, bundestag_dir: Path, tmp_path: Path, parse_once: Callable[[Path], Document]
) -> None:
    personal = tmp_path / "persoenlich.sqlite"
    with Library(personal) as lib:
        assert import_paths(lib, [_inbox(bundestag_dir, tmp_path)], parse=parse_once).ok
        lib.save_draft(Draft(title="Nachfrage zur Antwort"))
        expected = lib.documents()
        hits = [(h.drucksache, h.number, h.score) for h in lib.search("Bundespolizei Einsätze")]
    env = {**os.environ, "DRAFTER_IMPORT_DELAY": "0"}
    first = subprocess.run(
        [sys.executable, "-m", "drafter", "--db", str(personal), "library", "copy", "--to", pg_url],
        capture_output=True, text=True, env=env, timeout=180,
    )  # fmt: skip
    assert first.returncode == 0, first.stderr
    assert f"{CORPUS_FILES} kopiert, 0 unverändert" in first.stdout and "1 Entwürfe" in first.stdout
    assert "admin:***@" in first.stdout and pg_url.split(":")[2].split("@")[0] not in first.stdout
    with Library(personal) as source, Library(pg_url) as team:
        assert team.documents() == expected
        assert [(h.drucksache, h.number, h.score) for h in team.search("Bundespolizei Einsätze")] == hits
        again = copy_library(source, team)
        assert again.outcomes == {"unchanged": CORPUS_FILES} and again.drafts == 0
        last = team.conn.execute("SELECT source_hash FROM documents ORDER BY id DESC LIMIT 1").fetchone()
        team.conn.execute("DELETE FROM documents WHERE source_hash = ?", (last[0],))  # as if killed
        team.conn.execute("DELETE FROM sources WHERE hash = ?", (last[0],))  # before its commit
        resumed = copy_library(source, team)
        assert resumed.outcomes == {"unchanged": CORPUS_FILES - 1, "imported": 1}
        _consistent(team)
    offline = tmp_path / "offline.sqlite"
    with Library(pg_url) as team, Library(offline) as copy:
        back = copy_library(team, copy)
        assert back.outcomes == {"imported": CORPUS_FILES} and back.drafts == 1
        assert copy.documents() == expected
        assert [d[1] for d in copy.drafts()] == ["Nachfrage zur Antwort"]
