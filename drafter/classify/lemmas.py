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
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from itertools import chain

from drafter.text import wordforms

_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+(?:[.,]\d+)*", re.UNICODE)
_CLAUSE = re.compile(r"[,;:()\[\]–—]|\s-\s")
# a bracket of one short capitalised word ("(SRM)", "(BKA)") names an abbreviation inside the phrase;
# it does not end the clause ("sind keine Anwendungen von Solar Radiation Modification (SRM) … bekannt")
_ABBREVIATION = re.compile(r"\s*\([A-ZÄÖÜ][\w-]{1,14}\)")
# the words of a whole sentence as its clauses have them: a comma ends a clause, so it ends a number
_SENTENCE_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+(?:\.\d+)*", re.UNICODE)
_LIMIT = 400  # words of a sentence that are read; longer runs are tables and lists


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The lower-case lemma of one word ("prüft" -> "prüfen", "Länder" -> "land")."""
    return str(wordforms.lemmatizer().lemmatize(word, lang="de")).lower()


def words(text: str) -> list[str]:
    """The words and numbers of a text, in order."""
    return _TOKEN.findall(text)[:_LIMIT]


def first_word(text: str) -> str | None:
    """The first word or number of a text (``words(text)[0]`` without reading the rest)."""
    found = _TOKEN.search(text)
    return found.group() if found else None


@lru_cache(maxsize=8192)
def features(text: str) -> frozenset[str]:
    """Every word of ``text`` lower-cased, its lemma, and the word form marked with "=": the set a
    shape rule's groups are matched against, so "Länder" is found as "länder" and as "land", and
    "=zuständig" finds the predicative "zuständig" but not the attributive "zuständigen". Read run
    by run of non-space characters (see ``Runs``) where the text has no more words than are read."""
    found, count = _FEATURE_RUNS.of(text.split())
    return found if count <= _LIMIT else _features_of(words(text))


def _features_of(tokens: Iterable[str]) -> frozenset[str]:
    """The features of some words; the loop runs in C, and a word's features are cached."""
    return frozenset().union(*map(word_features, tokens))


@lru_cache(maxsize=65536)
def word_features(word: str) -> frozenset[str]:
    """The features of one word, computed once per word form: German vocabulary repeats across
    sentences far more than sentences do."""
    low = word.lower()
    return frozenset((low, "=" + low, lemma(word)))


@lru_cache(maxsize=8192)
def clause_words(sentence: str) -> tuple[tuple[str, ...], ...]:
    """The words of a sentence's clauses, in order (a clause of signs only has none)."""
    parts = _CLAUSE.split(_ABBREVIATION.sub("", sentence) if "(" in sentence else sentence)
    return tuple(tuple(words(p)) for p in parts if p and p.strip())


@lru_cache(maxsize=8192)
def clauses(sentence: str) -> tuple[frozenset[str], ...]:
    """The feature sets of a sentence's clauses, in order (at least one). Only needed where the whole
    sentence holds every group of a shape rule, so they are computed apart from ``sentence_features``."""
    return tuple(map(_features_of, clause_words(sentence))) or (frozenset(),)


@lru_cache(maxsize=8192)
def sentence_features(sentence: str) -> frozenset[str]:
    """The features of the whole sentence: those of its clauses together. No word spans a clause
    boundary, so one pass over the sentence finds the same words, with numbers cut at commas as the
    clauses cut them ("1,5" is "1" and "5"); only a sentence longer than the word limit, which applies
    per clause, is read clause by clause. Most sentences need no more than this (see ``Shape.matches``)."""
    text = _ABBREVIATION.sub("", sentence) if "(" in sentence else sentence
    found = _SENTENCE_TOKEN.findall(text)
    if len(found) > _LIMIT:
        return _features_of(chain.from_iterable(clause_words(sentence)))
    return _features_of(found)


_TERMS_LIMIT = 200_000  # word forms or runs whose sets are remembered before starting afresh


class Runs:
    """The sets of the words in runs of non-space characters: each run ("Bundesregierung", "vor.",
    "2024,") is split into words (``token``) once, its words' sets (``per_word``) joined and kept
    with the number of its words. No word spans a space, so the words of a text are those of its
    runs, and a text costs a dictionary lookup per run: most runs recur across answers.
    """

    def __init__(self, token: re.Pattern[str], per_word: Callable[[str], frozenset[str]]) -> None:
        self._token = token
        self._per_word = per_word
        self._sets = _Terms(self._read, limit=False)
        self._counts: dict[str, int] = {}

    def of(self, runs: Sequence[str]) -> tuple[frozenset[str], int]:
        """The joined sets of the words of ``runs``, and how many words they hold."""
        if len(self._counts) > _TERMS_LIMIT:
            self._counts.clear()  # both at once, before any lookup: every run looked up has its count
            self._sets.clear()
        found = frozenset().union(*map(self._sets.__getitem__, runs))
        return found, sum(map(self._counts.__getitem__, runs))

    def _read(self, run: str) -> frozenset[str]:
        words_of = self._token.findall(run)
        self._counts[run] = len(words_of)
        return frozenset().union(*map(self._per_word, words_of))


class Lexicon:
    """The words and compound heads a set of shape rules looks for, and each word form's share of
    them: its features (``word_features``) that some rule names, and "~head" for every compound
    head that one of its features ends in ("Steuergeheimnis" -> "~geheimnis"). A rule group written
    the same way ("prüfen", "=zuständig", "~geheimnis") then holds in a clause exactly when it
    meets the clause's terms: one set operation, where matching the compound heads over all features
    took a regular expression. The term sets are small (most words of a sentence are no rule's
    word), so building them costs a fraction of building the full feature sets.
    """

    def __init__(self, words: frozenset[str], heads: frozenset[str]) -> None:
        self.words = words
        self.heads = tuple(sorted(heads))
        self._terms = _Terms(self._terms_of)
        self._runs = Runs(_SENTENCE_TOKEN, self._terms.__getitem__)

    def terms(self, word: str) -> frozenset[str]:
        """The terms of one word form, computed once per word form."""
        return self._terms[word]

    def of_words(self, tokens: Iterable[str]) -> frozenset[str]:
        """The terms of some words together (the loop runs in C; known word forms cost a lookup)."""
        return frozenset().union(*map(self._terms.__getitem__, tokens))

    def of_runs(self, runs: Sequence[str]) -> tuple[frozenset[str], int]:
        """The terms of the words in some runs of non-space characters, and how many words they
        hold (see ``Runs``)."""
        return self._runs.of(runs)

    def _terms_of(self, word: str) -> frozenset[str]:
        feats = word_features(word)
        out = set(feats & self.words)
        if any(f.endswith(self.heads) for f in feats):
            out.update("~" + h for h in self.heads if any(f.endswith(h) for f in feats))
        return frozenset(out)


class _Terms(dict[str, frozenset[str]]):
    """Word form (or run) -> set, computed on the first lookup (``__missing__``), so that a known
    one costs one dictionary lookup; a word form cache empties itself when it grows past
    ``_TERMS_LIMIT`` (``Runs`` empties its own with their counts)."""

    def __init__(self, compute: Callable[[str], frozenset[str]], limit: bool = True) -> None:
        super().__init__()
        self._compute = compute
        self._limit = limit

    def __missing__(self, word: str) -> frozenset[str]:
        if self._limit and len(self) > _TERMS_LIMIT:
            self.clear()
        found = self[word] = self._compute(word)
        return found


@lru_cache(maxsize=8192)
def sentence_terms(sentence: str, lexicon: Lexicon) -> frozenset[str]:
    """The terms of the whole sentence: ``sentence_features`` read through a lexicon, run by run of
    non-space characters (the bracketed abbreviations taken out first, as they may join the words
    around them). Only a sentence longer than the word limit, which applies per clause, is read
    clause by clause."""
    terms, count = lexicon.of_runs(_unbracketed(sentence).split())
    if count <= _LIMIT:
        return terms
    return lexicon.of_words(chain.from_iterable(clause_words(sentence)))


@lru_cache(maxsize=8192)
def clause_terms(sentence: str, lexicon: Lexicon) -> tuple[frozenset[str], ...]:
    """The terms of a sentence's clauses, in order (at least one): ``clauses`` read through a
    lexicon, each clause run by run (a clause holds no comma, so its numbers are read alike)."""
    out: list[frozenset[str]] = []
    for part in _CLAUSE.split(_unbracketed(sentence)):
        if part and not part.isspace():
            terms, count = lexicon.of_runs(part.split())
            out.append(terms if count <= _LIMIT else lexicon.of_words(words(part)))
    return tuple(out) or (frozenset(),)


def _unbracketed(sentence: str) -> str:
    """The sentence without its bracketed abbreviations ("(SRM)"), as clauses read it."""
    return _ABBREVIATION.sub("", sentence) if "(" in sentence else sentence


_FEATURE_RUNS = Runs(_TOKEN, word_features)  # what ``features`` reads
