"""Read the text layer of a printed Drucksache PDF: body lines in reading order, with type size.

This module owns the PDF edge of the parser. It uses PDFium (pypdfium2), fast enough for whole
folders, and guarantees for :func:`read_pdf`:

* lines of all pages, top to bottom; fragments on one baseline (the first-page header
  "Deutscher Bundestag … Drucksache 19/21876") form one line, left to right;
* running heads and feet are gone: lines at the top or bottom edge of a page, inside a band of
  ``pdf_layout.BAND`` of the page height, that carry the page number ("Deutscher Bundestag – 19. Wahlperiode
  – 5 – Drucksache 19/21876", "– 5 –", "Seite 5 von 9") or repeat, digits aside, at the edge of
  many pages. Other lines there (the first-page header block, the transmission note at the foot of
  page 1, a joint-answer line that starts a page) stay;
* ``small[i]`` is True when line ``i`` is set clearly smaller than the body type of the document:
  questions are printed in about 9.6 pt, answers in about 10.7 pt;
* a letter-spaced heading reads "V o r b e m e r k u n g  d e r  F r a g e s t e l l e r", two
  spaces between words as in DIP text (PDFium gives one everywhere; the gaps tell the words);
* a hyphen that ends a line stays at the end of that line as "-": PDFium marks it (U+FFFE or
  U+0002) and would otherwise run the two lines together. Joining the word is left to
  :func:`drafter.parse.dehyphenate.dehyphenate_lines`, which knows German compounds.

A file without any text (a scan) and a file PDFium cannot open (corrupt, truncated, encrypted)
raise :class:`drafter.errors.InputError` naming the file.
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium

from drafter.errors import InputError
from drafter.inputs import shown
from drafter.parse.pdf_layout import Line, read_page

SMALL_RATIO = 0.95
"""A line is small below this share of the body size (9.6 / 10.7 pt = 0.90)."""
BODY_MIN_SHARE = 0.1
"""A size a step above the body candidate is the body when it carries this share of characters."""
BODY_MAX_STEP = 1.25
"""Answers are one step above questions (10.7 / 9.6 = 1.11); titles are further (14 / 10.7 = 1.31)."""

PAGE_NUMBER = re.compile(r"^[-–—]?\s*(?:Seite\s+)?(\d{1,4})\s*(?:[-–—]|(?:von|/)\s*\d{1,4})?$", re.IGNORECASE)
NUMBER_BETWEEN_DASHES = re.compile(r"(?:^|\s)[-–—]\s*(\d{1,4})\s*[-–—](?:\s|$)")
DIGITS = re.compile(r"\d+")
_PDFIUM_LOCK = threading.Lock()


@dataclass(frozen=True)
class PdfText:
    """Body lines of a PDF in reading order and, per line, whether it is set in the smaller type."""

    lines: tuple[str, ...]
    small: tuple[bool, ...]


def read_pdf(path: Path) -> PdfText:
    """Read ``path``; raise ``InputError`` for an unreadable PDF or one without a text layer.

    PDFium is not thread-safe, and the TUI parses in worker threads: one lock serialises every use.
    """
    with _PDFIUM_LOCK, _open(path) as document:
        try:
            pages = [read_page(document, index) for index in range(len(document))]
        except pdfium.PdfiumError as error:
            raise InputError(f"{shown(path)}: {_load_problem(str(error))}") from error
    if not any(line.text.strip() for page in pages for line in page):
        raise InputError(
            f"{shown(path)}: Das PDF enthält keine Textebene (gescanntes Dokument?). "
            "Bitte eine PDF-Datei mit Text oder die Textfassung aus DIP verwenden."
        )
    repeated = _repeated_band_texts(pages)
    body = [line for number, page in enumerate(pages) for line in _cut_running(page, number + 1, repeated)]
    return PdfText(lines=tuple(line.text for line in body), small=small_flags(body))


@contextmanager
def _open(path: Path) -> Iterator[pdfium.PdfDocument]:
    """Open the PDF from its bytes and always close it; every failure becomes a German ``InputError``.

    Reading the bytes in Python keeps file names with umlauts working on Windows and leaves no file
    handle open (Windows would lock the file against the user's own editor).
    """
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"{shown(path)}: {_os_problem(error)}") from error
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        raise InputError(f"{shown(path)}: {_load_problem(str(error))}") from error
    try:
        yield document
    finally:
        document.close()


def _os_problem(error: OSError) -> str:
    """German wording for the usual reasons a file cannot be read."""
    if isinstance(error, FileNotFoundError):
        return "Datei nicht gefunden."
    if isinstance(error, PermissionError):
        return "Keine Berechtigung, die Datei zu lesen."
    if isinstance(error, IsADirectoryError):
        return "ist ein Ordner, keine Datei."
    return "Die Datei kann nicht gelesen werden."


def _load_problem(reason: str) -> str:
    """German wording for PDFium's load errors (its message names the cause in English)."""
    if "password" in reason.lower():
        return "Das PDF ist mit einem Passwort geschützt und kann nicht gelesen werden."
    return "Die Datei ist kein lesbares PDF (beschädigt oder unvollständig)."


def _cut_running(page: list[Line], page_number: int, repeated: frozenset[str]) -> list[Line]:
    """Peel running heads and feet off the top and bottom edge of one page.

    Only lines at the edge are looked at, outermost first, and peeling stops at the first line that
    is no running head: a body line that happens to sit in the band is never cut.
    """
    start, end = 0, len(page)
    while start < end and page[start].in_band and _is_running(page[start].text, page_number, repeated):
        start += 1
    while end > start and page[end - 1].in_band and _is_running(page[end - 1].text, page_number, repeated):
        end -= 1
    return page[start:end]


def _is_running(text: str, page_number: int, repeated: frozenset[str]) -> bool:
    """True for this page's number, a head that carries it, or a text that recurs on many pages.

    A bare number that is not this page's number (a table value at the foot) is body text unless
    it recurs, digits folded, at the edge of many pages (page numbers that start at another value).
    """
    stripped = text.strip()
    number = PAGE_NUMBER.match(stripped)
    if not stripped or (number and int(number.group(1)) == page_number):
        return True
    if any(int(match.group(1)) == page_number for match in NUMBER_BETWEEN_DASHES.finditer(stripped)):
        return True
    return DIGITS.sub("#", stripped) in repeated


def _repeated_band_texts(pages: list[list[Line]]) -> frozenset[str]:
    """Texts (digits folded) of the outermost lines that recur on many pages: running heads
    without a page number. At least three pages, and a third of them, must share one."""
    seen: Counter[str] = Counter()
    for page in pages:
        edges = [line for line in (page[:1] + page[-1:]) if line.in_band]
        seen.update({DIGITS.sub("#", line.text.strip()) for line in edges})
    needed = max(3, len(pages) // 3)
    return frozenset(text for text, count in seen.items() if count >= needed)


def small_flags(lines: list[Line]) -> tuple[bool, ...]:
    """Per line: set clearly smaller than the document's body type (see :func:`body_size`)."""
    body = body_size(lines)
    return tuple(line.size > 0 and line.size < body * SMALL_RATIO for line in lines)


def body_size(lines: list[Line]) -> float:
    """The answer type: from the most frequent size, climb to common sizes a step above.

    In an Antwort with long questions and short answers the most frequent size is the question
    type, and with long tables in the answers it is the table type; the answers are then a common
    size one or two steps larger. Titles and headings are larger by more than a step and carry few
    characters; a document in one size has no small lines at all.
    """
    weights: Counter[float] = Counter()
    for line in lines:
        weights[round(line.size, 1)] += len(line.text)
    if not weights:
        return 0.0
    total = sum(weights.values())
    common = [size for size, weight in weights.items() if weight / total >= BODY_MIN_SHARE]
    body = weights.most_common(1)[0][0]
    while steps := [size for size in common if body < size <= body * BODY_MAX_STEP]:
        body = max(steps)
    return body
