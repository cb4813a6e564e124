"""Lines of one PDF page from PDFium's text page: order, position, type size.

The document-level work (opening, running heads, the small-type flags) is in
:mod:`drafter.parse.pdf`; this module turns one page into :class:`Line` records and knows PDFium's
quirks: it runs a line ending in a hyphen into the next one (marking the hyphen U+FFFE or U+0002),
it reports letter-spaced headings with one space everywhere, and its text indices differ from its
character indices.
"""

from __future__ import annotations

import ctypes
import math
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

BAND = 0.1
"""Share of the page height at the top and at the bottom where running heads and feet sit."""
LINE_BREAK = re.compile("\r\n|\r|\n|[\ufffe\x02]")
"""PDFium ends a line with CR LF, or with U+FFFE / U+0002 in place of a hyphen at the line end."""
SAMPLES = 5
"""Characters per line whose box and size are read: enough for a majority, cheap on long pages."""
LETTER_SPACED = re.compile(r"^(?:\S ){4,}\S$")
"""A heading set with spaced letters, as PDFium reports it: "V o r b e m e r k u n g d e r …"."""
LIGATURES = str.maketrans(
    {
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\ufb05": "st",
        "\ufb06": "st",
    }
)
"""Latin ligature characters that some fonts map their ligature glyphs to."""
WORD_GAP = 1.8
"""A gap this many times the usual letter gap separates two words of a letter-spaced heading."""


@dataclass(frozen=True)
class Line:
    """One printed line: its text, vertical centre and left edge (PDF points), and type size."""

    text: str
    centre: float
    left: float
    size: float
    in_band: bool = False
    turn: int = 0
    """Quarter turns of the writing direction (0: horizontal; 1 or 3: a vertical margin note)."""


def read_page(document: pdfium.PdfDocument, index: int) -> list[Line]:
    """Lines of one page in reading order; the page and its text page are closed afterwards."""
    page = document[index]
    try:
        textpage = page.get_textpage()
        try:
            _left, bottom, _right, top = page.get_bbox()
            return group_lines(page_lines(textpage, _full_text(textpage)), (float(bottom), float(top)))
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
            lines.append(_measure(textpage, clean_text(shown), [start + i for i in samples]))
    return lines


def _word_gaps(textpage: pdfium.PdfTextPage, start: int, text: str) -> str:
    """A letter-spaced heading with two spaces between words, as DIP and pdftotext write it.

    PDFium puts one space between every pair of spaced letters; the word gaps are only visible in
    the geometry: they are much wider than the gaps between letters.
    """
    letters = [i for i, char in enumerate(text) if not char.isspace()]
    chars = [pdfium_c.FPDFText_GetCharIndexFromTextIndex(textpage, start + i) for i in letters]
    if min(chars) < 0:
        return text
    boxes = [textpage.get_charbox(char) for char in chars]
    gaps = [nxt[0] - box[2] for box, nxt in pairwise(boxes)]
    usual = sorted(gaps)[len(gaps) // 2]
    if usual <= 0:
        return text
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
    centres, lefts, sizes, turns = [], [], [], []
    for text_index in text_indices:
        char_index = pdfium_c.FPDFText_GetCharIndexFromTextIndex(textpage, text_index)
        if char_index < 0:
            continue
        left, bottom, _right, top = textpage.get_charbox(char_index)
        centres.append((bottom + top) / 2)
        lefts.append(left)
        size, turn = char_style(textpage, char_index)
        sizes.append(size)
        turns.append(turn)
    if not sizes:
        return Line(text, 0.0, 0.0, 0.0)
    centres.sort()
    size, turn = Counter(sizes).most_common(1)[0][0], Counter(turns).most_common(1)[0][0]
    return Line(text, centres[len(centres) // 2], min(lefts), size, turn=turn)


def char_style(textpage: pdfium.PdfTextPage, char_index: int) -> tuple[float, int]:
    """The printed size of a character in points (rounded to 0.1) and its writing direction in
    quarter turns (0 for horizontal text).

    ``FPDFText_GetFontSize`` is the size set by the font operator only; many producers set it to 1
    and scale with the text matrix ("/F1 1 Tf 10.7 0 0 10.7 72 700 Tm"), so the scale of the
    character's matrix (text matrix and page transformation) is applied too.
    """
    size = float(pdfium_c.FPDFText_GetFontSize(textpage, char_index))
    matrix = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFText_GetMatrix(textpage, char_index, matrix):
        return round(size, 1), 0
    scale = math.sqrt(abs(matrix.a * matrix.d - matrix.b * matrix.c))
    turn = round(math.atan2(matrix.b, matrix.a) / (math.pi / 2)) % 4
    return round(size * scale, 1), turn


def clean_text(text: str) -> str:
    """Whole code points again (UTF-16 surrogates joined), typographic ligatures spelled out
    ("Auﬂage" as "Auflage": DIP text and search know no ligatures), soft hyphens inside a line
    dropped and one at its end made a plain hyphen."""
    text = text.encode("utf-16-le", errors="surrogatepass").decode("utf-16-le", errors="replace")
    text = text.translate(LIGATURES)
    if text.endswith("\u00ad"):
        text = text[:-1] + "-"
    return text.replace("\u00ad", "").rstrip()


def group_lines(lines: list[Line], span: tuple[float, float]) -> list[Line]:
    """Order lines top to bottom and join fragments that share a baseline, left to right.

    A single-column page is assumed, as every Drucksache is; fragments count as one line when
    their centres are closer than half the type size.
    """
    ordered = sorted(upright(lines), key=lambda line: (-line.centre, line.left))
    merged: list[list[Line]] = []
    for line in ordered:
        if merged and abs(merged[-1][0].centre - line.centre) < _half_size(merged[-1][0], line):
            merged[-1].append(line)
        else:
            merged.append([line])
    return [_join(group, span) for group in merged]


def upright(lines: list[Line]) -> list[Line]:
    """The lines written in the page's main direction.

    Printed "Vorabfassung – wird durch die lektorierte Fassung ersetzt." runs up the margin of
    every page of a preliminary Drucksache; read as a line it would land in the middle of an
    answer. A page turned as a whole (a landscape table) keeps its text.
    """
    weights: Counter[int] = Counter()
    for line in lines:
        weights[line.turn] += len(line.text)
    if not weights:
        return lines
    main = weights.most_common(1)[0][0]
    return [line for line in lines if line.turn == main]


def _half_size(first: Line, line: Line) -> float:
    """Half the larger of two type sizes: a raised footnote mark stays on its line."""
    return max(first.size, line.size, 1.0) / 2


def _join(group: list[Line], span: tuple[float, float]) -> Line:
    """One line from fragments on a baseline; ``in_band`` when it sits in a head or foot band.

    ``span`` is the visible page from bottom to top (crop box), which need not start at 0.
    """
    group.sort(key=lambda line: line.left)
    text = " ".join(line.text.strip() for line in group)
    size = max(group, key=lambda line: len(line.text)).size
    centre = group[0].centre
    bottom, top = span
    band = (top - bottom) * BAND
    in_band = centre > top - band or centre < bottom + band
    return Line(text, centre, group[0].left, size, in_band)
