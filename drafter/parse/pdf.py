"""Read the text layer of a printed Drucksache PDF: body lines in reading order, with type size.

This module owns the PDF edge of the parser. It uses PDFium (pypdfium2), fast enough for whole
folders, and guarantees for :func:`read_pdf`:

* lines of all pages, top to bottom; fragments on one baseline (the first-page header
  "Deutscher Bundestag … Drucksache 19/21876") form one line, left to right;
* running heads and feet are gone: lines at the top or bottom edge of a page, inside a band of
  ``BAND`` of the page height, that carry the page number ("Deutscher Bundestag – 19. Wahlperiode
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

import ctypes
import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from drafter.errors import InputError

BAND = 0.1
"""Share of the page height at the top and at the bottom where running heads and feet sit."""
SMALL_RATIO = 0.95
"""A line is small below this share of the body size (9.6 / 10.7 pt = 0.90)."""
BODY_MIN_SHARE = 0.2
"""The body size is the largest type size that carries at least this share of all characters."""

PAGE_NUMBER = re.compile(r"^[-–—]?\s*(?:Seite\s+)?\d{1,4}\s*(?:[-–—]|(?:von|/)\s*\d{1,4})?$", re.IGNORECASE)
NUMBER_BETWEEN_DASHES = re.compile(r"(?:^|\s)[-–—]\s*(\d{1,4})\s*[-–—](?:\s|$)")
DIGITS = re.compile(r"\d+")


@dataclass(frozen=True)
class PdfText:
    """Body lines of a PDF in reading order and, per line, whether it is set in the smaller type."""

    lines: tuple[str, ...]
    small: tuple[bool, ...]


@dataclass(frozen=True)
class Line:
    """One printed line: its text, vertical centre and left edge (PDF points), and type size."""

    text: str
    centre: float
    left: float
    size: float
    in_band: bool = False


def read_pdf(path: Path) -> PdfText:
    """Read ``path``; raise ``InputError`` for an unreadable PDF or one without a text layer."""
    with _open(path) as document:
        pages = [_read_page(document, index) for index in range(len(document))]
    if not any(line.text.strip() for page in pages for line in page):
        raise InputError(
            f"{path}: Das PDF enthält keine Textebene (gescanntes Dokument?). "
            "Bitte eine PDF-Datei mit Text oder die Textfassung aus DIP verwenden."
        )
    repeated = _repeated_band_texts(pages)
    body = [line for number, page in enumerate(pages) for line in _cut_running(page, number + 1, repeated)]
    return PdfText(lines=tuple(line.text for line in body), small=small_flags(body))


@contextmanager
def _open(path: Path) -> Iterator[pdfium.PdfDocument]:
    """Open the PDF and always close it; turn every load failure into a German ``InputError``."""
    try:
        document = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as error:
        raise InputError(f"{path}: {_load_problem(str(error))}") from error
    except OSError as error:
        raise InputError(f"{path}: Datei kann nicht gelesen werden ({error.strerror}).") from error
    try:
        yield document
    finally:
        document.close()


def _load_problem(reason: str) -> str:
    """German wording for PDFium's load errors (its message names the cause in English)."""
    if "password" in reason.lower():
        return "Das PDF ist mit einem Passwort geschützt und kann nicht gelesen werden."
    return "Die Datei ist kein lesbares PDF (beschädigt oder unvollständig)."


def _read_page(document: pdfium.PdfDocument, index: int) -> list[Line]:
    """Lines of one page in reading order; the page and its text page are closed afterwards."""
    page = document[index]
    try:
        textpage = page.get_textpage()
        try:
            return group_lines(page_lines(textpage, _full_text(textpage)), float(page.get_height()))
        finally:
            textpage.close()
    finally:
        page.close()


def _full_text(textpage: pdfium.PdfTextPage) -> str:
    """The page text in PDFium's text index order (one str index per UTF-16 unit).

    Kept in UTF-16 units (surrogates passed through) so that an index into the string is an
    index for ``FPDFText_GetCharIndexFromTextIndex``.
    """
    count = textpage.count_chars()
    if count <= 0:
        return ""
    buffer = (ctypes.c_ushort * (count + 1))()
    written = pdfium_c.FPDFText_GetText(textpage, 0, count, buffer)
    data = bytes(memoryview(buffer).cast("B"))[: max(written - 1, 0) * 2]
    return data.decode("utf-16-le", errors="surrogatepass")


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
    """True for a page number, a head that carries it, or a text that repeats on many pages."""
    stripped = text.strip()
    if not stripped or PAGE_NUMBER.match(stripped):
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
    """Per line: set clearly smaller than the document's body type (see ``BODY_MIN_SHARE``)."""
    body = body_size(lines)
    return tuple(line.size > 0 and line.size < body * SMALL_RATIO for line in lines)


def body_size(lines: list[Line]) -> float:
    """The largest type size that carries a fair share of the characters.

    The most frequent size would be the question type in an Antwort with long questions and short
    answers; headings and titles are larger but carry few characters.
    """
    weights: Counter[float] = Counter()
    for line in lines:
        weights[round(line.size, 1)] += len(line.text)
    total = sum(weights.values()) or 1
    common = [size for size, weight in weights.items() if weight / total >= BODY_MIN_SHARE]
    return max(common, default=max(weights, default=0.0))


# ---------------------------------------------------------------- lines of one page

LINE_BREAK = re.compile("\r\n|\r|\n|[\ufffe\x02]")
"""PDFium ends a line with CR LF, or with U+FFFE / U+0002 in place of a hyphen at the line end."""
SAMPLES = 5
"""Characters per line whose box and size are read: enough for a majority, cheap on long pages."""
LETTER_SPACED = re.compile(r"^(?:\S ){4,}\S$")
"""A heading set with spaced letters, as PDFium reports it: "V o r b e m e r k u n g d e r …"."""
WORD_GAP = 1.8
"""A gap this many times the usual letter gap separates two words of a letter-spaced heading."""


def segments(text: str) -> Iterator[tuple[int, str]]:
    """Split PDFium's page text into (start index, line text) with line-end hyphens restored."""
    start = 0
    for match in LINE_BREAK.finditer(text):
        hyphen = "-" if match.group() in "\ufffe\x02" else ""
        yield start, text[start : match.start()] + hyphen
        start = match.end()
    yield start, text[start:]


def page_lines(textpage: pdfium.PdfTextPage, text: str) -> list[Line]:
    """Lines in PDFium's order, each with position and type size from a few sampled characters."""
    lines = []
    for start, raw_text in segments(text):
        samples = _samples(raw_text)
        if samples:
            shown = _word_gaps(textpage, start, raw_text) if LETTER_SPACED.match(raw_text) else raw_text
            lines.append(_measure(textpage, _clean(shown), [start + i for i in samples]))
    return lines


def _word_gaps(textpage: pdfium.PdfTextPage, start: int, text: str) -> str:
    """A letter-spaced heading with two spaces between words, as DIP and pdftotext write it.

    PDFium puts one space between every pair of spaced letters; the word gaps are only visible in
    the geometry: they are much wider than the gaps between letters.
    """
    letters = [i for i, char in enumerate(text) if not char.isspace()]
    boxes = [
        textpage.get_charbox(pdfium_c.FPDFText_GetCharIndexFromTextIndex(textpage, start + i))
        for i in letters
    ]
    gaps = [nxt[0] - box[2] for box, nxt in pairwise(boxes)]
    usual = sorted(gaps)[len(gaps) // 2]
    out = text[letters[0]]
    for gap, index in zip(gaps, letters[1:], strict=True):
        out += ("  " if gap > usual * WORD_GAP else " ") + text[index]
    return out


def _samples(text: str) -> list[int]:
    """Up to ``SAMPLES`` positions of printed characters spread over the line, ends included."""
    if len(text) <= SAMPLES:
        return [i for i, char in enumerate(text) if not char.isspace()]
    step = (len(text) - 1) / (SAMPLES - 1)
    spread = {round(k * step) for k in range(SAMPLES)}
    printed = sorted(i for i in spread if not text[i].isspace() and text[i] != "-")
    return printed or [i for i, char in enumerate(text) if not char.isspace()][:SAMPLES]


def _measure(textpage: pdfium.PdfTextPage, text: str, text_indices: list[int]) -> Line:
    """Centre and left edge from the sampled boxes; the size most of the samples share."""
    centres, lefts, sizes = [], [], []
    for text_index in text_indices:
        char_index = pdfium_c.FPDFText_GetCharIndexFromTextIndex(textpage, text_index)
        if char_index < 0:
            continue
        left, bottom, _right, top = textpage.get_charbox(char_index)
        centres.append((bottom + top) / 2)
        lefts.append(left)
        sizes.append(round(float(pdfium_c.FPDFText_GetFontSize(textpage, char_index)), 1))
    if not sizes:
        return Line(text, 0.0, 0.0, 0.0)
    centres.sort()
    return Line(text, centres[len(centres) // 2], min(lefts), Counter(sizes).most_common(1)[0][0])


def _clean(text: str) -> str:
    """Whole code points again (UTF-16 surrogates joined), soft hyphens inside a line dropped."""
    text = text.encode("utf-16-le", errors="surrogatepass").decode("utf-16-le", errors="replace")
    if text.endswith("\u00ad"):
        text = text[:-1] + "-"
    return text.replace("\u00ad", "").rstrip()


def group_lines(lines: list[Line], height: float) -> list[Line]:
    """Order lines top to bottom and join fragments that share a baseline, left to right.

    A single-column page is assumed, as every Drucksache is; fragments count as one line when
    their centres are closer than half the type size.
    """
    ordered = sorted(lines, key=lambda line: (-line.centre, line.left))
    merged: list[list[Line]] = []
    for line in ordered:
        if merged and abs(merged[-1][0].centre - line.centre) < max(line.size, 1.0) / 2:
            merged[-1].append(line)
        else:
            merged.append([line])
    return [_join(group, height) for group in merged]


def _join(group: list[Line], height: float) -> Line:
    """One line from fragments on a baseline; ``in_band`` when it sits in a head or foot band."""
    group.sort(key=lambda line: line.left)
    text = " ".join(line.text.strip() for line in group)
    size = max(group, key=lambda line: len(line.text)).size
    centre = group[0].centre
    in_band = centre > height * (1 - BAND) or centre < height * BAND
    return Line(text, centre, group[0].left, size, in_band)
