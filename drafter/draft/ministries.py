"""Today's names of the federal ministries, read once from ``data/ministries.toml``.

A follow-up is put to today's government: where drafter's own wording re-asks an earlier question
that named a Ressort by a name it no longer has ("das BMEL", "Bundesministerium für Familie,
Senioren, Frauen und Jugend"), the follow-up names it as it is called now ("das BMLEH"). Only a
Ressort with one successor is renamed; one whose tasks went to several (BMBF, BMWK, BMDV, BMVI,
BMUV) is left as it was and the draft check names the candidates, since staff must choose. Text
inside quotation marks is never touched: a quotation stays verbatim.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from drafter.datafile import entries, read_toml

_DATA = Path(__file__).parent / "data" / "ministries.toml"
_QUOTED = re.compile(r"„[^“]*“")


@dataclass(frozen=True)
class Ministry:
    """A Ressort of the 21st Wahlperiode with the names and abbreviations it had before."""

    name: str
    short: str
    former_names: tuple[str, ...]
    former_shorts: tuple[str, ...]


@dataclass(frozen=True)
class Split:
    """A former Ressort whose tasks now lie with several (``successors``: today's abbreviations)."""

    name: str
    short: str
    successors: tuple[str, ...]


@dataclass(frozen=True)
class Ministries:
    current: tuple[Ministry, ...]
    splits: tuple[Split, ...]


def load_ministries(path: Path) -> Ministries:
    """The ``[[ministry]]`` and ``[[split]]`` entries of ``path``; a broken one raises ``DataFileError``."""
    data = read_toml(path)
    current = []
    for entry in entries(path, data, "ministry"):
        name, short, example = entry.text("name"), entry.text("short"), entry.text("example")
        entry.text("source")
        if name not in example and short not in example:
            raise entry.fail("„example“ nennt das Ministerium nicht.")
        current.append(
            Ministry(
                name,
                short,
                entry.texts("former_names", required=False),
                entry.texts("former_shorts", required=False),
            )
        )
    known = {ministry.short for ministry in current}
    splits = []
    for entry in entries(path, data, "split"):
        successors = entry.texts("successors")
        if not set(successors) <= known:
            raise entry.fail("„successors“ nennt ein Ministerium, das es nicht gibt.")
        splits.append(Split(entry.text("name"), entry.text("short"), successors))
    return Ministries(tuple(current), tuple(splits))


@lru_cache(maxsize=1)
def ministries() -> Ministries:
    return load_ministries(_DATA)


def current_names(text: str) -> str:
    """``text`` with former names of Ressorts that have one successor written as today's, outside
    quotations: "Hat das BMEL …" → "Hat das BMLEH …"."""
    return "".join(piece if quoted else _renamed(piece) for piece, quoted in _pieces(text))


def former_mentions(text: str) -> list[str]:
    """A German note for each former Ressort name outside quotations, saying what it is called now."""
    notes = []
    plain = " ".join(piece for piece, quoted in _pieces(text) if not quoted)
    for ministry in ministries().current:
        for old in (*ministry.former_names, *ministry.former_shorts):
            if _find(old, _protected(plain)):
                notes.append(f"„{old}“ heißt heute „{ministry.name} ({ministry.short})“")
    by_short = {ministry.short: ministry.name for ministry in ministries().current}
    for split in ministries().splits:
        for old in (split.name, split.short):
            if _find(old, plain):
                today = " oder ".join(f"„{by_short[s]} ({s})“" for s in split.successors)
                notes.append(f"„{old}“ gibt es nicht mehr; zuständig ist heute {today}")
    return notes


def _pieces(text: str) -> Iterator[tuple[str, bool]]:
    """The text cut into (piece, is a quotation)."""
    at = 0
    for match in _QUOTED.finditer(text):
        yield text[at : match.start()], False
        yield match.group(0), True
        at = match.end()
    yield text[at:], False


def _pattern(old: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(old)}(?![\w-])")


def _find(old: str, text: str) -> bool:
    return bool(_pattern(old).search(text))


_GUARD = "\x02"


def _protected(text: str) -> str:
    """Today's full names masked, so that a former name they begin with ("Bundesministerium der
    Justiz" in "… der Justiz und für Verbraucherschutz") is not taken for the old one."""
    for ministry in sorted(ministries().current, key=lambda m: -len(m.name)):
        text = text.replace(ministry.name, _GUARD * len(ministry.name))
    return text


def _renamed(text: str) -> str:
    guarded = _protected(text)
    out = text
    pairs = [
        (old, new)
        for ministry in ministries().current
        for old, new in (
            *((name, ministry.name) for name in ministry.former_names),
            *((short, ministry.short) for short in ministry.former_shorts),
        )
    ]
    for old, new in sorted(pairs, key=lambda pair: -len(pair[0])):
        for match in reversed(list(_pattern(old).finditer(guarded))):
            out = out[: match.start()] + new + out[match.end() :]
            guarded = guarded[: match.start()] + _GUARD * len(new) + guarded[match.end() :]
    return out
