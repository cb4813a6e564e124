"""Shape rules: the general forms of non-answers and of what questions ask and answers give, as
co-occurring lemmas in one clause (``shapes.toml``).

A rule is a list of groups (``all``); it matches a clause that holds one word of every group, in any
order and with any phrases between them ("Derzeit prüft das Ministerium die Möglichkeiten" and "Das
Ministerium prüft derzeit …" alike). A group alternative is a lemma or word ("prüfen"), or a compound
head written "~geheimnis" that matches any word ending in it ("Steuergeheimnis", "Betriebsgeheimnis"),
or an exact word form written "=zuständig" (the predicative form, not "zuständigen").
``none`` vetoes a clause that holds any of its words; ``first`` demands the sentence's first word
(for questions: the interrogative or the finite verb of a yes/no question); ``scope = "sentence"``
reads the whole sentence as one clause. Every rule carries real ``examples``; the tests check that
each example matches and that every alternative of every group occurs in a matching example.

kinds: ``finding`` (a non-answer of ``category``), ``answer`` (a definite fact that vetoes findings),
``ask`` (a question asks for the kinds in ``asked``), ``give`` (an answer sentence gives them), ``talk`` (talk
around the question: general aims, competences, procedures; the evidence of an evasive answer).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from drafter.classify.lemmas import Lexicon, clause_terms, first_word, sentence_terms
from drafter.classify.rules import RuleError
from drafter.datafile import read_toml
from drafter.models import Asked, Category

DEFAULT_SHAPES = Path(__file__).with_name("shapes.toml")
_FIELDS = frozenset({"id", "kind", "category", "asked", "all", "none", "first", "scope", "examples", "note"})


class ShapeKind(StrEnum):
    FINDING = "finding"
    ANSWER = "answer"
    ASK = "ask"
    GIVE = "give"
    TALK = "talk"


Group = frozenset[str]  # terms (see ``Lexicon``): words, "=" word forms and "~" compound heads


def _group(items: Sequence[str]) -> Group:
    return frozenset(i.lower() for i in items)


def group_hits(group: Group, terms: frozenset[str]) -> bool:
    """True when the clause (its terms, see ``Lexicon``) holds one alternative of the group."""
    return not group.isdisjoint(terms)


def lexicon_of(groups: Iterable[Group]) -> Lexicon:
    """The lexicon of some rule groups: their words, and their compound heads without the "~"."""
    terms = frozenset().union(*groups)
    heads = frozenset(t[1:] for t in terms if t.startswith("~"))
    return Lexicon(frozenset(t for t in terms if not t.startswith("~")), heads)


@dataclass(frozen=True)
class Shape:
    """One shape rule; ``category`` for findings, ``asked`` for ask and give rules. ``lexicon``: the
    words of the rule file it was read from (of this rule alone where none is given)."""

    id: str
    kind: ShapeKind
    groups: tuple[Group, ...]
    examples: tuple[str, ...]
    raw_groups: tuple[tuple[str, ...], ...] = ()
    category: Category | None = None
    asked: tuple[Asked, ...] = ()
    veto: Group | None = None
    first: Group | None = None
    sentence_scope: bool = False
    lexicon: Lexicon | None = field(default=None, compare=False, repr=False)

    def words(self) -> Lexicon:
        """The lexicon this rule reads sentences through."""
        return self.lexicon or _own_lexicon(self)

    def matches(self, sentence: str) -> bool:
        """True when one clause (or the sentence, for sentence scope) holds every group."""
        lexicon = self.words()
        if self.first is not None and not self._first_hits(sentence, lexicon):
            return False
        whole = sentence_terms(sentence, lexicon)
        for group in self.groups:
            if group.isdisjoint(whole):
                return False  # no clause can hold what the whole sentence lacks
        if self.sentence_scope:
            return self.holds(whole)
        clauses_of = clause_terms(sentence, lexicon)
        if len(clauses_of) == 1 and self.veto is None:
            return True  # the one clause is the whole sentence, which holds every group
        return any(self.holds(terms) for terms in clauses_of)

    def holds(self, terms: frozenset[str]) -> bool:
        """True when a clause with these terms holds every group and no word of the veto."""
        if self.veto is not None and not self.veto.isdisjoint(terms):
            return False
        return all(not g.isdisjoint(terms) for g in self.groups)

    def _first_hits(self, sentence: str, lexicon: Lexicon) -> bool:
        head = first_word(sentence)
        return head is not None and self.first is not None and not self.first.isdisjoint(lexicon.terms(head))


@lru_cache(maxsize=256)
def _own_lexicon(shape: Shape) -> Lexicon:
    groups = [*shape.groups, *(g for g in (shape.veto, shape.first) if g is not None)]
    return lexicon_of(groups)


def _fail(path: Path, message: str) -> RuleError:
    return RuleError(f"Regeldatei {path}: {message}")


def _words(path: Path, rule_id: str, field: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
        raise _fail(path, f"Regel „{rule_id}“: „{field}“ muss eine Liste von Wörtern sein.")
    return tuple(value)


def _groups(path: Path, rule_id: str, value: Any) -> tuple[tuple[str, ...], ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise _fail(path, f"Regel „{rule_id}“: „all“ muss eine Liste von Wortlisten sein.")
    return tuple(_words(path, rule_id, "all", g) for g in value)


def _shape(path: Path, raw: Any, seen: set[str]) -> Shape:
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
        raise _fail(path, "jede Regel [[shape]] braucht eine „id“.")
    rule_id = raw["id"]
    if rule_id in seen:
        raise _fail(path, f"die id „{rule_id}“ kommt doppelt vor.")
    seen.add(rule_id)
    unknown = set(raw) - _FIELDS
    if unknown:
        raise _fail(path, f"Regel „{rule_id}“: unbekannte Felder {', '.join(sorted(unknown))}.")
    try:
        kind = ShapeKind(str(raw.get("kind")))
        category = Category(raw["category"]) if "category" in raw else None
        value = raw.get("asked", [])
        asked = tuple(Asked(v) for v in ([value] if isinstance(value, str) else value))
    except ValueError as exc:
        raise _fail(path, f"Regel „{rule_id}“: {exc}.") from None
    if (kind in (ShapeKind.FINDING,)) != (category is not None):
        raise _fail(path, f"Regel „{rule_id}“: genau die Regeln der Art „finding“ haben eine Kategorie.")
    if (kind in (ShapeKind.ASK, ShapeKind.GIVE)) != bool(asked):
        raise _fail(path, f"Regel „{rule_id}“: genau die Regeln „ask“ und „give“ haben „asked“.")
    groups = _groups(path, rule_id, raw.get("all"))
    first = _words(path, rule_id, "first", raw["first"]) if "first" in raw else None
    if not groups and first is None:
        raise _fail(path, f"Regel „{rule_id}“: „all“ oder „first“ fehlt.")
    return Shape(
        id=rule_id,
        kind=kind,
        groups=tuple(_group(g) for g in groups),
        raw_groups=groups,
        examples=_words(path, rule_id, "examples", raw.get("examples")),
        category=category,
        asked=asked,
        veto=_group(_words(path, rule_id, "none", raw["none"])) if "none" in raw else None,
        first=_group(first) if first else None,
        sentence_scope=raw.get("scope") == "sentence",
    )


def load_shapes(path: Path = DEFAULT_SHAPES) -> tuple[Shape, ...]:
    """Read and check a shape rule file; a broken one raises ``RuleError`` in German."""
    data = read_toml(path, RuleError)
    raw = data.get("shape")
    if not isinstance(raw, list) or not raw:
        raise _fail(path, "enthält keine Regeln ([[shape]]).")
    seen: set[str] = set()
    shapes = [_shape(path, r, seen) for r in raw]
    groups = [g for s in shapes for g in (*s.groups, s.veto, s.first) if g is not None]
    lexicon = lexicon_of(groups)
    return tuple(replace(s, lexicon=lexicon) for s in shapes)


@cache
def default_shapes() -> tuple[Shape, ...]:
    return load_shapes()


def of_kind(kind: ShapeKind) -> tuple[Shape, ...]:
    return tuple(s for s in default_shapes() if s.kind is kind)


def matching_shapes(sentence: str, kind: ShapeKind) -> list[Shape]:
    """The shape rules of one kind that match the sentence, in file order. Only rules one of whose
    key words occurs in the sentence are tried (see ``_Index``); the result is the same."""
    index = _index(kind)
    chosen = set(index.always)
    if not index.shapes:
        return []
    whole = sentence_terms(sentence, index.shapes[0].words())
    for word in whole.intersection(index.words):
        chosen.update(index.words[word])
    return [index.shapes[i] for i in sorted(chosen) if index.shapes[i].matches(sentence)]


@dataclass(frozen=True)
class _Index:
    """For one kind of rule: which rules each key word unlocks. A rule's key words are the plain
    words of one of its groups without compound heads (every match holds one of them); a rule with
    no such group, or with ``first`` alone, is always tried."""

    shapes: tuple[Shape, ...]
    words: dict[str, tuple[int, ...]]
    always: tuple[int, ...]


@cache
def _index(kind: ShapeKind) -> _Index:
    shapes = of_kind(kind)
    words: dict[str, list[int]] = {}
    always: list[int] = []
    for i, shape in enumerate(shapes):
        keys = min((g for g in shape.groups if not any(t.startswith("~") for t in g)), key=len, default=None)
        if keys is None:
            always.append(i)
        for word in keys or ():
            words.setdefault(word, []).append(i)
    return _Index(shapes, {w: tuple(v) for w, v in words.items()}, tuple(always))
