"""The records of segmentation: question blocks while collected and when finished, and the parts.

They sit below every module of segmentation (``segment``, ``walk``, ``question_end``, ``starts``),
so those read top-down: segment → walk → question_end → starts → blocks.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from drafter.parse.text import join_lines


@dataclass(frozen=True)
class Block:
    """One reprinted question: its number, folded text and the raw lines up to the next question."""

    number: str
    text: str
    answer: tuple[str, ...] = ()
    line: int = 0


@dataclass(frozen=True)
class Segments:
    """A document cut into its parts.

    ``head`` holds everything before the body (header, title and, in a Kleine Anfrage, the
    preamble); ``closing`` the lines from "Berlin, den …" on.
    """

    head: tuple[str, ...]
    blocks: tuple[Block, ...]
    preamble: tuple[str, ...] = ()
    government_preamble: tuple[str, ...] = ()
    closing: tuple[str, ...] = ()


@dataclass
class OpenBlock:
    """A block while it is being collected."""

    number: str
    text: list[str]
    line: int
    answer: list[str] = field(default_factory=list)

    def freeze(self) -> Block:
        """The finished block; the question text on one line, words joined across line ends as
        ``join_lines`` does ("WIN-" / "Initiative" -> "WIN-Initiative"), so that a question reads
        the same whether its Kleine Anfrage or its Antwort broke the line there."""
        return Block(self.number, join_lines(self.text), tuple(self.answer), self.line)


def next_letter(letter: str) -> str:
    """The sub-question letter after ``letter`` ("" -> "a")."""
    return chr(ord(letter) + 1) if letter else "a"
