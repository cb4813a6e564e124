"""The phrase rules of the draft checks, read from ``data/*.toml`` once.

Kept as data so staff of the Parlamentssekretariat's way of working can extend them with an example
each, without reading the checking code.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

_DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class PhraseRule:
    """One pattern with what the warning says about it (``note``) and an example it catches."""

    pattern: re.Pattern[str]
    note: str
    example: str


def _read(name: str) -> dict[str, Any]:
    with (_DATA / name).open("rb") as handle:
        return tomllib.load(handle)


def _rules(name: str, note_key: str | None = None) -> tuple[PhraseRule, ...]:
    rules = []
    for raw in _read(name)["rule"]:
        flags = 0 if raw.get("case") else re.IGNORECASE
        note = str(raw.get(note_key, "")) if note_key else ""
        rules.append(PhraseRule(re.compile(raw["pattern"], flags), note, raw["example"]))
    return tuple(rules)


@lru_cache(maxsize=1)
def loaded_words() -> tuple[PhraseRule, ...]:
    return _rules("loaded_words.toml")


@lru_cache(maxsize=1)
def claim_markers() -> tuple[PhraseRule, ...]:
    return _rules("claims.toml")


@lru_cache(maxsize=1)
def placeholders() -> tuple[PhraseRule, ...]:
    return _rules("placeholders.toml")


@lru_cache(maxsize=1)
def competences() -> tuple[PhraseRule, ...]:
    return _rules("competences.toml", "who")


@lru_cache(maxsize=1)
def abbreviations() -> tuple[dict[str, str], frozenset[str]]:
    """(known abbreviation → written-out form, abbreviations exempt as generally known)."""
    raw = _read("abbreviations.toml")
    return {str(k): str(v) for k, v in raw["known"].items()}, frozenset(raw["common"])
