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
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

_MIN = 1  # any literal will do ("§"); among several candidates the longest is used
Literals = frozenset[str] | None


def required_literals(source: str) -> Literals:
    """Lower-case literals one of which every match of ``source`` (case-insensitive) contains."""
    try:
        tree = sre_parse.parse(source, re.IGNORECASE)
    except re.error:
        return None
    return _sequence(list(tree))


def _sequence(items: list[tuple[Any, Any]]) -> Literals:
    """The best gate of a sequence: its longest literal run, or a required group's gate."""
    candidates: list[frozenset[str]] = []
    run = ""
    for op, arg in items:
        if op is sre_parse.LITERAL:
            run += chr(arg).lower()
            continue
        if len(run) >= _MIN:
            candidates.append(frozenset({run}))
        run = ""
        inner = _item(op, arg)
        if inner is not None:
            candidates.append(inner)
    if len(run) >= _MIN:
        candidates.append(frozenset({run}))
    return max(candidates, key=lambda c: min(map(len, c)), default=None)


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
        # a phrase is only looked for where its longest word part occurs ("möglich" in "nicht möglich")
        self.keys = {p: max(_WORD.findall(p), key=len, default="") for p in phrases}
        self.literal_words = frozenset(words)
        self.words = tuple(sorted(words | {k for k in self.keys.values() if k}))
        self._tokens: dict[str, frozenset[str]] = {}

    def present(self, lowered: str) -> set[str]:
        """The literals that occur in the lower-cased text."""
        if len(self._tokens) > _CACHE_LIMIT:
            self._tokens.clear()
        found: set[str] = set()
        for token in set(_WORD.findall(lowered)):
            hit = self._tokens.get(token)
            if hit is None:
                hit = self._tokens[token] = frozenset(w for w in self.words if w in token)
            found |= hit
        phrases = {p for p, key in self.keys.items() if (not key or key in found) and p in lowered}
        return (found & self.literal_words) | phrases
