"""Stage 3, segment: clean lines to header lines, Vorbemerkungen and numbered question blocks.

An Antwort reprints each question and follows it with its answer; ``drafter.parse.walk`` decides
which numbered lines start a reprinted question (see its docstring). A Kleine Anfrage has no
answers, so its questions are simply numbered in sequence after "Wir fragen die Bundesregierung:"
up to "Berlin, den …". The records both produce are in ``drafter.parse.blocks``.
"""

from __future__ import annotations

from drafter.parse import patterns as p
from drafter.parse.blocks import Block, OpenBlock, Segments, next_letter
from drafter.parse.normalise import Normalised
from drafter.parse.walk import AnswerWalker

__all__ = ["Block", "OpenBlock", "Segments", "next_letter", "segment_anfrage", "segment_antwort"]

_CLOSED = frozenset('?.:!)“”";')


def segment_antwort(doc: Normalised) -> Segments:
    """Split an Antwort into head, both Vorbemerkungen and question blocks with their answers."""
    return AnswerWalker(doc.lines, doc.small).walk()


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
    if not blocks and ask is not None and any(lines[start:end]):
        blocks = [OpenBlock("1", [line for line in lines[start:end] if line], start).freeze()]
    return Segments(head=tuple(head), blocks=tuple(blocks), closing=tuple(lines[end:]))


def _first_question_line(lines: tuple[str, ...]) -> int:
    for index, line in enumerate(lines):
        match = p.QUESTION_START.match(line)
        if match and match.group(1) == "1" and not p.ORDINAL_START.match(line):
            return index
    return len(lines)


def _sequential_blocks(lines: tuple[str, ...], start: int, end: int) -> list[Block]:
    """Questions of a Kleine Anfrage: numbers strictly in sequence, letters in sequence.

    A number starts a question only after a line that closes a sentence, so "… für die" /
    "21. Wahlperiode vereinbart wurde?" stays one question.
    """
    blocks: list[OpenBlock] = []
    expected, parent, letter = 1, "", ""
    for index in range(start, end):
        line = lines[index]
        closed = not blocks or blocks[-1].text[-1][-1:] in _CLOSED
        main = p.QUESTION_START.match(line)
        sub = p.SUB_START.match(line)
        if main and int(main.group(1)) == expected and closed and not p.ORDINAL_START.match(line):
            parent, letter, expected = main.group(1), "", expected + 1
            blocks.append(OpenBlock(parent, [main.group(2)], index))
        elif sub and parent and sub.group(1) == next_letter(letter):
            letter = sub.group(1)
            blocks.append(OpenBlock(parent + letter, [sub.group(2)], index))
        elif blocks and line:
            blocks[-1].text.append(line)
    return [b.freeze() for b in blocks]
