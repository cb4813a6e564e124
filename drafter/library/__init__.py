"""The persistent question library (a SQLite file, or a team library on PostgreSQL).

``open_library`` finds the user's library: ``--db``, then ``$DRAFTER_DB``, then ``[library] url``
in config.toml, then ``library.sqlite`` in the platform's user data directory
(``%LOCALAPPDATA%\\drafter`` on Windows). Each may be a file path or a ``postgresql://`` URL; a
URL is never taken for a file name.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

from drafter.config import load_config
from drafter.errors import LibraryError
from drafter.library import pg
from drafter.library.records import DocumentSummary, FollowUp, Related, SearchHit
from drafter.library.store import Library

__all__ = [
    "DocumentSummary",
    "FollowUp",
    "Library",
    "Related",
    "SearchHit",
    "default_path",
    "location",
    "open_library",
]


def default_path(db: str | None = None) -> Path:
    """Where the library file lives: ``db`` if given, else ``$DRAFTER_DB``, else the user data dir."""
    chosen = db or os.environ.get("DRAFTER_DB")
    if chosen:
        if pg.is_url(chosen):
            raise LibraryError(f"„{pg.redacted(chosen)}“ ist eine Server-Adresse, keine Datei.")
        return Path(chosen).expanduser()
    return Path(user_data_dir("drafter", appauthor=False)) / "library.sqlite"


def _chosen(db: str | None) -> str | None:
    """What the user chose: ``--db``, ``$DRAFTER_DB`` or ``[library] url``; None for the default."""
    return db or os.environ.get("DRAFTER_DB") or load_config().library.url


def location(db: str | None = None) -> str | Path:
    """The chosen library: a ``postgresql://`` URL as given, or a file path (``default_path``)."""
    chosen = _chosen(db)
    if chosen and pg.is_url(chosen):
        return chosen.strip()
    return default_path(chosen)


def open_library(db: str | None = None) -> Library:
    """Open (creating and seeding on first use) the library chosen by ``location``.

    Only the user data folder is created when missing; a path the user chose must lie in an
    existing folder (a typo should be an error, not a new folder tree).
    """
    return Library(location(db), create_folder=_chosen(db) is None)
