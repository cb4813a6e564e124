"""Joining layout lines back into running text.

DIP texts and PDF text layers break lines where the printed column ended. Joining them needs two
decisions: where a space goes, and where a paragraph ends. A line ending in a hyphen in a clean
(or already de-hyphenated) text is a real hyphen: "Reha-" + "Leistungen" joins without a space,
"Widerspruchs-" + "und Klageverfahren" keeps one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

_CONJUNCTION = re.compile(r"^(?:und|oder|bzw\.|sowie|als|bis|noch|wie)\b")
_SENTENCE_END = re.compile(r"[.:!?][\s)\]“”\"'»«’]*$")


# A web address broken at the line end: the line ends inside the address ("(vgl. www.bundesverfas")
# and the next line goes on with more of it ("sungsgericht.de/SharedDocs/…"): addresses hold no
# spaces, and the column broke it without a hyphen.
_OPEN_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s()]*[^\s().,;:!?\"“”]$")
_ADDRESS_GOES_ON = re.compile(r"^[\w\-%~]*[/.?=&#_][\w]")


def _glue(left: str, right: str, word: str = "") -> str:
    """The separator between two joined lines: none after a compound hyphen or inside a web
    address (``word``: the last word of the text so far, which may have begun lines earlier),
    else one space."""
    if left.endswith("-") and len(left) > 1 and left[-2].isalnum() and not _CONJUNCTION.match(right):
        return ""
    if _OPEN_ADDRESS.search(word or left) and _ADDRESS_GOES_ON.match(right):
        return ""
    return " "


def join_lines(lines: Iterable[str]) -> str:
    """Join clean layout lines (as ``normalise`` leaves them: stripped, spaces folded) into one line
    of text, in time linear in the text length."""
    parts: list[str] = []
    previous = word = ""
    for line in lines:
        if not line:
            continue
        glue = _glue(previous, line, word) if previous else " "
        if previous:
            parts.append(glue)
        parts.append(line)
        last = line.rpartition(" ")[2]
        word = word + last if glue == "" and " " not in line else last
        previous = line
    return "".join(parts)


def paragraphs(lines: Sequence[str]) -> str:
    """Join layout lines into paragraphs separated by a newline.

    A paragraph ends at a blank line, or where a line closes a sentence and the next line starts
    with a capital letter, a digit or a bullet. This keeps answers readable in the UI without
    claiming layout knowledge the plain text does not carry.
    """
    blocks: list[list[str]] = [[]]
    for index, line in enumerate(lines):
        if not line:
            if blocks[-1]:
                blocks.append([])
            continue
        blocks[-1].append(line)
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if _SENTENCE_END.search(line) and following[:1] and not following[:1].islower():
            blocks.append([])
    return "\n".join(text for text in (join_lines(block) for block in blocks) if text)
