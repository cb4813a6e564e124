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
from drafter.models import Document

SUFFIXES = inputs.SUFFIXES
OUTCOMES = ("imported", "replaced", "unchanged", "failed")

Progress = Callable[[int, int, Path, str], None]
"""Called after each file with (files done, files in total, the file, its outcome)."""


@dataclass
class ImportReport:
    """Which files ended how; ``failed`` pairs each file with the German reason.

    ``not_stored`` holds the files a read-only library could not take (``note`` says why): they can
    still be read and shown, just not kept.
    """

    imported: list[Path] = field(default_factory=list)
    replaced: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)
    not_stored: list[Path] = field(default_factory=list)
    note: str = ""

    @property
    def ok(self) -> bool:
        return not self.failed and not self.not_stored

    def summary(self) -> str:
        """One German line: "3 importiert, 1 ersetzt, 2 unverändert, 1 fehlgeschlagen"."""
        line = (
            f"{len(self.imported)} importiert, {len(self.replaced)} ersetzt, "
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


def import_file(lib: Library, path: Path, parse: Callable[[Path], Document]) -> str:
    """Import one file; returns its outcome. Raises DrafterError (or OSError) on failure."""
    digest = file_hash(path)
    if lib.has_source(digest):
        return "unchanged"
    doc = parse(path)
    return lib.import_document(doc, source_hash=digest, meta={"path": inputs.shown(path.resolve())})


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


def _read_classified(path: Path) -> Document:
    """Read and classify (``drafter.workflow.read_classified``, which the CLI and the UI pass as
    ``parse``), imported late so the library loads without the parser and the classifier."""
    from drafter.classify import classify_document
    from drafter.parse import parse_file

    return classify_document(parse_file(path))


def _one(lib: Library, path: Path, parse: Callable[[Path], Document], report: ImportReport) -> str:
    try:
        outcome = import_file(lib, path, parse)
    except DrafterError as error:
        report.failed.append((path, error.message))
        return "failed"
    except OSError as error:
        report.failed.append((path, f"{inputs.shown(path)}: nicht lesbar ({error.strerror or error})."))
        return "failed"
    getattr(report, outcome).append(path)
    return outcome
