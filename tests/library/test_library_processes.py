"""Several processes on one library file: a killed import, and two writers at once.

The imports run the real ``drafter library import`` in child processes. ``DRAFTER_IMPORT_DELAY``
(seconds after each document) keeps a child busy long enough to be killed mid-way. A test that
interrupts a child waits until the first document is committed; the child then pauses for
``PARKED`` seconds, so the signal always finds it mid-import, however loaded the machine is (a
short pause let a slow parent miss the window and find the child already done).
"""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from drafter.library import Library
from drafter.library.migrations import MIGRATIONS
from drafter.library.seed import read_seed, seed_dir

CORPUS_FILES = 6
PARKED = 60.0


def _wait_for_first_document(db: Path, child: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 120
    while _documents(db) < 1 and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert _documents(db) >= 1 and child.poll() is None, "the import never got to its first document"


def _inbox(bundestag_dir: Path, tmp_path: Path) -> Path:
    """A folder with the first CORPUS_FILES corpus documents (enough to interleave, quick to parse)."""
    inbox = tmp_path / "eingang"
    inbox.mkdir()
    for path in sorted(bundestag_dir.glob("*.txt"))[:CORPUS_FILES]:
        (inbox / path.name).write_bytes(path.read_bytes())
    return inbox


def _import(db: Path, *paths: Path, delay: float = 0.0) -> subprocess.Popen[str]:
    env = {**os.environ, "DRAFTER_IMPORT_DELAY": str(delay)}
    command = [sys.executable, "-m", "drafter", "--db", str(db), "library", "import", *map(str, paths)]
    return subprocess.Popen(
        command,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_as_in_a_terminal,
    )


def _as_in_a_terminal() -> None:
    """Ctrl-C reaches the child as it does a command typed in a terminal. A test run started in the
    background of a non-interactive shell (as CI scripts often are) inherits SIGINT ignored, and
    Python keeps an ignored SIGINT ignored: the interrupt would never arrive."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _documents(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.OperationalError:  # file or table not created yet
        return 0


def _counts(stdout: str) -> dict[str, int]:
    found = re.findall(r"(\d+) (importiert|ersetzt|unverändert|fehlgeschlagen)", stdout)
    return {word: int(number) for number, word in found}


def test_killed_import_leaves_a_consistent_library_and_resumes(
    db_path: Path, bundestag_dir: Path, tmp_path: Path
) -> None:
    inbox = _inbox(bundestag_dir, tmp_path)
    child = _import(db_path, inbox, delay=PARKED)
    _wait_for_first_document(db_path, child)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    done = _documents(db_path)
    assert 1 <= done < CORPUS_FILES
    with Library(db_path) as lib:
        assert lib.integrity_ok()
        for summary in lib.documents():
            doc = lib.get_document(summary.number or "")
            assert doc is not None and doc.questions and sum(summary.counts.values()) == len(doc.questions)
    resumed = _import(db_path, inbox)
    stdout, stderr = resumed.communicate(timeout=120)
    assert resumed.returncode == 0, stderr
    assert _counts(stdout) == {
        "importiert": CORPUS_FILES - done,
        "ersetzt": 0,
        "unverändert": done,
        "fehlgeschlagen": 0,
    }
    assert _documents(db_path) == CORPUS_FILES


def test_ctrl_c_stops_the_import_cleanly_and_the_next_run_resumes(
    db_path: Path, bundestag_dir: Path, tmp_path: Path
) -> None:
    inbox = _inbox(bundestag_dir, tmp_path)
    child = _import(db_path, inbox, delay=PARKED)
    _wait_for_first_document(db_path, child)
    child.send_signal(signal.SIGINT)
    _, stderr = child.communicate(timeout=120)  # a guard against a hang, not a speed limit
    assert child.returncode == 130
    assert "abgebrochen" in stderr and "Traceback" not in stderr
    done = _documents(db_path)
    with Library(db_path) as lib:
        assert lib.integrity_ok()
    resumed = _import(db_path, inbox)
    stdout, _ = resumed.communicate(timeout=120)
    assert _counts(stdout)["unverändert"] == done
    assert _documents(db_path) == CORPUS_FILES


def test_two_writers_at_once_lose_nothing(db_path: Path, bundestag_dir: Path, tmp_path: Path) -> None:
    inbox = _inbox(bundestag_dir, tmp_path)
    first = _import(db_path, inbox, delay=0.15)
    second = _import(db_path, *sorted(inbox.glob("*.txt"), reverse=True), delay=0.15)
    results = [child.communicate(timeout=180) for child in (first, second)]
    for child, (_, stderr) in zip((first, second), results, strict=True):
        assert child.returncode == 0, stderr
    counts = [_counts(stdout) for stdout, _ in results]
    assert counts[0]["importiert"] + counts[1]["importiert"] == CORPUS_FILES
    assert counts[0]["importiert"] and counts[1]["importiert"]  # both really wrote, from opposite ends
    assert counts[0]["fehlgeschlagen"] == counts[1]["fehlgeschlagen"] == 0
    with Library(db_path) as lib:
        assert lib.integrity_ok()
        assert len(lib.documents()) == CORPUS_FILES
    with sqlite3.connect(db_path) as conn:
        seeds = conn.execute("SELECT count(*) FROM seed_entries").fetchone()[0]
        migrations = conn.execute("SELECT count(*) FROM migrations").fetchone()[0]
    assert seeds == len(read_seed(seed_dir()))
    assert migrations == len(MIGRATIONS)


def test_two_libraries_open_in_one_process_see_each_others_writes(db_path: Path) -> None:
    from drafter.models import Draft

    with Library(db_path) as writer, Library(db_path) as reader:
        draft_id = writer.save_draft(Draft(title="Von der Kommandozeile"))
        assert reader.load_draft(draft_id).title == "Von der Kommandozeile"
