"""German-aware text folding, tokenising and light stemming for the question library.

The library stores each question's folded tokens in a column that SQLite FTS5 indexes, and folds a
query the same way, so both sides meet whatever the spelling: case, ``ß``/``ss``, umlauts written
``ä`` or ``ae``, other diacritics, hyphenated compounds and the odd Unicode spaces of Bundestag texts
(U+2002 EN SPACE, U+2007 FIGURE SPACE, U+00A0 NO-BREAK SPACE) all fold away. Stemming is deliberately
light (suffix stripping with a minimum stem length): the search uses stems as FTS prefixes, so an
under-stemmed word still matches its inflected forms.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from importlib.metadata import version
from pathlib import Path

from drafter.datafile import entries, read_toml
from drafter.datafile import words as word_list
from drafter.library import compounds
from drafter.text.stems import DASHES, MIN_STEM, SUFFIXES, search_form, stem

_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def tokens(text: str) -> list[str]:
    """Folded words; a hyphenated compound yields its parts and the joined word.

    "EU-Kommission" → ["eu", "kommission", "eukommission"], so it meets "EU Kommission" and
    "EUKommission" alike. Numbers are kept ("2025", "8622").
    """
    out: list[str] = []
    for word in _WORD.findall(search_form(text)):
        if "-" in word:
            parts = [p for p in word.split("-") if p]
            out.extend(parts)
            out.append("".join(parts))
        else:
            out.append(word)
    return out


def index_text(text: str) -> str:
    """What the FTS column holds for a question: its concepts (see below), space-separated.

    Indexing concepts rather than words keeps the index small (no stopwords) and lets a query
    look up exact terms: synonyms and inflections are already folded on both sides, so no
    expensive FTS prefix expansion is needed for the common case.
    """
    return " ".join(concepts(text))


@dataclass(frozen=True)
class Lexicon:
    """Stopwords (folded) and synonym groups (stem → the group's name stem), from lexicon.toml."""

    stopwords: frozenset[str]
    canonical: dict[str, str]


@cache
def lexicon() -> Lexicon:
    """Load lexicon.toml once per process."""
    return load_lexicon(Path(__file__).parent / "lexicon.toml")


def load_lexicon(path: Path) -> Lexicon:
    """Stopwords and ``[[synonyms]]`` groups of ``path``; a malformed list or group raises
    ``DataFileError`` naming the file and the group."""
    data = read_toml(path)
    stop = frozenset(w for word in word_list(path, data, "stopwords") for w in tokens(word))
    canonical: dict[str, str] = {}
    for group in entries(path, data, "synonyms"):
        stems = [stem(search_form(compounds.lemma(w))) for word in group.texts("words") for w in words(word)]
        for s in stems:
            canonical.setdefault(s, stems[0])
    return Lexicon(stop, canonical)


_ORIGINAL = re.compile(r"[^\W_]+(?:-[^\W_]+)*")


def words(text: str) -> list[str]:
    """Words as written (case and umlauts kept, for the lemmatiser); a hyphenated compound yields
    its parts and the joined word, as ``tokens`` does."""
    out: list[str] = []
    for word in _ORIGINAL.findall(DASHES.sub("-", unicodedata.normalize("NFKC", text))):
        if "-" in word:
            parts = [p for p in word.split("-") if p]
            out.extend(parts)
            out.append(parts[0] + "".join(p.lower() for p in parts[1:]))
        else:
            out.append(word)
    return out


def concepts(text: str) -> list[str]:
    """Topic-bearing concepts of ``text`` in order: each word's, then its compound parts'.

    A concept is the stemmed, folded lemma with synonyms mapped to their group name: "Vernetzung
    mit Eurodac" and "Eurodac-Interoperabilität" both hold "eurodac" and "interoperabil";
    "Abschiebungshaftplätze" holds "abschiebungshaftplatz", "abschiebungshaft", "abschiebung",
    "haft" and "platz", so "Plätze in der Abschiebungshaft" meets it.
    """
    out: list[str] = []
    for word in words(text):
        out.extend(word_concepts(word))
    return out


@lru_cache(maxsize=200_000)
def word_concepts(word: str) -> tuple[str, ...]:
    """The concept of one written word and of its compound parts ("" ones dropped)."""
    whole = _concept(word)
    if not whole:
        return ()
    extra = (_concept(p.capitalize()) for p in compounds.parts(word))
    return tuple(dict.fromkeys(c for c in (whole, *extra) if c))


def query_groups(text: str) -> list[tuple[str, ...]]:
    """Per distinct query word: its concept, then its immediate compound parts' concepts.

    The ranking counts a word as found when the question holds the word or all of its parts.
    """
    groups: dict[str, tuple[str, ...]] = {}
    for word in words(text):
        whole = _concept(word)
        if whole and whole not in groups:
            parts = (_concept(p.capitalize()) for p in compounds.split(word))
            groups[whole] = (whole, *dict.fromkeys(p for p in parts if p and p != whole))
    return list(groups.values())


@lru_cache(maxsize=200_000)
def _concept(word: str) -> str:
    """The concept of one written word, "" for a stopword (cached: words repeat a lot)."""
    lex = lexicon()
    folded = search_form(word)
    if folded in lex.stopwords:
        return ""
    base = search_form(compounds.lemma(word))
    if base in lex.stopwords or not base.replace("-", "").isalnum():
        return ""
    stemmed = stem(base.replace("-", ""))
    return lex.canonical.get(stemmed, stemmed)


def warm_up() -> None:
    """Load the lemma dictionary now (a second or more), e.g. before taking a write lock."""
    compounds.lemma("Vorlauf")
    compounds.split("Bundeswehrübung")


def query_terms(text: str) -> list[str]:
    """The distinct concepts of a query, in order: what the shortlist looks up in the index."""
    return list(dict.fromkeys(concepts(text)))


def fingerprint() -> str:
    """Changes whenever folding, stemming, lemmas, compound rules or the lexicon change, so stored
    concepts go stale."""
    data = resources.files(__package__).joinpath("lexicon.toml").read_bytes()
    splitting = (
        compounds.MIN_WORD,
        compounds.MIN_PART,
        compounds.KNOWN_WHOLE,
        sorted(compounds.SUFFIXES),
        sorted(compounds.PARTICLES),
    )
    rules = repr((SUFFIXES, MIN_STEM, "umlaut-base-vowel", version("simplemma"), splitting)).encode()
    return hashlib.sha256(data + rules).hexdigest()[:16]
