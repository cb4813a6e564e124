"""Word one follow-up question for one unresolved item, from the template of its category.

The template gets the item's topic (``paraphrase.topic_of``), the citation of the earlier answer
("vgl. Antwort der Bundesregierung zu Frage 10 auf Bundestagsdrucksache 19/21876"), the kind of
unfinished process for ``pending`` (``data/processes.toml``) and, for a bare referral, its target.
A referral that the classifier resolved inside the document (the finding's ``via``) is asked with
the category of the finding it inherited, citing both answers.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

from drafter.draft.paraphrase import Topic, topic_of
from drafter.draft.select import Item, primary_finding
from drafter.draft.templating import render, render_lines
from drafter.draft.wording import nest_quotes, question_list, typographic_quotes
from drafter.models import Category, Document, DraftQuestion, Finding, Question, SourceRef

_DATA = Path(__file__).parent / "data"


@lru_cache(maxsize=8)
def _kind_rules(name: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    with (_DATA / name).open("rb") as handle:
        rules = tomllib.load(handle)["rule"]
    return tuple((rule["kind"], re.compile(rule["pattern"], re.IGNORECASE)) for rule in rules)


def _kind(name: str, evidence: str) -> str:
    return next((kind for kind, pattern in _kind_rules(name) if pattern.search(evidence)), "other")


def process_kind(evidence: str) -> str:
    """Which unfinished process the evidence names ("pruefung", "festlegung", …; "other")."""
    return _kind("processes.toml", evidence)


def responsible_kind(evidence: str) -> str:
    """Whom the answer names as responsible ("laender", "kommunen", "eu", …; "other")."""
    return _kind("responsibilities.toml", evidence)


def refusal_kind(evidence: str) -> str:
    """On which grounds the answer declines ("aufwand", "staatswohl", …; "other")."""
    return _kind("refusals.toml", evidence)


def followup_question(doc: Document, question: Question) -> DraftQuestion:
    """The follow-up for one question of ``doc`` with the built-in templates (contract entry point)."""
    return followup_for_item(Item(doc, question))


def item_citation(item: Item, templates_dir: Path | None = None) -> str:
    """The citation "vgl. Antwort der Bundesregierung zu Frage 10 auf Bundestagsdrucksache 19/21876"."""
    finding = primary_finding(item.question)
    steps = finding.via if finding else ()
    chain = [step for step in steps if step[:1].isdigit()]
    context = {
        "questions": question_list(item.numbers),
        "via": question_list(chain) if chain else None,
        "via_preamble": any(not step[:1].isdigit() for step in steps),
        "drucksache": item.doc.number,
        "title": nest_quotes(item.doc.title),
    }
    return " ".join(render("citation.j2", context, templates_dir).split())


def followup_for_item(item: Item, templates_dir: Path | None = None) -> DraftQuestion:
    """The numbered question with its sub-questions (the category's, then folded sub-questions)."""
    finding = primary_finding(item.question)
    category = finding.category if finding else Category.PENDING
    topic = topic_of(item.question.text)
    context = _context(item, finding, topic, templates_dir)
    lines = [
        typographic_quotes(line) for line in render_lines(f"{category.value}.j2", context, templates_dir)
    ]
    if not lines:
        lines = [topic.original]
    children = [_reask(child) for child in item.children]
    own = lines[1:]
    if any(child.startswith(("Wenn", "Falls")) for child in children):
        own = [line for line in own if not line.startswith(("Wenn", "Falls"))]  # the original's own branches
    subs = own + children if own and own[0].startswith("Wenn") else children + own
    source = SourceRef(item.doc.number, item.question.number, category, finding.evidence if finding else None)
    return DraftQuestion(text=lines[0], subquestions=tuple(subs), source=source)


def _context(
    item: Item, finding: Finding | None, topic: Topic, templates_dir: Path | None
) -> dict[str, object]:
    brackets = item_citation(item, templates_dir)
    if topic.directions:
        brackets = "; ".join([*topic.directions, brackets])
    refers_to = finding.refers_to if finding else None
    return {
        "topic": topic.clause,
        "original": nest_quotes(topic.original.removesuffix("?")),
        "again": topic.again.removesuffix("?") if topic.again else None,
        "about_decision": topic.about_decision,
        "partial": item.question.status.value == "partial",
        "process": process_kind(finding.evidence) if finding else "other",
        "refusal": refusal_kind(finding.evidence) if finding else "other",
        "responsible": responsible_kind(finding.evidence) if finding else "other",
        "brackets": brackets,
        "evidence": finding.evidence if finding else "",
        "number": item.question.number,
        "refers_to": refers_to,
        "refers_kind": _refers_kind(refers_to),
    }


def _refers_kind(refers_to: str | None) -> str:
    if refers_to and re.fullmatch(r"\d{1,2}/\d+", refers_to):
        return "drucksache"
    if refers_to and re.fullmatch(r"\d+[a-z]?", refers_to):
        return "question"
    return "vorbemerkung"


def _reask(child: Question) -> str:
    """A folded sub-question asked again as it was (the main question already says "inzwischen")."""
    topic = topic_of(child.text)
    text = topic.original
    if topic.directions:
        text = f"{text.removesuffix('?')} ({'; '.join(topic.directions)})?"
    return typographic_quotes(text)
