"""Marking items of an answer for the draft, and keeping the draft's head in step with the marks.

Marking adds the item's follow-up question (``workflow.followup``) after the questions on
lower-numbered items of the same answer, so the draft reads in the answer's order; a question the
user had edited and then unmarked (or deleted) comes back as they left it, at its old place.
Unmarking removes it, whatever the user has typed into other questions. As long as the user has not
edited the head (title, preamble), it is recomposed from all marked items (``workflow.compose``, as
on the command line: the user's templates), so the preamble names every open point, not just the
first one; who asks and signs comes from the user's ``[profile]`` (``drafter.profile``).
A question from another answer is only added on purpose (``second_source``); the preamble is then
recomposed to cite every source. Plain Python: runs in a worker, and is tested without the UI.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from drafter.errors import DraftError
from drafter.models import Document, Draft, DraftQuestion, Question
from drafter.tui.backend import Backend
from drafter.tui.labels import number_key
from drafter.tui.session import DraftSession, Key, source_key, with_question, without_item


class AlreadyAsked(DraftError):
    """The item is asked about by a question on another item of its joint answer: nothing to do."""

    title = "Markieren"


def toggle(
    session: DraftSession,
    backend: Backend,
    doc: Document,
    question: Question,
    today: dt.date | None = None,
    *,
    second_source: bool = False,
) -> Draft | None:
    """Mark or unmark ``question`` of ``doc``; only unresolved items can be marked."""
    if not question.status.unresolved and not session.is_marked(doc, question):
        raise DraftError(
            f"Frage {question.number} ist beantwortet; in die Nachfrage kommen offene und teilweise "
            "beantwortete Punkte. Eine eigene Frage lässt sich im Entwurf mit Strg+N anlegen.",
            title="Markieren",
        )
    key = (doc.number, question.number)
    if key in session.own_keys():
        return session.update(lambda draft: _unmark(session, draft, key), step="mark")
    if session.is_marked(doc, question):
        asked_in = session.asked_in(key)
        raise AlreadyAsked(
            f"Frage {question.number} ist schon Teil der Nachfrage zu Frage {asked_in} "
            f"(gemeinsame Antwort). Zum Herausnehmen Frage {asked_in} abwählen."
        )
    return mark_many(session, backend, doc, [question], today, second_source=second_source)


def mark_many(
    session: DraftSession,
    backend: Backend,
    doc: Document,
    questions: Sequence[Question],
    today: dt.date | None = None,
    *,
    second_source: bool = False,
) -> Draft | None:
    """Mark every unresolved, not yet marked item of ``questions`` (one undo step for all)."""
    marked = session.marked()
    todo = [q for q in questions if q.status.unresolved and (doc.number, q.number) not in marked]
    if not todo:
        return session.draft
    fresh = [q for q in todo if (doc.number, q.number) not in session.parked]
    followups = {q.number: backend.followup(doc, q) for q in fresh}
    session.docs[doc.number] = doc
    new_source = second_source and doc.number not in (session.draft.cites if session.draft else ())

    def change(draft: Draft | None) -> Draft:
        current = draft or Draft(title="")
        for question in sorted(todo, key=lambda q: number_key(q.number)):
            current = _mark(session, current, doc, question, followups.get(question.number))
        if session.head_auto or new_source:
            return recompose_head(session, backend, current, today, preamble_only=not session.head_auto)
        return current

    return session.update(change, step="")


def unmark_all(session: DraftSession, doc: Document) -> Draft | None:
    """Take every item of ``doc`` out of the draft (parked, so marking again restores the wording)."""

    def change(draft: Draft | None) -> Draft | None:
        if draft is None:
            return None
        for key in [k for q in draft.questions if (k := source_key(q)) is not None and k[0] == doc.number]:
            draft = _unmark(session, draft, key)
        return draft

    return session.update(change, step="")


def _mark(
    session: DraftSession, draft: Draft, doc: Document, question: Question, fresh: DraftQuestion | None
) -> Draft:
    key = (doc.number, question.number)
    parked = session.unpark(key)
    if parked is not None:
        return with_question(draft, parked.question, doc.number, parked.index)
    assert fresh is not None
    return with_question(draft, fresh, doc.number, _place(draft, key))


def _unmark(session: DraftSession, draft: Draft | None, key: Key) -> Draft | None:
    if draft is None:
        return None
    for index, question in enumerate(draft.questions):
        if source_key(question) == key:
            session.park(question, index)
    return without_item(draft, key)


def _place(draft: Draft, key: Key) -> int:
    """Where a new question on ``key`` goes: after the questions on lower-numbered items of the same
    answer, before the higher-numbered ones; at the end when the answer has none in the draft yet."""
    keys = [(i, source_key(q)) for i, q in enumerate(draft.questions)]
    same = [(i, number_key(k[1])) for i, k in keys if k is not None and k[0] == key[0]]
    if not same:
        return len(draft.questions)
    before = [i for i, number in same if number < number_key(key[1])]
    return before[-1] + 1 if before else same[0][0]


def recompose_head(
    session: DraftSession,
    backend: Backend,
    draft: Draft,
    today: dt.date | None,
    *,
    preamble_only: bool = False,
) -> Draft:
    """``draft`` with title, askers, preamble etc. composed from every marked item; questions kept.

    With ``preamble_only`` the user's head stays and only the preamble (and the cited Drucksachen)
    is composed anew, for a second source added on purpose.
    """
    keys = [key for q in draft.questions if (key := source_key(q)) is not None]
    numbers = list(dict.fromkeys(k[0] for k in keys))
    for number in numbers:
        if number not in session.docs and number is not None:
            found = backend.get_document(number)
            if found is not None:
                session.docs[number] = found
    # Each source shows only its marked items, so question 4 of one answer never selects 4 of another.
    docs = [
        replace(doc, questions=tuple(q for q in doc.questions if (n, q.number) in keys))
        for n in numbers
        if (doc := session.docs.get(n)) is not None
    ]
    if not docs:
        return draft
    composed = backend.compose(docs, [k[1] for k in keys], today)
    if preamble_only:
        return replace(draft, preamble=composed.preamble, cites=composed.cites)
    return replace(composed, questions=draft.questions, id=draft.id)
