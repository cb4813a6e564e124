"""What the screens need from the app, declared once, so no screen imports the app back.

``Workbench`` names the app's part the screens use (the core behind ``backend``, the draft
``session``, the files given on the command line and the app's workers); ``DrafterApp`` provides it.
``WorkbenchScreen`` is the base of the full screens: ``self.drafter`` is the app, typed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol, TypeVar, runtime_checkable

from textual.message import Message
from textual.screen import Screen

from drafter.models import Document, Question
from drafter.tui.backend import Backend
from drafter.tui.session import DraftSession

ResultType = TypeVar("ResultType")


@runtime_checkable
class Workbench(Protocol):
    """The app as its screens see it."""

    backend: Backend
    session: DraftSession
    paths: list[Path]
    today: dt.date | None

    def post_message(self, message: Message) -> bool: ...

    def open_document(self, number: str, start: str | None = None) -> Any: ...

    def toggle_mark(self, doc: Document, question: Question) -> Any: ...

    def mark_many(self, doc: Document, questions: Sequence[Question], *, unmark: bool = False) -> Any: ...

    def on_draft_changed(self) -> None: ...

    def save_now(self) -> None: ...

    def open_draft(self, draft_id: int) -> Any: ...

    def new_draft(self, name: str) -> Any: ...

    def renamed(self, draft_id: int, name: str) -> None: ...

    def deleted(self, draft_id: int) -> None: ...

    def autosave(self, delay: float) -> Any: ...

    def show_error(self, title: str, message: str) -> None: ...


class WorkbenchScreen(Screen[ResultType]):
    """A full screen of the app."""

    @property
    def drafter(self) -> Workbench:
        app = self.app
        assert isinstance(app, Workbench)
        return app
