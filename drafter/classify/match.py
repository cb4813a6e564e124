"""Matching a whole rule set against a sentence quickly.

Each rule alternative has a gate of literal words (``drafter.classify.gate``); an index from each
literal to the alternatives it unlocks means a sentence costs one vocabulary lookup plus the few
regular expressions whose key words actually occur. An unlocked alternative is searched only when
every other literal set it requires occurs too (``required_sets``): "keine" alone unlocks a dozen
alternatives, but "keine … erkenntnisse … vor" is in few sentences, and a ``[^.]{0,150}`` window
that fails costs far more than a set lookup. The result is the same as asking every rule.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from drafter.classify.gate import SHORT, Vocabulary, required_sets
from drafter.classify.rules import Rule
from drafter.classify.sentences import prepared

Alternative = tuple[int, int]  # (rule position, alternative position)


@dataclass(frozen=True)
class _Needed:
    """The literal sets that every match of an alternative holds a member of. ``reach``: for each set
    the words one of which the sentence must hold (its one-word literals, and its phrases' key
    words), checked at once; ``mixed``: the sets with phrases, each phrase with its key word, checked
    exactly only where ``reach`` lets the alternative through ("nicht möglich" is only searched for
    where "möglich" occurs)."""

    reach: tuple[frozenset[str], ...]
    mixed: tuple[tuple[frozenset[str], tuple[tuple[str, str], ...]], ...]

    def met(self, found: set[str], lowered: str) -> bool:
        """Whether every phrase set is met; the ``reach`` has been checked."""
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


def _needed(sets: Sequence[frozenset[str]], vocabulary: Vocabulary, common: Counter[str]) -> _Needed:
    """The literal sets an alternative requires, rarest first so that a sentence fails early."""
    kept = sorted(sets, key=lambda s: _commonness(s, vocabulary, common))
    keys = [frozenset(vocabulary.keys.get(literal, literal) for literal in s) for s in kept]
    reach = tuple(k for k in keys if "" not in k)
    mixed = tuple(
        (
            s & vocabulary.literal_words,
            tuple((p, vocabulary.keys[p]) for p in sorted(s) if p in vocabulary.keys),
        )
        for s in kept
        if not s <= vocabulary.literal_words
    )
    return _Needed(reach, mixed)


def _build_index(rules: Sequence[Rule]) -> _Index:
    sets: dict[Alternative, tuple[frozenset[str], ...]] = {}
    for r, rule in enumerate(rules):
        for a, (gate, compiled) in enumerate(rule.alternatives):
            required = [gate] if gate else []
            required += required_sets(compiled.pattern)
            sets[(r, a)] = tuple(dict.fromkeys(s for s in required if not _weak(s)))
    vocabulary = Vocabulary(set().union(*(s for found in sets.values() for s in found)))
    common = _frequencies(rules, vocabulary)
    postings: dict[str, list[Alternative]] = {}
    ungated: list[Alternative] = []
    for alt, found in sets.items():
        keys = _index_words(found, vocabulary, common)
        if keys is None:
            ungated.append(alt)
        for word in keys or ():
            postings.setdefault(word, []).append(alt)
    needs = {alt: _needed(found, vocabulary, common) for alt, found in sets.items()}
    return _Index(vocabulary, {w: tuple(p) for w, p in postings.items()}, tuple(ungated), needs)


def _weak(literals: frozenset[str]) -> bool:
    """A set of words of one or two letters ("d", "en") is met by nearly every sentence: checking it
    costs more than it saves, and leaving a required set out never loses a match."""
    return all(len(literal) <= SHORT and literal.isalnum() for literal in literals)


def _frequencies(rules: Sequence[Rule], vocabulary: Vocabulary) -> Counter[str]:
    """In how many of the rules' example sentences each literal word occurs: a word that many
    examples share ("bundesregierung", "nicht") is in most answers too and unlocks too much."""
    counts: Counter[str] = Counter()
    for rule in rules:
        for example in (rule.example, *rule.examples):
            counts.update(vocabulary.words_in(example.lower()))
    return counts


def _commonness(literals: frozenset[str], vocabulary: Vocabulary, common: Counter[str]) -> tuple[int, int]:
    """How often a literal set occurs in the examples (a phrase counts by its key word), then the
    shortest literal's length, negated: smaller is rarer."""
    keys = {vocabulary.keys.get(literal, literal) for literal in literals}
    return sum(common[k] for k in keys), -min(map(len, literals))


def _index_words(
    found: Sequence[frozenset[str]], vocabulary: Vocabulary, common: Counter[str]
) -> set[str] | None:
    """The words whose presence unlocks an alternative: of the literal sets it requires, the rarest
    in the examples, phrases by their key words; None (always tried) where every set has a phrase
    without a word ("§") or there is none."""
    usable = [s for s in found if all(vocabulary.keys.get(literal, literal) for literal in s)]
    if not usable:
        return None
    rarest = min(usable, key=lambda s: _commonness(s, vocabulary, common))
    return {vocabulary.keys.get(literal, literal) for literal in rarest}


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
    needs = index.needs
    for alt in unlocked:
        needed = needs[alt]
        if any(map(found.isdisjoint, needed.reach)):
            continue  # the common case, decided without a call
        if not needed.mixed or needed.met(found, lowered):
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
