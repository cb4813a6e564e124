"""Matches from the library for the selected item: its history, possible resolutions, duplicates.

Moving through the list fires ``lookup`` on every step; the worker waits a moment first and is
exclusive, so only the item the cursor rests on is looked up, never a backlog of stale queries.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from rich.console import Group
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import Static
from textual.worker import get_current_worker

from drafter.errors import DrafterError
from drafter.tui.labels import hit_text
from drafter.tui.messages import Failed

if TYPE_CHECKING:
    from drafter.library import Related, SearchHit
    from drafter.tui.backend import Backend

DEBOUNCE_S = 0.15
SECTIONS = (
    ("prior", "Früher gefragt (Verlauf)"),
    ("later", "Spätere Antworten, die es klären könnten"),
    ("duplicates", "Ähnliche Fragen (Dubletten)"),
)


class MatchPanel(VerticalScroll):
    """Shows ``Library.related`` for one (Drucksache, question) pair."""

    class Found(Message):
        def __init__(self, key: tuple[str, str], related: Related | None, problem: str = "") -> None:
            super().__init__()
            self.key, self.related, self.problem = key, related, problem

    def __init__(self, backend: Backend, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.backend = backend
        self.key: tuple[str, str] | None = None

    def compose(self) -> ComposeResult:
        yield Static("Treffer aus der Bibliothek erscheinen hier.", id="matches", markup=False)

    def lookup(self, drucksache: str | None, question: str) -> None:
        if drucksache is None:
            self._set(Text("Dokument ohne Drucksachennummer: keine Treffer.", style="dim"))
            return
        self.key = (drucksache, question)
        self._set(Text(f"Suche Treffer zu Frage {question} ...", style="dim"))
        self._related(self.key)

    @work(thread=True, exclusive=True, group="matches")
    def _related(self, key: tuple[str, str]) -> None:
        time.sleep(DEBOUNCE_S)
        if get_current_worker().is_cancelled:
            return
        try:
            related = self.backend.related(*key)
        except DrafterError as error:
            self.post_message(self.Found(key, None, error.message))
            return
        except Exception as error:
            self.app.post_message(Failed(error))
            return
        if not get_current_worker().is_cancelled:
            self.post_message(self.Found(key, related))

    def on_match_panel_found(self, message: Found) -> None:
        """Show the matches; a library error (item not imported yet) is shown here, not as a modal,
        because it recurs on every move and the import that fixes it may be running."""
        if message.key != self.key:
            return
        if message.related is None:
            self._set(Text(message.problem, style="dim"))
        else:
            self._set(Group(*render_related(message.related)))

    def again(self) -> None:
        """Look the current item up again (after an import changed the library)."""
        if self.key is not None:
            self._related(self.key)

    def _set(self, content: Any) -> None:
        self.query_one("#matches", Static).update(content)


def render_related(related: Related) -> list[Text]:
    """Three headed sections; an empty one says so, so "nothing found" is visible, not ambiguous.

    Each hit says why it matched (a citation, the shared concepts), so staff can judge it."""
    parts: list[Text] = []
    if related.resolved_by is not None:
        done = related.resolved_by
        where = f"{done.answered_in or done.drucksache} Frage {done.number}"
        parts.append(Text(f"Verlauf geklärt: beantwortet in {where}", style="bold"))
    for attribute, title in SECTIONS:
        hits: list[SearchHit] = getattr(related, attribute)
        parts.append(Text(f"{title} ({len(hits)})", style="bold underline"))
        for hit in hits[:5]:
            parts.append(hit_text(hit))
            if hit.why:
                parts.append(Text("    warum: " + "; ".join(hit.why), style="dim"))
        if not hits:
            parts.append(Text("keine", style="dim"))
    return parts
