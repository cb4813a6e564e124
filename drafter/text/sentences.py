"""German sentence splitting for answers of the federal government and for drafted questions.

Evidence for a finding is one sentence of the answer, verbatim with whitespace folded, so the
splitter must not break at the full stops that German administrative prose is full of:
abbreviations ("z. B.", "Nr.", "Abs.", "i. V. m.", "BVerfGE 124, 161"; the list is data, see
``abbreviations.toml``), dates and ordinals ("am 1. Februar 2018", "der 2. Schritt"), and full stops
inside quotes („… Dienstgebrauch.“). A sentence ends at ".", "!" or "?" (optionally followed by
closing quotes or brackets) when the next text starts like a sentence: an upper-case letter, a
digit, an opening quote or bracket.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from drafter.datafile import read_toml, words
from drafter.text.months import MONTH_PATTERN
from drafter.text.spaces import evidence_form

_ABBREVIATIONS = Path(__file__).with_name("abbreviations.toml")
_NAMES = Path(__file__).with_name("names.toml")

_TABLE = 150  # a longer "sentence" whose head holds several numbers is taken for a table run-in
_MIN_NUMBERS = 4  # numbers in that head
_NUMBER = re.compile(r"\d+")
_OPENER = re.compile(
    r"(?<=[\w)“\"] )(?:Zu|Die|Der|Das|Eine?|Es|Im|Hierzu|Dazu|Darüber|Weitere|Für|Nach|Aus|Bei|Seit|Insofern"
    r"|Insoweit|Im Übrigen|Eine weitere)\s"
)
# a capitalised word right after a table cell (a number, a date, a closing bracket): where the prose
# after a table may start ("… Beleuchtung (Stk) 17 17 Stand: 08.05.2025 Weitergehende Informationen …")
_AFTER_CELL = re.compile(r"(?<=[\d)\]%]) (?=[A-ZÄÖÜ][a-zäöüß]{2,}\b)")
_LOWER_WORD = re.compile(r"\b[a-zäöüß]{2,}\b")
_CANDIDATE = re.compile(r"[.!?][\"“”»«’)\]*]*(?=\s+[\"„“»«(\[A-ZÄÖÜ0-9*•–-])")
_DOTTED = re.compile(r"(?:[a-zäöü]\.)+[a-zäöü]")
_ORDINAL_BEFORE = re.compile(r"(?:^|[\s(])\d{1,3}$")
_NEXT_WORD = re.compile(r"\s*(\S+)")
_MONTH_AFTER = re.compile(rf"\s*(?:{MONTH_PATTERN})\b", re.IGNORECASE)


@cache
def abbreviations() -> frozenset[str]:
    """Abbreviations ending in a full stop that do not end a sentence (lower-case, no final stop)."""
    return load_abbreviations(_ABBREVIATIONS)


def load_abbreviations(path: Path) -> frozenset[str]:
    """The ``stop`` list of ``path``; a broken file raises ``DataFileError`` naming it."""
    return frozenset(words(path, read_toml(path), "stop"))


@cache
def opener_names() -> tuple[str, ...]:
    """Proper names that start with a sentence opener ("Die Linke"): never the start of a sentence."""
    return load_opener_names(_NAMES)


def load_opener_names(path: Path) -> tuple[str, ...]:
    """The ``names`` list of ``path``; a broken file raises ``DataFileError`` naming it."""
    return tuple(words(path, read_toml(path), "names"))


def _starts_name(text: str, at: int) -> bool:
    """Does a proper name like "Die Linke" ("der Gruppe Die Linke auf Drucksache …") begin at ``at``?"""
    return any(
        text.startswith(name, at) and not text[at + len(name) : at + len(name) + 1].isalnum()
        for name in opener_names()
    )


def _is_abbreviation(token: str) -> bool:
    """True when ``token`` (the text before a full stop, up to the previous space) is an
    abbreviation rather than a sentence's last word: a listed one, a single letter, or a chain of
    letter-dot parts like "i.V.m"."""
    word = token.lstrip('(„"[').lower().rsplit("-", 1)[-1]  # "Strecken-Nr." ends like "Nr."
    if len(word) == 1 and word.isalpha():
        return True
    return word in abbreviations() or _DOTTED.fullmatch(word) is not None


def _is_boundary(text: str, end: int, closed: bool) -> bool:
    """Decide whether the punctuation mark at ``end`` closes a sentence; ``closed`` says a quote,
    bracket or footnote mark follows it ("… Anlagen 1 bis 6.* Die …"), which no ordinal has."""
    if text[end] != ".":
        return True
    before = text[max(0, end - 40) : end]
    if before and not before[-1].isspace() and _is_abbreviation(before.rsplit(None, 1)[-1]):
        return False
    if not closed and _ORDINAL_BEFORE.search(before):
        # "1. Februar 2018", "der 2. Schritt": a short number before the stop is an ordinal unless
        # the next word cannot continue a date and the number closes a clause ("… insgesamt 12.")
        return not _continues_ordinal(text, end + 1)
    return True


def _continues_ordinal(text: str, start: int) -> bool:
    """An ordinal is followed by a month name or a capitalised noun in the same phrase; we treat
    every short number + full stop as an ordinal except before a typical sentence opener."""
    if _MONTH_AFTER.match(text, start):
        return True
    nxt = _NEXT_WORD.match(text, start)
    openers = {"Die", "Der", "Das", "Es", "Im", "In", "Eine", "Ein", "Dies", "Diese", "Hierzu", "Zu"}
    return not (nxt and nxt.group(1) in openers)


def split_sentences(text: str) -> list[str]:
    """Split an answer into sentences, each whitespace-folded and verbatim otherwise."""
    folded = evidence_form(text)
    sentences: list[str] = []
    start = 0
    for match in _CANDIDATE.finditer(folded):
        if _is_boundary(folded, match.start(), match.end() - match.start() > 1):
            sentences.extend(_detach_tail(folded[start : match.end()].strip()))
            start = match.end()
    sentences.extend(_detach_tail(folded[start:].strip()))
    return [s for s in sentences if s]


def _prose(tail: str) -> bool:
    """A tail reads as prose, not as the next table row: mostly words, several in lower case, few
    numbers ("Weitergehende Informationen … liegen dem BMV nicht vor.")."""
    return len(_LOWER_WORD.findall(tail)) >= 4 and len(_NUMBER.findall(tail)) <= 2


def _detach_tail(sentence: str) -> list[str]:
    """Split a table run together with the sentence after it ("… 03.05.2025 Hilchenbach NW Einzelperson
    Zu Einzelpersonen erteilt die Bundesregierung … keine Auskunft."): table cells end without a full
    stop, so the closing sentence is the part from the last typical sentence opener, or the last
    capitalised word after a cell that starts prose, on. The evidence then reads as a sentence, not
    as a table dump. Only where
    the part before holds several numbers, so "der Fraktion Die Linke" in prose stays whole; a
    name that starts like a sentence ("Die Linke", ``names.toml``) never starts the tail."""
    if len(sentence) <= _TABLE or len(_NUMBER.findall(sentence)) < _MIN_NUMBERS:
        return [sentence]  # fewer numbers in all than a table's head needs (see below)
    window = len(sentence) - _TABLE
    openers = sorted(
        {m.start() for m in _OPENER.finditer(sentence, window) if not _starts_name(sentence, m.start())}
        | {m.end() for m in _AFTER_CELL.finditer(sentence, window) if _prose(sentence[m.end() :])}
    )
    tail_start = next((p for p in reversed(openers) if len(sentence) - p >= 30), None)
    if tail_start is None or tail_start < 40 or len(_NUMBER.findall(sentence, 0, tail_start)) < _MIN_NUMBERS:
        return [sentence]
    return [sentence[:tail_start].rstrip(), sentence[tail_start:]]
