"""Word one follow-up question for one unresolved item, from the template of its category.

The template gets the item's topic (``paraphrase.topic_of``), the citation of the earlier answer
("vgl. Antwort der Bundesregierung zu Frage 10 auf Bundestagsdrucksache 19/21876"), the kind of
unfinished process for ``pending`` (``data/processes.toml``) and, for a bare referral, its target.
A referral that the classifier resolved inside the document (the finding's ``via``) is asked with
the category of the finding it inherited, citing both answers.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from drafter.datafile import entries, read_toml
from drafter.draft.compose.angles import Angle, asked_kinds, choose_angle
from drafter.draft.compose.coverage import unaddressed_partial
from drafter.draft.compose.listed import whole_sentence, whole_sentences
from drafter.draft.compose.period import without_period
from drafter.draft.compose.select import Item
from drafter.draft.compose.stale import answered_on, passed_dates
from drafter.draft.grammar.check import question_problem
from drafter.draft.grammar.paraphrase import Topic, as_pronoun, topic_of
from drafter.draft.ministries import current_names
from drafter.draft.templating.environment import render, render_lines
from drafter.draft.wording import earlier_references, nest_quotes, question_list, typographic_quotes
from drafter.models import Category, Document, DraftQuestion, Finding, Question, SourceRef

_DATA = Path(__file__).parents[1] / "data"


@lru_cache(maxsize=8)
def _kind_rules(name: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return load_kind_rules(_DATA / name)


def load_kind_rules(path: Path) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(kind, pattern) of each ``[[rule]]`` of ``path``, each with its example; a broken entry
    raises ``DataFileError`` naming it."""
    found = []
    for rule in entries(path, read_toml(path), "rule"):
        rule.text("example")  # every rule carries a real sentence it matches (see the tests)
        found.append((rule.text("kind"), rule.pattern("pattern", re.IGNORECASE)))
    return tuple(found)


def _kind(name: str, evidence: str) -> str:
    return next((kind for kind, pattern in _kind_rules(name) if pattern.search(evidence)), "other")


def process_kind(evidence: str) -> str:
    """Which unfinished process the evidence names ("pruefung", "festlegung", …; "other")."""
    return _kind("processes.toml", evidence)


def responsible_kind(evidence: str) -> str:
    """Whom the answer names as responsible ("laender", "kommunen", "eu", …; "other")."""
    return _kind("responsibilities.toml", evidence)


def asked_kind(question: str) -> str:
    """What the earlier question asks for ("date", "figure", "reasons", "measures", "decision",
    "names"; "other"), from how it opens (``data/asks.toml``)."""
    start = " ".join(question.split())
    return next((kind for kind, pattern in _kind_rules("asks.toml") if pattern.match(start)), "other")


def refusal_kind(evidence: str) -> str:
    """On which grounds the answer declines ("aufwand", "staatswohl", …; "other")."""
    return _kind("refusals.toml", evidence)


def followup_question(doc: Document, question: Question) -> DraftQuestion:
    """The follow-up for one question of ``doc`` with the built-in templates (contract entry point)."""
    return followup_for_item(Item(doc, question))


# Angles that narrow the question to what can be answered: the refused breakdown ("bitte nach
# Name der Kanzlei … aufschlüsseln") is dropped instead of being asked again.
NO_BREAKDOWN = frozenset({"contest_refusal", "meet_condition", "open_parts"})


def item_findings(item: Item) -> list[Finding]:
    """The findings of every question the item asks about, its own first, each once.

    An ``evasive`` finding says what *its* question asked for and did not get ("gefragt war eine
    Zahl"): it fits only that question. The follow-up words the item's own question, so the evasive
    findings of the other questions of a joint answer are left out: in 21/1177 the names asked in
    Frage 7 must not turn "Wie bewertet die Bundesregierung …" (Frage 3) into a request for names.
    """
    others = (*item.joint, *item.children)
    own = list(item.question.findings)
    rest = [f for q in others for f in q.findings if f.category is not Category.EVASIVE or not own]
    return list(dict.fromkeys([*own, *rest]))


def angle_of(item: Item) -> Angle:
    """How the follow-up presses on ``item`` (``angles.toml``) and the finding it quotes; an
    answered question offered for its next period asks for the figures since."""
    if item.period is not None:
        return Angle("next_period", None)
    return choose_angle(item_findings(item))


def item_citation(item: Item, templates_dir: Path | None = None) -> str:
    """The citation "vgl. Antwort der Bundesregierung zu Frage 10 auf Bundestagsdrucksache 19/21876"."""
    finding = angle_of(item).finding
    own, elsewhere = split_chain(finding.via if finding else ())
    chain = [step for step in own if step[:1].isdigit()]
    context = {
        "questions": question_list(item.pressed),
        "via": question_list(chain) if chain else None,
        "via_preamble": any(not step[:1].isdigit() for step in own),
        "drucksache": item.doc.number,
        "title": nest_quotes(item.doc.title),
        "elsewhere": [{"questions": question_list(steps), "drucksache": other} for other, steps in elsewhere],
    }
    return " ".join(render("citation.j2", context, templates_dir).split())


def split_chain(steps: Sequence[str]) -> tuple[list[str], list[tuple[str, list[str]]]]:
    """A finding's ``via`` chain as (steps within the answer itself, [(other Drucksache, its
    questions)]): a step "2 in 21/1243" leads into another Drucksache, and the plain steps after it
    ("4", the answer that one referred to) are questions of that Drucksache, not of this one."""
    own: list[str] = []
    elsewhere: list[tuple[str, list[str]]] = []
    for step in steps:
        number, _, drucksache = step.partition(" in ")
        if drucksache:
            elsewhere.append((drucksache, [number]))
        elif elsewhere and step[:1].isdigit():
            elsewhere[-1][1].append(step)
        else:
            own.append(step)
    return own, elsewhere


# Angles that ask about something still to come: for a date that has passed they ask what happened.
FUTURE_ANGLES = frozenset({"result_of_review", "ask_missing_date", "new_findings", "follow_reference"})


def followup_for_item(
    item: Item, templates_dir: Path | None = None, today: dt.date | None = None
) -> DraftQuestion:
    """The numbered question with its sub-questions (the angle's, then folded sub-questions).

    With ``today``, a point whose answer announced a date that has since passed is asked as
    ``what_happened`` (see ``stale.py``).
    """
    angle = angle_of(item)
    passed = _passed(item, angle, today)
    if passed:
        angle = Angle("what_happened", angle.finding)
    listed = whole_sentence(item.doc, item.question)
    asked = without_period(listed.text, item.period) if item.period else listed.text
    topic = _own_words(topic_of(asked), item.doc)
    if item.joint:  # one joint point: never paraphrase one part of it (it may be asked again as printed)
        topic = dataclasses.replace(topic, clause=None)
    lines = _worded(item, angle, topic, templates_dir, passed)
    if topic.clause and any(question_problem(line) for line in lines):
        # the rewrite reads well alone but not in this template: the quoted question is safe
        lines = _worded(
            item, angle, dataclasses.replace(topic, clause=None, again=None), templates_dir, passed
        )
    untreated = [q for q in item.joint if unaddressed_partial(item.doc, q)]
    folded = whole_sentences(item.doc, [*untreated, *item.children], listed.parts)
    children = [_reask(child, item.doc) for child in folded]
    own = lines[1:]
    if any(child.startswith(("Wenn", "Falls")) for child in children):
        own = [line for line in own if not line.startswith(("Wenn", "Falls"))]  # the original's own branches
    subs = own + children if own and own[0].startswith("Wenn") else children + own
    refs = presses_on(item)
    return DraftQuestion(
        text=lines[0], subquestions=tuple(subs), source=refs[0], presses_on=refs, angle=angle.name
    )


def _own_words(topic: Topic, doc: Document) -> Topic:
    """The rewritten forms with their references into the earlier inquiry made explicit (see
    ``earlier_references``); the quoted original stays verbatim, as a quotation must."""
    return dataclasses.replace(
        topic,
        clause=earlier_references(topic.clause, doc.inquiry, doc.number) if topic.clause else None,
        again=earlier_references(topic.again, doc.inquiry, doc.number) if topic.again else None,
    )


def _passed(item: Item, angle: Angle, today: dt.date | None) -> list[str]:
    if today is None or angle.name not in FUTURE_ANGLES:
        return []
    evidence = angle.finding.evidence if angle.finding else ""
    doc = item.doc
    answered = answered_on(doc.date, doc.ministry_date, doc.number)
    return passed_dates(f"{item.question.text} {evidence}", answered, today)


def _worded(
    item: Item, angle: Angle, topic: Topic, templates_dir: Path | None, passed: list[str]
) -> list[str]:
    """The angle's template filled in: the question, then its sub-questions."""
    context = {**_context(item, angle, topic, templates_dir), "passed": passed}
    lines = [typographic_quotes(line) for line in render_lines(f"{angle.name}.j2", context, templates_dir)]
    return lines or [topic.original]


def presses_on(item: Item) -> tuple[SourceRef, ...]:
    """One reference per earlier question the item presses on, the item's own question first."""
    numbers = [item.question.number, *(n for n in item.pressed if n != item.question.number)]
    refs = []
    for number in numbers:
        question = item.doc.question(number)
        finding = choose_angle(question.findings).finding if question and question.findings else None
        refs.append(
            SourceRef(
                item.doc.number,
                number,
                finding.category if finding else None,
                finding.evidence if finding else None,
                question.status if question else None,
                tuple(dict.fromkeys(f.category for f in question.findings)) if question else (),
            )
        )
    return tuple(refs)


def _context(item: Item, angle: Angle, topic: Topic, templates_dir: Path | None) -> dict[str, object]:
    finding = angle.finding
    brackets = item_citation(item, templates_dir)
    if topic.directions and angle.name not in NO_BREAKDOWN:
        brackets = "; ".join([*topic.directions, brackets])
    refers_to = finding.refers_to if finding else None
    return {
        "angle": angle.name,
        "asks": asked_kind(item.question.text),
        "topic_asks": asked_kind(topic.clause) if topic.clause else None,
        "topic": current_names(as_pronoun(topic.clause)) if topic.clause else None,
        "topic_named": current_names(topic.clause) if topic.clause else None,
        "own_stance": bool(_OWN_STANCE.match(topic.original)),
        "original": nest_quotes(topic.original.removesuffix("?")),
        "reask": _reask_text(item, topic),
        "again": _again(item, topic),
        "about_decision": topic.about_decision,
        "about_findings": topic.about_findings,
        "partial": item.question.status.value == "partial",
        "process": process_kind(finding.evidence) if finding else "other",
        "refusal": refusal_kind(finding.evidence) if finding else "other",
        "responsible": responsible_kind(finding.evidence) if finding else "other",
        "missing": sorted(asked_kinds(finding)) if finding else [],
        "brackets": brackets,
        "questions": question_list(item.pressed),
        "evidence": nest_quotes(finding.evidence) if finding else "",
        "number": item.question.number,
        "refers_to": refers_to,
        "refers_kind": _refers_kind(refers_to, finding.evidence if finding else ""),
        "since": item.period.since if item.period else None,
        "directions": bool(topic.directions),
    }


def _again(item: Item, topic: Topic) -> str | None:
    """The earlier question asked again as printed, with "inzwischen". A joint point is asked again
    by its first question, but not where that is a lettered part ("6c": "Wie viele Mitglieder bzw.
    wie viel Reichweite haben sie jeweils?", 21/1517), which leans on its parent: it stays quoted."""
    if topic.again is None or (item.joint and not item.question.number[-1:].isdigit()):
        return None
    return current_names(topic.again.removesuffix("?"))


# the government is the subject of the earlier question: "Hält die Bundesregierung … für sinnvoll?",
# "Inwieweit wird die Bundesregierung darauf hinwirken, …?" (21/1473, 21/2285)
_OWN_STANCE = re.compile(r"^(?:[\w-]+ ){1,4}?(?:sich |es )?die Bundesregierung\b")


def _reask_text(item: Item, topic: Topic) -> str | None:
    """The earlier question put again as it was, without its final "?" (its references into the
    earlier inquiry made explicit): how staff press on an answer that talked around exactly what
    the question's own interrogative asked for ("Aus welchen Gründen …", "Wie hoch …"), where a
    wrapper like "Welche konkreten Gründe hat die Bundesregierung dafür, aus welchen Gründen …"
    would say it twice. None for a joint point, which is asked by reference."""
    if item.joint or topic.clause is None:
        return None
    return _as_printed(topic, item.doc).removesuffix("?")


def _as_printed(topic: Topic, doc: Document) -> str:
    """The earlier question as printed, to be put again in a new inquiry: its references into the
    earlier inquiry made explicit, ministries under their current names."""
    return current_names(earlier_references(topic.original, doc.inquiry, doc.number))


# "auf die Antwort der Bundesregierung auf die Mündliche Frage 32 der Abgeordneten …" (21/843): a
# question put in the plenary or in writing by one MP, not a question of the same inquiry
_SINGLE_QUESTION = re.compile(r"\b(Mündliche|Schriftliche)n? Frage (?:Nr\. )?(\d+[a-z]?)\b")


def _refers_kind(refers_to: str | None, evidence: str = "") -> str:
    if refers_to and re.fullmatch(r"\d{1,2}/\d+", refers_to):
        return "drucksache"
    single = _SINGLE_QUESTION.search(evidence)
    if refers_to and single and single.group(2) == refers_to:
        return "muendlich" if single.group(1) == "Mündliche" else "schriftlich"
    if refers_to and re.fullmatch(r"\d+[a-z]?", refers_to):
        return "question"
    return "vorbemerkung"


def _reask(child: Question, doc: Document) -> str:
    """A folded sub-question asked again as it was (the main question already says "inzwischen"),
    its references into the earlier inquiry made explicit ("in den Fragen 1 bis 4 erfragten Fälle"
    would name the new inquiry's questions).

    A sub-question printed as a fragment of a list ("a) die Anzahl der erfassten Fälle") is no
    question on its own; where the grammar check rejects it, it is asked by number, quoted. A
    sentence printed as a question of its own (capital first letter, "?" at the end) was written
    and printed as German: it stands even where the check, which knows only the shapes drafter
    writes, has doubts ("Wie wird gewährleistet, dass …, und findet ein Monitoring statt?").
    """
    topic = topic_of(child.text)
    text = _as_printed(topic, doc)
    printed = child.text.strip()[:1].isupper() and child.text.rstrip().endswith("?")
    if not printed and question_problem(text) is not None:
        quoted = nest_quotes(topic.original.removesuffix("?"))
        text = f"Welche Angaben macht die Bundesregierung zu dem Punkt „{quoted}“?"
    if topic.directions:
        text = f"{text.removesuffix('?')} ({'; '.join(topic.directions)})?"
    return typographic_quotes(text)
