"""Which numbered lines of an Antwort start a reprinted question.

The hard part of segmentation is telling a reprinted question from an answer line that merely
starts with a number ("1. Februar 2018 …", "2. Schritt: …", an enumeration restarting at 1., a
question's own line "21. Wahlperiode vereinbart wurde?"). A line starts a question only when:

- its number is not taken yet and lies at most ``question_end.WINDOW`` above the highest number seen, or a
  joint-answer note anywhere in the text names it (questions may be reprinted out of order: 12,
  14, 13; "Die Fragen 1, 3 bis 5 und 18 …"); a letter "a)" belongs to the current number and may
  skip at most ``_MAX_LETTER_SKIP`` unused letters or fill an earlier gap (a, c, then b);
- it is no ordinal ("13. Juni 2025", "27. Lebensjahres"), does not start in lower case, and the
  line before it does not run on (ending in a hyphen or a word like "der", "für");
- in a PDF it is set in the smaller question type, or the text reaches a line ending in "?" within
  ``question_end.MAX_QUESTION_LINES`` lines without running into another start, a heading, a blank line or a
  joint note; a question without "?" is taken only when it is the expected next number and what
  stops it confirms the sequence (a joint note naming it, or following questions "a)", "b)", …
  that close with "?").

A question may hold further sentences after its "?" ("… Empfehlungen?" / "Gibt es …?"): lines
that open like a question and close with "?" before any line ending a statement stay with it.
"""

from __future__ import annotations

from collections.abc import Sequence

from drafter.parse import patterns as p
from drafter.parse.blocks import OpenBlock, Segments
from drafter.parse.question_end import SENTENCE_CLOSE, QuestionEnds
from drafter.parse.starts import letter_gap, number_of, shaped, start_text
from drafter.parse.text import join_lines

_MAX_LETTER_SKIP = 3


class AnswerWalker(QuestionEnds):
    """One pass over an Antwort's clean lines, collecting head, Vorbemerkungen and blocks."""

    def __init__(self, lines: Sequence[str], small: Sequence[bool]) -> None:
        super().__init__(lines, small)
        self.head: list[str] = []
        self.preamble: list[str] = []
        self.government: list[str] = []
        self.target = self.head
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
        while start > 0 and body[start - 1] and not SENTENCE_CLOSE.search(body[start - 1]):
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
