"""The seed library: standard building blocks and follow-up wordings from ``questions_db/``.

``questions_db/`` is a shipped folder of reviewable JSON Lines, found by ``drafter.resources``;
``DRAFTER_SEED_DIR`` overrides it.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

from drafter.errors import LibraryError
from drafter.library.normalize import index_text
from drafter.resources import shipped_candidates

SEED_KINDS = ("block", "followup")


def seed_dir() -> Path:
    """The first ``questions_db`` folder that exists, or LibraryError naming where it looked."""
    candidates = _candidates()
    for folder in candidates:
        if folder.is_dir() and any(folder.glob("*.jsonl")):
            return folder
    places = ", ".join(str(c) for c in candidates)
    raise LibraryError(f"Die Startbibliothek questions_db wurde nicht gefunden (gesucht in: {places}).")


def _candidates() -> list[Path]:
    override = os.environ.get("DRAFTER_SEED_DIR")
    if override:
        return [Path(override)]
    return shipped_candidates("questions_db")


def read_seed(folder: Path) -> list[dict[str, str | None]]:
    """All entries of ``folder/*.jsonl`` in file then line order; a bad line is a LibraryError."""
    entries: list[dict[str, str | None]] = []
    for path in sorted(folder.glob("*.jsonl")):
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                entries.append(_entry(path, lineno, line))
    return entries


def _entry(path: Path, lineno: int, line: str) -> dict[str, str | None]:
    try:
        data = json.loads(line)
        entry = {"key": str(data["key"]), "kind": str(data["kind"]), "text": str(data["text"])}
    except (ValueError, KeyError, TypeError) as error:
        raise LibraryError(f"{path}, Zeile {lineno}: kein gültiger Eintrag ({error}).") from error
    if entry["kind"] not in SEED_KINDS:
        raise LibraryError(f"{path}, Zeile {lineno}: unbekannte Art „{entry['kind']}“.")
    category = data.get("category")
    return {**entry, "category": str(category) if category else None}


def load_seed(conn: sqlite3.Connection) -> None:
    """Migration step: insert every seed entry (keys are unique; a re-run would fail loudly)."""
    rows = [
        (e["key"], e["kind"], e["category"], e["text"], index_text(e["text"] or ""))
        for e in read_seed(seed_dir())
    ]
    conn.executemany("INSERT INTO seed_entries(key, kind, category, text, norm) VALUES (?, ?, ?, ?, ?)", rows)
