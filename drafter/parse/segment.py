"""Stage 3, segment: clean lines to header lines, Vorbemerkungen and numbered question blocks.

An Antwort reprints each question (in the smaller type, in PDFs) and follows it with its answer.
The hard part is telling a reprinted question from an answer line that merely starts with a number
("1. Februar 2018 veröffentlichten …", "2. Schritt: …", an enumeration restarting at 1.). A line
starts a question only when all of these hold:

- its number is not taken yet and lies at most ``WINDOW`` above the highest number seen (questions
  may be reprinted out of order: 12, 14, 13; 58, 62 … 65, 59), or, for "a)", it is the next letter
  of the current question;
- it is not a date ("13. Juni 2025 …") and does not start in lower case;
- where the source has type sizes, it is set in the smaller question type; otherwise the text
  reaches a line ending in "?" within ``MAX_QUESTION_LINES`` lines without running into another
  question-like line, a heading, a blank line or a joint-answer note (lookahead).

A Kleine Anfrage has no answers, so its questions are simply numbered in sequence after "Wir
fragen die Bundesregierung:" up to "Berlin, den …".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from drafter.parse import patterns as p
from drafter.parse.normalise import Normalised
from drafter.parse.numbers import expand_list
from drafter.parse.text import join_lines

WINDOW = 10
MAX_QUESTION_LINES = 16
_MAX_REQUEST_LINES = 3
_CLOSED = re.compile(r"[?.:!)“”\"]\s*$")


@dataclass(frozen=True)
class Block:
    """One reprinted question: its number, folded text and the raw lines up to the next question."""

    number: str
    text: str
    answer: tuple[str, ...] = ()
    line: int = 0


@dataclass(frozen=True)
class Segments:
    """A document cut into its parts; ``head`` holds everything before the body (header, title and,
    in a Kleine Anfrage, the preamble), ``closing`` the lines from "Berlin, den …" on."""

    head: tuple[str, ...]
    blocks: tuple[Block, ...]
    preamble: tuple[str, ...] = ()
    government_preamble: tuple[str, ...] = ()
    closing: tuple[str, ...] = ()


@dataclass
class _Open:
    number: str
    text: list[str]
    line: int
    answer: list[str] = field(default_factory=list)


def segment_antwort(doc: Normalised) -> Segments:
    """Split an Antwort into head, both Vorbemerkungen and question blocks with their answers."""
    return _AnswerWalker(doc).walk()


def segment_anfrage(doc: Normalised) -> Segments:
    """Split a Kleine Anfrage into head (header, title, preamble), questions and closing."""
    lines = doc.lines
    ask = next((i for i, line in enumerate(lines) if p.ASK_LINE.search(line)), None)
    start = ask + 1 if ask is not None else _first_question_line(lines)
    end = next((i for i in range(start, len(lines)) if p.SIGNED.match(lines[i])), len(lines))
    head = list(lines[:start])
    if ask is not None and p.ASK_LINE.match(lines[ask]):
        head.pop()
    blocks = _sequential_blocks(lines, start, end)
    return Segments(head=tuple(head), blocks=tuple(blocks), closing=tuple(lines[end:]))


def _first_question_line(lines: tuple[str, ...]) -> int:
    for index, line in enumerate(lines):
        match = p.QUESTION_START.match(line)
        if match and match.group(1) == "1" and not p.DATE_START.match(line):
            return index
    return len(lines)


def _sequential_blocks(lines: tuple[str, ...], start: int, end: int) -> list[Block]:
    """Questions of a Kleine Anfrage: numbers strictly in sequence, letters in sequence."""
    blocks: list[_Open] = []
    expected, parent, letter = 1, "", ""
    for index in range(start, end):
        line = lines[index]
        previous_closed = not blocks or bool(_CLOSED.search(blocks[-1].text[-1]))
        main = p.QUESTION_START.match(line)
        sub = p.SUB_START.match(line)
        if main and int(main.group(1)) == expected and previous_closed and not p.DATE_START.match(line):
            parent, letter, expected = main.group(1), "", expected + 1
            blocks.append(_Open(parent, [main.group(2)], index))
        elif sub and parent and sub.group(1) == _next_letter(letter) and previous_closed:
            letter = sub.group(1)
            blocks.append(_Open(parent + letter, [sub.group(2)], index))
        elif blocks and line:
            blocks[-1].text.append(line)
    return [Block(b.number, join_lines(b.text), (), b.line) for b in blocks]


def _next_letter(letter: str) -> str:
    return chr(ord(letter) + 1) if letter else "a"


class _AnswerWalker:
    """One pass over an Antwort's lines; see the module docstring for the acceptance rules."""

    def __init__(self, doc: Normalised) -> None:
        self.lines = doc.lines
        self.small = doc.small
        self.sized = any(doc.small) and not all(doc.small)
        self.head: list[str] = []
        self.preamble: list[str] = []
        self.government: list[str] = []
        self.target = self.head
        self.blocks: list[_Open] = []
        self.used: set[str] = set()
        self.highest = 0
        self.parent = ""
        self.letter = ""

    def walk(self) -> Segments:
        index = 0
        while index < len(self.lines):
            index = self._step(index)
        return Segments(
            head=tuple(self.head),
            blocks=tuple(Block(b.number, join_lines(b.text), tuple(b.answer), b.line) for b in self.blocks),
            preamble=tuple(self.preamble),
            government_preamble=tuple(self.government),
        )

    def _step(self, index: int) -> int:
        line = self.lines[index]
        heading = p.HEADING.match(line)
        if heading and not self.blocks:
            government = "regierung" in (heading.group("who") or "regierung").lower()
            self.target = self.government if government else self.preamble
            return index + 1
        accepted = self._accept(index)
        if accepted is None:
            self.target.append(line)
            return index + 1
        number, end = accepted
        first = _start_text(line)
        self.blocks.append(_Open(number, [first, *self.lines[index + 1 : end + 1]], index))
        self.target = self.blocks[-1].answer
        self.used.add(number)
        if number[-1].isalpha():
            self.letter = number[-1]
        else:
            self.parent, self.letter = number, ""
            self.highest = max(self.highest, int(number))
        return end + 1

    def _accept(self, index: int) -> tuple[str, int] | None:
        """(number, index of the question's last line) when line ``index`` starts a question."""
        number = self._candidate(self.lines[index])
        if number is None:
            return None
        end = self._question_end(index, number)
        return None if end is None else (number, end)

    def _candidate(self, line: str) -> str | None:
        """The number a line would start, if the sequence and its shape allow it."""
        main = p.QUESTION_START.match(line)
        if main:
            number = main.group(1)
            plausible = number not in self.used and int(number) <= self.highest + WINDOW
            if plausible and not main.group(2)[:1].islower() and not p.DATE_START.match(line):
                return number
            return None
        sub = p.SUB_START.match(line)
        if sub and self.parent and sub.group(1) == _next_letter(self.letter):
            number = self.parent + sub.group(1)
            return None if number in self.used else number
        return None

    def _expected(self) -> set[str]:
        return {str(self.highest + 1), self.parent + _next_letter(self.letter)} - {"a"}

    def _question_end(self, index: int, number: str) -> int | None:
        """Last line of the question starting at ``index``, or None when it is no question.

        Smaller type (PDF) marks the question's extent directly. Otherwise the question must close
        with "?" before anything that starts a new block; a question without "?" is taken only
        when it is the expected next number and the block that stops it confirms the sequence.
        """
        if self.sized and self.small[index]:
            run_end = self._small_run_end(index)
            has_mark = any(p.QUESTION_END.search(line) for line in self.lines[index : run_end + 1])
            if has_mark or number in self._expected():
                return run_end
        end, stop = self._scan_to_mark(index)
        if end is not None:
            return end
        if stop is not None and number in self._expected() and self._confirms(stop, number):
            return stop - 1
        return None

    def _scan_to_mark(self, index: int) -> tuple[int | None, int | None]:
        """(line closing with "?", None) or (None, index of the line that broke the question)."""
        last = min(index + MAX_QUESTION_LINES, len(self.lines))
        for cursor in range(index, last):
            line = self.lines[cursor]
            if cursor > index and (not line or self._breaks(line)):
                return None, cursor
            if p.QUESTION_END.search(line):
                return self._request_end(cursor), None
        return None, None

    def _confirms(self, stop: int, number: str) -> bool:
        """A question without "?" is confirmed by a joint note naming it or by the next question."""
        while stop < len(self.lines) and not self.lines[stop]:
            stop += 1
        if stop >= len(self.lines):
            return False
        note = p.JOINT_NOTE.search(join_lines(self.lines[stop : stop + 3]))
        if note and number in expand_list(note.group("list"), [number]):
            return True
        following = p.QUESTION_START.match(self.lines[stop]) or p.SUB_START.match(self.lines[stop])
        if not following:
            return False
        successors = {str(int(number.rstrip("abcdefghijklmnopqrstuvwxyz")) + 1), _successor(number)}
        candidate = following.group(1)
        if candidate.isalpha():
            candidate = number.rstrip("abcdefghijklmnopqrstuvwxyz") + candidate
        return candidate in successors and self._scan_to_mark(stop)[0] is not None

    def _breaks(self, line: str) -> bool:
        """Lines that cannot continue a question: a plausible new start, a heading, a joint note."""
        main = p.QUESTION_START.match(line)
        if main:
            number = main.group(1)
            return (
                number not in self.used
                and int(number) <= self.highest + WINDOW + 1
                and not p.DATE_START.match(line)
            )
        return bool(
            p.SUB_START.match(line)
            or p.HEADING.match(line)
            or p.JOINT_NOTE_START.match(line)
            or p.ANSWER_MARKER.match(line)
        )

    def _small_run_end(self, index: int) -> int:
        cursor = index
        while cursor + 1 < len(self.lines) and self.small[cursor + 1] and self.lines[cursor + 1]:
            if self._breaks(self.lines[cursor + 1]):
                break
            cursor += 1
        return cursor

    def _request_end(self, end: int) -> int:
        """Include "(bitte … aufschlüsseln)" printed on the lines after the question mark."""
        if end + 1 >= len(self.lines) or not p.TRAILING_REQUEST.match(self.lines[end + 1]):
            return end
        for cursor in range(end + 1, min(end + 1 + _MAX_REQUEST_LINES, len(self.lines))):
            if self.lines[cursor].endswith((")", ").", ")?")):
                return cursor
        return end


def _successor(number: str) -> str:
    """The sub-question after ``number``: "2" -> "2a", "2a" -> "2b"."""
    if number[-1].isalpha():
        return number[:-1] + _next_letter(number[-1])
    return number + "a"


def _start_text(line: str) -> str:
    match = p.QUESTION_START.match(line) or p.SUB_START.match(line)
    return match.group(2) if match else line
