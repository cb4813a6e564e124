"""Where an interrupted bulk fetch stands, so the next run with the same query continues there.

A small JSON file in the user data folder (``dip-bulk.json``) maps "library path | query" to the
cursor after the last page that was fully imported, the number of documents handled and the total.
The entry is removed when a run completes, so a later run starts afresh (documents already in the
library then come back "unchanged"). The file is only a bookmark: if it is unreadable it is ignored
and the run starts from the beginning, which is safe because importing is idempotent.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Resume:
    """The bookmark of one query: continue with ``cursor``; ``done`` of ``total`` were handled."""

    cursor: str
    done: int
    total: int


class BulkState:
    """Bookmarks of bulk runs against one library (``scope``, usually its path)."""

    def __init__(self, path: Path, scope: str) -> None:
        self.path = path
        self.scope = scope

    @classmethod
    def for_library(cls, library_path: str) -> BulkState:
        folder = Path(platformdirs.user_data_dir("drafter", appauthor=False))
        plain = library_path == ":memory:" or "://" in library_path  # a team library's redacted URL
        scope = library_path if plain else str(Path(library_path).resolve())
        return cls(folder / "dip-bulk.json", scope)

    def load(self, query_key: str) -> Resume | None:
        entry = self._read().get(self._key(query_key))
        if not isinstance(entry, dict) or not isinstance(entry.get("cursor"), str):
            return None
        return Resume(entry["cursor"], int(entry.get("done", 0)), int(entry.get("total", 0)))

    def save(self, query_key: str, resume: Resume) -> None:
        data = self._read()
        data[self._key(query_key)] = {
            "cursor": resume.cursor,
            "done": resume.done,
            "total": resume.total,
            "saved": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        }
        self._write(data)

    def clear(self, query_key: str) -> None:
        data = self._read()
        if data.pop(self._key(query_key), None) is not None:
            self._write(data)

    def _key(self, query_key: str) -> str:
        return f"{self.scope} | {query_key}"

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as error:
            log.warning("Fortschrittsdatei %s unlesbar (%s); beginne von vorn.", self.path, error)
            return {}
        return data if isinstance(data, dict) else {}

    def _write(self, data: dict[str, Any]) -> None:
        """Write to a temporary file and rename it over the old one, so a crash never leaves half."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_suffix(".tmp")
        temporary.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(temporary, self.path)
