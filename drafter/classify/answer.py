"""Reading one answer: which sentences are non-answer statements (findings), which are neutral
(boilerplate, restatement, reasons for not answering) and which carry substance.

The status follows TAXONOMY.md: ``open`` when nothing substantive is left beyond non-answer
statements, ``partial`` when substance comes with an explicit withholding/lacking/deferring
statement, ``answered`` otherwise. A reference after the answer's own substance does not make it
partial; a definite negative fact ("Es fanden keine Treffen statt.") is substance.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from drafter.classify.match import matching
from drafter.classify.rules import Rule, RuleKind, default_rules
from drafter.classify.shapes import ShapeKind, matching_shapes
from drafter.classify.targets import targets
from drafter.models import Category, Finding, Status
from drafter.text.sentences import split_sentences

# Numbers that do not make a sentence concrete: citations of law, court decisions, questions and
# annexes, dates, years, ordinals, names with digits ("CO2", "ICD-10 Z91.7", "23-Prozentziel"; "Level 2"
# stays) and web addresses.
_CITATION = re.compile(
    r"§+\s*[\d\s,a-z–-]*"
    r"|\b(?:Artikel|Art\.|Absatz|Abs\.|Satz|Nummer|Nr\.|Zeilen?|BVerfGE|\w*Drucksache|Drs\.|Rn\.|Fragen?|Anlagen?"
    r"|Tabellen?|Ziffer|Kapitel|Seiten?|Anhang|Punkt|Spiegelstrich)(?:[\d\s,./f–-]|bis|und|sowie)*[a-z]?\b"
    r"|\b\d{1,2}\.\s*\w+\s+\d{4}\b|\b\d{1,2}\.\d{1,2}\.\d{2,4}\b|\b(?:19|20)\d\d\b"
    r"|\b\d{1,3}\.(?=\s*[A-Za-zÄÖÜäöü])|\b[A-Za-zÄÖÜäöü]+-?\d[\w.]*|\b\d+-(?-i:[A-ZÄÖÜ])\w*"
    r"|(?:https?://|www\.)\S*",
    re.IGNORECASE,
)


_DIGIT = re.compile(r"\d")
_FIGURE = re.compile(r"\b\d[\d.,]*\b")
_TABLE_FIGURES = 10  # a "sentence" with this many figures is a table run together
_ROW_OF_FIGURES = re.compile(r"(?:\b\d[\d.,]*\b[\s:;%€*()/-]*){3,}")


class Role(Enum):
    """What one sentence contributes to the answer."""

    SUBSTANCE = "substance"
    NEUTRAL = "neutral"
    FINDING = "finding"


@dataclass(frozen=True)
class Reading:
    """One sentence as the rules read it. ``rest`` marks "Im Übrigen …"-style statements about
    the remainder, which imply that something else was answered."""

    sentence: str
    role: Role
    categories: tuple[Category, ...] = ()
    rest: bool = False
    context: frozenset[Category] = frozenset()
    consequence: bool = False
    ranks: tuple[int, ...] = ()
    extends: bool = False


@dataclass(frozen=True)
class Analysis:
    """An answer before referral resolution: its own substance (and the sentences that carry it)
    and its own findings."""

    substance: bool
    findings: tuple[Finding, ...]
    sentences: tuple[str, ...] = ()  # the sentences that carry substance

    @property
    def counted(self) -> tuple[Finding, ...]:
        """Findings that withhold, lack or defer something (every category except ``referred``)."""
        return tuple(f for f in self.findings if f.category is not Category.REFERRED)

    @property
    def referrals(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.category is Category.REFERRED)


def _ranks(hits: Sequence[tuple[int, Rule]]) -> dict[Category, int]:
    """The finding categories of a sentence, each with the position of its first matching rule: rules
    earlier in the file are the more explicit phrasings and win as evidence."""
    ranks: dict[Category, int] = {}
    for index, rule in hits:
        if rule.kind is RuleKind.FINDING and rule.category and rule.category not in ranks:
            ranks[rule.category] = index
    return ranks


_SHAPE_RANK = 100_000  # shape findings rank after every phrase rule: the phrase rules are more explicit


def _shape_ranks(sentence: str) -> dict[Category, int]:
    """The categories of the general non-answer shapes (``shapes.toml``) a sentence matches, for
    sentences that no phrase rule reads as a finding. Of a table run together into one "sentence"
    only the prose after its last row is read: its row labels ("Keine Angabe", "Keine Zuordnung
    möglich") name categories of the figures and withhold nothing."""
    ranks: dict[Category, int] = {}
    for index, shape in enumerate(matching_shapes(_after_table(sentence), ShapeKind.FINDING)):
        if shape.category is Category.REFERRED and concrete(sentence):
            continue  # a sentence that states the figure itself and names its source is an answer
        if shape.category is not None:
            ranks.setdefault(shape.category, _SHAPE_RANK + index)
    return ranks


def _after_table(sentence: str) -> str:
    """The prose after the last run of figures of a table run together into one "sentence" ("…
    2024: 15 959 Die Personalentwicklung … kann … nur für die Jahre 2020 bis 2025 zur Verfügung
    gestellt werden."); any other sentence whole."""
    if not _DIGIT.search(sentence) or len(_FIGURE.findall(sentence)) < _TABLE_FIGURES:
        return sentence
    ends = [m.end() for m in _ROW_OF_FIGURES.finditer(sentence)]
    return sentence[ends[-1] :] if ends else sentence


def read_sentence(sentence: str, rules: Sequence[Rule]) -> Reading:
    """Classify one sentence by the rules; an ``answer`` rule vetoes every finding, and a question
    (a sentence ending in "?", e.g. a reprinted question) is never substance."""
    hits = matching(rules, sentence)
    kinds = {r.kind for _, r in hits}
    rest = RuleKind.PARTIAL in kinds
    if RuleKind.ANSWER in kinds:
        return Reading(sentence, Role.SUBSTANCE, rest=rest)
    ranks = _ranks(hits) or _shape_ranks(sentence)
    if ranks:
        consequence = RuleKind.CONSEQUENCE in kinds
        categories, order = tuple(ranks), tuple(ranks.values())
        return Reading(sentence, Role.FINDING, categories, rest=rest, consequence=consequence, ranks=order)
    if sentence.endswith("?") or RuleKind.NEUTRAL in kinds:
        return Reading(sentence, Role.NEUTRAL, rest=rest)
    explains = [
        r for _, r in hits if r.kind is RuleKind.CONTEXT and (r.with_numbers or not concrete(sentence))
    ]
    context = frozenset().union(*(r.applies_with for r in explains))
    extends = RuleKind.EXTENSION in kinds
    return Reading(sentence, Role.SUBSTANCE, rest=rest, context=context, extends=extends)


@lru_cache(maxsize=4096)
def concrete(sentence: str) -> bool:
    """True when the sentence states a number beyond citations, dates and years: a count, an amount,
    a share. Such a sentence is substance even where it stands next to a non-answer."""
    if not _DIGIT.search(sentence):
        return False
    return _DIGIT.search(_CITATION.sub(" ", sentence)) is not None


def _reasons(readings: Sequence[Reading]) -> set[int]:
    """Indices of plain sentences that a following finding draws its conclusion from ("Förderprogramme
    sind spezifisch ausgestaltet. Verallgemeinernde Aussagen sind daher nicht möglich.")."""
    out: set[int] = set()
    for index, reading in enumerate(readings):
        if reading.role is not Role.FINDING or not reading.consequence:
            continue
        before = index - 1
        while before >= 0 and readings[before].role is not Role.FINDING:
            if not concrete(readings[before].sentence):
                out.add(before)
            before -= 1
    return out


def _extensions(readings: Sequence[Reading]) -> set[int]:
    """Indices of sentences that carry a withholding finding just before them over to another matter
    ("Für das Schulwesen sind … die Länder zuständig. Dies gilt auch für rechtliche Regelungen im
    Sinne der Fragestellung."): they withhold too, and give no substance."""
    out: set[int] = set()
    for index in range(1, len(readings)):
        before = readings[index - 1]
        if readings[index].extends and (_withholds(before) or index - 1 in out):
            out.add(index)
    return out


def _findings(reading: Reading) -> list[tuple[int, Finding]]:
    """Turn a finding sentence into ranked findings; a referral gets one finding per target."""
    out: list[tuple[int, Finding]] = []
    for category, rank in zip(reading.categories, reading.ranks, strict=True):
        if category is Category.REFERRED:
            points: list[str | None] = [*targets(reading.sentence)] or [None]
            out.extend((rank, Finding(category, reading.sentence, refers_to=t)) for t in points)
        else:
            out.append((rank, Finding(category, reading.sentence)))
    return out


def _strongest(ranked: Sequence[tuple[int, int, Finding]]) -> tuple[Finding, ...]:
    """One evidence sentence per category (per target for referrals): the one matched by the
    earliest rule, then the earliest sentence; returned in the order of the answer."""
    chosen = _dedupe([f for _, _, f in sorted(ranked, key=lambda item: item[:2])])
    order = {id(f): index for _, index, f in ranked}
    return tuple(sorted(chosen, key=lambda f: order[id(f)]))


def unique_by(findings: Sequence[Finding], key: Callable[[Finding], Hashable]) -> tuple[Finding, ...]:
    """The findings in order, keeping only the first of those that share ``key``."""
    seen: set[Hashable] = set()
    out: list[Finding] = []
    for finding in findings:
        if key(finding) not in seen:
            seen.add(key(finding))
            out.append(finding)
    return tuple(out)


def _dedupe(findings: Sequence[Finding]) -> tuple[Finding, ...]:
    """Keep the first evidence per category (and per target for referrals): the draft cites one
    sentence per reason, and repeated boilerplate adds nothing."""
    return unique_by(findings, lambda f: (f.category, f.refers_to, f.via))


def _substantive(reading: Reading, present: set[Category]) -> bool:
    """A plain sentence is substance unless it only gives the background of a non-answer. A finding
    sentence that states a count ("Zu vier der 22 Konzerte liegen keine Besucherzahlen vor.",
    "496 Disziplinarverfahren sind noch nicht abgeschlossen.") answers in part as well."""
    if reading.role is Role.FINDING:
        return Category.REFERRED not in reading.categories and concrete(reading.sentence)
    return reading.role is Role.SUBSTANCE and not (reading.context & present)


@lru_cache(maxsize=4096)
def sentences_of(text: str) -> tuple[str, ...]:
    """The sentences of an answer, split once: the coverage analysis reads them again."""
    return tuple(split_sentences(text))


@lru_cache(maxsize=16384)
def read_default(sentence: str) -> Reading:
    """``read_sentence`` with the shipped rules, once per sentence: the coverage analysis reads the
    sentences of an answer again, and boilerplate sentences repeat across answers."""
    return read_sentence(sentence, default_rules())


def analyse(answer: str, rules: Sequence[Rule] | None = None) -> Analysis:
    """Read every sentence of ``answer`` and collect its substance and findings."""
    if rules is None:
        readings = [read_default(s) for s in sentences_of(answer)]
    else:
        readings = [read_sentence(s, rules) for s in sentences_of(answer)]
    ranked = [(rank, i, f) for i, r in enumerate(readings) for rank, f in _findings(r)]
    findings = _strongest(ranked)
    present = {f.category for f in findings if f.category is not Category.REFERRED or not f.refers_to}
    reasons = _reasons(readings) | _extensions(readings)
    substance = tuple(
        r.sentence for i, r in enumerate(readings) if i not in reasons and _substantive(r, present)
    )
    rest = _rest(readings)
    return Analysis(bool(substance) or rest, findings, substance)


def _rest(readings: Sequence[Reading]) -> bool:
    """Whether a statement about "the rest" ("Im Übrigen liegen keine Erkenntnisse vor.") implies that
    something else was given. Not after another non-answer: "Die steuerliche Situation … unterliegt dem
    Steuergeheimnis. Im Übrigen sind … die Länder zuständig." withholds twice and gives nothing."""
    for index, reading in enumerate(readings):
        if reading.rest and reading.role is Role.FINDING and Category.REFERRED not in reading.categories:
            return not any(_withholds(r) for r in readings[:index])
    return False


def _withholds(reading: Reading) -> bool:
    return reading.role is Role.FINDING and Category.REFERRED not in reading.categories


def decide(substance: bool, counted: Sequence[Finding], referrals: Sequence[Finding]) -> Status:
    """The status rule of TAXONOMY.md, given what is left after referral resolution."""
    if not counted and not referrals:
        return Status.ANSWERED
    if substance:
        return Status.PARTIAL if counted else Status.ANSWERED
    return Status.OPEN


def classify_answer(answer: str) -> tuple[Status, tuple[Finding, ...]]:
    """Status and findings of one answer on its own, without following references."""
    analysis = analyse(answer)
    status = decide(analysis.substance, analysis.counted, analysis.referrals)
    return status, () if status is Status.ANSWERED else analysis.findings
