"""Part-of-speech tags for German words, from the Hanover Tagger (HanTa ships its model in the wheel).

Shared by the grammar check and the question rewriter, which asks it where the finite verb of a
question stands when the W-phrase is too long to read by word lists ("Wie viele von den in Frage 1
erfragten Personen versuchten …"). Two corrections make the tags fit the text drafter writes:

- a quotation stands as one noun (``Zitat``), since its inside belongs to another sentence;
- a capitalised word inside a sentence is a noun, never a finite verb: German writes verbs in lower
  case, but the tagger reads "Einreisen" in "der monatlich unerlaubten Einreisen" as a verb.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

QUOTE = "Zitat"
QUOTE_TAG = "NN"
_VERB_TAGS = ("VV(", "VA(", "VM(")


@lru_cache(maxsize=1)
def _tagger() -> Any:
    from HanTa import HanoverTagger

    return HanoverTagger.HanoverTagger("morphmodel_ger.pgz")


@lru_cache(maxsize=4096)
def tag(words: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """(word, STTS tag) per word; a quotation is the noun ``Zitat``, a capitalised word inside is a noun."""
    shown = [QUOTE if word.startswith("„") else word for word in words]
    tagged = _tagger().tag_sent(shown, taglevel=1)
    return tuple(
        (word, _corrected(index, word, tagged_tag))
        for index, (word, (_, _, tagged_tag)) in enumerate(zip(words, tagged, strict=True))
    )


def _corrected(index: int, word: str, tag_: str) -> str:
    if word.startswith("„"):
        return QUOTE_TAG
    if index > 0 and word[:1].isupper() and tag_.startswith(_VERB_TAGS):
        return "NN"
    return tag_
