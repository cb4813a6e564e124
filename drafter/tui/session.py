"""The draft being written in this session, and which items of which answers it presses on.

Plain Python (no Textual), guarded by a lock, because marking happens on the UI thread while the
composing and saving run in workers. The draft itself is the truth about what is marked: an item
is marked when a draft question's ``source`` points at it, so a resumed draft shows its marks again.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace

from drafter.models import Document, Draft, DraftQuestion, Question

Key = tuple[str | None, str]


def source_key(question: DraftQuestion) -> Key | None:
    """(Drucksache, question number) a draft question follows up on, if any."""
    if question.source is None:
        return None
    return (question.source.drucksache, question.source.question)


class DraftSession:
    """Holds the current draft; every change goes through ``update`` so none is lost."""

    def __init__(self, draft: Draft | None = None) -> None:
        self._lock = threading.RLock()
        self._draft = draft
        self.version = 0
        self.docs: dict[str | None, Document] = {}
        """The documents items were marked in during this session, by Drucksache number."""
        self.head_auto = draft is None
        """True while the head is ours to recompose: a new draft whose head the user has not edited."""

    def resume(self, draft: Draft) -> bool:
        """Take a draft saved earlier, unless this session already started one; its head is the user's."""
        with self._lock:
            if self._draft is not None:
                return False
            self._draft = draft
            self.head_auto = False
            self.version += 1
            return True

    @property
    def draft(self) -> Draft | None:
        with self._lock:
            return self._draft

    def marked(self) -> set[Key]:
        with self._lock:
            questions = self._draft.questions if self._draft else ()
            return {key for q in questions if (key := source_key(q)) is not None}

    def is_marked(self, doc: Document, question: Question) -> bool:
        return (doc.number, question.number) in self.marked()

    def update(self, change: Callable[[Draft | None], Draft | None]) -> Draft | None:
        """Apply ``change`` to the current draft atomically and return the new one."""
        with self._lock:
            self._draft = change(self._draft)
            self.version += 1
            return self._draft

    def set_id(self, draft_id: int) -> None:
        """Remember the library id after the first save, so later saves update the same draft."""
        with self._lock:
            if self._draft is not None and self._draft.id != draft_id:
                self._draft = replace(self._draft, id=draft_id)


def without_item(draft: Draft, key: Key) -> Draft:
    """The draft minus every question following up on ``key``."""
    kept = tuple(q for q in draft.questions if source_key(q) != key)
    return replace(draft, questions=kept)


def with_question(draft: Draft, question: DraftQuestion, cites: str | None) -> Draft:
    """The draft plus ``question`` at the end, citing the Drucksache it follows up on."""
    citing = draft.cites if cites is None or cites in draft.cites else (*draft.cites, cites)
    return replace(draft, questions=(*draft.questions, question), cites=citing)
