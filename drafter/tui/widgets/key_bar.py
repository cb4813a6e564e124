"""The key line at the bottom of every screen: as many whole entries as the width holds.

Textual's footer cuts its last entry in the middle ("F4 Ent") and, at 100 columns, drops the
function keys that move between screens. This line takes entries by priority instead: F1 first (it
lists every key), then the other function keys, then the screen's own keys in the order of the
binding table, then the rest; whatever does not fit is left out whole, never cut.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Static

from drafter.tui.bindings import ACTIONS

GAP = "  "
SCREENS = ("show_draft", "show_library", "search", "show_drafts", "edit_profile")
"""App actions that move between the screens, in the order they give way when space is short."""
LAST = ("command_palette", "quit")
ORDER = ("help", "show_library", "search", "show_draft", "show_drafts", "edit_profile", *LAST)
"""Display order of the app's own keys, after the screen's."""
TABLE_ORDER = {action.id: index for index, action in enumerate(ACTIONS)}
OWN_FIRST = 3
"""How many of a screen's own keys come before the function keys that switch screens."""


def _rank(action: str, index: int) -> tuple[int, int]:
    """Priority of an entry (lower first): F1, the screen's first keys, the function keys that
    switch screens, the screen's other keys, then the palette and quitting."""
    name = action.removeprefix("app.")
    if name == "help":
        return (0, 0)
    if name in SCREENS:
        return (2, SCREENS.index(name))
    if name in LAST:
        return (4, LAST.index(name))
    return (1, index) if index < OWN_FIRST else (3, index)


def _is_own(action: str) -> bool:
    name = action.removeprefix("app.")
    return name != "help" and name not in SCREENS and name not in LAST


def fit(entries: list[tuple[str, str, str]], width: int) -> list[tuple[str, str]]:
    """(key, description) of the entries that fit into ``width`` columns, kept in display order.

    ``entries`` are (action, key, description) in display order, the screen's own first. Entries
    are taken by priority (``_rank``) while they fit; each takes key, space, description and gap.
    """
    order = sorted(range(len(entries)), key=lambda i: _rank(entries[i][0], i))
    chosen: set[int] = set()
    used = 0
    for index in order:
        _action, key, description = entries[index]
        size = len(key) + 1 + len(description) + (len(GAP) if chosen else 0)
        if used + size <= width:
            chosen.add(index)
            used += size
    return [(entries[i][1], entries[i][2]) for i in range(len(entries)) if i in chosen]


class KeyBar(Static):
    """One line of "key description" pairs for the screen it sits on, refreshed when bindings or
    the width change."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"key-bar--key"}
    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        background: $footer-background;
        color: $footer-foreground;
        padding: 0 1;
    }
    KeyBar > .key-bar--key {
        color: $footer-key-foreground;
        text-style: bold;
    }
    """

    def __init__(self) -> None:
        super().__init__("", id="key-bar", markup=False)
        self.plain = ""
        """The line as last drawn, as plain text."""

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self.call_after_refresh(self.redraw)

    def _bindings_changed(self, _screen: Screen[object]) -> None:
        self.redraw()

    def on_resize(self) -> None:
        self.redraw()

    def entries(self) -> list[tuple[str, str, str]]:
        """(action, key as shown, description) of every shown binding, screen's first, app's after."""
        shown: dict[str, tuple[str, str, str]] = {}
        table: dict[str, int] = {}
        for active in self.screen.active_bindings.values():
            binding: Binding = active.binding
            name = binding.action.removeprefix("app.")
            if binding.show and name not in shown:
                shown[name] = (binding.action, self.app.get_key_display(binding), binding.description)
                table[binding.action] = TABLE_ORDER.get(binding.id or "", len(TABLE_ORDER))
        own = sorted((e for e in shown.values() if _is_own(e[0])), key=lambda e: table[e[0]])
        app_wide = [e for e in shown.values() if not _is_own(e[0])]
        app_wide.sort(key=lambda e: ORDER.index(e[0].removeprefix("app.")))
        return [*own, *app_wide]

    def redraw(self) -> None:
        if not self.is_mounted:
            return
        width = max(self.content_region.width, 0)
        key_style = self.get_component_rich_style("key-bar--key")
        line = Text(no_wrap=True, overflow="crop")
        for index, (key, description) in enumerate(fit(self.entries(), width)):
            if index:
                line.append(GAP)
            line.append(key, style=key_style)
            line.append(" " + description)
        self.plain = line.plain
        self.update(line)
