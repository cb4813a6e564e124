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
from functools import lru_cache

from drafter.classify.answer import Role, concrete, read_default, sentences_of
from drafter.classify.asks import Question, asks
from drafter.classify.lemmas import features
from drafter.classify.shapes import ShapeKind, matching_shapes
from drafter.classify.silence import silent
from drafter.classify.targets import drucksachen
from drafter.models import Asked, Category, Finding

_ORDER = tuple(Asked)
# kinds whose absence a reader can see without judging the prose: no number, no date, no split
_VISIBLE = frozenset({Asked.FIGURE, Asked.DATE, Asked.BREAKDOWN})
_DATE = re.compile(
    r"\b(?:19|20)\d\d\b|\b\d{1,2}\.\s?\d{1,2}\.(?:\s?\d{2,4})?|\b\d{1,2}\.\s+(?:Jan|Feb|Mär|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez)"
)
_ABBREVIATION = re.compile(r"\b[A-ZÄÖÜ][A-ZÄÖÜ0-9]+[a-z]?\b|[„“\"][^„“\"]{2,80}[“”\"]")
_NONE = frozenset({"kein", "keine", "keinen", "keiner", "keinem", "keines", "keinerlei", "nein"})
_NEGATION = _NONE | {"nicht", "nie", "weder", "ja"}
# a definite negative ("… sind nicht Teil der Finanzierung") answers every kind but a date ("Die
# Verhandlungen sind nicht abgeschlossen" says nothing of when); that nothing took place ("Es gab keine
# Kontakte", "Es stehen keine Veranstaltungen fest", "Nein." to "Wenn ja, wann?") answers the date as well
_NEGATIVE_GIVES = frozenset(set(Asked) - {Asked.DATE})
_ALL = frozenset(Asked)
_ALL_BUT_NAMES = _ALL - {Asked.NAMES}
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_ROW = 4  # numbers in one sentence that make it a table row or a list of counts
# a web address, also where the PDF text broke it at a space ("statistik.arbeitsagent ur.de/…"): its
# digits are no figures
_URL = re.compile(r"(?:https?://|www\.)\S*|\S*[/=&]\S*")
_LISTED = frozenset({Asked.BREAKDOWN, Asked.NAMES, Asked.MEASURES})
_NOUN = ("ung", "ungen")
_STATED = frozenset(
    {Asked.FIGURE, Asked.DATE, Asked.NAMES, Asked.DECISION}
)  # the noun of a verb: "planen" -> "planung"


@lru_cache(maxsize=16384)
def gives(sentence: str) -> frozenset[Asked]:
    """The kinds one answer sentence gives: those of the ``give`` shape rules and those its figures,
    dates, names and lists show."""
    out: set[Asked] = {k for s in matching_shapes(sentence, ShapeKind.GIVE) for k in s.asked}
    out |= _shown(sentence)
    out |= _negative_gives(sentence)
    if drucksachen(sentence):
        out |= _NEGATIVE_GIVES  # a named Drucksache is a concrete source; the referral speaks for itself
    elif Asked.NAMES in out and talks(sentence):
        out.discard(Asked.NAMES)  # what talk-around lists or abbreviates are frameworks, not the names asked
    return frozenset(out)


@lru_cache(maxsize=16384)
def _surely_gives(sentence: str) -> frozenset[Asked]:
    """Kinds that ``gives`` holds for the sentence whatever its shape rules say, read from the
    characters and the negations alone: a figure or a date ("… 2,5 Millionen Euro …") answers before
    the shape rules need to be asked. Names are left out, as talk-around takes them back."""
    return frozenset((_shown(sentence) | _negative_gives(sentence)) - {Asked.NAMES})


def _negative_gives(sentence: str) -> frozenset[Asked]:
    """What a definite negative gives (see ``_NEGATIVE_GIVES``): every kind for "kein …" and "nein"."""
    negation = features(sentence) & _NEGATION
    if not negation:
        return frozenset()
    return _NEGATIVE_GIVES if negation.isdisjoint(_NONE) else _ALL


@lru_cache(maxsize=4096)
def gives_everything(answer: str) -> bool:
    """Whether a sentence of the answer gives every kind a question may ask for: a definite negative
    ("Es fanden keine Treffen statt.") that is no talk-around, or that names a Drucksache. No question
    is then evaded or left uncovered by it, whatever it asks, and the question need not be read; the
    test uses only what the characters and negations show (``_surely_gives``), so it is cheap."""
    for sentence in readable(answer):
        lowered = sentence.lower()
        if "kein" not in lowered and "nein" not in lowered:
            continue  # the test may miss a sentence (then the question is read), never pass a wrong one
        if _surely_gives(sentence) >= _ALL_BUT_NAMES and (drucksachen(sentence) or not talks(sentence)):
            return True
    return False


def _shown(sentence: str) -> set[Asked]:
    """What the characters show: a figure, a date, an abbreviation or quoted name, and a list ("Im
    Einzelnen:" announces one; a table row holds several counts at once)."""
    out: set[Asked] = set()
    if _figure(sentence):
        out.add(Asked.FIGURE)
        if len(_NUMBER.findall(_without_urls(sentence))) >= _ROW:
            out |= _LISTED
    if _DATE.search(sentence):
        out.add(Asked.DATE)
    if _ABBREVIATION.search(sentence):
        out.add(Asked.NAMES)
    if sentence.rstrip().endswith(":"):
        out |= _LISTED
    return out


@lru_cache(maxsize=16384)
def _figure(sentence: str) -> bool:
    """A number beyond citations, dates and web addresses: a count, an amount, a share."""
    return concrete(sentence) and concrete(_without_urls(sentence))


def _without_urls(sentence: str) -> str:
    """The sentence with its web addresses blanked; the sentence itself, without a regular
    expression, where it holds none of the signs that every web address has ("/", "=", "&", "www.")."""
    if "/" in sentence or "=" in sentence or "&" in sentence or "www." in sentence:
        return _URL.sub(" ", sentence)
    return sentence


def commits(sentence: str, predicate: frozenset[str]) -> bool:
    """Whether an answer sentence repeats the predicate of a yes/no question, and so commits itself:
    the lemma of one of its words ("Wird … eingesetzt?" - "… werden … eingesetzt"), or for a verb its
    noun ("Plant …?" - "Eine Verfahrensordnung ist in Planung.", "erhöhen" - "Erhöhung"); a compound
    that merely begins with it ("Planungsgrundlage") does not commit to the plan."""
    if not predicate:
        return False
    feats = features(sentence)
    if feats & predicate:
        return True
    nouns = {
        p[: -len(end)] + suffix
        for p in predicate
        for end in ("en", "n")
        if p.endswith(end)
        for suffix in _NOUN
    }
    return bool(feats & nouns)


def _numbers(sentences: Sequence[str]) -> int:
    return sum(1 for s in sentences if _figure(s))


def talks(sentence: str) -> bool:
    """Whether a sentence talks around a question (a ``talk`` shape rule): the evidence an evasive
    answer is quoted by."""
    return bool(matching_shapes(sentence, ShapeKind.TALK))


def given(sentences: Sequence[str], question: Question) -> set[Asked]:
    """Everything the answer's sentences give; a yes/no question is also answered by its own verb
    ("Plant …?" – "Die Bundesregierung plant …"), and two sentences with counts form a breakdown."""
    out: set[Asked] = set()
    for sentence in sentences:
        out |= gives(sentence)
        if commits(sentence, question.predicate):
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
    if reading.role is not Role.FINDING or set(reading.categories) != {Category.REFERRED}:
        return False  # most sentences: no need to look for figures
    # a sentence with a fact of its own is more than a pointer ("… keinen Beitrag (siehe Vorbemerkung)")
    own = _figure(sentence) or bool(features(sentence) & _NEGATION)
    return not own and not drucksachen(sentence)


def _decides(sentence: str, question: Question) -> bool:
    """A pointer that also commits ("Die Bundesregierung teilt die Auffassung der Fragesteller und
    verweist auf die Ergebnisse …") gives the decision itself."""
    return Asked.DECISION in question.asked and (
        Asked.DECISION in gives(sentence) or commits(sentence, question.predicate)
    )


def _gives_some(sentences: Sequence[str], question: Question) -> bool:
    """Whether some sentence gives a kind the question asks for outright, read sentence by sentence:
    most answers give it early, and then the rest of a long answer need not be read (the same
    outcome as ``given``, which reads them all)."""
    asked = set(question.asked)
    counts = 0
    for sentence in sentences:
        if _surely_gives(sentence) & asked or gives(sentence) & asked:
            return True
        if Asked.DECISION in asked and commits(sentence, question.predicate):
            return True
        counts += _figure(sentence)
        if counts >= 2 and Asked.BREAKDOWN in asked:
            return True
    return False


@lru_cache(maxsize=4096)
def readable(answer: str) -> tuple[str, ...]:
    """The sentences of an answer that may carry content: not joint-answer notes or boilerplate."""
    return tuple(s for s in sentences_of(answer) if read_default(s).role is not Role.NEUTRAL)


def evasive(question_text: str, own: str, pointed: Sequence[tuple[str, str]] = ()) -> Finding | None:
    """An ``evasive`` finding when the answer (``own``, with the ``pointed`` answers it refers to, as
    (question number, answer) pairs) gives none of the kinds the question asks for outright; None
    when in doubt. The evidence is the own sentence of talk-around, else the own answer's first
    sentence (a bare pointer whose target does not give the asked kind either), else the target's
    talk-around; ``via`` names the answers pointed to, so the chain is shown."""
    if gives_everything(own):
        return None
    question = asks(question_text)
    if not question.asked:
        return _talked_around(question, own, pointed) if question.yes_no else None
    mine = list(readable(own))
    theirs = [s for _, text in pointed for s in readable(text)]
    sentences = mine + theirs
    content = [s for s in sentences if not _bare_pointer(s) or _decides(s, question)]
    if not sentences or _gives_some(content, question):
        return None
    have = given(content, question)
    wanted = (*question.asked, *question.conditional)
    missing = tuple(k for k in _ORDER if k in wanted and k not in have)
    if any(k not in missing for k in question.asked):
        return None
    talk = [s for s in sentences if talks(s)]
    if not talk and not set(missing) <= _VISIBLE and not silent(question_text, content):
        return None
    evidence = next((s for s in mine if talks(s)), None) or (mine or talk or sentences)[0]
    return Finding(Category.EVASIVE, evidence, via=tuple(n for n, _ in pointed), asked=missing)


def _talked_around(question: Question, own: str, pointed: Sequence[tuple[str, str]]) -> Finding | None:
    """For a yes/no question of fact ("Gibt es Initiativen der Bundesregierung …?"), which any
    substantive statement may answer, an ``evasive`` finding only where every sentence of the answer
    is talk-around that states nothing: no figure, date, name, negation or position, and not the verb
    asked ("Die Bundesregierung steht hierzu in stetigem Austausch mit den Ländern und dem
    TÜV-Verband.")."""
    mine = list(readable(own))
    sentences = mine + [s for _, text in pointed for s in readable(text)]
    content = [s for s in sentences if not _bare_pointer(s)]
    if not content or not all(_only_talk(s, question) for s in content):
        return None
    evidence = (mine or content)[0]
    return Finding(Category.EVASIVE, evidence, via=tuple(n for n, _ in pointed), asked=(Asked.DECISION,))


def _only_talk(sentence: str, question: Question) -> bool:
    stated = gives(sentence) & _STATED or commits(sentence, question.predicate)
    return talks(sentence) and not stated


def answers_other_parts(question_text: str, own: str) -> bool:
    """Whether an evasive answer still answers parts of the question that ask for no particular
    kind ("Was ist unter … zu verstehen?"): then the answer is partial, not open."""
    if not asks(question_text).other_parts:
        return False
    return any(not talks(s) for s in readable(own))
