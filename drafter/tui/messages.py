"""Messages workers send back to the UI thread (``post_message`` is the one thread-safe call)."""

from __future__ import annotations

from textual.message import Message

from drafter.errors import DrafterError


class Failed(Message):
    """A job failed; the app shows ``error`` in a German modal and keeps running."""

    def __init__(self, error: BaseException) -> None:
        super().__init__()
        self.error = error

    @property
    def title(self) -> str:
        return self.error.title if isinstance(self.error, DrafterError) else "Unerwarteter Fehler"

    @property
    def message(self) -> str:
        if isinstance(self.error, DrafterError):
            return self.error.message
        return f"{type(self.error).__name__}: {self.error}. Die Eingaben bleiben erhalten."


class DraftChanged(Message):
    """The session's draft changed outside the draft screen (marks, resume)."""


class DraftSaved(Message):
    """The session's draft is in the library now."""


class LibraryChanged(Message):
    """Documents were imported or fetched; lists of documents should reload."""

    def __init__(self, opened: str | None = None) -> None:
        super().__init__()
        self.opened = opened
