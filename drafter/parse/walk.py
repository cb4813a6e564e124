"""Which numbered lines of an Antwort start a reprinted question.

The hard part of segmentation is telling a reprinted question from an answer line that merely
starts with a number ("1. Februar 2018 …", "2. Schritt: …", an enumeration restarting at 1., a
question's own line "21. Wahlperiode vereinbart wurde?"). A line starts a question only when:

- its number is not taken yet and lies at most ``WINDOW`` above the highest number seen, or a
  joint-answer note anywhere in the text names it (questions may be reprinted out of order: 12,
  14, 13; "Die Fragen 1, 3 bis 5 und 18 …"); a letter "a)" belongs to the current number and may
  skip at most ``_MAX_LETTER_SKIP`` unused letters or fill an earlier gap (a, c, then b);
- it is no ordinal ("13. Juni 2025", "27. Lebensjahres"), does not start in lower case, and the
  line before it does not run on (ending in a hyphen or a word like "der", "für");
- in a PDF it is set in the smaller question type, or the text reaches a line ending in "?" within
  ``MAX_QUESTION_LINES`` lines without running into another start, a heading, a blank line or a
  joint note; a question without "?" is taken only when it is the expected next number and what
  stops it confirms the sequence (a joint note naming it, or following questions "a)", "b)", …
  that close with "?").

A question may hold further sentences after its "?" ("… Empfehlungen?" / "Gibt es …?"): lines
that open like a question and close with "?" before any line ending a statement stay with it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.parse import patterns as p
from drafter.parse.numbers import announced_numbers
from drafter.parse.segment import OpenBlock, Segments, next_letter
from drafter.parse.starts import LETTERS, letter_gap, number_of, shaped, start_text, successors
from drafter.parse.text import join_lines

WINDOW = 10
MAX_QUESTION_LINES = 45
_MAX_REQUEST_LINES = 3
_MAX_CHAIN = 60
_MAX_LETTER_SKIP = 3
_MAX_ITEM_LINES = 8
_MAX_FOLLOW_LINES = 6
# a line that ends a sentence: "… ihre Aufgaben.", "… Altersgruppen:" (not "31." or "(vgl.")
_SENTENCE_CLOSE = re.compile(r"(?:[A-Za-zÄÖÜäöüß]{4,}[.!]|[:;])[“”\"]?$")


class AnswerWalker:
    """One pass over an Antwort's clean lines, collecting head, Vorbemerkungen and blocks."""

    def __init__(self, lines: Sequence[str], small: Sequence[bool]) -> None:
        self.lines = tuple(lines)
        self.small = tuple(small) if len(small) == len(lines) else (False,) * len(lines)
        self.sized = any(self.small) and not all(self.small)
        self.announced = announced_numbers(join_lines(self.lines))
        self.head: list[str] = []
        self.preamble: list[str] = []
        self.government: list[str] = []
        self.target = self.head
        self.blocks: list[OpenBlock] = []
        self.used: set[str] = set()
        self.highest = 0
        self.parent = ""
        self.letter = ""
        self.listing = False
        self.inline = False
        self.pending = ""

    def walk(self) -> Segments:
        index = 0
        while index < len(self.lines) and not self._annex_starts(index):
            index = self._step(index)
        if not self.blocks:
            self._single_question()
        return Segments(
            head=tuple(self.head),
            blocks=tuple(b.freeze() for b in self.blocks),
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
        number, end = self._pending_start(index) if self._pending_applies(index) else (None, None)
        if number is None:
            number = self._candidate(index)
            end = None if number is None else self._question_end(index, number)
        if number is None or end is None:
            return self._repeat(index)
        self._open(number, index, end)
        return end + 1

    def _repeat(self, index: int) -> int:
        """A question printed a second time word for word ("22. Hält die Bundesregierung …" after
        its joint answer with 20 and again after 21) takes the answer that follows it; anything
        else is a line of the current part."""
        block = self._reprinted(index)
        if block is None:
            self.target.append(self.lines[index])
            return index + 1
        self.target = block.answer
        return index + len(block.text)

    def _reprinted(self, index: int) -> OpenBlock | None:
        line = self.lines[index]
        number = number_of(line, self.parent) if self.blocks else None
        if number not in self.used:
            return None
        block = self._block(number)
        if block is self.blocks[-1] and not block.answer:
            return None
        printed = [start_text(line), *self.lines[index + 1 : index + len(block.text)]]
        return block if join_lines(printed) == join_lines(block.text) else None

    def _single_question(self) -> None:
        """An Kleine Anfrage of one unnumbered question ("Welche Infrastrukturzustandsnoten wurden …
        angeben)?") is reprinted after the Vorbemerkung without a number: take it as question 1."""
        body = self.preamble if self.preamble else self.head
        mark = next((i for i, line in enumerate(body) if p.QUESTION_END.search(line)), None)
        if mark is None:
            return
        start = mark
        while start > 0 and body[start - 1] and not _SENTENCE_CLOSE.search(body[start - 1]):
            start -= 1
        if not p.QUESTION_WORD.match(body[start]):
            return
        block = OpenBlock("1", list(body[start : mark + 1]), start, list(body[mark + 1 :]))
        del body[start:]
        self.blocks.append(block)

    def _annex_starts(self, index: int) -> bool:
        """An annex heading after the last answer ends the answers; it often reprints the questions
        ("Anlage 1 zur Frage Nr. 1" / "Frage 1: Wie hoch …"). Only when no new question follows."""
        if not self.blocks or not self.blocks[-1].answer or not p.ANNEX.match(self.lines[index]):
            return False
        if p.OPEN_END.search(self._previous(index)):
            return False
        for line in self.lines[index + 1 :]:
            main = p.QUESTION_START.match(line)
            if main and main.group(1) not in self.used and int(main.group(1)) > self.highest:
                return False
        return True

    def _open(self, number: str, index: int, end: int) -> None:
        if number[-1].isalpha() and self.inline:
            self._merge(number, index, end)
            return
        first = start_text(self.lines[index])
        self.blocks.append(OpenBlock(number, [first, *self.lines[index + 1 : end + 1]], index))
        self.target = self.blocks[-1].answer
        self.used.add(number)
        if number[-1].isalpha():
            self.letter = number[-1]
        else:
            inline = p.SUB_START.match(start_text(self.lines[index]))
            previous = self.blocks[-2] if len(self.blocks) > 1 else None
            unfinished = previous is not None and previous.number == self.parent and not previous.answer
            self.pending = self.parent if unfinished and self.listing and not self.letter else ""
            self.parent, self.letter = number, inline.group(1) if inline else ""
            self.inline = inline is not None
            self.highest = max(self.highest, int(number))
            last = self.lines[end]
            self.listing = not p.QUESTION_END.search(last) and not last.endswith(".")

    def _pending_applies(self, index: int) -> bool:
        """ "1. In welchen Bundesbehörden sind … Fotografen entweder" / "2. Welche Kosten …?" /
        joint answer / "a) auf Grundlage eines Anstellungsverhältnisses oder": the letters finish
        the unfinished question 1, not question 2, which closed with "?"."""
        sub = p.SUB_START.match(self.lines[index])
        return bool(sub and sub.group(1) == "a" and self.pending and not self.listing and not self.letter)

    def _pending_start(self, index: int) -> tuple[str | None, int | None]:
        saved = (self.parent, self.listing, self.inline)
        self.parent, self.listing, self.inline = self.pending, True, False
        number = self._candidate(index)
        end = None if number is None else self._question_end(index, number)
        if number is None or end is None:
            self.parent, self.listing, self.inline = saved
            return None, None
        self.pending = ""
        return number, end

    def _merge(self, number: str, index: int, end: int) -> None:
        """ "5. a) … ?" opens one question 5, as its Kleine Anfrage reads it: a later "b) … ?",
        printed after the answer to a), adds its line to the text of 5 and its answer to 5's."""
        block = self._block(self.parent)
        block.text.extend(self.lines[index : end + 1])
        self.target = block.answer
        self.used.add(number)
        self.letter = number[-1]

    def _block(self, number: str) -> OpenBlock:
        return next(b for b in reversed(self.blocks) if b.number == number)

    def _previous(self, index: int) -> str:
        return self.lines[index - 1] if index > 0 else ""

    def _plausible(self, number: str) -> bool:
        value = int(number)
        return number not in self.used and (value <= self.highest + WINDOW or value in self.announced)

    def _candidate(self, index: int) -> str | None:
        """The number line ``index`` would start, if the sequence and its shape allow it."""
        line = self.lines[index]
        main = p.QUESTION_START.match(line)
        if main:
            if p.OPEN_END.search(self._previous(index)):
                return None
            number = main.group(1)
            return number if shaped(line, main.group(2)) and self._plausible(number) else None
        sub = p.SUB_START.match(line)
        if sub and self.parent and letter_gap(self.letter, sub.group(1), self._taken()) <= _MAX_LETTER_SKIP:
            number = self.parent + sub.group(1)
            return None if number in self.used else number
        return None

    def _taken(self) -> frozenset[str]:
        """Letters of the current question already used."""
        return frozenset(n[-1] for n in self.used if n[:-1] == self.parent and n[-1].isalpha())

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
            if _SENTENCE_CLOSE.search(self.lines[cursor]):
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
