"""A cheap pre-check for phrase rules: literal words at least one of which every match contains.

Matching some sixty rules with ``[^.]{0,150}`` windows against every sentence costs milliseconds per
answer; most sentences contain none of a rule's key words ("keine", "verwiesen", "Zuständigkeit").
``required_literals`` reads a rule's regular expression and returns such a set of words, so the rule
is only tried where one of them occurs as a plain substring. Where no safe set can be derived
(an optional or repeated part, a character class) it returns None and the rule is always tried;
the gate never changes what a rule matches, only how quickly a non-match is found.
"""

from __future__ import annotations

import re
from functools import cache
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

_MIN = 1  # any literal will do ("§"); among several candidates the longest is used
Literals = frozenset[str] | None


def required_literals(source: str) -> Literals:
    """Lower-case literals one of which every match of ``source`` (case-insensitive) contains."""
    return _analysed(source)[0]


def required_sets(source: str) -> tuple[frozenset[str], ...]:
    """Every literal set of which every match of ``source`` (case-insensitive) contains one word:
    each literal run and each required group, nested groups flattened. ``required_literals`` picks
    the best one to index a rule by; checking the others as well before the regular expression runs
    rules out most sentences that share only the key word ("keine" without "erkenntnisse" … "vor")."""
    return _analysed(source)[1]


@cache
def _analysed(source: str) -> tuple[Literals, tuple[frozenset[str], ...]]:
    """Both readings of one expression from one parse: parsing is the slow part of loading rules."""
    try:
        items = list(sre_parse.parse(source, re.IGNORECASE))
    except re.error:
        return None, ()
    return _sequence(items), tuple(dict.fromkeys(_candidates(items, flat=True)))


def _sequence(items: list[tuple[Any, Any]]) -> Literals:
    """The best gate of a sequence: its longest literal run, or a required group's gate."""
    return max(_candidates(items), key=lambda c: min(map(len, c)), default=None)


def _candidates(items: list[tuple[Any, Any]], flat: bool = False) -> list[frozenset[str]]:
    """The required literal sets of a sequence; ``flat`` lists those inside a required group (or a
    repeat of at least one) one by one instead of the group's best."""
    candidates: list[frozenset[str]] = []
    run = ""
    for op, arg in items:
        if op is sre_parse.LITERAL:
            run += chr(arg).lower()
            continue
        if len(run) >= _MIN:
            candidates.append(frozenset({run}))
        run = ""
        if flat and op is sre_parse.SUBPATTERN:
            candidates.extend(_candidates(list(arg[-1]), flat))
            continue
        if flat and op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT) and arg[0] >= 1:
            candidates.extend(_candidates(list(arg[2]), flat))
            continue
        inner = _item(op, arg)
        if inner is not None:
            candidates.append(inner)
    if len(run) >= _MIN:
        candidates.append(frozenset({run}))
    return candidates


def _item(op: Any, arg: Any) -> Literals:
    """The gate of one required element: a group, an alternation, or a repeat of at least one."""
    if op is sre_parse.SUBPATTERN:
        return _sequence(list(arg[-1]))
    if op is sre_parse.BRANCH:
        return _branches([list(branch) for branch in arg[1]])
    if op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT) and arg[0] >= 1:
        return _sequence(list(arg[2]))
    return None


def _branches(branches: list[list[tuple[Any, Any]]]) -> Literals:
    """An alternation is gated only if every branch is: the union of their gates."""
    union: set[str] = set()
    for branch in branches:
        gate = _sequence(branch)
        if gate is None:
            return None
        union |= gate
    return frozenset(union)


def passes(gate: Literals, lowered: str) -> bool:
    """True when the rule may match the lower-cased text (always, without a gate)."""
    return gate is None or any(word in lowered for word in gate)


_WORD = re.compile(r"\w+")
_CACHE_LIMIT = 200_000
SHORT = 2  # letters of a literal that nearly every sentence holds ("d", "en", "in")


def _key(phrase: str) -> str:
    key = max(_WORD.findall(phrase), key=len, default="")
    return key if len(key) > SHORT else ""


class Vocabulary:
    """All gate literals of a rule set, looked up per sentence at once.

    Literals that are one word (or part of one: "angaben" in "Detailangaben") are found through the
    sentence's tokens, with the literals contained in each token remembered across sentences, so a
    sentence costs a dictionary lookup per token; the few literals with spaces or signs ("nicht
    möglich", "§") are searched directly.
    """

    def __init__(self, literals: set[str]) -> None:
        words = {w for w in literals if _WORD.fullmatch(w)}
        phrases = literals - words
        # a phrase is only looked for where its longest word part occurs ("möglich" in "nicht möglich");
        # a part of one or two letters ("in ", "an ") is in nearly every sentence and is no key
        self.keys = {p: _key(p) for p in phrases}
        by_key: dict[str, list[str]] = {}
        for phrase, key in self.keys.items():
            by_key.setdefault(key, []).append(phrase)
        self._unkeyed = tuple(by_key.pop("", ()))
        self._by_key = {k: tuple(v) for k, v in by_key.items()}
        self.literal_words = frozenset(words)
        self.words = tuple(sorted(words | {k for k in self.keys.values() if k}))
        self._tokens = _Contained(self.words)

    def present(self, lowered: str) -> set[str]:
        """The literals that occur in the lower-cased text."""
        found = self.words_in(lowered)
        out = found & self.literal_words
        for key in found.intersection(self._by_key):
            out.update(p for p in self._by_key[key] if p in lowered)
        out.update(p for p in self._unkeyed if p in lowered)
        return out

    def words_in(self, lowered: str) -> set[str]:
        """The one-word literals and the key words of phrases that occur in the lower-cased text: set
        operations and cached lookups only, as this runs for every sentence against several hundred
        literals. Phrases are left to the caller, which needs only a few of them."""
        # a literal of word characters lies inside one run of non-space characters: splitting at
        # spaces finds every one, and is much quicker than a regular expression
        return set().union(*map(self._tokens.__getitem__, lowered.split()))


class _Contained(dict[str, frozenset[str]]):
    """Run of non-space characters -> the literal words inside it, found on the first lookup
    (``__missing__``), so that a known run costs one dictionary lookup; emptied when it grows past
    ``_CACHE_LIMIT``."""

    def __init__(self, words: tuple[str, ...]) -> None:
        super().__init__()
        self._words = words

    def __missing__(self, token: str) -> frozenset[str]:
        if len(self) > _CACHE_LIMIT:
            self.clear()
        found = self[token] = frozenset(w for w in self._words if w in token)
        return found
