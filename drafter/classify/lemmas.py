"""Words and their lemmas, clause by clause: what the shape rules (``shapes.toml``) look at.

German word order moves the finite verb, splits particle verbs ("nimmt … vor") and lets any number of
phrases stand between a negation and its verb; a rule that asks "does this clause hold a negation and
a verb of deciding?" survives all of that, where a regular expression over a character window does
not. A clause here is the stretch between commas, semicolons, colons, dashes and brackets: coarse, but
it keeps the negation of a subordinate clause ("…, dass keine Treffen stattfanden") away from the main
verb.

Lemmas come from simplemma, whose German lemma data ships inside the wheel: nothing is downloaded,
and a word costs microseconds (read through ``drafter.text.wordforms``, so a process does not load
simplemma's 110 MB dictionary). HanTa (a full tagger, also offline) was measured as well: about 2.7 ms
per sentence against about 0.1 ms here, which would have cut parsing throughput by more than half
(see bench/RESULTS-classify.md); the rules need lemmas, not tags.
"""

from __future__ import annotations

import re
from functools import lru_cache

from drafter.text import wordforms

_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+(?:[.,]\d+)*", re.UNICODE)
_CLAUSE = re.compile(r"[,;:()\[\]–—]|\s-\s")
# a bracket of one short capitalised word ("(SRM)", "(BKA)") names an abbreviation inside the phrase;
# it does not end the clause ("sind keine Anwendungen von Solar Radiation Modification (SRM) … bekannt")
_ABBREVIATION = re.compile(r"\s*\([A-ZÄÖÜ][\w-]{1,14}\)")
_LIMIT = 400  # words of a sentence that are read; longer runs are tables and lists


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The lower-case lemma of one word ("prüft" -> "prüfen", "Länder" -> "land")."""
    return str(wordforms.lemmatizer().lemmatize(word, lang="de")).lower()


def words(text: str) -> list[str]:
    """The words and numbers of a text, in order."""
    return _TOKEN.findall(text)[:_LIMIT]


def features(text: str) -> frozenset[str]:
    """Every word of ``text`` lower-cased, its lemma, and the word form marked with "=": the set a
    shape rule's groups are matched against, so "Länder" is found as "länder" and as "land", and
    "=zuständig" finds the predicative "zuständig" but not the attributive "zuständigen"."""
    out: set[str] = set()
    for word in words(text):
        out.update(word_features(word))
    return frozenset(out)


@lru_cache(maxsize=65536)
def word_features(word: str) -> tuple[str, str, str]:
    """The features of one word, computed once per word form: German vocabulary repeats across
    sentences far more than sentences do."""
    low = word.lower()
    return low, "=" + low, lemma(word)


@lru_cache(maxsize=8192)
def clauses(sentence: str) -> tuple[frozenset[str], ...]:
    """The feature sets of a sentence's clauses, in order (at least one)."""
    parts = [p for p in _CLAUSE.split(_ABBREVIATION.sub("", sentence)) if p and p.strip()]
    return tuple(features(p) for p in parts) or (frozenset(),)


@lru_cache(maxsize=8192)
def sentence_features(sentence: str) -> frozenset[str]:
    """The features of the whole sentence: those of its clauses together (no word spans a clause
    boundary, so this is the same as reading the sentence at once)."""
    return frozenset().union(*clauses(sentence))


@lru_cache(maxsize=16384)
def joined(feats: frozenset[str]) -> str:
    """The features of a set one a line, so that all compound heads of a rule group are looked for
    with one regular expression (a "=" word form ends like its plain form and changes nothing)."""
    return "\n".join(feats)
