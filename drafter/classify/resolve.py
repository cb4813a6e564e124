"""Classifying all questions of one Antwort, following references inside the document.

A ``referred`` answer pointing to another question (or to the Vorbemerkung der Bundesregierung)
takes on that target's unresolved findings, with ``via`` showing the chain ("10" -> "4" -> "2":
the findings of 2 reach 10 with via=("4", "2")). A target that was answered counts as substance, so
a pure reference to an answered question is answered too. A reference to another Drucksache stays a
``referred`` finding with its number. A cycle (4 -> 5 -> 4) ends the chain and the reference stays
unresolved; a reference into the own joint answer adds nothing and is dropped.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from drafter.classify.answer import Analysis, analyse, decide, unique_by
from drafter.classify.coverage import answers_other_parts, evasive
from drafter.classify.parts import named_members, restricted_to
from drafter.classify.targets import VORBEMERKUNG
from drafter.classify.uncovered import uncovered
from drafter.models import Category, Finding, Question, Status

# Questions on one chain of references at most; a longer chain (only seen in broken input) stops and
# its last reference stays unresolved instead of exhausting the interpreter's recursion limit.
_MAX_CHAIN = 40


@dataclass(frozen=True)
class Outcome:
    """A question's resolved state: whether substance exists (own or via an answered target), and
    the findings that remain."""

    status: Status
    substance: bool
    findings: tuple[Finding, ...]


class _Resolver:
    """Memoised, cycle-safe resolution over one document's answers. A reference back into the chain
    being resolved (a cycle) stays an unresolved ``referred`` finding."""

    def __init__(self, analyses: Mapping[str, Analysis], groups: Mapping[str, tuple[str, ...]]) -> None:
        self.analyses = analyses
        self.groups = groups
        self.done: dict[str, Outcome] = {}

    def members(self, target: str) -> list[str]:
        """The questions a target names: itself, or for "3" with only "3a", "3b" present, those."""
        if target in self.analyses:
            return [target]
        return [n for n in self.analyses if n.rstrip("abcdefghijklmnopqrstuvwxyz") == target]

    def outcome(self, number: str, stack: tuple[str, ...] = ()) -> Outcome:
        """Resolve once per question: answers that point at each other in a web (1 -> 2 -> 3 -> 1)
        would otherwise be walked along every path."""
        if number not in self.done:
            self.done[number] = self._resolve(number, (*stack, *self.groups.get(number, (number,))))
        return self.done[number]

    def _resolve(self, number: str, stack: tuple[str, ...]) -> Outcome:
        """Follow an answer's references. After an otherwise complete answer, a reference to the
        Vorbemerkung is a supplement and passes nothing on; a reference to another question still
        passes on that question's gaps ("Im Übrigen wird auf die Antwort zu Frage 2 verwiesen")."""
        analysis = self.analyses[number]
        state = _State(analysis.substance, list(analysis.counted))
        complete = analysis.substance and not analysis.counted
        group = set(self.groups.get(number, (number,)))
        for ref in analysis.referrals:
            names = self.members(ref.refers_to or "")
            if (complete and ref.refers_to == VORBEMERKUNG) or (names and group.issuperset(names)):
                continue  # a supplement, or a pointer into the own joint answer
            reachable = [n for n in names if n not in stack] if len(stack) < _MAX_CHAIN else []
            self._follow(ref, reachable, stack, state)
        return _outcome(analysis.substance, state.substance, state.counted, state.referrals)

    def _follow(self, ref: Finding, targets: list[str], stack: tuple[str, ...], state: _State) -> None:
        """Take on what the targets of one reference contribute; a reference that reaches nothing
        (another Drucksache, a missing question, a cycle) stays unresolved."""
        if not targets:
            state.referrals.append(ref)
        for target in targets:
            sub = self.outcome(target, stack)
            state.substance = state.substance or _gives_substance(target, sub)
            if sub.status.unresolved:
                state.referrals.append(ref)
                state.counted.extend(_inherit(f, target) for f in sub.findings)


@dataclass
class _State:
    """What one answer has gathered while its references are followed."""

    substance: bool
    counted: list[Finding]
    referrals: list[Finding] = field(default_factory=list)


def _gives_substance(target: str, outcome: Outcome) -> bool:
    """An answered or partial question answers a reference to it. The Vorbemerkung der
    Bundesregierung speaks in general terms, so a reference to it passes on its findings but never
    counts as answering a specific question."""
    return target != VORBEMERKUNG and outcome.status in (Status.ANSWERED, Status.PARTIAL)


def _inherit(finding: Finding, via: str) -> Finding:
    return replace(finding, via=(via, *finding.via))


def _outcome(own: bool, substance: bool, counted: list[Finding], referrals: list[Finding]) -> Outcome:
    """Decide the status. Inherited referral findings count like the own ones; a reference that
    only follows the answer's own substance does not make it unresolved by itself."""
    refs = [f for f in counted if f.category is Category.REFERRED] + referrals
    real = [f for f in counted if f.category is not Category.REFERRED]
    status = decide(substance, real, [] if own else refs)
    if status is Status.ANSWERED:
        return Outcome(status, True, ())
    return Outcome(status, substance, _unique([*real, *refs]))


def _unique(findings: list[Finding]) -> tuple[Finding, ...]:
    """Drop a finding that reached the question a second time by another path."""
    return unique_by(findings, lambda f: (f.category, f.evidence, f.refers_to))


def _cached(cache: dict[str, Analysis], answer: str) -> Analysis:
    if answer not in cache:
        cache[answer] = analyse(answer)
    return cache[answer]


def classify_questions(
    questions: Sequence[Question], *, government_preamble: str | None = None
) -> tuple[Question, ...]:
    """Give every question of an Antwort its status and findings, references resolved."""
    by_text: dict[str, Analysis] = {}  # a joint answer is repeated for every member of its group
    analyses = {q.number: _cached(by_text, q.answer or "") for q in questions}
    groups = {q.number: q.group or (q.number,) for q in questions}
    if government_preamble and VORBEMERKUNG not in analyses:
        analyses[VORBEMERKUNG] = analyse(government_preamble)
    resolver = _Resolver(analyses, groups)
    answers = {q.number: q.answer or "" for q in questions}
    texts = {q.number: q.text for q in questions}
    numbers = tuple(texts)
    out: list[Question] = []
    for question in questions:
        if question.answer is None:
            out.append(question)
            continue
        result = resolver.outcome(question.number)
        status, findings = _own_parts(question, result, numbers)
        if status is Status.ANSWERED:
            # the Vorbemerkung speaks in general terms: it is followed for findings, never for the asked kind
            pointed = [(n, answers[n]) for n in _pointed(resolver, question.number) if n in texts]
            asked = _asked_text(question, texts)
            finding = evasive(asked, question.answer, pointed)
            if finding is not None:
                status = Status.PARTIAL if answers_other_parts(asked, question.answer) else Status.OPEN
                findings = (finding,)
            elif (part := uncovered(asked, question.answer, pointed)) is not None:
                status, findings = Status.PARTIAL, (part,)  # a figure or date asked, the rest answered
        out.append(replace(question, status=status, findings=findings))
    return tuple(out)


def _own_parts(
    question: Question, result: Outcome, numbers: tuple[str, ...]
) -> tuple[Status, tuple[Finding, ...]]:
    """The findings that concern this question, each with the parts it is restricted to. In a joint
    answer a finding that names only other questions of the group ("Zu Frage 5 liegen keine
    Erkenntnisse vor.") is not this question's, nor is a statement of the Vorbemerkung that names only
    other questions ("Hinsichtlich der Fragen 6, 7 und 13b ist die Bundesregierung … zu der Auffassung
    gelangt, …"); where nothing else withholds, a question with substance is answered. In a partial
    answer a finding names the years or Länder it leaves open."""
    group = question.group if len(question.group) > 1 else ()
    kept: list[Finding] = []
    for finding in result.findings:
        own = finding.category is not Category.REFERRED and not finding.via
        preamble = finding.via[-1:] == (VORBEMERKUNG,) and finding.category is not Category.REFERRED
        scope = group if own else numbers if preamble else ()
        named = named_members(finding.evidence, scope) if scope else ()
        if named and question.number not in named:
            continue
        if not own or set(named) == set(group):
            named = ()  # the whole group, or a statement made elsewhere: no part to name
        elif not named and result.status is Status.PARTIAL:
            named = restricted_to(finding.evidence)
        kept.append(replace(finding, parts=named) if named and not finding.parts else finding)
    withheld = any(f.category is not Category.REFERRED for f in kept)
    if len(kept) < len(result.findings) and result.substance and not withheld:
        return Status.ANSWERED, ()
    return result.status, tuple(kept)


def _asked_text(question: Question, texts: Mapping[str, str]) -> str:
    """A lettered part that is no question of its own ("mit den Zielen des BEPS-Projekts;") asks
    what its stem asks: "10a" is read with the text of "10" before it."""
    stem = question.number.rstrip("abcdefghijklmnopqrstuvwxyz")
    whole = question.text[:1].isupper() and question.text.endswith("?")
    if stem != question.number and stem in texts and not whole:
        return f"{texts[stem]} {question.text}"
    return question.text


def _pointed(resolver: _Resolver, number: str, depth: int = 3) -> list[str]:
    """The questions (and the Vorbemerkung) an answer points to, followed ``depth`` steps."""
    found: list[str] = []
    frontier = [number]
    for _ in range(depth):
        step: list[str] = []
        for current in frontier:
            for ref in resolver.analyses[current].referrals if current in resolver.analyses else ():
                names = resolver.members(ref.refers_to or "")
                step.extend(n for n in names if n not in found and n != number)
        found.extend(dict.fromkeys(step))
        frontier = step
    return found
