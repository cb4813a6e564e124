"""Question–answer coverage: what a question asks for, what its answer gives, and what is missing.

A question asks for kinds of information (``Asked``): a figure ("Wie viele …"), a date ("Bis wann
…"), names ("Welche Unternehmen … (bitte auflisten)"), a breakdown ("bitte nach Jahren
aufschlüsseln"), a decision or position ("Plant die Bundesregierung …"), reasons ("Warum …") or
measures ("Welche Maßnahmen …"); the ``ask`` shape rules read that from its interrogatives, verbs and
brackets. An answer sentence gives kinds: numbers, dates and abbreviations are read here, the rest by
the ``give`` shape rules. An answer is evasive (TAXONOMY.md) when it gives none of the asked kinds
and says nothing explicit about not giving them: it talks around the question. The rule leans to
"not evasive" wherever in doubt: any definite negative ("keine", "nicht") counts as an answer, and
for kinds that cannot be checked mechanically (decision, reasons, measures, names) the answer must
also hold a sentence of talk-around (``talk`` shape rules), which becomes the evidence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from drafter.classify.answer import Role, concrete, read_default, sentences_of
from drafter.classify.lemmas import features, lemma, words
from drafter.classify.shapes import ShapeKind, matching_shapes
from drafter.classify.targets import drucksachen
from drafter.models import Asked, Category, Finding

_ORDER = tuple(Asked)
# kinds whose absence a reader can see without judging the prose: no number, no date, no split
_VISIBLE = frozenset({Asked.FIGURE, Asked.DATE, Asked.BREAKDOWN})
_DATE = re.compile(
    r"\b(?:19|20)\d\d\b|\b\d{1,2}\.\s?\d{1,2}\.(?:\s?\d{2,4})?|\b\d{1,2}\.\s+(?:Jan|Feb|Mär|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez)"
)
_ABBREVIATION = re.compile(r"\b[A-ZÄÖÜ][A-ZÄÖÜ0-9]+[a-z]?\b|[„“\"][^„“\"]{2,80}[“”\"]")
_NEGATION = frozenset(
    {"kein", "keine", "keinen", "keiner", "keinem", "keines", "keinerlei"}
    | {"nicht", "nie", "weder", "ja", "nein"}
)
# a definite negative ("Es wurden keine Mittel bereitgestellt.", "… sind nicht Teil der Finanzierung")
# answers every kind but a date
_NEGATIVE_GIVES = frozenset(set(Asked) - {Asked.DATE})
_QUESTION_OPENERS = frozenset({"und", "wenn", "ja", "nein", "falls", "sofern", "inwiefern", "inwieweit"})


@dataclass(frozen=True)
class Question:
    """What one question asks for. ``asked``: the kinds it asks outright; ``conditional``: kinds
    asked only on a yes ("Werden … entschädigt, und wenn ja, in welcher Höhe?") or in the brackets of
    a yes/no question, which a plain "Nein" or any definite negative answers. ``verb`` is the lemma
    of the leading verb of a yes/no question of deciding or assessing ("Plant …" -> "planen")."""

    asked: tuple[Asked, ...]
    conditional: tuple[Asked, ...] = ()
    verb: str | None = None
    other_parts: bool = False


_W_WORD = re.compile(
    r"\b(?:wie|welche[mnrs]?|was|wann|wo|wer|wen|wem|wessen|warum|weshalb|wieso|weswegen|inwiefern|inwieweit"
    r"|wo(?:durch|mit|für|her|hin|zu|rauf|ran|von|rin))\b",
    re.IGNORECASE,
)
_LEAD = re.compile(r"^(?:und\s+)?(?:wenn|falls|sofern)\s+(?:ja|nein|nicht)\s*,\s*", re.IGNORECASE)


def yes_no(text: str) -> bool:
    """A yes/no question: its first clause (after a leading "Wenn ja,") holds no interrogative
    ("Plant die Bundesregierung …", "Werden … entschädigt, und wenn ja, in welcher Höhe?")."""
    head = re.split(r"[,(;:]", _LEAD.sub("", text.strip()), maxsplit=1)[0]
    return not _W_WORD.search(head)


@lru_cache(maxsize=4096)
def asks(text: str) -> Question:
    """The kinds a question asks for, in taxonomy order. A yes/no question asks outright only for
    a decision or position, and only where its verb is one of deciding or assessing; what it asks
    beyond that is conditional. A yes/no question of fact ("Ist … erfolgt?") asks for nothing a
    reader could find missing from a substantive answer."""
    kinds: set[Asked] = set()
    verb: str | None = None
    for sentence in sentences_of(text) or (text,):
        for shape in matching_shapes(sentence, ShapeKind.ASK):
            kinds.update(shape.asked)
            if shape.first is not None and Asked.DECISION in shape.asked:
                verb = _first_lemma(sentence)
    ordered = tuple(k for k in _ORDER if k in kinds)
    if not yes_no(text):
        return Question(ordered, other_parts=len(_W_WORD.findall(text)) > len(ordered) + 1)
    outright = (Asked.DECISION,) if verb else ()
    return Question(outright, tuple(k for k in ordered if k not in outright), verb)


def _first_lemma(sentence: str) -> str | None:
    head = words(sentence)[:1]
    return lemma(head[0]) if head else None


@lru_cache(maxsize=16384)
def gives(sentence: str) -> frozenset[Asked]:
    """The kinds one answer sentence gives."""
    out: set[Asked] = {k for s in matching_shapes(sentence, ShapeKind.GIVE) for k in s.asked}
    if concrete(sentence):
        out.add(Asked.FIGURE)
    if _DATE.search(sentence):
        out.add(Asked.DATE)
    if _ABBREVIATION.search(sentence):
        out.add(Asked.NAMES)
    if features(sentence) & _NEGATION:
        out |= _NEGATIVE_GIVES
    if drucksachen(sentence):
        out |= _NEGATIVE_GIVES  # a named Drucksache is a concrete source; the referral speaks for itself
    elif Asked.NAMES in out and _talk(sentence):
        out.discard(Asked.NAMES)  # what talk-around lists or abbreviates are frameworks, not the names asked
    return frozenset(out)


def _numbers(sentences: Sequence[str]) -> int:
    return sum(1 for s in sentences if concrete(s))


def _talk(sentence: str) -> bool:
    return bool(matching_shapes(sentence, ShapeKind.TALK))


def given(sentences: Sequence[str], question: Question) -> set[Asked]:
    """Everything the answer's sentences give; a yes/no question is also answered by its own verb
    ("Plant …?" – "Die Bundesregierung plant …"), and two sentences with counts form a breakdown."""
    out: set[Asked] = set()
    for sentence in sentences:
        out |= gives(sentence)
        if question.verb and question.verb in features(sentence):
            out.add(Asked.DECISION)
    if _numbers(sentences) >= 2:
        out.add(Asked.BREAKDOWN)
    return out


def _bare_pointer(sentence: str) -> bool:
    """A sentence that only points elsewhere without naming a Drucksache ("Hinsichtlich der
    aufbauorganisatorischen Gestaltung … wird auf Kapitel 3 Aufbauorganisation (§ 7–10 GGO)
    verwiesen"): it gives only what its target gives, which ``pointed`` brings in for answers of the
    same document."""
    reading = read_default(sentence)
    referral = reading.role is Role.FINDING and set(reading.categories) == {Category.REFERRED}
    return referral and not drucksachen(sentence)


def _gives_some(sentences: Sequence[str], question: Question) -> bool:
    """Whether some sentence gives a kind the question asks for outright, read sentence by sentence:
    most answers give it early, and then the rest of a long answer need not be read (the same
    outcome as ``given``, which reads them all)."""
    asked = set(question.asked)
    counts = 0
    for sentence in sentences:
        if gives(sentence) & asked:
            return True
        if Asked.DECISION in asked and question.verb and question.verb in features(sentence):
            return True
        counts += concrete(sentence)
        if counts >= 2 and Asked.BREAKDOWN in asked:
            return True
    return False


@lru_cache(maxsize=4096)
def _readable(answer: str) -> tuple[str, ...]:
    """The sentences of an answer that may carry content: not joint-answer notes or boilerplate."""
    return tuple(s for s in sentences_of(answer) if read_default(s).role is not Role.NEUTRAL)


def evasive(question_text: str, own: str, pointed: Sequence[tuple[str, str]] = ()) -> Finding | None:
    """An ``evasive`` finding when the answer (``own``, with the ``pointed`` answers it refers to, as
    (question number, answer) pairs) gives none of the kinds the question asks for outright; None
    when in doubt. The evidence is the own sentence of talk-around, else the own answer's first
    sentence (a bare pointer whose target does not give the asked kind either), else the target's
    talk-around; ``via`` names the answers pointed to, so the chain is shown."""
    question = asks(question_text)
    if not question.asked:
        return None
    mine = list(_readable(own))
    theirs = [s for _, text in pointed for s in _readable(text)]
    sentences = mine + theirs
    content = [s for s in sentences if not _bare_pointer(s)]
    if not sentences or _gives_some(content, question):
        return None
    have = given(content, question)
    wanted = (*question.asked, *question.conditional)
    missing = tuple(k for k in _ORDER if k in wanted and k not in have)
    if any(k not in missing for k in question.asked):
        return None
    talk = [s for s in sentences if _talk(s)]
    if not talk and not set(missing) <= _VISIBLE:
        return None
    evidence = next((s for s in mine if _talk(s)), None) or (mine or talk or sentences)[0]
    return Finding(Category.EVASIVE, evidence, via=tuple(n for n, _ in pointed), asked=missing)


def answers_other_parts(question_text: str, own: str) -> bool:
    """Whether an evasive answer still answers parts of the question that ask for no particular
    kind ("Was ist unter … zu verstehen?"): then the answer is partial, not open."""
    if not asks(question_text).other_parts:
        return False
    return any(not _talk(s) for s in _readable(own))
