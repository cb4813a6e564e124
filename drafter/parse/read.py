"""Stage 1, read: bytes on disk to text lines, with the file named in every error.

Text files are UTF-8 (with or without BOM); files saved by older Windows tools in cp1252 load too,
and so does UTF-16 with its byte order mark (Notepad's "Unicode").
Anything else (binary data, an undecodable encoding, an empty file) is an ``InputError`` that names
the file. PDFs go through ``drafter.parse.pdf.read_pdf``, which also flags lines set in the smaller
question type.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from drafter.errors import InputError
from drafter.inputs import shown, size_problem
from drafter.models import Origin

TEXT_SUFFIXES = (".txt", ".text")
PDF_SUFFIX = ".pdf"
_CONTROL = bytes(sorted(set(range(32)) - {9, 10, 12, 13}))
_MAX_CONTROL_SHARE = 0.01


@dataclass(frozen=True)
class SourceText:
    """Raw lines of one input, before any repair.

    ``small`` has one flag per line (True: set in the smaller question type) and is empty when the
    source carries no type sizes. ``origin`` is None when only the text can tell (``.txt`` files).
    """

    lines: tuple[str, ...]
    small: tuple[bool, ...] = ()
    origin: Origin | None = None


def read_source(path: Path) -> SourceText:
    """Read a ``.txt`` or ``.pdf`` file; raise ``InputError`` naming the file for anything else."""
    name = shown(path)
    if not path.exists():
        raise InputError(f"{name}: Datei nicht gefunden.")
    if path.is_dir():
        raise InputError(f"{name}: ist ein Ordner, keine Datei.")
    if not path.is_file():
        raise InputError(
            f"{name}: ist keine gewöhnliche Datei (eine Pipe oder ein Gerät) und wird nicht gelesen."
        )
    too_large = size_problem(path)
    if too_large:
        raise InputError(f"{name}: {too_large}")
    if path.suffix.lower() == PDF_SUFFIX:
        return _read_pdf(path)
    return SourceText(lines=tuple(decode_text(_read_bytes(path), name).splitlines()))


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise InputError(f"{shown(path)}: Datei kann nicht gelesen werden ({error.strerror}).") from error


def _read_pdf(path: Path) -> SourceText:
    """Text and type sizes of a PDF; pypdfium2 is imported only when a PDF is read."""
    from drafter.parse.pdf import read_pdf

    pdf = read_pdf(path)
    return SourceText(lines=tuple(pdf.lines), small=tuple(pdf.small), origin=Origin.PDF)


def decode_text(data: bytes, name: str) -> str:
    """Decode UTF-8 (BOM allowed), UTF-16 by its BOM, or cp1252; refuse empty and binary data."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) and not data.startswith(b"\xff\xfe\x00\x00"):
        return _decode_utf16(data, name)
    if not data.strip():
        raise InputError(f"{name}: Die Datei ist leer.")
    if data.startswith(b"%PDF"):
        raise InputError(f"{name}: Die Datei ist ein PDF, trägt aber nicht die Endung .pdf.")
    if b"\x00" in data or _control_share(data) > _MAX_CONTROL_SHARE:
        raise InputError(f"{name}: Die Datei enthält Binärdaten und ist keine Textdatei.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{name}: Die Zeichenkodierung ist weder UTF-8 noch Windows-1252 (Byte {error.start})."
        ) from error


def _decode_utf16(data: bytes, name: str) -> str:
    """UTF-16 as Notepad saves it ("Unicode", "Unicode big endian"); the BOM gives the byte order."""
    try:
        text = data.decode("utf-16")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{name}: Die Datei beginnt als UTF-16, ist aber unvollständig oder beschädigt "
            f"(Byte {error.start})."
        ) from error
    if not text.strip():
        raise InputError(f"{name}: Die Datei ist leer.")
    if _control_share(text.encode("utf-8")) > _MAX_CONTROL_SHARE:
        raise InputError(f"{name}: Die Datei enthält Binärdaten und ist keine Textdatei.")
    return text


def _control_share(data: bytes) -> float:
    sample = data[:65536]
    return (len(sample) - len(sample.translate(None, _CONTROL))) / len(sample)
