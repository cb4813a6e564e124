"""Everything the UI asks of the core, behind one object, called only from worker threads.

The library's SQLite connection lives on one dedicated thread (``_db``): every library call is
handed to it, so workers on any thread can query without sharing a connection across threads.
Long jobs (import, DIP fetch) open their own connection to the same file instead, so searches keep
answering while an import runs (SQLite in WAL mode lets one writer and many readers work at once).

The heavy parts of the core (python-docx, jinja2, the parser) are imported on first use, which keeps
the app's start fast.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from drafter.models import Document, Draft, DraftQuestion, Question

if TYPE_CHECKING:
    from drafter.config import Profile
    from drafter.draft import DraftWarning
    from drafter.library import DocumentSummary, Library, Related, SearchHit
    from drafter.library.drafts import DraftEntry
    from drafter.library.importer import ImportReport

T = TypeVar("T")
ImportProgress = Callable[[int, int, Path, str], None]
FetchProgress = Callable[[int, "int | None", str], None]


class Backend:
    """The core as the UI sees it. ``db`` is the ``--db`` value (None: the usual resolution)."""

    def __init__(self, db: str | None = None) -> None:
        self.db = db
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="drafter-db")
        self._library: Library | None = None
        self._profile: Profile | None = None

    def _call(self, job: Callable[[Library], T]) -> T:
        """Run ``job`` with the shared library on the database thread and wait for its result."""
        return self._db.submit(lambda: job(self._open())).result()

    def _open(self) -> Library:
        if self._library is None:
            from drafter.library import open_library

            self._library = open_library(self.db)
        return self._library

    def close(self) -> None:
        """Close the library connection (on its own thread) and stop the database thread."""

        def _close() -> None:
            if self._library is not None:
                self._library.close()
                self._library = None

        self._db.submit(_close).result()
        self._db.shutdown(wait=True)

    def documents(self) -> list[DocumentSummary]:
        return self._call(lambda lib: lib.documents())

    def get_document(self, number: str) -> Document | None:
        return self._call(lambda lib: lib.get_document(number))

    def search(self, text: str, limit: int = 50) -> list[SearchHit]:
        return self._call(lambda lib: lib.search(text, limit=limit))

    def related(self, drucksache: str, question: str) -> Related:
        return self._call(lambda lib: lib.related(drucksache, question))

    def latest_draft(self) -> Draft | None:
        return self._call(lambda lib: lib.latest_draft())

    def save_draft(self, draft: Draft, name: str | None = None) -> int:
        return self._call(lambda lib: lib.save_draft(draft, name))

    def draft_entries(self) -> list[DraftEntry]:
        return self._call(lambda lib: lib.draft_entries())

    def load_draft(self, draft_id: int) -> tuple[Draft, str]:
        """A saved draft and its name."""
        return self._call(lambda lib: (lib.load_draft(draft_id), lib.draft_name(draft_id)))

    def draft_name(self, draft_id: int) -> str:
        return self._call(lambda lib: lib.draft_name(draft_id))

    def rename_draft(self, draft_id: int, name: str) -> None:
        self._call(lambda lib: lib.rename_draft(draft_id, name))

    def delete_draft(self, draft_id: int, *, restore: bool = False) -> None:
        self._call(lambda lib: lib.delete_draft(draft_id, restore=restore))

    @property
    def profile(self) -> Profile:
        """The user's ``[profile]`` (read once; a malformed file raises ``ConfigError``)."""
        if self._profile is None:
            from drafter.config import load_config

            self._profile = load_config().profile
        return self._profile

    def save_profile(self, profile: Profile) -> None:
        """Write ``[profile]`` into the config file; new drafts use it from now on."""
        from drafter.config import config_path
        from drafter.profile import save_profile

        save_profile(config_path(), profile)
        self._profile = profile

    def check(self, draft: Draft) -> list[DraftWarning]:
        from drafter.draft import check_draft

        return self._call(lambda lib: check_draft(draft, lib))

    def import_paths(self, paths: Sequence[Path], progress: ImportProgress) -> ImportReport:
        """Import files and folders on a connection of the calling thread (see module docstring)."""
        from drafter.library import open_library
        from drafter.library.importer import import_paths

        with open_library(self.db) as lib:
            return import_paths(lib, list(paths), progress=progress)

    def fetch(self, numbers: Sequence[str], progress: FetchProgress) -> tuple[str, list[str]]:
        """Fetch Drucksachen from DIP into the library (network: only when the user asks).

        Returns DIP's German summary line and the notes on every number that did not simply land.
        """
        from drafter.config import load_config
        from drafter.dip.client import DipClient
        from drafter.dip.fetch import fetch_numbers
        from drafter.dip.report import notes, summarize
        from drafter.library import open_library

        dip = load_config().dip
        client = DipClient(dip.base_url, dip.api_key, min_interval=dip.min_interval)
        with open_library(self.db) as lib, client:
            report = fetch_numbers(lib, client, list(numbers), allow_pdf=dip.allow_pdf, progress=progress)
        return summarize(report), notes(report.outcomes)

    @staticmethod
    def parse(path: Path) -> Document:
        from drafter.parse import parse_file

        return parse_file(path)

    @staticmethod
    def compose(docs: Sequence[Document], select: Collection[str], today: dt.date | None) -> Draft:
        from drafter.draft import compose_followup

        return compose_followup(docs, select=select, include_partial=True, today=today)

    @staticmethod
    def followup(doc: Document, question: Question) -> DraftQuestion:
        from drafter.draft import followup_question

        return followup_question(doc, question)

    @staticmethod
    def export(draft: Draft, path: Path) -> None:
        from drafter.draft import write_docx

        write_docx(draft, path)
