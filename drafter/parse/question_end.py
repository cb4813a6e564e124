"""Where a reprinted question ends, and whether a numbered line can be one at all.

The rules ``drafter.parse.walk`` applies to a candidate start line (see its docstring): scan to
the closing "?" within ``MAX_QUESTION_LINES`` lines, or to the end of a list item "a) …,", or to
a request "(bitte …)." that closes the question, or confirm a question without "?" by what
follows it. ``QuestionEnds`` holds the walk's state these rules read (lines, type sizes, numbers
used so far, the current number and letter); ``AnswerWalker`` extends it with the stepping.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.parse import patterns as p
from drafter.parse.blocks import OpenBlock, next_letter
from drafter.parse.numbers import announced_numbers
from drafter.parse.starts import LETTERS, number_of, shaped, start_text, successors
from drafter.parse.text import join_lines

WINDOW = 10
MAX_QUESTION_LINES = 45
_MAX_REQUEST_LINES = 3
_MAX_CHAIN = 60
_MAX_ITEM_LINES = 8
_MAX_FOLLOW_LINES = 8
# a line that ends a sentence: "… ihre Aufgaben.", "… Altersgruppen:" (not "31." or "(vgl.")
SENTENCE_CLOSE = re.compile(r"(?:[A-Za-zÄÖÜäöüß]{4,}[.!]|[:;])[“”\"]?$")


class QuestionEnds:
    """The walk's state and the rules that read it to find where a question ends."""

    def __init__(self, lines: Sequence[str], small: Sequence[bool]) -> None:
        self.lines = tuple(lines)
        self.small = tuple(small) if len(small) == len(lines) else (False,) * len(lines)
        self.sized = any(self.small) and not all(self.small)
        self.announced = announced_numbers(join_lines(self.lines))
        self.blocks: list[OpenBlock] = []
        self.used: set[str] = set()
        self.highest = 0
        self.parent = ""
        self.letter = ""
        self.listing = False

    def _block(self, number: str) -> OpenBlock:
        return next(b for b in reversed(self.blocks) if b.number == number)

    def _previous(self, index: int) -> str:
        return self.lines[index - 1] if index > 0 else ""

    def _plausible(self, number: str) -> bool:
        value = int(number)
        return number not in self.used and (value <= self.highest + WINDOW or value in self.announced)

    def _expected(self) -> set[str]:
        return {str(self.highest + 1), self.parent + next_letter(self.letter)} - {"a"}

    def _question_end(self, index: int, number: str) -> int | None:
        """Last line of the question starting at ``index``, or None when it is no question."""
        if self.sized and self.small[index]:
            run_end = self._small_run_end(index, number)
            closes = any(p.QUESTION_END.search(line) for line in self.lines[index : run_end + 1])
            if closes or number in self._expected():
                return run_end
        end, stop = self._scan_to_mark(index, number)
        if end is not None:
            inline = bool(p.SUB_START.match(start_text(self.lines[index])))
            return self._follow_on(end, number, inline=inline)
        if self._may_list(number):
            item_end = self._item_end(index, number)
            if item_end is not None:
                return item_end
        if not self._may_lack_mark(number):
            return None
        request = self._request_close(index, stop)
        if request is not None:
            return request
        if stop is not None and self._confirms(stop, number):
            return self._first_close(index, stop)
        return None

    def _first_close(self, index: int, stop: int) -> int:
        """Where a question confirmed without "?" ends: its first line closing a sentence ("… ihre
        Aufgaben.", "… Altersgruppen:"), else the line before the block that confirmed it."""
        for cursor in range(index, stop):
            if SENTENCE_CLOSE.search(self.lines[cursor]):
                return cursor
        return stop - 1

    def _may_lack_mark(self, number: str) -> bool:
        """Only the expected next number, one a joint note names, or a gap left by an
        out-of-order reprint may be a question that does not close with "?"."""
        if number in self._expected():
            return True
        if number[-1].isalpha():
            return False
        return int(number) in self.announced or int(number) < self.highest

    def _may_list(self, number: str) -> bool:
        """List items follow a question that introduces them; the first one ("a)") directly, before
        any answer text, so that an answer's own list ("a) 90 Prozent bei Kobalt,") stays answer."""
        if not self.listing or number not in self._expected():
            return False
        return not number.endswith("a") or not self._block(self.parent).answer

    def _item_end(self, index: int, number: str) -> int | None:
        """Last line of a list item "a) Opfer einer Straftat … (… StGB)," that ends with a comma,
        "und" or "oder" within a few lines, outside parentheses, and is not continued in lower
        case; else None. Where such a line is not followed by the next item ("c) Gerichten mit Daten
        zu psychiatrischer Unterbringung oder" / "Zwangsbehandlung,"), a later one that is wins."""
        if not p.SUB_START.match(self.lines[index]):
            return None
        first = None
        depth = 0
        for cursor in range(index, min(index + _MAX_ITEM_LINES, len(self.lines))):
            line = self.lines[cursor]
            if not line or (cursor > index and self._breaks(cursor, number)):
                return first
            if p.QUESTION_END.search(line):
                return None
            depth += line.count("(") - line.count(")")
            following = self.lines[cursor + 1] if cursor + 1 < len(self.lines) else ""
            if depth > 0 or not p.ITEM_END.search(line):
                continue
            if not following or self._breaks(cursor + 1, number):
                return cursor
            if first is None and not following[:1].islower():
                first = cursor
        return first

    def _request_close(self, index: int, stop: int | None) -> int | None:
        """The line closing "(bitte … aufschlüsseln)." when the question ends with its request."""
        last = stop if stop is not None else min(index + MAX_QUESTION_LINES, len(self.lines))
        seen = ""
        for cursor in range(index, last):
            line = self.lines[cursor]
            seen = f"{seen} {line}"
            if p.REQUEST_CLOSE.search(line) and p.REQUEST_OPEN.search(_last_group(seen)):
                return cursor
        return None

    def _scan_to_mark(self, index: int, number: str) -> tuple[int | None, int | None]:
        """(line closing with "?", None) or (None, index of the line that broke the question).

        An option list run past "z)" ("aa) …", "aaa) …") may go on beyond ``MAX_QUESTION_LINES``:
        each such item allows a few more lines."""
        last = min(index + MAX_QUESTION_LINES, len(self.lines))
        cursor = index
        while cursor < last:
            line = self.lines[cursor]
            if cursor > index and (not line or self._breaks(cursor, number)):
                return None, cursor
            if p.QUESTION_END.search(line):
                return self._request_end(cursor), None
            if p.DOUBLED_ITEM.match(line):
                last = min(max(last, cursor + 1 + _MAX_ITEM_LINES), len(self.lines))
            cursor += 1
        return None, None

    def _follow_on(self, end: int, number: str, *, inline: bool = False) -> int:
        """Extend a question over further sentences that open like a question and close with "?",
        and, for "5. a) … ?" printed as one question, over its "b) … ?" lines."""
        letter = "a"
        while end + 1 < len(self.lines):
            start = end + 1
            line = self.lines[start]
            sub = p.SUB_START.match(line)
            if inline and sub and sub.group(1) == next_letter(letter):
                letter = sub.group(1)
            elif not p.QUESTION_WORD.match(line) or self._breaks(start, number):
                return end
            closing = self._sentence_close(start, number, inline=inline)
            if closing is None:
                return end
            end = closing
        return end

    def _sentence_close(self, start: int, number: str, *, inline: bool = False) -> int | None:
        for cursor in range(start, min(start + _MAX_FOLLOW_LINES, len(self.lines))):
            line = self.lines[cursor]
            lettered = inline and bool(p.SUB_START.match(line))
            if not line or (cursor > start and (lettered or self._breaks(cursor, number))):
                return None
            if p.QUESTION_END.search(line):
                return cursor
            if line.endswith((".", ":")):
                return None
        return None

    def _confirms(self, stop: int, number: str) -> bool:
        """A question without "?" is confirmed by a joint note naming it, or by the questions that
        follow it in sequence ("2. … Altersgruppen:", "a) unter 10 Jahre,", … "e) 16 bis 17 Jahre?")
        up to one that closes with "?"."""
        for _ in range(_MAX_CHAIN):
            while stop < len(self.lines) and not self.lines[stop]:
                stop += 1
            if stop >= len(self.lines):
                return False
            note = p.JOINT_NOTE.search(join_lines(self.lines[stop : stop + 3]))
            if note and int(number.rstrip(LETTERS)) in announced_numbers(note.group(0)):
                return True
            following = number_of(self.lines[stop], number)
            if following is None or following not in successors(number):
                return False
            introduces = not number[-1].isalpha() or self.listing
            if following[-1].isalpha() and introduces and self._item_end(stop, following) is not None:
                return True
            end, next_stop = self._scan_to_mark(stop, following)
            if end is not None:
                return True
            if next_stop is None:
                return False
            number, stop = following, next_stop
        return False

    def _breaks(self, index: int, number: str) -> bool:
        """Whether line ``index`` cannot continue the question ``number``: a plausible new start, a
        heading, a joint note. A line after one that runs on always continues."""
        line = self.lines[index]
        main = p.QUESTION_START.match(line)
        if main:
            if p.OPEN_END.search(self._previous(index)):
                return False
            return shaped(line, main.group(2)) and self._plausible(main.group(1))
        sub = p.SUB_START.match(line)
        if sub:
            return number.rstrip(LETTERS) + sub.group(1) in successors(number)
        if p.JOINT_NOTE_START.match(line):
            note = p.JOINT_NOTE.search(join_lines(self.lines[index : index + 3]))
            return note is not None and note.start() < len(line)
        return bool(p.HEADING.match(line) or p.ANSWER_MARKER.match(line))

    def _small_run_end(self, index: int, number: str) -> int:
        cursor = index
        while cursor + 1 < len(self.lines) and self.small[cursor + 1] and self.lines[cursor + 1]:
            if self._breaks(cursor + 1, number):
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


def _last_group(text: str) -> str:
    """The parenthesis closed at the end of ``text``: "… (wenn ja, bitte angeben) und … (für
    Einzelvorhaben, Projekte etc.)" ends with a remark, not with its request."""
    end = text.rstrip(" .:").rstrip()
    depth = 0
    for position in range(len(end) - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(end[position], 0)
        if depth == 0:
            return end[position:]
    return end
