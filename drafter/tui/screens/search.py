"""Search-as-you-type over the whole library.

Every keystroke restarts one exclusive worker that first waits ``DEBOUNCE_S``: a fast typist
causes one query when they pause, not one per letter, and an answer for an outdated query is
dropped. With ``pick=True`` (from the draft) Enter returns the hit instead of opening it.
"""

from __future__ import annotations

import time
from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.message import Message
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from drafter.tui.bindings import bindings_for
from drafter.tui.labels import hit_text
from drafter.tui.messages import Failed
from drafter.tui.screens.base import WorkbenchScreen
from drafter.tui.widgets.key_bar import KeyBar

DEBOUNCE_S = 0.12
LIMIT = 30


class SearchScreen(WorkbenchScreen[Any]):
    """Dismisses with the chosen hit in pick mode, with None otherwise."""

    BINDINGS = bindings_for("search")
    SCOPE = "search"

    class Results(Message):
        def __init__(self, query: str, hits: list[Any]) -> None:
            super().__init__()
            self.query, self.hits = query, hits

    def __init__(self, *, pick: bool = False, query: str = "") -> None:
        super().__init__()
        self.pick = pick
        self.initial = query
        self.hits: list[Any] = []
        self.shown_query = ""

    def compose(self) -> ComposeResult:
        title = "Frage aus der Bibliothek übernehmen" if self.pick else "Bibliothek durchsuchen"
        yield Label(title, classes="screen-title")
        yield Input(self.initial, placeholder="Stichworte oder ganze Frage ...", id="search-input")
        hint = "Tippen, um zu suchen. Runter: zu den Treffern, Enter: übernehmen."
        yield Static(hint, id="search-status", markup=False)
        yield OptionList(id="search-results")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#search-input", Input).focus()
        if self.initial:
            self._search(self.initial)

    @on(Input.Changed, "#search-input")
    def _typed(self, event: Input.Changed) -> None:
        self._search(event.value)

    @on(Input.Submitted, "#search-input")
    def _submitted(self) -> None:
        self.action_focus_results()

    @work(thread=True, exclusive=True, group="search")
    def _search(self, query: str) -> None:
        time.sleep(DEBOUNCE_S)
        if get_current_worker().is_cancelled:
            return
        if not query.strip():
            self.post_message(self.Results(query, []))
            return
        try:
            hits = self.drafter.backend.search(query, limit=LIMIT)
        except Exception as error:
            self.drafter.post_message(Failed(error))
            return
        if not get_current_worker().is_cancelled:
            self.post_message(self.Results(query, hits))

    def on_search_screen_results(self, message: Results) -> None:
        if message.query != self.query_one("#search-input", Input).value:
            return
        self.hits = message.hits
        self.shown_query = message.query
        results = self.query_one("#search-results", OptionList)
        results.clear_options()
        results.add_options(Option(hit_text(hit), id=str(i)) for i, hit in enumerate(self.hits))
        status = f'{len(self.hits)} Treffer für "{message.query}"' if self.hits else "Keine Treffer."
        if not message.query.strip():
            status = "Tippen, um zu suchen."
        self.query_one("#search-status", Static).update(status)

    def action_focus_results(self) -> None:
        results = self.query_one("#search-results", OptionList)
        if results.option_count:
            results.focus()
            results.highlighted = results.highlighted or 0

    @on(OptionList.OptionSelected, "#search-results")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        hit = self.hits[event.option_index]
        if self.pick:
            self.dismiss(hit)
        elif hit.drucksache is None:
            self.notify("Ein Baustein gehört zu keinem Dokument; im Entwurf mit Strg+L übernehmen.")
        else:
            self.drafter.open_document(hit.answered_in or hit.drucksache, start=hit.number)

    def action_dismiss_search(self) -> None:
        self.dismiss(None)
