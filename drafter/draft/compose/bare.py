"""Evidence sentences that only restate their category, read from ``data/bare_evidence.toml``.

"Der Bundesregierung liegen hierzu keine Erkenntnisse vor." is the evidence of some 250 findings
of the 21st Wahlperiode. The preamble's first paragraph already says which questions had no
information; quoting such a sentence again as a point of its own adds nothing, while a sentence
that says why or about what ("…, da das angerechnete Einkommen nicht nach Einkommensarten
differenziert werden kann.") is worth quoting.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from drafter.datafile import entries, read_toml

_DATA = Path(__file__).parents[1] / "data" / "bare_evidence.toml"


def load_bare_rules(path: Path) -> tuple[tuple[re.Pattern[str], str], ...]:
    """(pattern, example) of each ``[[rule]]`` of ``path``; a broken entry raises ``DataFileError``."""
    return tuple(
        (rule.pattern("pattern", re.IGNORECASE), rule.text("example"))
        for rule in entries(path, read_toml(path), "rule")
    )


@lru_cache(maxsize=1)
def bare_rules() -> tuple[tuple[re.Pattern[str], str], ...]:
    return load_bare_rules(_DATA)


def is_bare(evidence: str) -> bool:
    """Does the whole sentence only restate its category?"""
    sentence = " ".join(evidence.split())
    return any(pattern.fullmatch(sentence) for pattern, _ in bare_rules())
