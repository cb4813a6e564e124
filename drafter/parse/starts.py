"""What a numbered line says: its number, the numbers that may follow it, its question text."""

from __future__ import annotations

from drafter.parse import patterns as p
from drafter.parse.blocks import next_letter

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def successors(number: str) -> set[str]:
    """Numbers that may follow ``number`` directly: "2" -> {"3", "2a"}, "2a" -> {"3", "2b"}."""
    main = number.rstrip(LETTERS)
    letter = number[len(main) :]
    return {str(int(main) + 1), main + next_letter(letter)}


def shaped(line: str, rest: str) -> bool:
    """A question's text starts in upper case or with its first letter ("5. a) Welche …")."""
    return (not rest[:1].islower() or bool(p.SUB_START.match(rest))) and not p.ORDINAL_START.match(line)


def letter_gap(current: str, letter: str, taken: frozenset[str] = frozenset()) -> int:
    """How many letters ``letter`` lies after ``current`` ("" counts as before "a"), not counting
    letters in ``taken``: after "e", reprinted once more behind "f" to "h", "i" is the next one."""
    start = ord(current) if current else ord("a") - 1
    if ord(letter) <= start:
        return ord(letter) - start
    return 1 + sum(chr(code) not in taken for code in range(start + 1, ord(letter)))


def number_of(line: str, current: str) -> str | None:
    """The number a start line names, letters read as sub-questions of ``current``'s question."""
    main = p.QUESTION_START.match(line)
    if main:
        return main.group(1)
    sub = p.SUB_START.match(line)
    return current.rstrip(LETTERS) + sub.group(1) if sub else None


def start_text(line: str) -> str:
    match = p.QUESTION_START.match(line) or p.SUB_START.match(line)
    return match.group(2) if match else line
