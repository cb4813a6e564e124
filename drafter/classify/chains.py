"""References to other Drucksachen, followed into the question library.

"Hinsichtlich der Vorjahreszeiträume wird auf die Antwort der Bundesregierung zu Frage 3 der Kleinen
Anfrage auf Bundestagsdrucksache 20/12334 verwiesen." points to an earlier answer; where the library
holds that Antwort (under its own number or under the number of its Kleine Anfrage), the reference
takes the status of what it points to: an answered target answers it, an unresolved one passes on its
findings, and the chain is shown in ``via`` ("3 in 20/12334"). A reference to a whole Drucksache, or
to one the library does not hold, stays a ``referred`` finding. Classification itself never opens the
library: the caller passes ``lookup``, which returns the Antwort stored for a number, or None.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from drafter.classify.targets import drucksache_questions
from drafter.models import Category, Document, Finding, Kind, Question, Status

Lookup = Callable[[str], Document | None]


@dataclass(frozen=True)
class _Followed:
    """What the references of one question reached: the findings that remain and whether some
    target gave substance."""

    findings: tuple[Finding, ...]
    answered: bool
    changed: bool


def step(number: str, drucksache: str) -> str:
    """One link of a chain into another Drucksache, as shown after "über Frage": "3 in 20/12334"."""
    return f"{number} in {drucksache}"


def _targets(finding: Finding, doc: Document) -> list[Question]:
    """The questions of ``doc`` the referring sentence names for its Drucksache; a number "3"
    stands for its lettered parts where the Antwort has no "3" of its own."""
    named = drucksache_questions(finding.evidence).get(finding.refers_to or "", [])
    numbers = {q.number for q in doc.questions}
    wanted = {n for n in named if n in numbers}
    wanted |= {q.number for q in doc.questions if q.number.rstrip("abcdefghijklmnopqrstuvwxyz") in named}
    wanted -= {n for n in wanted if n not in named and n.rstrip("abcdefghijklmnopqrstuvwxyz") in numbers}
    return [q for q in doc.questions if q.number in wanted and q.answer is not None]


def _follow(question: Question, lookup: Lookup) -> _Followed:
    """Replace each followable reference by what its targets contribute."""
    kept: list[Finding] = []
    answered = changed = False
    for finding in question.findings:
        target_doc = lookup(finding.refers_to) if _external(finding) and finding.refers_to else None
        targets = _targets(finding, target_doc) if target_doc is not None else []
        if not targets or target_doc is None:
            kept.append(finding)
            continue
        changed = True
        for target in targets:
            answered = answered or target.status in (Status.ANSWERED, Status.PARTIAL)
            if target.status.unresolved:
                via = step(target.number, finding.refers_to or "")
                kept.append(finding)
                kept.extend(replace(f, via=(via, *f.via)) for f in target.findings)
    return _Followed(tuple(dict.fromkeys(kept)), answered, changed)


def _external(finding: Finding) -> bool:
    return finding.category is Category.REFERRED and "/" in (finding.refers_to or "")


def _status(question: Question, followed: _Followed) -> Status:
    """The status after following: a question that was open only for its references is answered
    when every target answered it, partial when some did; other findings keep their status."""
    withheld = [f for f in followed.findings if f.category is not Category.REFERRED]
    referred_only = all(f.category is Category.REFERRED for f in question.findings)
    if not referred_only:
        return question.status
    if not followed.findings:
        return Status.ANSWERED
    if followed.answered:
        return Status.PARTIAL if withheld else Status.ANSWERED
    return question.status


def follow_drucksachen(doc: Document, lookup: Lookup) -> Document:
    """``doc`` with every reference to a Drucksache in the library followed to its end."""
    if doc.kind is not Kind.ANTWORT:
        return doc
    questions: list[Question] = []
    for question in doc.questions:
        followed = _follow(question, lookup) if question.status.unresolved else None
        if followed is None or not followed.changed:
            questions.append(question)
            continue
        status = _status(question, followed)
        findings = () if status is Status.ANSWERED else followed.findings
        questions.append(replace(question, status=status, findings=findings))
    return replace(doc, questions=tuple(questions))


def referenced(doc: Document) -> Sequence[str]:
    """The Drucksachen the unresolved answers of ``doc`` point to, for the caller to look up."""
    found = [f.refers_to for q in doc.questions for f in q.findings if _external(f) and f.refers_to]
    return list(dict.fromkeys(found))
