"""Refusing a file that holds several Drucksachen.

A file of 49 answers pasted one after another would otherwise become one document with a few
thousand questions, stored under the first number. Each Drucksache starts with its first-page head
("Deutscher Bundestag Drucksache 21/1335", in DIP text and printed PDF alike) and ends with the
printer's trailer ("Gesamtherstellung: …"); every single document of the 21st Wahlperiode has one
of each. Two different heads, or two trailers, mean several documents.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.errors import InputError

_HEAD = re.compile(r"^\s*Deutscher\s+Bundestag\s+Drucksache\s+(\d{1,2}/\d{1,6})\s*$")
_TRAILER = re.compile(r"^\s*Gesamtherstellung:")
_SHOWN = 5


def drucksachen_in(lines: Sequence[str]) -> tuple[list[str], int]:
    """The numbers of the first-page heads (in order, without repeats) and the count of trailers."""
    numbers: list[str] = []
    trailers = 0
    for line in lines:
        head = _HEAD.match(line)
        if head and head.group(1) not in numbers:
            numbers.append(head.group(1))
        elif _TRAILER.match(line):
            trailers += 1
    return numbers, trailers


def check_single(lines: Sequence[str], name: str) -> None:
    """Raise ``InputError`` naming the file and the Drucksachen it holds when there is more than one."""
    numbers, trailers = drucksachen_in(lines)
    if len(numbers) < 2 and trailers < 2:
        return
    count = max(len(numbers), trailers)
    listed = ", ".join(numbers[:_SHOWN]) + (" …" if len(numbers) > _SHOWN else "")
    which = f" ({listed})" if numbers else ""
    raise InputError(
        f"{name}: Die Datei enthält {count} Drucksachen{which}, nicht eine. "
        "Bitte jede Drucksache als eigene Datei speichern und diese importieren."
    )
