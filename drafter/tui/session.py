"""The draft being written in this session, its undo history, and which items it presses on.

Plain Python (no Textual), guarded by a lock, because marking happens on the UI thread while the
composing and saving run in workers. The draft itself is the truth about what is marked: an item
is marked when a draft question's ``source`` points at it, so a resumed draft shows its marks again.

Every change goes through ``update`` and leaves one undo step (typing in one field within
``COALESCE_S`` seconds is one step, not one per letter). A question taken out of the draft, by
unmarking its item or by deleting it, is parked with the user's wording and its place: marking
the item again brings that wording back to that place instead of a freshly composed question.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace

from drafter.models import Document, Draft, DraftQuestion, Question

Key = tuple[str | None, str]
COALESCE_S = 2.0
HISTORY = 200
"""Undo steps kept; older ones are dropped."""


def source_key(question: DraftQuestion) -> Key | None:
    """(Drucksache, question number) a draft question follows up on, if any."""
    if question.source is None:
        return None
    return (question.source.drucksache, question.source.question)


def covered_keys(question: DraftQuestion) -> set[Key]:
    """Every (Drucksache, question number) a draft question presses on: one question for a joint
    answer ("Frage 3 mit 3a, 3b") covers all the items it merges. A question drafted for no item
    of its own (the closing question asked once for several points) covers none: marking and
    unmarking items never depends on it."""
    key = source_key(question)
    if key is None:
        return set()
    return {(ref.drucksache, ref.question) for ref in question.presses_on} | {key}


@dataclass(frozen=True)
class Parked:
    """A question taken out of the draft: as the user left it, and where it stood."""

    question: DraftQuestion
    index: int


@dataclass(frozen=True)
class _State:
    draft: Draft | None
    head_auto: bool


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
        self.name = ""
        """The draft's name in the list of drafts ("" until the user names it)."""
        self.parked: dict[Key, Parked] = {}
        self._undo: list[_State] = []
        self._redo: list[_State] = []
        self._last_step: tuple[str, float] | None = None

    def resume(self, draft: Draft, name: str = "") -> bool:
        """Take a draft saved earlier, unless this session already started one; its head is the user's."""
        with self._lock:
            if self._draft is not None:
                return False
            self.switch(draft, name)
            return True

    def switch(self, draft: Draft | None, name: str = "") -> None:
        """Work on another draft (None: a new one) from now on; history and parked questions are
        the previous draft's and go with it."""
        with self._lock:
            self._draft = draft
            self.name = name
            self.head_auto = draft is None
            self.parked = {}
            self._undo, self._redo, self._last_step = [], [], None
            self.version += 1

    @property
    def draft(self) -> Draft | None:
        with self._lock:
            return self._draft

    def marked(self) -> set[Key]:
        with self._lock:
            questions = self._draft.questions if self._draft else ()
            return {key for q in questions for key in covered_keys(q)}

    def own_keys(self) -> set[Key]:
        """The items the draft's questions were drafted for (not those they also press on)."""
        with self._lock:
            questions = self._draft.questions if self._draft else ()
            return {key for q in questions if (key := source_key(q)) is not None}

    def asked_in(self, key: Key) -> str:
        """The number of the item whose question also presses on ``key`` ("" when none does)."""
        with self._lock:
            questions = self._draft.questions if self._draft else ()
            return next((q.source.question for q in questions if q.source and key in covered_keys(q)), "")

    def is_marked(self, doc: Document, question: Question) -> bool:
        return (doc.number, question.number) in self.marked()

    def update(self, change: Callable[[Draft | None], Draft | None], step: str = "") -> Draft | None:
        """Apply ``change`` to the current draft atomically and return the new one.

        ``step`` names the kind of change for undo: consecutive changes with the same non-empty
        ``step`` within ``COALESCE_S`` seconds are undone together (typing in one field).
        """
        with self._lock:
            changed = change(self._draft)
            if changed == self._draft:
                return changed
            now = time.monotonic()
            last = self._last_step
            if not (step and last is not None and last[0] == step and now - last[1] < COALESCE_S):
                self._undo = [*self._undo[-(HISTORY - 1) :], _State(self._draft, self.head_auto)]
            self._last_step = (step, now) if step else None
            self._redo = []
            self._draft = changed
            self.version += 1
            return self._draft

    def undo(self) -> bool:
        """Go back one step; False when there is nothing to undo."""
        return self._travel(self._undo, self._redo)

    def redo(self) -> bool:
        """Redo the step undone last; False when there is nothing to redo."""
        return self._travel(self._redo, self._undo)

    def can_undo(self) -> bool:
        with self._lock:
            return bool(self._undo)

    def _travel(self, source: list[_State], target: list[_State]) -> bool:
        with self._lock:
            if not source:
                return False
            state = source.pop()
            target.append(_State(self._draft, self.head_auto))
            draft_id = self._draft.id if self._draft is not None else None
            self._draft = replace(state.draft, id=draft_id or state.draft.id) if state.draft else None
            self.head_auto = state.head_auto
            self._last_step = None
            self.version += 1
            return True

    def set_id(self, draft_id: int) -> None:
        """Remember the library id after the first save, so later saves update the same draft."""
        with self._lock:
            if self._draft is not None and self._draft.id != draft_id:
                self._draft = replace(self._draft, id=draft_id)

    def park(self, question: DraftQuestion, index: int) -> None:
        """Keep a question that leaves the draft, so marking its item again restores it."""
        key = source_key(question)
        if key is not None:
            with self._lock:
                self.parked[key] = Parked(question, index)

    def unpark(self, key: Key) -> Parked | None:
        with self._lock:
            return self.parked.pop(key, None)


def without_item(draft: Draft, key: Key) -> Draft:
    """The draft minus every question following up on ``key``."""
    kept = tuple(q for q in draft.questions if source_key(q) != key)
    return replace(draft, questions=kept)


def with_question(
    draft: Draft, question: DraftQuestion, cites: str | None, index: int | None = None
) -> Draft:
    """The draft plus ``question`` at ``index`` (None: the end), citing the Drucksache it follows up on."""
    citing = draft.cites if cites is None or cites in draft.cites else (*draft.cites, cites)
    questions = list(draft.questions)
    questions.insert(len(questions) if index is None else max(0, min(index, len(questions))), question)
    return replace(draft, questions=tuple(questions), cites=citing)
