"""Importing files and folders of Drucksachen (.txt, .pdf) into the library.

Each file is hashed (SHA-256 of its bytes) first: a hash already stored means "unchanged" without
parsing, which is what makes a re-run after an interrupted import cheap, since everything done
before the interruption was committed document by document. A file that cannot be read or parsed
is reported with its German reason and the import goes on with the next one.
``DRAFTER_IMPORT_DELAY`` (seconds, for tests) pauses after each document so a test can kill the
process mid-way.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from drafter import inputs
from drafter.errors import DrafterError
from drafter.library.store import Library
from drafter.models import Document, Kind, Origin

SUFFIXES = inputs.SUFFIXES
OUTCOMES = ("imported", "replaced", "kept", "unchanged", "failed")

Progress = Callable[[int, int, Path, str], None]
"""Called after each file with (files done, files in total, the file, its outcome)."""


@dataclass(frozen=True)
class Kept:
    """A file not taken because the library holds a better copy of its Drucksache ``number``."""

    path: Path
    number: str
    reason: str


@dataclass
class ImportReport:
    """Which files ended how; ``failed`` pairs each file with the German reason.

    ``not_stored`` holds the files a read-only library could not take (``note`` says why): they can
    still be read and shown, just not kept. ``kept`` names the files whose Drucksache stays as the
    library has it (see ``better_copy``).
    """

    imported: list[Path] = field(default_factory=list)
    replaced: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)
    not_stored: list[Path] = field(default_factory=list)
    note: str = ""
    kept: list[Kept] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed and not self.not_stored

    def summary(self) -> str:
        """One German line: "3 importiert, 1 ersetzt, 2 unverändert, 1 fehlgeschlagen"."""
        kept = f", {len(self.kept)} nicht ersetzt (bessere Fassung in der Bibliothek)" if self.kept else ""
        line = (
            f"{len(self.imported)} importiert, {len(self.replaced)} ersetzt{kept}, "
            f"{len(self.unchanged)} unverändert, {len(self.failed)} fehlgeschlagen"
        )
        if self.not_stored:
            line += f", {len(self.not_stored)} nicht gespeichert (Bibliothek schreibgeschützt)"
        return line


def collect(paths: Iterable[Path]) -> tuple[list[Path], list[tuple[Path, str]]]:
    """Files to import and the paths that cannot be read, as ``drafter.inputs.collect`` finds them."""
    found = inputs.collect(paths)
    return list(found.files), list(found.problems)


def refused(lib: Library, paths: Iterable[Path | str]) -> ImportReport:
    """What a read-only library makes of an import: nothing stored, every file listed with the
    reason, so the UI can still open the files and say why they were not kept."""
    files, missing = collect(Path(p) for p in paths)
    note = lib.read_only.message(lib.label, "Importieren") if lib.read_only else ""
    return ImportReport(failed=list(missing), not_stored=files, note=note)


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


_ORIGIN_NAMES = {Origin.DIP: "den DIP-Text", Origin.PDFTEXT: "den Text aus dem PDF", Origin.PDF: "das PDF"}


def _kind(origin: Origin) -> int:
    """How good a text source is: DIP's full text (clean, never re-hyphenated) beats any PDF text."""
    return 1 if origin is Origin.DIP else 0


def better_copy(stored: Document, new: Document) -> str | None:
    """Why ``stored`` stays instead of ``new`` (same Drucksache), or None when ``new`` may replace it.

    DIP text beats text read from a PDF whatever their dates; between two of the same kind the
    newer (by the Drucksache's date) wins, and a copy without a date never displaces a dated one.
    """
    if _kind(stored.origin) != _kind(new.origin):
        if _kind(stored.origin) < _kind(new.origin):
            return None
        return (
            f"Die Bibliothek behält {_ORIGIN_NAMES[stored.origin]} von {stored.number}; "
            f"{_ORIGIN_NAMES[new.origin]} liest sich schlechter und ersetzt ihn nicht."
        )
    if stored.date is not None and (new.date is None or new.date < stored.date):
        return (
            f"Die Bibliothek behält die neuere Fassung von {stored.number} "
            f"(vom {stored.date:%d.%m.%Y}); diese Datei ist älter oder undatiert."
        )
    return None


def import_file(lib: Library, path: Path, parse: Callable[[Path], Document]) -> str:
    """Import one file; returns its outcome. Raises DrafterError (or OSError) on failure."""
    return _import(lib, path, parse)[0]


def _import(lib: Library, path: Path, parse: Callable[[Path], Document]) -> tuple[str, Kept | None]:
    """The outcome, and for "kept" why: a Drucksache stored in a better copy is left alone."""
    digest = file_hash(path)
    if lib.has_source(digest):
        return "unchanged", None
    doc = follow_references(lib, parse(path))
    stored = lib.get_document(doc.number) if doc.number else None
    reason = better_copy(stored, doc) if stored is not None else None
    if reason is not None:
        return "kept", Kept(path, doc.number or "", reason)
    meta: dict[str, object] = {"path": inputs.shown(path.resolve())}
    return lib.import_document(doc, source_hash=digest, meta=meta), None


def import_paths(
    lib: Library,
    paths: Iterable[Path | str],
    progress: Progress | None = None,
    *,
    parse: Callable[[Path], Document] | None = None,
) -> ImportReport:
    """Import every .txt/.pdf under ``paths``, one transaction per document.

    A read-only library refuses up front (``LibraryError``) rather than failing every file.
    """
    lib.require_writable("Importieren")
    given = [Path(p) for p in paths]
    files, missing = collect(given)
    inputs.require_files(inputs.Inputs(tuple(files), tuple(missing)), given)
    report = ImportReport(failed=list(missing))
    delay = float(os.environ.get("DRAFTER_IMPORT_DELAY", "0") or 0)
    for done, path in enumerate(files, 1):
        outcome = _one(lib, path, parse or _read_classified, report)
        if progress is not None:
            progress(done, len(files), path, outcome)
        if delay:
            time.sleep(delay)
    return report


def follow_references(lib: Library, doc: Document) -> Document:
    """``doc`` with its references to Drucksachen this library holds followed to their answers
    (``drafter.classify.chains``): a pointer to an answered question elsewhere is answered."""
    from drafter.classify.chains import follow_drucksachen, referenced

    if not referenced(doc):
        return doc
    answers = {number: stored_answer(lib, number) for number in referenced(doc)}
    return follow_drucksachen(doc, answers.get)


def stored_answer(lib: Library, number: str) -> Document | None:
    """The Antwort stored under ``number``, or the Antwort to the Kleine Anfrage stored under it."""
    doc = lib.get_document(number)
    if doc is not None and doc.kind is not Kind.ANTWORT:
        partner = lib.partner(number)
        doc = lib.get_document(partner) if partner else None
    return doc if doc is not None and doc.kind is Kind.ANTWORT else None


def _read_classified(path: Path) -> Document:
    """Read and classify (``drafter.workflow.read_classified``, which the CLI and the UI pass as
    ``parse``), imported late so the library loads without the parser and the classifier."""
    from drafter.classify import classify_document
    from drafter.parse import parse_file

    return classify_document(parse_file(path))


def _one(lib: Library, path: Path, parse: Callable[[Path], Document], report: ImportReport) -> str:
    try:
        outcome, kept = _import(lib, path, parse)
    except DrafterError as error:
        report.failed.append((path, error.message))
        return "failed"
    except OSError as error:
        report.failed.append((path, f"{inputs.shown(path)}: nicht lesbar ({error.strerror or error})."))
        return "failed"
    if kept is not None:
        report.kept.append(kept)
    else:
        getattr(report, outcome).append(path)
    return outcome
