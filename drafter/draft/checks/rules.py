"""The phrase rules of the draft checks, read from ``data/*.toml`` once.

Kept as data so staff of the Parlamentssekretariat's way of working can extend them with an example
each, without reading the checking code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from drafter.datafile import entries, read_toml, word_table, words

_DATA = Path(__file__).parents[1] / "data"


@dataclass(frozen=True)
class PhraseRule:
    """One pattern with what the warning says about it (``note``) and an example it catches."""

    pattern: re.Pattern[str]
    note: str
    example: str


def load_phrase_rules(path: Path, note_key: str | None = None) -> tuple[PhraseRule, ...]:
    """The ``[[rule]]`` entries of ``path``: ``pattern`` (``case = true``: case-sensitive),
    ``example`` and, with ``note_key``, the note; a broken entry raises ``DataFileError``."""
    rules = []
    for entry in entries(path, read_toml(path), "rule"):
        flags = 0 if entry.flag("case") else re.IGNORECASE
        note = entry.text(note_key) if note_key else ""
        rules.append(PhraseRule(entry.pattern("pattern", flags), note, entry.text("example")))
    return tuple(rules)


def load_abbreviations(path: Path) -> tuple[dict[str, str], frozenset[str]]:
    """(known abbreviation → written-out form, abbreviations exempt as generally known)."""
    data = read_toml(path)
    return word_table(path, data, "known"), frozenset(words(path, data, "common"))


@lru_cache(maxsize=1)
def loaded_words() -> tuple[PhraseRule, ...]:
    return load_phrase_rules(_DATA / "loaded_words.toml")


@lru_cache(maxsize=1)
def claim_markers() -> tuple[PhraseRule, ...]:
    return load_phrase_rules(_DATA / "claims.toml")


@lru_cache(maxsize=1)
def placeholders() -> tuple[PhraseRule, ...]:
    return load_phrase_rules(_DATA / "placeholders.toml")


@lru_cache(maxsize=1)
def competences() -> tuple[PhraseRule, ...]:
    return load_phrase_rules(_DATA / "competences.toml", "who")


@lru_cache(maxsize=1)
def abbreviations() -> tuple[dict[str, str], frozenset[str]]:
    """(known abbreviation → written-out form, abbreviations exempt as generally known)."""
    return load_abbreviations(_DATA / "abbreviations.toml")
