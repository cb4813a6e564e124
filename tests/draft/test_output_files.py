"""Draft files on disk: a replaced file keeps its mode, a new one gets the umask's, and temporary
files left by a crashed save are cleaned up by the next save. Real drafts of a real answer."""

from __future__ import annotations

import os
import stat
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from drafter.cli.main import main

EXAMPLE = Path(__file__).parents[2] / "examples" / "19_21876-antwort.txt"


@pytest.fixture
def umask() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


def _followup(tmp_path: Path, out: Path) -> None:
    assert main(["--db", str(tmp_path / "lib.sqlite"), "followup", str(EXAMPLE), "--out", str(out)]) == 0


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("name", ["nachfrage.docx", "nachfrage.md"])
@pytest.mark.parametrize("mode", [0o644, 0o640, 0o664])
def test_a_replaced_draft_keeps_the_mode_of_the_file_it_replaces(
    tmp_path: Path, umask: None, name: str, mode: int
) -> None:
    out = tmp_path / name
    out.write_bytes(b"alte Fassung")
    out.chmod(mode)
    _followup(tmp_path, out)
    assert out.read_bytes() != b"alte Fassung"
    assert _mode(out) == mode


@pytest.mark.parametrize(("mask", "expected"), [(0o022, 0o644), (0o027, 0o640), (0o077, 0o600)])
def test_a_new_draft_gets_the_mode_the_umask_gives(
    tmp_path: Path, umask: None, mask: int, expected: int
) -> None:
    os.umask(mask)
    out = tmp_path / "neu.docx"
    _followup(tmp_path, out)
    assert _mode(out) == expected


def test_stale_temporary_files_of_a_crashed_save_are_removed_fresh_ones_kept(tmp_path: Path) -> None:
    out = tmp_path / "nachfrage.docx"
    stale = tmp_path / ".nachfrage.docx.k3j9x_1a.tmp"
    fresh = tmp_path / ".nachfrage.docx.p0q2w8e4.tmp"
    other = tmp_path / ".bericht.docx.a1b2c3d4.tmp"
    for path in (stale, fresh, other):
        path.write_bytes(b"PK halb geschrieben")
    two_hours_ago = time.time() - 7200
    os.utime(stale, (two_hours_ago, two_hours_ago))
    os.utime(other, (two_hours_ago, two_hours_ago))
    _followup(tmp_path, out)
    assert not stale.exists()
    assert fresh.exists()  # may belong to a save still running
    assert other.exists()  # another file's, not ours to touch
    assert sorted(p.name for p in tmp_path.glob(".nachfrage.docx.*.tmp")) == [fresh.name]
