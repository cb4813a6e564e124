"""Which parts of a question a finding concerns, where not all of it.

A joint answer ("Die Fragen 3 bis 5 werden gemeinsam beantwortet.") often gives counts for some of
its questions and says of one of them "Zu Frage 5 liegen keine Erkenntnisse vor."; an answer on a
series often gives figures for some years or Länder and withholds the rest ("Für die Jahre vor 2020
liegen keine Daten vor."). A follow-up asks again for exactly those parts, so a finding carries them
in ``parts``: the questions of the group it names, or the years and Länder its sentence restricts it
to. A finding that names other questions of its group only does not concern this question at all.
The year and Land phrases are data (``parts.toml``), each with real example sentences.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from drafter.classify.rules import RuleError
from drafter.classify.targets import question_targets
from drafter.datafile import read_toml

DEFAULT_PARTS = Path(__file__).with_name("parts.toml")
# a sentence about some questions opens with them ("Zu Frage 5 liegen …", "Im Einzelnen: Die Antworten
# zu den Fragen 3 und 4 können nicht in offener Form erfolgen."); "aus den in der Antwort zu Frage 1
# dargestellten Gründen" only cites another answer
_ON_QUESTIONS = re.compile(
    r"(?:[\w ]{0,20}:\s*)?(?:zu|hinsichtlich|bezüglich|betreffend|für|die antworten? zu)\b"
    r"[^.]{0,20}?\bfragen?\b",
    re.IGNORECASE,
)
# "nur für die Jahre 2020 bis 2025": the years named are the ones given, not the ones left open
_ONLY = re.compile(r"\b(?:nur|lediglich|erst|ausschließlich)\b", re.IGNORECASE)


@dataclass(frozen=True)
class PartRules:
    """The phrases that restrict a statement to some years (``years``) and the names of the Länder."""

    years: tuple[re.Pattern[str], ...]
    laender: tuple[str, ...]
    examples: tuple[str, ...]


@cache
def _land_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """One search for all Länder; the longer names are tried first, so "Sachsen-Anhalt" is not also
    read as "Sachsen"."""
    ordered = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{ordered})(?![\w-])")


def _fail(path: Path, message: str) -> RuleError:
    return RuleError(f"Regeldatei {path}: {message}")


def _texts(path: Path, data: dict[str, object], field: str) -> tuple[str, ...]:
    value = data.get(field)
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
        raise _fail(path, f"„{field}“ muss eine nicht leere Liste von Texten sein.")
    return tuple(value)


def load_parts(path: Path = DEFAULT_PARTS) -> PartRules:
    """Read the part phrases; a broken file raises ``RuleError`` with a German message."""
    data = read_toml(path, RuleError)
    patterns = []
    for source in _texts(path, data, "years"):
        try:
            patterns.append(re.compile(source, re.IGNORECASE))
        except re.error as exc:
            raise _fail(path, f"ungültiger regulärer Ausdruck „{source}“ ({exc}).") from exc
    return PartRules(tuple(patterns), _texts(path, data, "laender"), _texts(path, data, "examples"))


@cache
def default_parts() -> PartRules:
    return load_parts()


def _written(part: str) -> str:
    """A part as it reads inside a phrase: whitespace folded, a sentence-initial "Vor" lower-cased."""
    part = re.sub(r"\s+", " ", part)
    return part[:1].lower() + part[1:] if part.startswith("Vor ") else part


def restricted_to(sentence: str, rules: PartRules | None = None) -> tuple[str, ...]:
    """The years and Länder a statement is restricted to, as written ("vor 2020", "Bremen")."""
    rules = rules or default_parts()
    years = [
        _written(m.group(1))
        for p in rules.years
        for m in p.finditer(sentence)
        if not _ONLY.search(sentence, max(0, m.start() - 60), m.start())
    ]
    return tuple(dict.fromkeys([*years, *_land_pattern(rules.laender).findall(sentence)]))


def named_members(sentence: str, group: Sequence[str]) -> tuple[str, ...]:
    """The questions of a joint answer's group that a sentence names ("Zu Frage 5 …" -> ("5",)); a
    number "3" names its lettered members "3a", "3b" where "3" itself is not in the group. Only a
    sentence that opens with the questions it speaks of names them."""
    if not _ON_QUESTIONS.match(sentence):
        return ()
    named: list[str] = []
    for target in question_targets(sentence):
        if target in group:
            named.append(target)
        else:
            named.extend(n for n in group if n.rstrip("abcdefghijklmnopqrstuvwxyz") == target)
    return tuple(dict.fromkeys(named))
