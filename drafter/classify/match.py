"""Matching a whole rule set against a sentence quickly.

Each rule alternative has a gate of literal words (``drafter.classify.gate``); an index from each
literal to the alternatives it unlocks means a sentence costs one vocabulary lookup plus the few
regular expressions whose key words actually occur. An unlocked alternative is searched only when
every other literal set it requires occurs too (``required_sets``): "keine" alone unlocks a dozen
alternatives, but "keine … erkenntnisse … vor" is in few sentences, and a ``[^.]{0,150}`` window
that fails costs far more than a set lookup. The result is the same as asking every rule.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from drafter.classify.gate import Vocabulary, required_sets
from drafter.classify.rules import Rule
from drafter.classify.sentences import prepared

Alternative = tuple[int, int]  # (rule position, alternative position)


@dataclass(frozen=True)
class _Needed:
    """The literal sets that every match of an alternative holds a member of: sets of one-word
    literals (looked up in the sentence's words at once), and sets with phrases, each phrase with its
    key word ("nicht möglich" is only searched for where "möglich" occurs)."""

    words: tuple[frozenset[str], ...]
    mixed: tuple[tuple[frozenset[str], tuple[tuple[str, str], ...]], ...]

    def met(self, found: set[str], lowered: str) -> bool:
        if any(map(found.isdisjoint, self.words)):
            return False
        return all(_some(words, phrases, found, lowered) for words, phrases in self.mixed)


def _some(words: frozenset[str], phrases: tuple[tuple[str, str], ...], found: set[str], lowered: str) -> bool:
    if not words.isdisjoint(found):
        return True
    return any((not key or key in found) and phrase in lowered for phrase, key in phrases)


@dataclass(frozen=True)
class _Index:
    """Which rule alternatives each word can unlock, for one rule set (a phrase unlocks through its
    key word), and the literal sets each alternative requires."""

    vocabulary: Vocabulary
    postings: dict[str, tuple[Alternative, ...]]
    ungated: tuple[Alternative, ...]
    needs: dict[Alternative, _Needed]


_INDEXES: dict[int, tuple[Sequence[Rule], _Index]] = {}


def _needed(sets: tuple[frozenset[str], ...], vocabulary: Vocabulary) -> _Needed:
    words = tuple(s for s in sets if s <= vocabulary.literal_words)
    mixed = tuple(
        (
            s & vocabulary.literal_words,
            tuple((p, vocabulary.keys[p]) for p in sorted(s) if p in vocabulary.keys),
        )
        for s in sets
        if not s <= vocabulary.literal_words
    )
    return _Needed(words, mixed)


def _build_index(rules: Sequence[Rule]) -> _Index:
    gates: dict[Alternative, frozenset[str] | None] = {}
    sets: dict[Alternative, tuple[frozenset[str], ...]] = {}
    for r, rule in enumerate(rules):
        for a, (gate, compiled) in enumerate(rule.alternatives):
            gates[(r, a)] = gate
            sets[(r, a)] = tuple(dict.fromkeys([*([gate] if gate else []), *required_sets(compiled.pattern)]))
    vocabulary = Vocabulary(set().union(*(s for found in sets.values() for s in found)))
    postings: dict[str, list[Alternative]] = {}
    ungated: list[Alternative] = []
    for alt, gate in gates.items():
        keys = _index_words(gate, vocabulary)
        if keys is None:
            ungated.append(alt)
        for word in keys or ():
            postings.setdefault(word, []).append(alt)
    needs = {alt: _needed(found, vocabulary) for alt, found in sets.items()}
    return _Index(vocabulary, {w: tuple(p) for w, p in postings.items()}, tuple(ungated), needs)


def _index_words(gate: frozenset[str] | None, vocabulary: Vocabulary) -> set[str] | None:
    """The words whose presence unlocks an alternative: its gate's words and its phrases' key words;
    None (always tried) without a gate or with a phrase that has no word ("§")."""
    if gate is None:
        return None
    keys = {vocabulary.keys.get(literal, literal) for literal in gate}
    return None if "" in keys else keys


def _index(rules: Sequence[Rule]) -> _Index:
    """The index of a rule set, built once per rule set."""
    hit = _INDEXES.get(id(rules))
    if hit is None or hit[0] is not rules:
        hit = (rules, _build_index(rules))
        _INDEXES[id(rules)] = hit
    return hit[1]


def _admitted(
    index: _Index, unlocked: Iterable[Alternative], found: set[str], lowered: str
) -> dict[int, list[int]]:
    """The unlocked alternatives all of whose literal sets occur, by rule."""
    chosen: dict[int, list[int]] = {}
    for alt in unlocked:
        if index.needs[alt].met(found, lowered):
            chosen.setdefault(alt[0], []).append(alt[1])
    return chosen


def matching(rules: Sequence[Rule], sentence: str) -> list[tuple[int, Rule]]:
    """The rules that match a sentence with their positions, in file order. Same result as
    ``rule.matches`` for each rule, but only alternatives whose required literals occur are searched."""
    text, lowered = prepared(sentence)
    index = _index(rules)
    found = index.vocabulary.words_in(lowered)
    unlocked = [*index.ungated, *(alt for word in found for alt in index.postings.get(word, ()))]
    chosen = _admitted(index, dict.fromkeys(unlocked), found, lowered)
    return [(r, rules[r]) for r in sorted(chosen) if rules[r].search_some(text, chosen[r])]
