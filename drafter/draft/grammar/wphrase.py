"""Finding the finite verb of a direct German question: after the W-phrase, or first (yes/no).

"Welche Behörden welcher Länder nehmen …" → "nehmen"; "In welchen EU-Ratsarbeitsgruppen werden …"
→ "werden"; "Wann und wo soll …" → "soll"; "Liegen hierzu …" → "Liegen". The W-phrase may hold
adjectives, nouns, genitives and prepositional attributes ("Maßnahmen in den Bereichen …").
"""

from __future__ import annotations

import re

from drafter.draft.grammar.lexicon import NON_VERBS, PREPOSITIONS, SIMPLE_W, W_DETERMINERS
from drafter.draft.grammar.tagger import tag

MASK = re.compile(r"([\x00\x01])(\d+)\1")


def is_mask(word: str) -> bool:
    return bool(MASK.fullmatch(word))


def finite_verb(words: list[str]) -> int | None:
    """Index of the finite verb of a direct question (V1 or after the W-phrase), or None."""
    if not words:
        return None
    first = words[0].lower()
    start = 1 if first in PREPOSITIONS and len(words) > 1 and is_w(words[1].lower()) else 0
    head = words[start].lower()
    if start == 0 and not is_w(head):
        return 0 if words[0][:1].isupper() and looks_verb(head) else None
    if head == "wie" and _next_word(words, start) in ("viel", "viele", "vielen"):
        return _after_phrase(words, start + 2)
    if head == "wie" and _next_word(words, start) in ("hoch", "lange", "oft", "groß", "weit", "schnell"):
        return start + 2 if start + 2 < len(words) and looks_verb(words[start + 2]) else None
    if head in SIMPLE_W:
        return _after_simple(words, start)
    if head in W_DETERMINERS:
        return _after_phrase(words, start + 1)
    return None


def is_w(word: str) -> bool:
    return word in SIMPLE_W or word in W_DETERMINERS


def _next_word(words: list[str], start: int) -> str:
    return words[start + 1].lower() if start + 1 < len(words) else ""


def _after_simple(words: list[str], start: int) -> int | None:
    """ "Wann und wo soll …": skip coordinated W-words, then the verb must follow."""
    index = start + 1
    while index + 1 < len(words) and words[index] in ("und", "oder") and is_w(words[index + 1].lower()):
        index += 2
    return index if index < len(words) and looks_verb(words[index]) else None


def _after_phrase(words: list[str], index: int) -> int | None:
    """Skip the noun phrase after "welche"/"wie viele" (adjectives, nouns, genitives, PPs).

    A phrase the word lists cannot walk ("von den in Frage 1 erfragten Personen": a number, a
    participle before its noun) is read by part of speech instead (``_tagged_verb``).
    """
    seen_noun = False
    start = index
    while index < len(words):
        word = words[index]
        if word in _PRONOMINAL and index == start:
            seen_noun = True  # "welche davon liegen …"
        elif is_mask(word) or word[:1].isupper():
            seen_noun = seen_noun or word[:1].isupper()
        elif word in ("und", "oder", "sowie", "bzw.") or (seen_noun and _joins_phrase(word)):
            seen_noun = False
        elif seen_noun and _adjective(words, index):
            seen_noun = False  # "… und Mobilisierung neuer Anhänger sind …": an adjective, not "neuern"
        elif seen_noun:
            return index if looks_verb(word) else _tagged_verb(words, start)
        elif index == start and word in ("der", "die", "das", "den", "dem"):
            return None  # "welche die Plattform …": a relative clause, not a question
        index += 1
    return _tagged_verb(words, start)


_FINITE_TAGS = frozenset({"VV(FIN)", "VA(FIN)", "VM(FIN)"})


def _tagged_verb(words: list[str], start: int) -> int | None:
    """The first word from ``start`` that the tagger reads as a finite verb, if it is not the last word.

    A verb in last place would make the clause verb-final: a relative clause, not a question.
    """
    shown = tuple("Zitat" if is_mask(word) else word for word in words)
    for index, (word, tag_) in enumerate(tag(shown)[start:], start):
        if tag_ in _FINITE_TAGS and looks_verb(word) and word.islower():
            return index if index < len(words) - 1 else None
    return None


def _adjective(words: list[str], index: int) -> bool:
    """Does the tagger read ``words[index]`` as an attributive adjective, one that opens the next
    noun of the W-phrase ("Mobilisierung neuer Anhängerinnen", 21/1517 question 4)?"""
    shown = tuple("Zitat" if is_mask(word) else word for word in words)
    return tag(shown)[index][1] == "ADJ(A)"


_PRONOMINAL = frozenset({"davon", "hiervon", "darunter", "hierunter", "daraus", "dazu"})


def _joins_phrase(word: str) -> bool:
    """A genitive article or preposition after a noun continues the W-phrase ("Maßnahmen in den …")."""
    return word in ("der", "des", "einer", "eines", "welcher", "welches") or word in PREPOSITIONS


def looks_verb(word: str) -> bool:
    """A finite verb candidate: letters only and not a known non-verb."""
    return word.isalpha() and word.lower() not in NON_VERBS
