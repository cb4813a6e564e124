"""The command palette (Strg+P): every action of the current screen and of the app, in German.

Built from the same table as the key bindings, so nothing can be reached by key but not by name.
"""

from __future__ import annotations

from functools import partial

from rich.align import Align
from rich.text import Text
from textual.command import CommandList, CommandPalette, DiscoveryHit, Hit, Hits, Provider, SearchIcon
from textual.widgets.option_list import Option

from drafter.tui.bindings import SCOPE_TITLES, KeyAction, actions_for


class ActionCommands(Provider):
    """Offers the actions whose scope is the screen the palette was opened from, plus the app's."""

    def _actions(self) -> list[KeyAction]:
        scope = getattr(self.screen, "SCOPE", None)
        own = list(actions_for(scope)) if scope else []
        return [a for a in (*own, *actions_for("app")) if a.action != "command_palette"]

    @staticmethod
    def _name(action: KeyAction) -> str:
        return f"{SCOPE_TITLES[action.scope]}: {action.description}"

    def _key(self, action: KeyAction) -> str:
        labels: dict[str, str] = getattr(self.app, "key_labels", dict)()
        return "Taste: " + labels.get(action.id, action.key)

    async def _run(self, action: KeyAction) -> None:
        if action.scope == "app" or action.action.startswith("app."):
            await self.app.run_action(action.action.removeprefix("app."))
        else:
            await self.screen.run_action(action.action)

    async def discover(self) -> Hits:
        for action in self._actions():
            yield DiscoveryHit(self._name(action), partial(self._run, action), help=self._key(action))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for action in self._actions():
            name = self._name(action)
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), partial(self._run, action), help=self._key(action))


NO_MATCHES = "Kein Befehl passt"


class Palette(CommandPalette):
    """Textual's palette with an ASCII prompt instead of its magnifier emoji (missing in some fonts),
    and in German: Textual's English "No matches found" line is never shown."""

    def on_mount(self) -> None:
        self.query_one(SearchIcon).icon = ">"

    def _start_no_matches_countdown(self, search_value: str) -> None:
        """Textual's countdown to the "nothing found" line (``CommandPalette``), with German text."""
        self._stop_no_matches_countdown()

        def show() -> None:
            if not search_value:
                self._list_visible = False
                return
            prompt = Align.center(Text(NO_MATCHES, style="not bold"))
            line = Option(prompt, disabled=True, id=self._NO_MATCHES)
            self.query_one(CommandList).add_option(line)
            self._list_visible = True

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show)
