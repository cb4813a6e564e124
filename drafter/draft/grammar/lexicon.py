"""Word classes for the question rewriter, read once from ``data/grammar.toml``.

Kept as data so a reviewer can add a particle or a W-word without touching the rewriting code.
"""

from __future__ import annotations

from pathlib import Path

from drafter.datafile import read_toml, words

_DATA = Path(__file__).parents[1] / "data" / "grammar.toml"
_CLASSES = (
    "simple_w",
    "w_determiners",
    "prepositions",
    "clause_starts",
    "coordinators",
    "auxiliaries",
    "particles",
    "non_verbs",
)


def load_word_classes(path: Path) -> dict[str, frozenset[str]]:
    """Every word list of ``path`` by name; a missing or malformed list raises ``DataFileError``."""
    data = read_toml(path)
    return {key: frozenset(words(path, data, key)) for key in (*_CLASSES, *data)}


_WORDS = load_word_classes(_DATA)
SIMPLE_W = _WORDS["simple_w"]
W_DETERMINERS = _WORDS["w_determiners"]
PREPOSITIONS = _WORDS["prepositions"]
CLAUSE_STARTS = _WORDS["clause_starts"]
COORDINATORS = _WORDS["coordinators"]
AUXILIARIES = _WORDS["auxiliaries"]
PARTICLES = _WORDS["particles"]
NON_VERBS = _WORDS["non_verbs"]
