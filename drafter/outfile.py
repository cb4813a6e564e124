"""Output files written through a temporary file, as a user would expect of any program.

Drafts are written to ``.NAME.xxxx.tmp`` beside the target and moved into place with ``os.replace``
(never half a file). ``mkstemp`` creates that file with mode 0600, which would make a replaced
draft private to its writer, on a shared folder invisible to colleagues. So the temporary file
takes the existing file's mode, or for a new file the mode the user's umask gives (0644 under the
usual 022). A crash between the two steps leaves the temporary file behind: the next save of the
same name removes the ones old enough that no other save can still be writing them.
"""

from __future__ import annotations

import contextlib
import os
import stat
import threading
import time
from pathlib import Path

STALE_SECONDS = 3600.0
"""A temporary file untouched this long belongs to a save that crashed, not to one in progress."""

_UMASK_LOCK = threading.Lock()


def temp_prefix(path: Path) -> str:
    return f".{path.name}."


def clean_stale(path: Path) -> list[Path]:
    """Remove leftover ``.NAME.*.tmp`` files of ``path`` older than ``STALE_SECONDS``; returns them."""
    folder = path.parent if str(path.parent) else Path(".")
    removed = []
    cutoff = time.time() - STALE_SECONDS
    try:
        candidates = list(folder.glob(f"{_glob_escape(temp_prefix(path))}*.tmp"))
    except OSError:
        return []
    for candidate in candidates:
        try:
            if candidate.is_file() and candidate.stat().st_mtime < cutoff:
                candidate.unlink()
                removed.append(candidate)
        except OSError:
            continue  # another program holds it; the next save tries again
    return removed


def _glob_escape(text: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in text)


def keep_mode(temp: str | Path, path: Path) -> None:
    """Give ``temp`` the mode ``path`` has, or the umask's default for a new file."""
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        mode = 0o666 & ~current_umask()
    # A file system without modes (some network shares) refuses: the file is written all the same.
    with contextlib.suppress(OSError):
        os.chmod(temp, mode)


def current_umask() -> int:
    """The process umask (reading it means setting it; the lock keeps threads from racing)."""
    with _UMASK_LOCK:
        mask = os.umask(0o022)
        os.umask(mask)
    return mask
