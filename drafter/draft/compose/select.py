"""Which unresolved items of the earlier answers a follow-up asks about, and how they group.

An item is one question of an Antwort with status ``open`` or ``partial`` (partial answers are
most of what staff press on, so they are taken by default; ``include_partial=False`` keeps open
ones only, plus a ``partial`` member of a joint answer that says nothing about its own question,
``coverage.unaddressed_partial``). A question named in ``select`` is taken whatever its status.
Two foldings keep the draft to one question per point:

- a joint answer ("Die Fragen 1 und 2 werden gemeinsam beantwortet.") is one point: its chosen
  questions become one item that presses on every number of the group;
- sub-questions whose parent is asked too, and whose findings have the same categories, are folded
  into the parent's follow-up: "Wer führt diese Analyse durch?" only makes sense under the
  question that says which analysis is meant.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from drafter.draft.compose.coverage import unaddressed_partial
from drafter.draft.compose.period import NextPeriod, asks_for_figures, next_period
from drafter.draft.compose.stale import answered_on
from drafter.errors import DraftError
from drafter.models import Category, Document, Finding, Kind, Question, Status


@dataclass(frozen=True)
class Item:
    """One follow-up to write: a question of ``doc`` plus the questions folded into it.

    ``children``: sub-questions folded under their parent; ``joint``: the other chosen questions of
    the same joint answer. ``unaddressed``: the question is ``partial`` only through a joint answer
    that does not treat it. ``period``: an answered question's figures asked for the period since
    (the ``next_period`` angle, offered only on request).
    """

    doc: Document
    question: Question
    children: tuple[Question, ...] = ()
    unaddressed: bool = False
    joint: tuple[Question, ...] = ()
    period: NextPeriod | None = None

    @property
    def numbers(self) -> tuple[str, ...]:
        """The chosen questions this item asks about, its own first."""
        return (self.question.number, *(q.number for q in self.joint), *(c.number for c in self.children))

    @property
    def pressed(self) -> tuple[str, ...]:
        """Every earlier question number the follow-up presses on: each whole joint group."""
        numbers = [n for q in (self.question, *self.joint, *self.children) for n in (*q.group, q.number)]
        return tuple(sorted(dict.fromkeys(numbers), key=_sort_key))


def _sort_key(number: str) -> tuple[int, str]:
    match = re.match(r"(\d+)(.*)", number)
    return (int(match.group(1)), match.group(2)) if match else (10**6, number)


def parse_select(text: str | None) -> set[str] | None:
    """ "4, 8,10a" → {"4", "8", "10a"}; None or blank means no selection."""
    if not text or not text.strip():
        return None
    numbers = {part.strip().lower() for part in re.split(r"[,;\s]+", text) if part.strip()}
    bad = sorted(n for n in numbers if not re.fullmatch(r"\d+[a-z]?", n))
    if bad:
        raise DraftError(f"Ungültige Fragenummer in der Auswahl: {', '.join(bad)} (Beispiel: 4,8,10a).")
    return numbers


def primary_finding(question: Question) -> Finding | None:
    """The finding the follow-up presses on: an inherited or own substantive one before a bare referral."""
    substantive = [f for f in question.findings if f.category is not Category.REFERRED]
    ranked = substantive or list(question.findings)
    return ranked[0] if ranked else None


def select_items(
    docs: Sequence[Document], select: Collection[str] | None = None, include_partial: bool = True
) -> list[Item]:
    """The items to follow up, in document order, joint answers merged, sub-questions folded."""
    wanted = {n.lower() for n in select} if select is not None else None
    chosen = [
        (doc, q)
        for doc in docs
        if doc.kind is Kind.ANTWORT
        for q in doc.questions
        if _wanted(doc, q, wanted, include_partial)
    ]
    if wanted is not None:
        _check_known(docs, wanted)
    return _fold(_merge_joint(chosen))


def update_items(docs: Sequence[Document], today: dt.date, taken: Collection[Item] = ()) -> list[Item]:
    """Answered questions that gave figures for a period, to ask for the period since ("update").

    Real follow-ups do this as often as they press on what was left open; it is offered on
    request only (``--next-period``), since an answered question is not a gap in the answer.
    Questions already among ``taken`` are left out.
    """
    seen = {(id(item.doc), number) for item in taken for number in item.numbers}
    items = []
    for doc in docs:
        if doc.kind is not Kind.ANTWORT:
            continue
        answered = answered_on(doc.date, doc.ministry_date, doc.number)
        for question in doc.questions:
            if question.status is not Status.ANSWERED or (id(doc), question.number) in seen:
                continue
            if asks_for_figures(question.text) and (period := next_period(question.text, answered, today)):
                items.append(Item(doc, question, period=period))
    return items


def _wanted(doc: Document, question: Question, wanted: set[str] | None, include_partial: bool) -> bool:
    if wanted is not None:
        return question.number.lower() in wanted
    if not question.status.unresolved or not question.findings:
        return False
    return question.status is Status.OPEN or include_partial or unaddressed_partial(doc, question)


def _check_known(docs: Sequence[Document], wanted: set[str]) -> None:
    known = {q.number.lower() for doc in docs for q in doc.questions}
    unknown = sorted(wanted - known)
    if unknown:
        raise DraftError(f"Diese Fragen gibt es in den Antworten nicht: {', '.join(unknown)}.")


def _merge_joint(chosen: list[tuple[Document, Question]]) -> list[Item]:
    """One item per joint answer: the first chosen member hosts the others."""
    items: list[Item] = []
    for doc, question in chosen:
        host = next(
            (
                i
                for i, item in enumerate(items)
                if item.doc is doc and len(question.group) > 1 and question.number in item.question.group
            ),
            None,
        )
        if host is None:
            items.append(Item(doc, question, unaddressed=unaddressed_partial(doc, question)))
        elif parent_number(question.number) == items[host].question.number:  # "19" answered with "19a", "19b"
            items[host] = dataclasses.replace(items[host], children=(*items[host].children, question))
        else:
            items[host] = dataclasses.replace(items[host], joint=(*items[host].joint, question))
    return items


def parent_number(number: str) -> str | None:
    """ "8" for the lettered part "8a"; None for "8" itself."""
    match = re.fullmatch(r"(\d+)[a-z]", number)
    return match.group(1) if match else None


def _categories(question: Question) -> set[Category]:
    return {finding.category for finding in question.findings}


def _leans_on(question: Question, parent: str) -> bool:
    """Every finding of ``question`` comes from its parent's answer ("20a … in Verbindung mit der
    Antwort zu Frage 20"): it stays open because the parent does, and is asked under it."""
    return bool(question.findings) and all(
        finding.refers_to == parent or parent in finding.via for finding in question.findings
    )


def _fold(merged: list[Item]) -> list[Item]:
    """Attach each lone sub-question to its chosen parent when both stay open for the same reasons,
    or when it is open only through the parent's answer."""
    items: list[Item] = []
    for item in merged:
        parent = parent_number(item.question.number)
        host = next(
            (
                i
                for i, other in enumerate(items)
                if other.doc is item.doc and other.question.number == parent and not item.joint
            ),
            None,
        )
        if host is not None and (
            _categories(items[host].question) == _categories(item.question)
            or _leans_on(item.question, items[host].question.number)
        ):
            host_item = items[host]
            items[host] = dataclasses.replace(host_item, children=(*host_item.children, item.question))
        else:
            items.append(item)
    return items
