"""Citations of other Drucksachen, with the question numbers they name, found in running text.

A follow-up Kleine Anfrage names what it presses on in many ways: "Antwort der Bundesregierung zu
Frage 3 auf Bundestagsdrucksache 21/617", "BT-Drs. 21/617", "vgl. Drucksache 21/617", "Frage 2
der Kleinen Anfrage auf Bundestagsdrucksache 21/843", "Antwort zu den Fragen 1 bis 3 …". Each
mention of a Drucksache number becomes a ``Citation``; the question numbers are those named just
before it ("zu Frage 3 auf …") or right after it ("21/617, Antwort zu Frage 3"), as long as no
other Drucksache is mentioned in between. The library resolves citations into links between
questions (``citelinks.py``) and lets a search that cites a Drucksache rank its questions first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DRUCKSACHE = re.compile(
    r"(?:Bundestags-?\s*)?(?:Drucksache|Drs\.?|Drucks\.)\s*(?:Nr\.\s*)?(\d{1,2})\s*/\s*(\d{1,6})\b"
    r"|\bBT-?\s*(?:Drs|Drucksache)\.?\s*(\d{1,2})\s*/\s*(\d{1,6})\b",
    re.IGNORECASE,
)
# "Frage 3", "Fragen 3 und 4", "Fragen 1 bis 3", "Frage 20c", "Fragen 2, 5 und 7a"
_QUESTIONS = re.compile(
    r"\bFragen?\s+(?:Nr\.\s*)?(\d{1,3}\s*[a-z]?(?:\s*(?:,|und|bis|sowie|–|-)\s*\d{1,3}\s*[a-z]?)*)\b"
)
_ITEM = re.compile(r"(\d{1,3})\s*([a-z]?)")
_RANGE = re.compile(r"(\d{1,3})\s*(?:bis|–|-)\s*(\d{1,3})\b")
BEFORE = 90  # characters before a Drucksache mention searched for "Frage N"
AFTER = 50  # characters after it
_SPACE = re.compile(r"\s+")
_HYPHEN_BREAK = re.compile(r"(\w)-\s+(?=[a-zäöü])")


@dataclass(frozen=True)
class Citation:
    """One mention of Drucksache ``number`` ("21/617"), with the question numbers it names."""

    number: str
    questions: tuple[str, ...] = ()


def flat(text: str) -> str:
    """One line: spaces folded, a word hyphenated over a line break joined ("Bundestags- drucksache")."""
    return _HYPHEN_BREAK.sub(r"\1", _SPACE.sub(" ", text))


def citations(text: str | None) -> list[Citation]:
    """Every Drucksache mention in ``text``, in order, with the question numbers it names."""
    if not text:
        return []
    line = flat(text)
    mentions = list(_DRUCKSACHE.finditer(line))
    out: list[Citation] = []
    for i, match in enumerate(mentions):
        wp, running = (match[1], match[2]) if match[1] else (match[3], match[4])
        start = max(mentions[i - 1].end() if i else 0, match.start() - BEFORE)
        end = min(mentions[i + 1].start() if i + 1 < len(mentions) else len(line), match.end() + AFTER)
        named = _named(line[start : match.start()], last=True) or _named(line[match.end() : end], last=False)
        out.append(Citation(f"{int(wp)}/{int(running)}", named))
    return out


def _named(window: str, *, last: bool) -> tuple[str, ...]:
    """Question numbers of the "Frage(n) …" mention in ``window`` nearest the Drucksache."""
    found = list(_QUESTIONS.finditer(window))
    if not found:
        return ()
    return question_numbers(found[-1 if last else 0][1])


def question_numbers(spec: str) -> tuple[str, ...]:
    """ "1 bis 3" → 1, 2, 3; "2, 5 und 7a" → 2, 5, 7a (ranges up to 30 questions)."""
    numbers: list[str] = []
    for part in re.split(r"\s*(?:,|und|sowie)\s*", spec):
        span = _RANGE.fullmatch(part.strip())
        if span and 0 < int(span[2]) - int(span[1]) <= 30:
            numbers.extend(str(n) for n in range(int(span[1]), int(span[2]) + 1))
            continue
        item = _ITEM.match(part.strip())
        if item:
            numbers.append(item[1] + item[2])
    return tuple(dict.fromkeys(numbers))


def cited_numbers(text: str | None, exclude: set[str] | None = None) -> dict[str, set[str]]:
    """Drucksache → the question numbers named for it (empty: the document as a whole)."""
    out: dict[str, set[str]] = {}
    for cite in citations(text):
        if exclude and cite.number in exclude:
            continue
        out.setdefault(cite.number, set()).update(cite.questions)
    return out
