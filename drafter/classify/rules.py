"""Loading and validating the phrase rules in ``rules.toml``.

The rules are data so that someone who reads Antworten for a living can extend them without touching
code. Each rule has an ``id``, a ``kind``, a regular expression (``pattern``, or ``patterns`` as a
list of alternatives) matched case-insensitively against the whitespace-folded sentence, an optional
``unless`` expression that vetoes the match, and a real ``example`` sentence it must match (checked
by the tests), with further real ``examples`` where needed so that every alternative of ``patterns``
matches one of them. A broken file raises ``RuleError`` naming the file and the rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from drafter.classify.gate import Literals, passes, required_literals
from drafter.classify.sentences import prepared
from drafter.datafile import DataFileError, read_toml
from drafter.models import Category
from drafter.text.spaces import evidence_form

DEFAULT_RULES = Path(__file__).with_name("rules.toml")


class RuleError(DataFileError):
    """The phrase rule file is missing, not valid TOML, or holds a broken rule."""

    title = "Regeldatei"


class RuleKind(StrEnum):
    """What a match tells about a sentence.

    ``finding``: a non-answer statement of ``category``. ``answer``: a definite answer that merely
    sounds negative ("Es fanden keine Treffen statt."); it vetoes findings in that sentence.
    ``neutral``: neither substance nor finding (restatement, legal boilerplate, reasons for not
    answering). ``context``: reasons or background that only explain a non-answer (Staatswohl
    reasoning, "Hier wäre die Durchsicht jedes einzelnen Verfahrens nötig", the plan under review);
    neutral only where the same answer has a finding of one of the categories in ``with``, and only for
    sentences without numbers unless ``with_numbers`` (a count is substance, a hypothetical is not).
    ``consequence``: a finding sentence that draws its conclusion from what precedes ("… liegen
    daher nicht vor"), so the plain sentences before it are its reasons. ``partial``: the sentence
    speaks about "the rest" ("Im Übrigen", "Weitere …"), so something else was given.
    ``extension``: a sentence that carries the sentence before it over to another matter ("Dies gilt
    auch für …"); after a finding it withholds as that finding does, and is no substance.
    """

    FINDING = "finding"
    ANSWER = "answer"
    NEUTRAL = "neutral"
    CONTEXT = "context"
    CONSEQUENCE = "consequence"
    PARTIAL = "partial"
    EXTENSION = "extension"


@dataclass(frozen=True)
class Rule:
    """One phrase rule; ``category`` is set exactly for ``finding`` rules."""

    id: str
    kind: RuleKind
    pattern: re.Pattern[str]
    example: str
    category: Category | None = None
    unless: re.Pattern[str] | None = None
    applies_with: frozenset[Category] = frozenset()
    with_numbers: bool = False
    sources: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()
    alternatives: tuple[tuple[Literals, re.Pattern[str]], ...] = ()

    def __post_init__(self) -> None:
        """Compile each alternative on its own with its gate (see ``drafter.classify.gate``): only
        alternatives whose key words occur are ever searched."""
        sources = self.sources or (self.pattern.pattern,)
        compiled = tuple((required_literals(s), re.compile(s, re.IGNORECASE)) for s in sources)
        object.__setattr__(self, "alternatives", compiled)

    @property
    def literals(self) -> set[str]:
        return {w for gate, _ in self.alternatives for w in (gate or ())}

    def matches(self, sentence: str) -> bool:
        """True when the folded sentence matches and the veto (if any) does not. Rules see the sentence
        without its inner full stops (see ``matchable``)."""
        text, lowered = prepared(sentence)
        return self.search(text, lambda gate: passes(gate, lowered))

    def search(self, text: str, admits: Callable[[Literals], bool]) -> bool:
        """Search the alternatives that ``admits`` lets through; then apply the veto."""
        chosen = [i for i, (gate, _) in enumerate(self.alternatives) if admits(gate)]
        return self.search_some(text, chosen)

    def search_some(self, text: str, chosen: Iterable[int]) -> bool:
        """Search the chosen alternatives (by position); then apply the veto."""
        if not any(self.alternatives[i][1].search(text) for i in chosen):
            return False
        return not (self.unless and self.unless.search(text))


_FIELDS = frozenset(
    {
        "id",
        "kind",
        "category",
        "pattern",
        "patterns",
        "unless",
        "with",
        "with_numbers",
        "example",
        "examples",
        "note",
    }
)


def _fail(path: Path, message: str) -> RuleError:
    return RuleError(f"Regeldatei {path}: {message}")


def _compile(path: Path, rule_id: str, field: str, value: Any) -> re.Pattern[str]:
    """Compile a string or a list of alternative strings into one case-insensitive pattern."""
    if isinstance(value, str):
        source = value
    elif isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        source = "|".join(f"(?:{v})" for v in value)
    else:
        raise _fail(path, f"Regel „{rule_id}“: „{field}“ muss ein Text oder eine Liste von Texten sein.")
    try:
        return re.compile(source, re.IGNORECASE)
    except re.error as exc:
        raise _fail(path, f"Regel „{rule_id}“: ungültiger regulärer Ausdruck in „{field}“ ({exc}).") from exc


def _known_category(path: Path, rule_id: str, value: Any) -> Category:
    try:
        return Category(value)
    except ValueError:
        known = ", ".join(c.value for c in Category)
        raise _fail(path, f"Regel „{rule_id}“: unbekannte Kategorie „{value}“ (erlaubt: {known}).") from None


def _category(path: Path, rule_id: str, kind: RuleKind, value: Any) -> Category | None:
    """Finding rules need a known category; the other kinds must not have one."""
    if kind is RuleKind.FINDING:
        return _known_category(path, rule_id, value)
    if value is not None:
        raise _fail(path, f"Regel „{rule_id}“: nur Regeln der Art „finding“ haben eine Kategorie.")
    return None


def _with(path: Path, rule_id: str, kind: RuleKind, value: Any) -> frozenset[Category]:
    """Context rules name the finding categories they explain; no other kind may."""
    if kind is not RuleKind.CONTEXT:
        if value is not None:
            raise _fail(path, f"Regel „{rule_id}“: nur Regeln der Art „context“ haben „with“.")
        return frozenset()
    if not isinstance(value, list) or not value:
        raise _fail(path, f"Regel „{rule_id}“: „with“ muss eine nicht leere Liste von Kategorien sein.")
    return frozenset(_known_category(path, rule_id, item) for item in value)


def _flag(path: Path, rule_id: str, kind: RuleKind, value: Any) -> bool:
    """``with_numbers = true`` lets a context rule cover sentences that state numbers too."""
    if value is None:
        return False
    if kind is not RuleKind.CONTEXT or not isinstance(value, bool):
        raise _fail(path, f"Regel „{rule_id}“: „with_numbers“ ist nur für „context“ und nur true/false.")
    return value


def _kind(path: Path, rule_id: str, value: Any) -> RuleKind:
    try:
        return RuleKind(value)
    except ValueError:
        known = ", ".join(k.value for k in RuleKind)
        raise _fail(path, f"Regel „{rule_id}“: unbekannte Art „{value}“ (erlaubt: {known}).") from None


def _rule_id(path: Path, raw: Any, seen: set[str]) -> str:
    """The table's id, checked to be present and unique."""
    if not isinstance(raw, dict):
        raise _fail(path, "jede Regel muss eine Tabelle [[rule]] sein.")
    rule_id = raw.get("id")
    if not isinstance(rule_id, str) or not rule_id:
        raise _fail(path, "eine Regel hat keine „id“.")
    if rule_id in seen:
        raise _fail(path, f"die id „{rule_id}“ kommt doppelt vor.")
    seen.add(rule_id)
    return rule_id


def _check_fields(path: Path, rule_id: str, raw: dict[str, Any]) -> str:
    """Reject unknown fields, demand one pattern field and an example; return the pattern field."""
    unknown = set(raw) - _FIELDS
    if unknown:
        raise _fail(path, f"Regel „{rule_id}“: unbekannte Felder {', '.join(sorted(unknown))}.")
    if ("pattern" in raw) == ("patterns" in raw):
        raise _fail(path, f"Regel „{rule_id}“: genau eines von „pattern“ oder „patterns“ angeben.")
    example = raw.get("example")
    if not isinstance(example, str) or not example.strip():
        raise _fail(path, f"Regel „{rule_id}“: ein echter Beispielsatz („example“) fehlt.")
    return "pattern" if "pattern" in raw else "patterns"


def _examples(path: Path, rule_id: str, value: Any) -> tuple[str, ...]:
    """Further real sentences, so that every alternative of ``patterns`` has one it matches."""
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _fail(path, f"Regel „{rule_id}“: „examples“ muss eine Liste von Beispielsätzen sein.")
    return tuple(evidence_form(v) for v in value)


def _rule(path: Path, raw: Any, seen: set[str]) -> Rule:
    """Build one rule from its TOML table, checking every field."""
    rule_id = _rule_id(path, raw, seen)
    field = _check_fields(path, rule_id, raw)
    kind = _kind(path, rule_id, raw.get("kind"))
    unless = raw.get("unless")
    return Rule(
        id=rule_id,
        kind=kind,
        pattern=_compile(path, rule_id, field, raw[field]),
        sources=tuple(raw[field]) if isinstance(raw[field], list) else (raw[field],),
        example=evidence_form(raw["example"]),
        examples=_examples(path, rule_id, raw.get("examples")),
        category=_category(path, rule_id, kind, raw.get("category")),
        unless=_compile(path, rule_id, "unless", unless) if unless is not None else None,
        applies_with=_with(path, rule_id, kind, raw.get("with")),
        with_numbers=_flag(path, rule_id, kind, raw.get("with_numbers")),
    )


def load_rules(path: Path = DEFAULT_RULES) -> tuple[Rule, ...]:
    """Read and validate a rule file; raise ``RuleError`` with a German message if it is broken."""
    data = read_toml(path, RuleError)
    raw_rules = data.get("rule")
    if not isinstance(raw_rules, list) or not raw_rules:
        raise _fail(path, "enthält keine Regeln ([[rule]]).")
    seen: set[str] = set()
    return tuple(_rule(path, raw, seen) for raw in raw_rules)


@cache
def default_rules() -> tuple[Rule, ...]:
    """The rules shipped with drafter, loaded once per process."""
    return load_rules()
