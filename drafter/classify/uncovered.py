"""Parts of a question an otherwise answered question leaves uncovered.

A question often asks for several things at once ("Welche Programme bestehen, und in welcher Höhe
sind Mittel eingeplant?"). An answer that names the programmes and says nothing of the amount answers
only part of it: TAXONOMY.md calls that ``partial`` with an ``evasive`` finding whose ``asked`` names
the missing kind. This module judges only what a reader sees without weighing the prose: a figure or
a date asked in plain words ("wie viele", "in welcher Höhe", "wann"; ``plain.toml``) that no sentence
of the answer gives. It leans to "answered" wherever in doubt: a kind asked only on a condition
("und wenn ja, wann?", "gegebenenfalls") is not missing, any definite negative answers it, a pointer
to an annex, table or public statistic gives it, and so does a Drucksache named.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from drafter.classify.asks import LEAD, yes_no
from drafter.classify.coverage import gives, gives_everything, readable, talks
from drafter.classify.rules import RuleError
from drafter.datafile import read_toml
from drafter.models import Asked, Category, Finding

DEFAULT_PLAIN = Path(__file__).with_name("plain.toml")
_KINDS = (Asked.FIGURE, Asked.DATE)


@dataclass(frozen=True)
class Plain:
    """The phrases of ``plain.toml``: per kind, the words that ask for it outright; the words that
    put a condition on what follows them; and the real questions the tests read."""

    phrases: tuple[tuple[Asked, re.Pattern[str]], ...]
    conditions: re.Pattern[str]
    examples: tuple[tuple[str, frozenset[Asked]], ...]


def _words(path: Path, data: dict[str, object], key: str) -> list[str]:
    value = data.get(key)
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
        raise RuleError(f"Regeldatei {path}: „{key}“ muss eine Liste von Wendungen sein.")
    return [str(v) for v in value]


def _pattern(phrases: Sequence[str]) -> re.Pattern[str]:
    """Whole words, any run of spaces between them ("wie  viele" across a line break)."""
    parts = (r"\s+".join(re.escape(w) for w in p.split()) for p in phrases)
    return re.compile(r"\b(?:" + "|".join(parts) + r")\b", re.IGNORECASE)


def _examples(path: Path, raw: object) -> tuple[tuple[str, frozenset[Asked]], ...]:
    if not isinstance(raw, list) or not raw:
        raise RuleError(f"Regeldatei {path}: es fehlen Beispiele ([[example]]).")
    out: list[tuple[str, frozenset[Asked]]] = []
    for number, item in enumerate(raw, start=1):
        question = item.get("question") if isinstance(item, dict) else None
        kinds = item.get("kinds") if isinstance(item, dict) else None
        if not isinstance(question, str) or not isinstance(kinds, list):
            raise RuleError(f"Regeldatei {path}: Beispiel Nr. {number} braucht „question“ und „kinds“.")
        try:
            out.append((question, frozenset(Asked(str(k)) for k in kinds)))
        except ValueError as exc:
            raise RuleError(f"Regeldatei {path}: Beispiel Nr. {number}: unbekannte Art ({exc}).") from exc
    return tuple(out)


def load_plain(path: Path = DEFAULT_PLAIN) -> Plain:
    """Read and check ``plain.toml``; a broken file raises ``RuleError`` in German."""
    data = read_toml(path, RuleError)
    phrases = tuple((kind, _pattern(_words(path, data, kind.value))) for kind in _KINDS)
    conditions = _pattern(_words(path, data, "conditions"))
    return Plain(phrases, conditions, _examples(path, data.get("example")))


@cache
def default_plain() -> Plain:
    return load_plain()


_CLAUSE = re.compile(r"[,;:?()\[\]]")


@lru_cache(maxsize=4096)
def plain_asks(text: str) -> frozenset[Asked]:
    """The kinds a question asks for in plain words, each outside any condition: not after a
    condition ("…, und wenn ja, wann?") nor in a clause that holds one ("und bis wann ist
    gegebenenfalls mit einem Vorschlag zu rechnen?"). A leading "Wenn ja," of a lettered part is
    dropped: the part was answered, so its condition held. A yes/no question ("Verfügt die
    Bundesregierung über Erkenntnisse, wie viele …") asks whether first, and is left to ``coverage``."""
    body = LEAD.sub("", text.strip())
    if yes_no(body):
        return frozenset()
    plain = default_plain()
    clauses: list[str] = []
    for clause in _CLAUSE.split(body):
        if plain.conditions.search(clause):
            break
        clauses.append(clause)
    return frozenset(kind for kind, pattern in plain.phrases if any(pattern.search(c) for c in clauses))


def uncovered(question_text: str, own: str, pointed: Sequence[tuple[str, str]] = ()) -> Finding | None:
    """An ``evasive`` finding for an answered question whose answer (``own``, with the answers it
    points to) gives none of the figure or date the question asks for in plain words; None when every
    such kind is given or in doubt. The evidence is the own sentence of talk-around, else the own
    answer's last sentence: the place where the missing figure or date should have stood."""
    wanted = plain_asks(question_text)
    if not wanted or gives_everything(own):
        return None
    mine = list(readable(own))
    sentences = mine + [s for _, text in pointed for s in readable(text)]
    if any(_in_doubt(s) for s in sentences):
        return None
    have: set[Asked] = set()
    for sentence in sentences:
        have |= gives(sentence)
    missing = tuple(k for k in _KINDS if k in wanted and k not in have)
    if not missing or not mine:
        return None
    evidence = next((s for s in mine if talks(s)), mine[-1])
    return Finding(Category.EVASIVE, evidence, via=tuple(n for n, _ in pointed), asked=missing)


# a negation may deny that the thing asked about exists ("… sieht das Regelwerk nicht vor": no dates to
# give); a pointer to an annex, a table, a source to look in, or a list announced may hold the figure
_DOUBT = re.compile(
    r"\b(?:nicht|kein\w*|nie|weder|entfällt|Anlage\w*|\w*[Tt]abelle\w*|\w*[Üü]bersicht\w*|entnommen|entnehmen"
    r"|abrufbar|einsehbar|veröffentlicht)\b|:\s*$"
)


def _in_doubt(sentence: str) -> bool:
    return _DOUBT.search(sentence) is not None
