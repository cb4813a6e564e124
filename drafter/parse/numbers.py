"""Question numbers: "2", "2a"; their order; and the lists joint-answer notes name.

A joint note names its group as a list ("5, 6 und 8"), a range ("2 bis 2b", "14 bis 15d") or both
("1, 2 und 4 bis 7"). Ranges are expanded over the numbers the document actually contains, so
"2 bis 2b" means 2, 2a, 2b and "14 bis 15d" means 14, 15, 15a … 15d.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from drafter.parse.patterns import JOINT_NOTE

_NUMBER = re.compile(r"^(\d{1,3})\s?([a-z]?)\)?$")
_SEPARATORS = re.compile(r"\s*,\s*|\s+und\s+|\s+sowie\s+")
_FRAGE = re.compile(r"\bFragen?\s+")
_RANGE = re.compile(r"\s+bis\s+|\s*[–-]\s*")


def number_key(number: str) -> tuple[int, str]:
    """Sort key: "2" < "2a" < "2b" < "3"; unknown shapes sort last."""
    match = _NUMBER.match(number.strip())
    if not match:
        return (10_000, number)
    return (int(match.group(1)), match.group(2))


def canonical(number: str) -> str | None:
    """ "2 a)" -> "2a"; None when the text is not a question number."""
    match = _NUMBER.match(number.strip())
    return match.group(1) + match.group(2) if match else None


def expand_list(text: str, known: Iterable[str]) -> tuple[str, ...]:
    """Numbers named by a joint note's list, in the order of ``known`` (document numbers).

    Single numbers are kept even when the document lacks them (the caller decides); ranges only
    yield numbers the document has, plus their endpoints.
    """
    known_list = list(known)
    wanted: list[str] = []
    for part in _SEPARATORS.split(_FRAGE.sub("", text).strip()):
        ends = [canonical(end) for end in _RANGE.split(part.strip(), maxsplit=1)]
        if not all(ends):
            continue
        if len(ends) == 1:
            wanted.append(str(ends[0]))
            continue
        low, high = number_key(str(ends[0])), number_key(str(ends[1]))
        inside = [n for n in known_list if low <= number_key(n) <= high]
        wanted.extend([str(ends[0]), *inside, str(ends[1])])
    unique = dict.fromkeys(wanted)
    order = {n: i for i, n in enumerate(known_list)}
    return tuple(sorted(unique, key=lambda n: (order.get(n, len(order)), number_key(n))))


def announced_numbers(text: str) -> frozenset[int]:
    """Main question numbers named by any joint-answer note in ``text`` ("1, 3 bis 5 und 18")."""
    found: set[int] = set()
    for match in JOINT_NOTE.finditer(text):
        for part in _SEPARATORS.split(_FRAGE.sub("", match.group("list")).strip()):
            ends = [number_key(end) for end in _RANGE.split(part.strip(), maxsplit=1)]
            if all(key[0] < 10_000 for key in ends):
                found.update(range(ends[0][0], ends[-1][0] + 1))
    return frozenset(found)
