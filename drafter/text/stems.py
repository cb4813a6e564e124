"""The search form of German words and a light stemmer, for matching texts that word things alike.

Both sides of a comparison (a question in the library and a query; a drafted question and the
answer it presses on) are folded the same way, so they meet whatever the spelling: case, ``ß``/``ss``,
umlauts written ``ä`` or ``ae``, other diacritics, hyphens and the odd Unicode spaces of Bundestag
texts. Stemming is deliberately light (one suffix cut, with a minimum stem length): an
under-stemmed word still meets its inflected forms as a prefix.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

DASHES = re.compile(r"[\u2010\u2011\u2012\u2013\u00ad]")
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
# Longest first; a suffix is only cut when at least MIN_STEM letters remain.
SUFFIXES = (
    "itaeten",
    "itaet",
    "ungen",
    "heiten",
    "keiten",
    "ischen",
    "ische",
    "isch",
    "lichen",
    "liche",
    "lich",
    "ung",
    "heit",
    "keit",
    "ern",
    "en",
    "er",
    "es",
    "em",
    "e",
    "s",
    "n",
)
MIN_STEM = 4
# Inflection endings only: for comparing a question with a single answer, where cutting derivations
# ("Finanzierung" → "finanzier") would let unrelated words meet ("Finanztöpfe").
INFLECTIONS = ("ungen", "innen", "ern", "en", "er", "es", "em", "e", "n", "s")


def search_form(text: str) -> str:
    """Lower-case ASCII-ish form: NFKC (folds U+2002/U+00A0 to spaces), casefold (ß→ss), ä→ae …

    A soft hyphen (U+00AD) and dash-like hyphens become ``-`` so compounds split at them.
    Letters with other diacritics lose them ("é"→"e"), matching FTS5's ``remove_diacritics``.
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    text = DASHES.sub("-", text)
    if text.isascii():
        return text
    return _COMBINING.sub("", unicodedata.normalize("NFD", text))


@lru_cache(maxsize=200_000)
def stem(word: str, keep: int = MIN_STEM, suffixes: tuple[str, ...] = SUFFIXES) -> str:
    """Cut one inflection or derivation suffix, leaving at least ``keep`` letters, then drop umlauts
    to their base vowel. ``word`` is in ``search_form``.

    "vernetzung"→"vernetz", "strassen"→"strass"; "zugaenge"→"zugang" and "laender"→"land", so the
    plural umlaut meets the singular (as the Snowball German stemmer does). Applied to both sides,
    a genuine "ue" ("aktuell"→"aktull") is harmless.
    """
    for suffix in suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= keep:
            word = word[: -len(suffix)]
            break
    return word.replace("ae", "a").replace("oe", "o").replace("ue", "u")
