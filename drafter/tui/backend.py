"""Everything the UI asks of the core, behind one object, called only from worker threads.

The library's SQLite connection lives on one dedicated thread (``_db``): every library call is
handed to it, so workers on any thread can query without sharing a connection across threads.
Long jobs (import, DIP fetch) open their own connection to the same file instead, so searches keep
answering while an import runs (SQLite in WAL mode lets one writer and many readers work at once).

Reading, composing, checking and exporting go through ``drafter.workflow``, exactly as on the
command line: the user's ``[draft]`` settings (own templates, reference document) apply and the
signature comes from the library. The heavy parts of the core (python-docx, jinja2, the parser)
are imported on first use, which keeps the app's start fast.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from drafter.models import Document, Draft, DraftQuestion, Question

if TYPE_CHECKING:
    from drafter.config import DraftSettings, Profile
    from drafter.draft import DraftWarning
    from drafter.library import DocumentSummary, Library, Related, SearchHit
    from drafter.library.drafts import DraftEntry
    from drafter.library.importer import ImportReport

T = TypeVar("T")
ImportProgress = Callable[[int, int, Path, str], None]
FetchProgress = Callable[[int, "int | None", str], None]


class Backend:
    """The core as the UI sees it. ``db`` is the ``--db`` value (None: the usual resolution);
    ``settings`` the ``[draft]`` settings (None: read from the config file on first use)."""

    def __init__(self, db: str | None = None, settings: DraftSettings | None = None) -> None:
        self.db = db
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="drafter-db")
        self._library: Library | None = None
        self._profile: Profile | None = None
        self._settings = settings

    @property
    def settings(self) -> DraftSettings:
        """The ``[draft]`` settings; a malformed config file raises ``ConfigError`` (in German)."""
        if self._settings is None:
            from drafter.config import load_config

            self._settings = load_config().draft
        return self._settings

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
        """Save in the library; a read-only one keeps the draft in the session only (the library
        screen says so, see ``read_only_note``), instead of an error on every keystroke."""
        return self._call(lambda lib: lib.save_draft(draft, name) if lib.writable else draft.id or 0)

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
        """The user's ``[profile]``, read once. A malformed file raises ``ConfigError`` the first
        time (the app reports it) and counts as no profile from then on, so the app keeps working."""
        if self._profile is None:
            from drafter.config import Profile, load_config

            self._profile = Profile()
            self._profile = load_config().profile
        return self._profile

    def save_profile(self, profile: Profile) -> None:
        """Write ``[profile]`` into the config file; new drafts use it from now on."""
        from drafter.config import config_path
        from drafter.profile import save_profile

        save_profile(config_path(), profile)
        self._profile = profile

    def read_only_note(self) -> str | None:
        """Why the library cannot be written (None: it can), for the library screen."""

        def note(lib: Library) -> str | None:
            if lib.read_only is None:
                return None
            return lib.read_only.message(lib.label, "Speichern") + " Entwürfe vor dem Beenden exportieren."

        return self._call(note)

    def check(self, draft: Draft) -> list[DraftWarning]:
        from drafter import workflow

        return self._call(lambda lib: workflow.check(lib, draft))

    def import_paths(self, paths: Sequence[Path], progress: ImportProgress) -> ImportReport:
        """Import files and folders on a connection of the calling thread (see module docstring)."""
        from drafter.library import open_library
        from drafter.library.importer import import_paths, refused
        from drafter.workflow import read_classified

        with open_library(self.db) as lib:
            if not lib.writable:
                return refused(lib, list(paths))
            return import_paths(lib, list(paths), progress=progress, parse=read_classified)

    def fetch(
        self, numbers: Sequence[str], progress: FetchProgress, notice: Callable[[str], None] | None = None
    ) -> tuple[str, list[str]]:
        """Fetch Drucksachen from DIP into the library (network: only when the user asks).

        ``notice`` hears, in German, of every long wait (a timeout, a server asking to retry later),
        so the app does not seem frozen. Returns DIP's German summary line and the notes on every
        number that did not simply land.
        """
        from drafter.config import load_config
        from drafter.dip.client import DipClient
        from drafter.dip.fetch import fetch_numbers
        from drafter.dip.report import notes, summarize
        from drafter.library import open_library

        dip = load_config().dip
        client = DipClient(dip.base_url, dip.api_key, min_interval=dip.min_interval, notify=notice)
        with open_library(self.db) as lib, client:
            report = fetch_numbers(lib, client, list(numbers), allow_pdf=dip.allow_pdf, progress=progress)
        return summarize(report), notes(report.outcomes)

    @staticmethod
    def parse(path: Path) -> Document:
        """Read and classify a file (shown without importing it)."""
        from drafter.workflow import read_classified

        return read_classified(path)

    def compose(self, docs: Sequence[Document], select: Collection[str], today: dt.date | None) -> Draft:
        """The draft for the marked items ``select`` of ``docs``, signed from the library."""
        from drafter import workflow

        settings, profile = self.settings, self.profile
        return self._call(
            lambda lib: (
                workflow.compose(
                    lib, docs, settings, select=select, include_partial=True, today=today, profile=profile
                ).draft
            )
        )

    def followup(self, doc: Document, question: Question) -> DraftQuestion:
        from drafter import workflow

        return workflow.followup(doc, question, self.settings)

    def export(self, draft: Draft, path: Path) -> None:
        """Write the draft as Word, on the user's reference document if one is set."""
        from drafter import workflow

        workflow.render(draft, path, "docx", self.settings)
