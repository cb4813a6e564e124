"""Join German words that a printed PDF broke across a line end.

Only text that came from a PDF needs this: the typesetter split long words into syllables
("Zusammenar-" / "beit"), but German also has real hyphens that must survive a line break
("EU-" / "Kommission", "Widerspruchs-" / "und Klageverfahren"). The decision for one line end,
in order (the rules and a real example each live in ``hyphenation.toml``):

1. No hyphen after a letter or digit at the line end, or the next line is blank: nothing to do.
2. Keep when the next line starts with a conjunction that continues a suspended compound
   ("Widerspruchs-" / "und Klageverfahren", "Bundes-" / "als auch Landesmittel"), and when the
   broken word is a web address ("…/eu-council-western-" / "balkans-migration…").
3. Keep when the part before the hyphen is an abbreviation, acronym or number ("NATO-" /
   "Truppen", "G7-" / "Staaten", "2020-" / "2021", "ICMPD-" / "geführten"). A syllable split
   never leaves a part with an inner capital, a digit or no lowercase letter at all.
4. Keep when the part before the hyphen is a lowercase adjective ending in "-isch" or "-lich"
   ("deutsch-" / "österreichischen", "wirtschaftlich-" / "technischer"): a syllable break never
   leaves such an ending on the line, the "ch" goes to the next syllable.
5. Keep when the next line starts with a capital letter ("EU-" / "Kommission", "Reha-" /
   "Leistungen"): German breaks compounds before a capital only at a real hyphen; a noun
   split into syllables continues in lowercase. Anything else that is not two lowercase letters
   (a parenthesis, a quote, a digit, a sub-question "a) …") also keeps the hyphen.
6. Otherwise join: the first word of the next line moves up to the earlier line without the
   hyphen ("Zusammenar-" / "beit der …" becomes "Zusammenarbeit" / "der …").

The number of lines never changes, so line indices (and the per-line ``small`` flags of
:mod:`drafter.parse.pdf`) stay valid. A next line that consisted of the fragment only becomes "".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from drafter.datafile import read_toml, words


@dataclass(frozen=True)
class HyphenRules:
    """The data of ``hyphenation.toml`` that the decision needs."""

    hyphens: frozenset[str]
    conjunctions: frozenset[str]
    adjective_endings: tuple[str, ...]
    url_markers: tuple[str, ...]


@cache
def load_rules() -> HyphenRules:
    """Read the rule file once; it ships inside the package beside this module."""
    return load_hyphen_rules(Path(__file__).parent / "hyphenation.toml")


def load_hyphen_rules(path: Path) -> HyphenRules:
    """The word lists of ``path``; a missing or malformed one raises ``DataFileError`` naming it."""
    data = read_toml(path)
    return HyphenRules(
        hyphens=frozenset(words(path, data, "hyphens")),
        conjunctions=frozenset(word.casefold() for word in words(path, data, "conjunctions")),
        adjective_endings=words(path, data, "adjective_endings"),
        url_markers=words(path, data, "url_markers"),
    )


def dehyphenate_lines(lines: Sequence[str]) -> list[str]:
    """Return ``lines`` with broken words joined onto the earlier line; same length as the input."""
    rules = load_rules()
    out = list(lines)
    for index in range(len(out) - 1):
        joined = join_pair(out[index], out[index + 1], rules)
        if joined is not None:
            out[index], out[index + 1] = joined
    return out


def join_pair(line: str, following: str, rules: HyphenRules | None = None) -> tuple[str, str] | None:
    """Return the two lines with the broken word joined, or None when the line end stays as it is."""
    rules = rules or load_rules()
    head = line.rstrip()
    rest = following.lstrip()
    if not rest or not head or head[-1] not in rules.hyphens:
        return None
    stem = _last_word(head[:-1])
    fragment, *remainder = rest.split(maxsplit=1)
    if not should_join(stem, fragment, rules):
        return None
    return head[:-1] + fragment, "".join(remainder)


def should_join(stem: str, fragment: str, rules: HyphenRules) -> bool:
    """Decide for one broken word: ``stem`` ends the line (without hyphen), ``fragment`` starts the next."""
    if not stem or not stem[-1].isalnum():
        return False
    if fragment.casefold() in rules.conjunctions or any(mark in stem for mark in rules.url_markers):
        return False
    part = _last_part(stem)
    if is_abbreviation(part) or (part[0].islower() and part.endswith(rules.adjective_endings)):
        return False
    return fragment[:2].isalpha() and fragment[:2].islower()


def is_abbreviation(part: str) -> bool:
    """True for "NATO", "EU", "G7", "2020", "mRNA", "BAföG": parts a typesetter never splits.

    A syllable left at a line end is lowercase after its first letter and has no digit.
    """
    if any(char.isdigit() for char in part):
        return True
    if not any(char.islower() for char in part):
        return True
    return any(char.isupper() for char in part[1:])


def _last_word(text: str) -> str:
    """The last whitespace-separated word of ``text`` ("" when it ends in whitespace)."""
    if not text or text[-1].isspace():
        return ""
    return text.split()[-1]


def _last_part(word: str) -> str:
    """The part of a compound after its last hyphen, without leading quotes or brackets.

    "EU-Westbalkann" gives "Westbalkann", "„Platt" gives "Platt".
    """
    part = word.rsplit("-", 1)[-1]
    return part.lstrip("„“”\"'‚‘([{/")
