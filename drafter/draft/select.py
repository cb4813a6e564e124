"""Which unresolved items of the earlier answers a follow-up asks about, and how they group.

An item is one question of an Antwort with status ``open`` (and ``partial`` when asked for, or when
the user names it in ``select``). A ``partial`` member of a joint answer that says nothing about
its own question (``coverage.unaddressed_partial``) is taken by default like an open one.
Sub-questions whose parent is asked too, and whose findings have the same categories, are folded
into the parent's follow-up: "Wer führt diese Analyse durch?" only makes sense under the question
that says which analysis is meant.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from drafter.draft.coverage import unaddressed_partial
from drafter.errors import DraftError
from drafter.models import Category, Document, Finding, Kind, Question, Status


@dataclass(frozen=True)
class Item:
    """One follow-up to write: a question of ``doc`` plus the sub-questions folded into it.

    ``unaddressed``: the question is ``partial`` only through a joint answer that does not treat it.
    """

    doc: Document
    question: Question
    children: tuple[Question, ...] = ()
    unaddressed: bool = False

    @property
    def numbers(self) -> tuple[str, ...]:
        return (self.question.number, *(child.number for child in self.children))


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
    docs: Sequence[Document], select: Collection[str] | None = None, include_partial: bool = False
) -> list[Item]:
    """The items to follow up, in document order, with folded sub-questions."""
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
    return _fold(chosen)


def _wanted(doc: Document, question: Question, wanted: set[str] | None, include_partial: bool) -> bool:
    if not question.status.unresolved or not question.findings:
        return False
    if wanted is not None:
        return question.number.lower() in wanted
    return question.status is Status.OPEN or include_partial or unaddressed_partial(doc, question)


def _check_known(docs: Sequence[Document], wanted: set[str]) -> None:
    known = {q.number.lower() for doc in docs for q in doc.questions}
    unknown = sorted(wanted - known)
    if unknown:
        raise DraftError(f"Diese Fragen gibt es in den Antworten nicht: {', '.join(unknown)}.")


def _parent(number: str) -> str | None:
    match = re.fullmatch(r"(\d+)[a-z]", number)
    return match.group(1) if match else None


def _categories(question: Question) -> set[Category]:
    return {finding.category for finding in question.findings}


def _fold(chosen: list[tuple[Document, Question]]) -> list[Item]:
    """Attach each sub-question to its chosen parent when both stay open for the same reasons."""
    items: list[Item] = []
    for doc, question in chosen:
        parent = _parent(question.number)
        host = next(
            (i for i, item in enumerate(items) if item.doc is doc and item.question.number == parent), None
        )
        if host is not None and _categories(items[host].question) == _categories(question):
            items[host] = Item(doc, items[host].question, (*items[host].children, question))
        else:
            items.append(Item(doc, question, unaddressed=unaddressed_partial(doc, question)))
    return items
