"""Marking an item of an answer for the draft, and keeping the draft's head in step with the marks.

Marking adds the item's follow-up question (``workflow.followup``) at the end of the draft;
unmarking removes it, whatever the user has typed into other questions. As long as the user has not
edited the head (title, askers, faction, preamble, signature), it is recomposed from all marked
items (``workflow.compose``, as on the command line: the user's templates, the signature from the
library), so the preamble names every open point, not just the first one.
Plain Python: runs in a worker, and is tested without the UI.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from drafter.errors import DraftError
from drafter.models import Document, Draft, Question
from drafter.tui.backend import Backend
from drafter.tui.session import DraftSession, source_key, with_question, without_item


def toggle(
    session: DraftSession, backend: Backend, doc: Document, question: Question, today: dt.date | None = None
) -> Draft | None:
    """Mark or unmark ``question`` of ``doc``; only unresolved items can be marked."""
    if not question.status.unresolved and not session.is_marked(doc, question):
        raise DraftError(
            f"Frage {question.number} ist beantwortet; in die Nachfrage kommen offene und teilweise "
            "beantwortete Punkte. Eine eigene Frage lässt sich im Entwurf mit Strg+N anlegen.",
            title="Markieren",
        )

    def change(draft: Draft | None) -> Draft:
        current = draft or Draft(title="")
        key = (doc.number, question.number)
        session.docs[doc.number] = doc
        if any(source_key(q) == key for q in current.questions):
            changed = without_item(current, key)
        else:
            changed = with_question(current, backend.followup(doc, question), doc.number)
        return recompose_head(session, backend, changed, today) if session.head_auto else changed

    return session.update(change)


def recompose_head(session: DraftSession, backend: Backend, draft: Draft, today: dt.date | None) -> Draft:
    """``draft`` with title, askers, preamble etc. composed from every marked item; questions kept."""
    keys = [key for q in draft.questions if (key := source_key(q)) is not None]
    docs = [session.docs[n] for n in dict.fromkeys(k[0] for k in keys) if n in session.docs]
    if not docs:
        return draft
    composed = backend.compose(docs, [k[1] for k in keys], today)
    return replace(composed, questions=draft.questions, id=draft.id)
