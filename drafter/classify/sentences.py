"""The form of an answer sentence that the classifier's phrase rules read.

Sentences come from ``drafter.text.sentences``; evidence is compared in ``evidence_form``.
"""

from __future__ import annotations

from functools import lru_cache

_EDGE = 600  # characters of a very long sentence that the phrase rules read at each end


@lru_cache(maxsize=4096)
def matchable(sentence: str) -> str:
    """The form phrase rules see: the sentence without its inner full stops. Inside one sentence
    every full stop belongs to an abbreviation, an ordinal or a number ("sog.", "z. B.", "1. Februar"),
    so removing them lets a rule's ``[^.]`` window span them; the closing stop stays."""
    if not sentence:
        return sentence
    return sentence[:-1].replace(".", "") + sentence[-1]


@lru_cache(maxsize=4096)
def prepared(sentence: str) -> tuple[str, str]:
    """``matchable(sentence)`` and its lower-case form, computed once per sentence for all rules."""
    text = matchable(sentence)
    if len(text) > 2 * _EDGE:
        # a "sentence" this long is a table or list run together; its prose (and any non-answer
        # statement) sits before or after the cells, so rules read the two ends only
        text = f"{text[:_EDGE]} … {text[-_EDGE:]}"
    return text, text.lower()
