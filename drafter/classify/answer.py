"""Reading one answer: which sentences are non-answer statements (findings), which are neutral
(boilerplate, restatement, reasons for not answering) and which carry substance.

The status follows TAXONOMY.md: ``open`` when nothing substantive is left beyond non-answer
statements, ``partial`` when substance comes with an explicit withholding/lacking/deferring
statement, ``answered`` otherwise. A reference after the answer's own substance does not make it
partial; a definite negative fact ("Es fanden keine Treffen statt.") is substance.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from drafter.classify.rules import Rule, RuleKind, default_rules
from drafter.classify.sentences import split_sentences
from drafter.classify.targets import targets
from drafter.models import Category, Finding, Status

# Reasons given for refusing or classifying are not substance, but only where the answer refuses or
# classifies: the same words ("Rückschlüsse", "gefährden") carry substance elsewhere.
_WITHHOLDING = frozenset({Category.REFUSED, Category.CLASSIFIED})


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
    justification: bool = False


@dataclass(frozen=True)
class Analysis:
    """An answer before referral resolution: its own substance and its own findings."""

    substance: bool
    findings: tuple[Finding, ...]

    @property
    def counted(self) -> tuple[Finding, ...]:
        """Findings that withhold, lack or defer something (every category except ``referred``)."""
        return tuple(f for f in self.findings if f.category is not Category.REFERRED)

    @property
    def referrals(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.category is Category.REFERRED)


def _matching(rules: Sequence[Rule], kind: RuleKind, sentence: str) -> list[Rule]:
    return [r for r in rules if r.kind is kind and r.matches(sentence)]


def read_sentence(sentence: str, rules: Sequence[Rule]) -> Reading:
    """Classify one sentence by the rules; an ``answer`` rule vetoes every finding."""
    rest = bool(_matching(rules, RuleKind.PARTIAL, sentence))
    if _matching(rules, RuleKind.ANSWER, sentence):
        return Reading(sentence, Role.SUBSTANCE, rest=rest)
    found = _matching(rules, RuleKind.FINDING, sentence)
    categories = tuple(dict.fromkeys(r.category for r in found if r.category is not None))
    if categories:
        return Reading(sentence, Role.FINDING, categories, rest=rest)
    if _matching(rules, RuleKind.NEUTRAL, sentence):
        return Reading(sentence, Role.NEUTRAL, rest=rest)
    justification = bool(_matching(rules, RuleKind.JUSTIFICATION, sentence))
    return Reading(sentence, Role.SUBSTANCE, rest=rest, justification=justification)


def _findings(reading: Reading) -> list[Finding]:
    """Turn a finding sentence into findings; a referral gets one finding per target."""
    out: list[Finding] = []
    for category in reading.categories:
        if category is Category.REFERRED:
            points: list[str | None] = [*targets(reading.sentence)] or [None]
            out.extend(Finding(category, reading.sentence, refers_to=t) for t in points)
        else:
            out.append(Finding(category, reading.sentence))
    return out


def _dedupe(findings: Sequence[Finding]) -> tuple[Finding, ...]:
    """Keep the first evidence per category (and per target for referrals): the draft cites one
    sentence per reason, and repeated boilerplate adds nothing."""
    seen: set[tuple[Category, str | None, tuple[str, ...]]] = set()
    out: list[Finding] = []
    for finding in findings:
        key = (finding.category, finding.refers_to, finding.via)
        if key not in seen:
            seen.add(key)
            out.append(finding)
    return tuple(out)


def _substantive(reading: Reading, withholding: bool) -> bool:
    if reading.role is not Role.SUBSTANCE:
        return False
    return not (withholding and reading.justification)


def analyse(answer: str, rules: Sequence[Rule] | None = None) -> Analysis:
    """Read every sentence of ``answer`` and collect its substance and findings."""
    readings = [read_sentence(s, rules or default_rules()) for s in split_sentences(answer)]
    findings = [f for r in readings for f in _findings(r)]
    withholding = any(f.category in _WITHHOLDING for f in findings)
    substance = any(_substantive(r, withholding) for r in readings)
    rest = any(r.rest and r.role is Role.FINDING and Category.REFERRED not in r.categories for r in readings)
    return Analysis(substance or rest, _dedupe(findings))


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
