"""The persistent question library (SQLite) and the fuzzy matching over it.

``open_library`` finds the user's library file: ``--db``, then ``$DRAFTER_DB``, then
``library.sqlite`` in the platform's user data directory (``%LOCALAPPDATA%\\drafter`` on Windows).
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

from drafter.library.records import DocumentSummary, FollowUp, Related, SearchHit
from drafter.library.store import Library

__all__ = ["DocumentSummary", "FollowUp", "Library", "Related", "SearchHit", "default_path", "open_library"]


def default_path(db: str | None = None) -> Path:
    """Where the library lives: ``db`` if given, else ``$DRAFTER_DB``, else the user data dir."""
    chosen = db or os.environ.get("DRAFTER_DB")
    if chosen:
        return Path(chosen).expanduser()
    return Path(user_data_dir("drafter", appauthor=False)) / "library.sqlite"


def open_library(db: str | None = None) -> Library:
    """Open (creating and seeding on first use) the library chosen by ``default_path``.

    Only the user data folder is created when missing; a path the user chose must lie in an
    existing folder (a typo should be an error, not a new folder tree).
    """
    chosen = db or os.environ.get("DRAFTER_DB")
    return Library(default_path(db), create_folder=not chosen)
