"""Test oracle: the numbered questions of a Kleine Anfrage, read the simplest possible way.

A Kleine Anfrage is the clean source of truth for what its Antwort must contain. This reader is
deliberately independent of ``drafter.parse``: numbers in strict sequence after "Wir fragen die
Bundesregierung:", letters "a)", "b)" in sequence under the current number, everything else
continuing the current question, up to "Berlin, den".
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

_NUMBER = re.compile(r"^\s*(\d{1,3})\.\s+(\S.*)$")
_LETTER = re.compile(r"^\s*([a-z])\)\s+(\S.*)$")
_ASK = re.compile(r"(Wir fragen die Bundesregierung|fragen wir die Bundesregierung)\s*:?\s*$")
_INQUIRY = re.compile(r"[–-]\s*Drucksache\s+(\d+)/(\d+)\s*[–-]")


def squash(text: str) -> str:
    """Compare texts without caring where lines broke: NFKC, no soft hyphens, no whitespace."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text).replace("\u00ad", ""))


def reference_questions(text: str) -> list[tuple[str, str]]:
    """(number, text) of every question of a Kleine Anfrage, in order."""
    lines = text.replace("\u2002", " ").replace("\u2007", " ").splitlines()
    start = next(i for i, line in enumerate(lines) if _ASK.search(line))
    found: list[list[str]] = []
    expected, parent, letter = 1, "", ""
    for line in lines[start + 1 :]:
        if line.strip().startswith(("Berlin, den", "Gesamtherstellung:")):
            break
        number, sub = _NUMBER.match(line), _LETTER.match(line)
        if number and int(number.group(1)) == expected:
            parent, letter, expected = number.group(1), "", expected + 1
            found.append([parent, number.group(2)])
        elif sub and parent and sub.group(1) == (chr(ord(letter) + 1) if letter else "a"):
            letter = sub.group(1)
            found.append([parent + letter, sub.group(2)])
        elif found:
            found[-1][1] += " " + line.strip()
    return [(number, " ".join(body.split())) for number, body in found]


def inquiry_file(answer: Path) -> Path:
    """The Kleine Anfrage file beside an Antwort, found by the number its header names."""
    match = _INQUIRY.search(answer.read_text(encoding="utf-8"))
    assert match, f"{answer.name} names no Kleine Anfrage"
    return answer.with_name(f"{match.group(1)}_{match.group(2)}-kleine-anfrage.txt")
