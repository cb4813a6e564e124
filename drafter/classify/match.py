"""Matching a whole rule set against a sentence quickly.

Each rule alternative has a gate of literal words (``drafter.classify.gate``); an index from each
literal to the alternatives it unlocks means a sentence costs one vocabulary lookup plus the few
regular expressions whose key words actually occur. The result is the same as asking every rule.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from drafter.classify.gate import Vocabulary
from drafter.classify.rules import Rule
from drafter.classify.sentences import prepared


@dataclass(frozen=True)
class _Index:
    """Which rule alternatives each gate literal can unlock, for one rule set."""

    vocabulary: Vocabulary
    postings: dict[str, tuple[tuple[int, int], ...]]
    ungated: tuple[tuple[int, int], ...]


_INDEXES: dict[int, tuple[Sequence[Rule], _Index]] = {}


def _build_index(rules: Sequence[Rule]) -> _Index:
    postings: dict[str, list[tuple[int, int]]] = {}
    ungated: list[tuple[int, int]] = []
    for r, rule in enumerate(rules):
        for a, (gate, _) in enumerate(rule.alternatives):
            if gate is None:
                ungated.append((r, a))
            for word in gate or ():
                postings.setdefault(word, []).append((r, a))
    vocabulary = Vocabulary(set(postings))
    return _Index(vocabulary, {w: tuple(p) for w, p in postings.items()}, tuple(ungated))


def _index(rules: Sequence[Rule]) -> _Index:
    """The index of a rule set, built once per rule set."""
    hit = _INDEXES.get(id(rules))
    if hit is None or hit[0] is not rules:
        hit = (rules, _build_index(rules))
        _INDEXES[id(rules)] = hit
    return hit[1]


def matching(rules: Sequence[Rule], sentence: str) -> list[tuple[int, Rule]]:
    """The rules that match a sentence with their positions, in file order. Same result as
    ``rule.matches`` for each rule, but only alternatives whose gate literals occur are searched."""
    text, lowered = prepared(sentence)
    index = _index(rules)
    candidates: dict[int, set[int]] = {}
    for r, a in index.ungated:
        candidates.setdefault(r, set()).add(a)
    for word in index.vocabulary.present(lowered):
        for r, a in index.postings[word]:
            candidates.setdefault(r, set()).add(a)
    return [(r, rules[r]) for r in sorted(candidates) if rules[r].search_some(text, candidates[r])]
