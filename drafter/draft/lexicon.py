"""Word classes for the question rewriter, read once from ``data/grammar.toml``.

Kept as data so a reviewer can add a particle or a W-word without touching the rewriting code.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

_DATA = Path(__file__).parent / "data" / "grammar.toml"


def _load() -> dict[str, frozenset[str]]:
    with _DATA.open("rb") as handle:
        raw = tomllib.load(handle)
    return {key: frozenset(str(word) for word in words) for key, words in raw.items()}


_WORDS = _load()
SIMPLE_W = _WORDS["simple_w"]
W_DETERMINERS = _WORDS["w_determiners"]
PREPOSITIONS = _WORDS["prepositions"]
CLAUSE_STARTS = _WORDS["clause_starts"]
COORDINATORS = _WORDS["coordinators"]
AUXILIARIES = _WORDS["auxiliaries"]
PARTICLES = _WORDS["particles"]
NON_VERBS = _WORDS["non_verbs"]
