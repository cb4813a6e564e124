"""German compound splitting and lemmas, from simplemma's word list (shipped inside its wheel).

"Abschiebungshaftplätze" should meet "Plätze in der Abschiebungshaft", "Bundeswehrübung" an
"Übung der Bundeswehr". A compound is split at its head: the longest final part that is a known
noun ("Haftplätze"), provided what stands before it is a known word, with or without a linking
element ("Abschiebung-s"), or splits the same way itself; the head is split again. Parts shorter
than ``MIN_PART`` letters are never split off, so "Erkenntnis" does not become "er" + "Kenntnis".
Derivational endings ("-nisse", "-ung") and particles ("unter-", "inter-") are not parts. Only
the parts are returned; their lemmas come from simplemma ("Plätze" → "Platz").
"""

from __future__ import annotations

from functools import lru_cache

import simplemma

from drafter.text import wordforms

MIN_WORD = 8  # shorter words are not split
MIN_PART = 4
KNOWN_WHOLE = 8  # a known word up to this length is taken as it stands ("Personen")
MIN_HEAD = 3
_LINKS = ("es", "s", "n", "en", "er", "e")  # Fugenelemente, tried after the bare form
# Endings that are words of their own in the dictionary but derive, not compound ("Erkennt-nisse").
SUFFIXES = frozenset(
    [
        *("nis", "nisse", "nissen", "ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft"),
        *("schaften", "tum", "tuemer", "ling", "linge", "lichkeit", "lichkeiten", "igkeit", "igkeiten"),
        *("barkeit", "barkeiten", "ismus", "ation", "ationen"),
    ]
)
# Prefixes and particles that are words too but make derivations ("Unter-nehmen", "Inter-operabilität").
PARTICLES = frozenset(
    [
        *("unter", "über", "ueber", "inter", "vor", "nach", "aus", "ein", "an", "auf", "ab", "zu", "bei"),
        *("mit", "um", "durch", "gegen", "wider", "hinter", "neben", "zwischen", "ent", "ver", "be", "ge"),
        *("er", "zer", "miss", "wieder", "voll", "selbst", "nicht"),
    ]
)


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """simplemma's lemma of ``word`` (case as written; nouns are looked up capitalised).

    Swiss and upper-case spelling write "ß" as "ss": where the "ß" spelling is a known word, its
    lemma is taken ("Strassen" → "Straße", not "Strass").
    """
    if "ss" in word:
        sharp = word.replace("ss", "ß")
        if _known(sharp):
            return str(wordforms.lemmatizer().lemmatize(sharp, lang="de"))
    return str(wordforms.lemmatizer().lemmatize(word, lang="de"))


def _known(word: str) -> bool:
    """Whether simplemma knows ``word`` as written or with its first letter's case swapped.

    Splitting tries every cut of every long word, so this is a direct membership test (about a
    microsecond) rather than ``simplemma.is_known`` (a few).
    """
    forms = wordforms.forms()
    if forms is None:
        return bool(simplemma.is_known(word, lang="de"))
    other = word.lower() if word[:1].isupper() else word.capitalize()
    return word in forms or other in forms


def _noun(part: str) -> bool:
    return len(part) >= MIN_HEAD and _known(part.capitalize())


def _modifier(part: str) -> str | None:
    """The known word ``part`` is, or is once its linking element is cut off."""
    if len(part) >= MIN_PART and _known(part):
        return part
    for link in _LINKS:
        stem = part[: -len(link)]
        if part.endswith(link) and len(stem) >= MIN_PART and _known(stem):
            return stem
    return None


@lru_cache(maxsize=200_000)
def split(word: str) -> tuple[str, ...]:
    """The two immediate parts of compound ``word`` (lower case, modifier first), or ().

    The head is a known noun (itself maybe a compound, split by ``parts``); the longest known
    modifier wins, so "Bundeswehrübung" is "bundeswehr" + "übung" and not
    "bundes" + "wehrübung"; between equal modifiers the longer head ("Verschluss-sache", not
    "Verschlusss-ache"). ``parts`` splits the parts again.
    """
    low = word.lower()
    if len(low) < MIN_WORD or not low.isalpha() or (len(low) <= KNOWN_WHOLE and _known(word)):
        return ()
    found: list[tuple[int, int, str, str]] = []
    for cut in range(len(low) - MIN_HEAD, MIN_PART - 1, -1):
        if found and cut < found[0][0]:
            break  # no longer modifier can follow
        head, left = low[cut:], low[:cut]
        if head in SUFFIXES or left in PARTICLES or not _noun(head):
            continue
        modifier = _modifier(left)
        if modifier and modifier not in PARTICLES:
            found.append((len(modifier), len(head), modifier, head))
    return max(found)[2:] if found else ()


def parts(word: str) -> tuple[str, ...]:
    """Every part of ``word`` at every level ("abschiebungshaft", "plätze", "abschiebung", "haft")."""
    out: list[str] = []
    for part in split(word):
        out.append(part)
        out.extend(parts(part))
    return tuple(dict.fromkeys(out))
