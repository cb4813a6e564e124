"""Checks on the wording of single texts: is it one question sentence, are abbreviations introduced.

Separate from ``draft_checks.py`` because they need a little German text handling: abbreviations that end
in a full stop ("z. B.", "bzw.", "Nr.") are no sentence ends, ordinals ("23. Juli") neither, and a
bracketed direction "(bitte nach Jahren aufschlüsseln)" belongs to the question it follows.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator

from drafter.draft.checks import rules
from drafter.draft.records import DraftWarning, Part
from drafter.text.sentences import abbreviations

_ABBREVIATION = re.compile(
    r"(?<![\w-])([A-ZÄÖÜ][A-ZÄÖÜ0-9]+[a-z]?(?:[- ](?:[A-ZÄÖÜ]{2,}|[A-ZÄÖÜ][a-z][A-ZÄÖÜ]))?)(?![\w-])"
)


def strip_brackets(text: str) -> str:
    """The text without "(…)" groups, nested ones included."""
    previous = None
    while previous != text:
        previous, text = text, re.sub(r"\s*\([^()]*\)", "", text)
    return text


def non_question_sentence(text: str) -> str | None:
    """Why ``text`` is not one German question sentence, or None when it is.

    A text that is only a bracketed direction ("(bitte nach Jahren aufschlüsseln)") is fine.
    """
    body = strip_brackets(text).strip()
    if not body:
        return None
    if not body.endswith("?"):
        return "Der Text endet nicht mit einem Fragezeichen; jede Frage muss ein Fragesatz sein."
    stop = _sentence_end(body[:-1])
    if stop is not None:
        return (
            f"Vor der Frage steht eine Feststellung („{stop}“); Feststellungen gehören in die Vorbemerkung."
        )
    return None


def _sentence_end(text: str) -> str | None:
    """The first sentence before the last one, if the text has a real sentence end inside."""
    ends = sentence_ends(text, marks=".!;")
    return text[: ends[0]].strip()[-60:] if ends else None


def sentence_ends(text: str, marks: str = ".!?") -> list[int]:
    """Offsets just after each real sentence end: not "z. B.", "bzw.", "3. Mai" or inside brackets."""
    ends = []
    for match in re.finditer(rf"[{marks}][“‘]?\s+(?=[A-ZÄÖÜ„])", text):
        before = text[: match.start()]
        if before.count("(") > before.count(")"):
            continue
        word = re.split(r"[\s(]", before)[-1].lower() if before else ""
        abbreviated = word in abbreviations() or len(word) <= 1 or word.isdigit() or _is_roman(word.upper())
        if match.group(0)[0] == "." and abbreviated:
            continue
        ends.append(match.start() + len(match.group(0).rstrip()))
    return ends


def sentences(text: str) -> list[str]:
    """The sentences of a drafted paragraph (German abbreviations and ordinals do not end one).

    Unlike ``drafter.text.sentences.split_sentences``, which reads the government's answers, a
    bracket after a full stop stays with its sentence: in a draft "„…“ (BT-Drs. 21/617)" is the
    source of the quotation before it, which the checks must see together.
    """
    cuts = [0, *sentence_ends(text), len(text)]
    return [text[a:b].strip() for a, b in itertools.pairwise(cuts) if text[a:b].strip()]


# The factions' names are names, not abbreviations to write out (the earlier inquiry's faction is
# named in the preamble of a follow-up asked by another one).
_FACTIONS = re.compile(r"BÜNDNIS 90/DIE GRÜNEN|DIE LINKE\.?|CDU/CSU|\bSPD\b|\bAfD\b|\bFDP\b|\bBSW\b")
_QUOTATION = re.compile(r"„[^„“]*(?:„[^„“]*“[^„“]*)*“")


def abbreviation_warnings(parts: Iterable[Part], faction: str | None) -> list[DraftWarning]:
    """An abbreviation whose first use is neither "(ABK)" after its long form nor followed by "(…)"."""
    known, _ = rules.abbreviations()
    return [
        _abbreviation_warning(part.place, match.group(1), known.get(match.group(1)))
        for part, text, match in _first_uses(parts, faction)
        if not _introduced(text, match)
    ]


def _first_uses(parts: Iterable[Part], faction: str | None) -> Iterator[tuple[Part, str, re.Match[str]]]:
    """Each abbreviation's first occurrence in reading order (the faction's name is no abbreviation).

    Quotations „…“ are the government's or the earlier question's words, taken over verbatim: an
    abbreviation there is not the draft's own use.
    """
    _, common = rules.abbreviations()
    seen: set[str] = set()
    for part in parts:
        text = part.text.replace(faction, " ") if faction else part.text
        text = _QUOTATION.sub(lambda m: " " * len(m.group(0)), text)
        text = _FACTIONS.sub(lambda m: " " * len(m.group(0)), text)
        for match in _ABBREVIATION.finditer(text if part.kind != "signature" else ""):
            abbreviation = match.group(1)
            if abbreviation not in seen and abbreviation not in common and not _is_roman(abbreviation):
                seen.add(abbreviation)
                yield part, text, match


def _abbreviation_warning(place: str, abbreviation: str, long: str | None) -> DraftWarning:
    hint = f"„{long} ({abbreviation})“" if long else f"„… ({abbreviation})“ mit der ausgeschriebenen Form"
    message = (
        f"„{abbreviation}“ wird hier zum ersten Mal verwendet, aber nicht ausgeschrieben; "
        f"bitte beim ersten Vorkommen {hint} schreiben."
    )
    return DraftWarning(place, "Abkürzung", message)


def _introduced(text: str, match: re.Match[str]) -> bool:
    """ "Long Form (ABK)" or "ABK (Long Form)" at this occurrence."""
    before = text[: match.start()].rstrip()
    after = text[match.end() :].lstrip()
    inside_brackets = before.endswith("(") and after.startswith((")", ";", ","))
    explained = after.startswith("(") and not after.startswith("(vgl")
    return inside_brackets or explained


def _is_roman(word: str) -> bool:
    return bool(re.fullmatch(r"[IVXLC]+", word))
