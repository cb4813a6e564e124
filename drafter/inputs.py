"""Which files a command reads: one collector for ``parse``, ``library import``, ``followup`` and the UI.

Every command accepts files and folders; folders are searched recursively for ``.txt`` and ``.pdf``
files, in name order. What cannot be read is named with its German reason instead of being skipped
in silence or blocking: a missing path, a FIFO or device (reading one would wait forever), a folder
without documents (also one named ``x.txt``), a file beyond the size limit. When nothing is left
to read, the command fails with "nichts zu tun" instead of reporting success.

File names need not be valid UTF-8 (network drives, archives made on Windows): ``shown`` turns such
a name into text that can be printed and stored, reading the odd bytes as Windows-1252, which is
what such names almost always are.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from drafter.errors import InputError

SUFFIXES = (".txt", ".text", ".pdf")
MAX_TEXT_BYTES = 16 * 1024 * 1024
"""A text file beyond this is no single Drucksache: the longest Antwort of the 21st Wahlperiode
(21/1335, with its tables) has 3.3 MB."""
MAX_PDF_BYTES = 200 * 1024 * 1024
NOT_REGULAR = "ist keine gewöhnliche Datei (eine Pipe, ein Gerät oder ein Socket) und wird nicht gelesen."


@dataclass(frozen=True)
class Inputs:
    """The files to read, in order, and the paths given that cannot be read, each with its reason."""

    files: tuple[Path, ...]
    problems: tuple[tuple[Path, str], ...]


def shown(path: Path | str) -> str:
    """``path`` as printable, storable text: each part that is not valid UTF-8 is read as
    Windows-1252 (never a lone surrogate, which cannot be written to a terminal or a database)."""
    text = os.fspath(path)
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        pass
    raw = os.fsencode(text)
    parts = [_decode_part(part) for part in raw.split(b"/")]
    return "/".join(parts)


def _decode_part(part: bytes) -> str:
    try:
        return part.decode("utf-8")
    except UnicodeDecodeError:
        return part.decode("cp1252", errors="replace")


def collect(paths: Iterable[Path | str]) -> Inputs:
    """Files to read (folders searched recursively, sorted, no duplicates) and unreadable paths."""
    files: list[Path] = []
    problems: list[tuple[Path, str]] = []
    for path in map(Path, paths):
        found, problem = _expand(path)
        files.extend(found)
        if problem:
            problems.append((path, f"{shown(path)}: {problem}"))
    ok: list[Path] = []
    for file in dict.fromkeys(files):
        problem = size_problem(file)
        if problem:
            problems.append((file, f"{shown(file)}: {problem}"))
        else:
            ok.append(file)
    return Inputs(tuple(ok), tuple(problems))


def _expand(path: Path) -> tuple[list[Path], str | None]:
    kind = _kind(path)
    if kind == "missing":
        return [], "Datei oder Ordner nicht gefunden."
    if kind == "folder":
        found = sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES and _kind(p) == "file")
        if not found:
            return [], "Der Ordner enthält keine Text- oder PDF-Dateien (.txt, .pdf)."
        return found, None
    if kind == "other":
        return (
            [],
            "ist keine gewöhnliche Datei (eine Pipe, ein Gerät oder ein Socket) und wird nicht gelesen.",
        )
    return [path], None


def _kind(path: Path) -> str:
    """ "file", "folder", "other" (FIFO, device, socket) or "missing", without opening anything."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return "missing"
    if stat.S_ISDIR(mode):
        return "folder"
    return "file" if stat.S_ISREG(mode) else "other"


def size_problem(path: Path) -> str | None:
    """Why ``path`` is too large to be one Drucksache, or None."""
    try:
        size = path.stat().st_size
    except OSError:
        return None  # reading it will report the problem
    limit = MAX_PDF_BYTES if path.suffix.lower() == ".pdf" else MAX_TEXT_BYTES
    if size <= limit:
        return None
    megabytes = f"{size / 1_048_576:.1f}".replace(".", ",")
    return (
        f"Die Datei ist zu groß ({megabytes} MB, höchstens {limit // 1_048_576} MB): Eine einzelne "
        "Drucksache ist weit kleiner. Enthält sie mehrere, bitte jede als eigene Datei speichern."
    )


def require_files(inputs: Inputs, given: Iterable[Path | str]) -> None:
    """ "Nichts zu tun" is an error: raise when no file is left to read, naming what was given."""
    if inputs.files:
        return
    reasons = [reason for _, reason in inputs.problems]
    if reasons:
        raise InputError(f"Nichts zu tun: {' '.join(reasons)}")
    names = ", ".join(f"„{shown(p)}“" for p in given)
    raise InputError(f"Nichts zu tun: Keine Datei angegeben ({names}).")
