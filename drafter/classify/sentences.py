"""German sentence splitting for answers of the federal government.

Evidence for a finding is one sentence of the answer, verbatim with whitespace folded, so the
splitter must not break at the full stops that German administrative prose is full of:
abbreviations ("z. B.", "Nr.", "Abs.", "i. V. m.", "BVerfGE 124, 161"), dates and ordinals
("am 1. Februar 2018", "der 2. Schritt"), and full stops inside quotes („… Dienstgebrauch.“).
A sentence ends at ".", "!" or "?" (optionally followed by closing quotes or brackets) when the next
text starts like a sentence: an upper-case letter, a digit, an opening quote or bracket.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Abbreviations that end with a full stop but do not end a sentence (compared case-insensitively,
# without the final full stop). Single letters ("S.", "f.", "u.", the parts of "z. B.") are handled
# generally in ``_is_abbreviation``.
_ABBREVIATION_WORDS = """
    abs abschn anh anm art az bd bspw bzgl bzw buchst ca co dr ebd ehem einschl entspr etc evtl
    ff gem ggf grds hrsg inkl insb jh kap lfd lit max mio min mind mrd nr nrn o.ä prof rd rn rdnr
    s sog st std tab tsd u.a u.ä usf vgl vs z.b z.t ziff zzgl zz zt abb bzgl gez ggü i.d.r i.s.d
    i.s.v i.v.m v.a sen jun abg
    """
ABBREVIATIONS = frozenset(_ABBREVIATION_WORDS.split())

MONTHS = "januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|jänner"

_TABLE = 150  # a longer "sentence" whose head holds several numbers is taken for a table run-in
_NUMBER = re.compile(r"\d+")
_OPENER = re.compile(
    r"(?<=[\w)“\"] )(?:Zu|Die|Der|Das|Eine?|Es|Im|Hierzu|Dazu|Darüber|Weitere|Für|Nach|Aus|Bei|Seit|Insofern"
    r"|Insoweit|Im Übrigen|Eine weitere)\s"
)
# a capitalised word right after a table cell (a number, a date, a closing bracket): where the prose
# after a table may start ("… Beleuchtung (Stk) 17 17 Stand: 08.05.2025 Weitergehende Informationen …")
_AFTER_CELL = re.compile(r"(?<=[\d)\]%]) (?=[A-ZÄÖÜ][a-zäöüß]{2,}\b)")
_LOWER_WORD = re.compile(r"\b[a-zäöüß]{2,}\b")
_EDGE = 600  # characters of a very long sentence that the phrase rules read at each end
_SPACE = re.compile(r"[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_CANDIDATE = re.compile(r"[.!?][\"“”»«’)\]*]*(?=\s+[\"„“»«(\[A-ZÄÖÜ0-9*•–-])")
_WORD_BEFORE = re.compile(r"(\S+)$")
_ORDINAL_BEFORE = re.compile(r"(?:^|[\s(])\d{1,3}$")
_NEXT_WORD = re.compile(r"\s*(\S+)")
_MONTH_AFTER = re.compile(rf"\s*(?:{MONTHS})\b", re.IGNORECASE)


def fold(text: str) -> str:
    """Fold every run of whitespace (including the Unicode spaces DIP pads numbers with) to one
    space and drop soft hyphens; evidence sentences are compared in this form."""
    return _SPACE.sub(" ", text.replace("\u00ad", "")).strip()


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


def _is_abbreviation(token: str) -> bool:
    """True when ``token`` (the text before a full stop, up to the previous space) is an
    abbreviation rather than a sentence's last word: a listed one, a single letter, or a chain of
    letter-dot parts like "i.V.m"."""
    word = token.lstrip('(„"[').lower().rsplit("-", 1)[-1]  # "Strecken-Nr." ends like "Nr."
    if len(word) == 1 and word.isalpha():
        return True
    return word in ABBREVIATIONS or bool(re.fullmatch(r"(?:[a-zäöü]\.)+[a-zäöü]", word))


def _is_boundary(text: str, end: int, closed: bool) -> bool:
    """Decide whether the punctuation mark at ``end`` closes a sentence; ``closed`` says a quote,
    bracket or footnote mark follows it ("… Anlagen 1 bis 6.* Die …"), which no ordinal has."""
    if text[end] != ".":
        return True
    before = text[max(0, end - 40) : end]
    word = _WORD_BEFORE.search(before)
    if word and _is_abbreviation(word.group(1)):
        return False
    if not closed and _ORDINAL_BEFORE.search(before):
        # "1. Februar 2018", "der 2. Schritt": a short number before the stop is an ordinal unless
        # the next word cannot continue a date and the number closes a clause ("… insgesamt 12.")
        return not _continues_ordinal(text, end + 1)
    return True


def _continues_ordinal(text: str, start: int) -> bool:
    """An ordinal is followed by a month name or a capitalised noun in the same phrase; we treat
    every short number + full stop as an ordinal except before a typical sentence opener."""
    if _MONTH_AFTER.match(text, start):
        return True
    nxt = _NEXT_WORD.match(text, start)
    openers = {"Die", "Der", "Das", "Es", "Im", "In", "Eine", "Ein", "Dies", "Diese", "Hierzu", "Zu"}
    return not (nxt and nxt.group(1) in openers)


def split_sentences(text: str) -> list[str]:
    """Split an answer into sentences, each whitespace-folded and verbatim otherwise."""
    folded = fold(text)
    sentences: list[str] = []
    start = 0
    for match in _CANDIDATE.finditer(folded):
        if _is_boundary(folded, match.start(), match.end() - match.start() > 1):
            sentences.extend(_detach_tail(folded[start : match.end()].strip()))
            start = match.end()
    sentences.extend(_detach_tail(folded[start:].strip()))
    return [s for s in sentences if s]


def _prose(tail: str) -> bool:
    """A tail reads as prose, not as the next table row: mostly words, several in lower case, few
    numbers ("Weitergehende Informationen … liegen dem BMV nicht vor.")."""
    return len(_LOWER_WORD.findall(tail)) >= 4 and len(_NUMBER.findall(tail)) <= 2


def _detach_tail(sentence: str) -> list[str]:
    """Split a table run together with the sentence after it ("… 03.05.2025 Hilchenbach NW Einzelperson
    Zu Einzelpersonen erteilt die Bundesregierung … keine Auskunft."): table cells end without a full
    stop, so the closing sentence is the part from the last typical sentence opener, or the last
    capitalised word after a cell that starts prose, on. The evidence then reads as a sentence, not
    as a table dump. Only where
    the part before holds several numbers, so "der Fraktion Die Linke" in prose stays whole."""
    if len(sentence) <= _TABLE:
        return [sentence]
    window = len(sentence) - _TABLE
    openers = sorted(
        {m.start() for m in _OPENER.finditer(sentence, window)}
        | {m.end() for m in _AFTER_CELL.finditer(sentence, window) if _prose(sentence[m.end() :])}
    )
    tail_start = next((p for p in reversed(openers) if len(sentence) - p >= 30), None)
    if tail_start is None or tail_start < 40 or len(_NUMBER.findall(sentence, 0, tail_start)) < 4:
        return [sentence]
    return [sentence[:tail_start].rstrip(), sentence[tail_start:]]
