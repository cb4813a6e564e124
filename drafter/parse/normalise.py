"""Stage 2, normalise: raw lines to clean body lines, plus the notes cut out of them.

``normalise`` guarantees, for every origin:

- one string per layout line, stripped, with every Unicode space (EN SPACE U+2002 and FIGURE SPACE
  U+2007 padding of question numbers, NO-BREAK SPACE, thin spaces) turned into a plain space and
  runs of spaces folded; soft hyphens and zero-width characters removed;
- letter-spaced headings collapsed: "V o r b e m e r k u n g  d e r  F r a g e s t e l l e r"
  becomes "Vorbemerkung der Fragesteller";
- no running page heads or feet ("Deutscher Bundestag – 19. Wahlperiode – 5 – Drucksache
  19/21876"; their number is kept in ``running_number``), no bare page numbers in PDF-origin text,
  no printer trailer ("Gesamtherstellung: …", "Vertrieb: …", "ISSN …");
- no transmission note ("Die Antwort wurde namens der Bundesregierung mit Schreiben des … vom …
  übermittelt.", kept folded in ``transmission``), no "Die Drucksache enthält zusätzlich …" note and
  no footnotes ("* Das Bundesministerium … eingestuft …", kept in ``footnotes``), wherever the
  printed page spliced them in;
- for PDF-origin text only (``Origin.PDF``, ``Origin.PDFTEXT``), words broken across lines joined
  by ``drafter.parse.dehyphenate.dehyphenate_lines``; DIP text is never de-hyphenated;
- no leading or trailing blank lines and never two blank lines in a row;
- ``small`` has exactly one flag per line (all False when the source has no type sizes).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from drafter.models import Origin
from drafter.parse import patterns as p
from drafter.parse.dehyphenate import dehyphenate_lines
from drafter.parse.read import SourceText
from drafter.text.spaces import collapse

_SPACE_CHARS = (
    "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t"
)
_TRANSLATE = {ord(ch): " " for ch in _SPACE_CHARS} | {
    ord(ch): None for ch in "\u00ad\u200b\u200c\u200d\u2060\ufeff"
}
_LETTER_SPACED = re.compile(r"^(?:\S {1,2}){5,}\S$")
_WORD_GAP = re.compile(r" {2,}")
# first characters of every line the cutter may drop (heads, page numbers, trailer, notes, footnotes)
_NOTE_INITIALS = frozenset("DGVI*–-0123456789")
_HYPHEN_BREAK = re.compile(r"[a-zäöüß]{2}-$")
_MIN_HYPHEN_BREAKS = 5
_CONJUNCTION = re.compile(r"^(?:und|oder|bzw\.|sowie|als|bis|noch)\b")
_MAX_NOTE_LINES = 4
_MAX_FOOTNOTE_LINES = 3


@dataclass(frozen=True)
class Normalised:
    """Clean body lines of one document and what was cut out of them (see module docstring)."""

    lines: tuple[str, ...]
    small: tuple[bool, ...]
    origin: Origin
    running_number: str | None = None
    transmission: str | None = None
    footnotes: tuple[str, ...] = ()


def normalise(source: SourceText, origin: Origin | None = None) -> Normalised:
    """Apply every repair listed in the module docstring; ``origin`` None means detect from text."""
    lines = [_clean(line) for line in "\n".join(source.lines).translate(_TRANSLATE).split("\n")]
    small = list(source.small) if len(source.small) == len(lines) else [False] * len(lines)
    origin = origin or source.origin or detect_origin(lines)
    cut = _Cutter(lines, small, origin == Origin.DIP)
    cut.run()
    lines, small = cut.lines, cut.small
    if origin in (Origin.PDF, Origin.PDFTEXT):
        lines = _dehyphenate(lines)
    lines, small = _squeeze_blank(lines, small)
    return Normalised(
        lines=tuple(lines),
        small=tuple(small),
        origin=origin,
        running_number=cut.running_number,
        transmission=cut.transmission,
        footnotes=tuple(cut.footnotes),
    )


def clean_line(line: str) -> str:
    """Unicode spaces to plain spaces, invisible characters removed, letter-spacing collapsed."""
    return _clean(line.translate(_TRANSLATE))


def _clean(spaced: str) -> str:
    """``clean_line`` for a line whose characters are already translated."""
    folded = " ".join(spaced.split())
    if _LETTER_SPACED.match(folded):
        words = _WORD_GAP.split(spaced.strip())
        if all(len(part) == 1 and part.isalpha() for word in words for part in word.split(" ")):
            return " ".join(word.replace(" ", "") for word in words)
    return folded


def detect_origin(lines: Sequence[str]) -> Origin:
    """PDFTEXT when the text carries running page heads or several words hyphenated across lines
    ("Zusammenar-" / "beit"; "Lebens-" / "und Arbeitsbedingungen" is a compound, not a break)."""
    if any(p.RUNNING_HEAD.match(line) or p.HEAD_PART.match(line) for line in lines):
        return Origin.PDFTEXT
    breaks = sum(
        1
        for line, following in itertools.pairwise(lines)
        if _HYPHEN_BREAK.search(line)
        and following[:1].islower()
        and "/" not in line
        and not _CONJUNCTION.match(following)
    )
    return Origin.PDFTEXT if breaks >= _MIN_HYPHEN_BREAKS else Origin.DIP


def _dehyphenate(lines: list[str]) -> list[str]:
    return [line.strip() for line in dehyphenate_lines(lines)]


def _squeeze_blank(lines: list[str], small: list[bool]) -> tuple[list[str], list[bool]]:
    out: list[str] = []
    flags: list[bool] = []
    for line, flag in zip(lines, small, strict=True):
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
        flags.append(flag)
    while out and not out[-1]:
        out.pop()
        flags.pop()
    return out, flags


class _Cutter:
    """Walks the lines once and drops heads, feet, trailer, notes and footnotes."""

    def __init__(self, lines: list[str], small: list[bool], dip: bool) -> None:
        self.source = lines
        self.source_small = small
        self.dip = dip
        self.lines: list[str] = []
        self.small: list[bool] = []
        self.running_number: str | None = None
        self.transmission: str | None = None
        self.footnotes: list[str] = []

    def run(self) -> None:
        index = 0
        while index < len(self.source):
            index = self._step(index)

    def _step(self, index: int) -> int:
        line = self.source[index]
        if line[:1] not in _NOTE_INITIALS:
            self.lines.append(line)
            self.small.append(self.source_small[index])
            return index + 1
        head = p.RUNNING_HEAD.match(line)
        if head:
            self.running_number = self.running_number or head.group("a") or head.group("b")
            return self._page_break(index)
        if p.TRAILER.match(line) or p.PAGE_NUMBER_DASHED.match(line):
            return index + 1
        if not self.dip and (p.PAGE_NUMBER.match(line) or p.HEAD_PART.match(line)):
            part = p.HEAD_PART.match(line)
            self.running_number = self.running_number or (part.group("number") if part else None)
            return self._page_break(index)
        if p.TRANSMISSION_START.match(line):
            end = self._note_end(index, p.TRANSMISSION_END)
            self.transmission = collapse(" ".join(self.source[index : end + 1]))
            return end + 1
        if p.PRINT_NOTE.match(line):
            return self._note_end(index, re.compile(r"Fragetext\.?$")) + 1
        if p.FOOTNOTE.match(line):
            end = self._footnote_end(index)
            self.footnotes.append(collapse(" ".join(self.source[index : end + 1])))
            return end + 1
        self.lines.append(line)
        self.small.append(self.source_small[index])
        return index + 1

    def _page_break(self, index: int) -> int:
        """Drop a page's running head or number with the blank lines around it, so that a sentence
        broken by the page ("… bei" / head / "Schleusung …") runs on."""
        while self.lines and not self.lines[-1]:
            self.lines.pop()
            self.small.pop()
        index += 1
        while index < len(self.source) and not self.source[index]:
            index += 1
        return index

    def _note_end(self, start: int, end_pattern: re.Pattern[str]) -> int:
        """Index of the line that closes a note, or ``start`` when none does within a few lines."""
        for index in range(start, min(start + _MAX_NOTE_LINES, len(self.source))):
            if end_pattern.search(self.source[index]):
                return index
        return start

    def _footnote_end(self, start: int) -> int:
        """A footnote runs on while its text has not ended a sentence and is not a bare address."""
        index = start
        while index + 1 < len(self.source) and index - start < _MAX_FOOTNOTE_LINES:
            text = self.source[index]
            following = self.source[index + 1]
            if not following or _closes(text) or _starts_block(following):
                break
            index += 1
        return index


def _closes(text: str) -> bool:
    last = text.rsplit(" ", 1)[-1]
    return text.endswith((".", ")", "!", "?")) or "/" in last or last.startswith("www")


def _starts_block(line: str) -> bool:
    return bool(
        p.QUESTION_START.match(line)
        or p.SUB_START.match(line)
        or p.HEADING.match(line)
        or p.FOOTNOTE.match(line)
        or p.TRAILER.match(line)
        or p.RUNNING_HEAD.match(line)
    )
