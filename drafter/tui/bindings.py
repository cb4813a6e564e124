"""Every key binding of the app, in one table, with stable ids the user can remap.

The ``[keys]`` section of the config file maps a binding id to a key ("document.next_open" =
"j"); Textual's keymap then swaps the key. The same table feeds the footer, the help screen and
the command palette, so the three never disagree about what exists.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding, BindingType


@dataclass(frozen=True)
class KeyAction:
    """One action of one screen (``scope``), bound to ``key`` unless the user remaps ``id``."""

    id: str
    key: str
    action: str
    description: str
    scope: str
    show: bool = True
    priority: bool = False
    short: str = ""
    """The footer's word for it, where ``description`` is too long for 80 columns."""


_APP = "app"
_LIBRARY = "library"
_DOCUMENT = "document"
_SEARCH = "search"
_DRAFT = "draft"
_DRAFTS = "drafts"

SCOPE_TITLES = {
    _APP: "Überall",
    _LIBRARY: "Bibliothek",
    _DOCUMENT: "Dokument",
    _SEARCH: "Suche",
    _DRAFT: "Entwurf",
    _DRAFTS: "Entwürfe",
}

ACTIONS: tuple[KeyAction, ...] = (
    KeyAction("app.help", "f1,question_mark", "help", "Hilfe", _APP),
    KeyAction("app.library", "f2", "show_library", "Bibliothek", _APP),
    KeyAction("app.search", "f3", "search", "Suchen", _APP),
    KeyAction("app.draft", "f4", "show_draft", "Entwurf", _APP),
    KeyAction("app.drafts", "f5", "show_drafts", "Entwürfe", _APP),
    KeyAction(
        "app.profile",
        "f6",
        "edit_profile",
        "Profil (Abgeordnete, Fraktion, Unterschrift)",
        _APP,
        short="Profil",
        show=False,
    ),
    KeyAction("app.palette", "ctrl+p", "command_palette", "Befehle", _APP),
    KeyAction("app.quit", "ctrl+q", "quit", "Beenden", _APP, priority=True),
    KeyAction("library.open", "enter", "open_document", "Öffnen", _LIBRARY),
    KeyAction("library.open_file", "o", "open_file", "Datei öffnen", _LIBRARY),
    KeyAction("library.import", "i", "import_paths", "Importieren", _LIBRARY),
    KeyAction("library.fetch", "d", "fetch_dip", "Drucksache abrufen", _LIBRARY, short="DIP-Abruf"),
    KeyAction("library.search", "slash,s", "app.search", "Suchen", _LIBRARY, show=False),
    KeyAction("library.draft", "e", "app.show_draft", "Entwurf", _LIBRARY, show=False),
    KeyAction("document.next_open", "n", "next_open", "Nächster offener Punkt", _DOCUMENT, short="Nächster"),
    KeyAction(
        "document.previous_open", "p", "previous_open", "Voriger offener Punkt", _DOCUMENT, short="Voriger"
    ),
    KeyAction(
        "document.mark", "space,m", "toggle_mark", "Für den Entwurf markieren", _DOCUMENT, short="Markieren"
    ),
    KeyAction(
        "document.mark_many",
        "a",
        "mark_many",
        "Mehrere markieren: alle offenen, alle teilweise, nach Kategorie, keine",
        _DOCUMENT,
        short="Alle",
    ),
    KeyAction(
        "document.filter_status", "f", "filter_status", "Nach Status filtern", _DOCUMENT, short="Status"
    ),
    KeyAction(
        "document.filter_category",
        "c",
        "filter_category",
        "Nach Kategorie filtern",
        _DOCUMENT,
        short="Kategorie",
    ),
    KeyAction("document.draft", "e", "app.show_draft", "Entwurf", _DOCUMENT, show=False),
    KeyAction("document.back", "escape", "app.pop_screen", "Zurück", _DOCUMENT),
    KeyAction("search.back", "escape", "dismiss_search", "Zurück", _SEARCH),
    KeyAction("search.results", "down", "focus_results", "Zu den Treffern", _SEARCH, show=False),
    KeyAction("draft.export", "ctrl+s", "export", "Als .docx exportieren", _DRAFT, short="Export"),
    KeyAction("draft.new_question", "ctrl+n", "new_question", "Neue Frage", _DRAFT),
    KeyAction("draft.new_subquestion", "ctrl+t", "new_subquestion", "Unterfrage", _DRAFT),
    KeyAction("draft.delete", "ctrl+r", "delete_item", "Entfernen (fragt vorher)", _DRAFT, short="Entfernen"),
    KeyAction("draft.undo", "ctrl+z", "undo", "Rückgängig", _DRAFT, priority=True),
    KeyAction("draft.redo", "ctrl+y", "redo", "Wiederholen", _DRAFT, priority=True),
    KeyAction(
        "draft.from_library", "ctrl+l", "from_library", "Frage aus der Bibliothek", _DRAFT, short="Bibliothek"
    ),
    KeyAction("draft.move_up", "ctrl+up,alt+up", "move_up", "Frage nach oben", _DRAFT, show=False),
    KeyAction("draft.move_down", "ctrl+down,alt+down", "move_down", "Frage nach unten", _DRAFT, show=False),
    KeyAction("draft.back", "escape", "app.pop_screen", "Zurück", _DRAFT, show=False),
    KeyAction("drafts.open", "enter", "open_draft", "Öffnen", _DRAFTS),
    KeyAction("drafts.new", "n", "new_draft", "Neuer Entwurf", _DRAFTS, short="Neu"),
    KeyAction("drafts.duplicate", "k", "duplicate_draft", "Kopie anlegen", _DRAFTS, short="Kopie"),
    KeyAction("drafts.rename", "r", "rename_draft", "Umbenennen", _DRAFTS),
    KeyAction("drafts.delete", "delete", "delete_draft", "Löschen (fragt vorher)", _DRAFTS, short="Löschen"),
    KeyAction(
        "drafts.restore", "ctrl+z", "restore_draft", "Gelöschten wiederherstellen", _DRAFTS, show=False
    ),
    KeyAction("drafts.back", "escape", "app.pop_screen", "Zurück", _DRAFTS, show=False),
)


def actions_for(scope: str) -> tuple[KeyAction, ...]:
    """The actions of one scope, in table order."""
    return tuple(a for a in ACTIONS if a.scope == scope)


def bindings_for(scope: str) -> list[BindingType]:
    """Textual bindings for a screen (or the app), each carrying its remappable id."""
    return [
        Binding(
            a.key,
            a.action,
            a.short or a.description,
            show=a.show,
            id=a.id,
            priority=a.priority,
            tooltip=a.description,
        )
        for a in actions_for(scope)
    ]


def known_ids() -> frozenset[str]:
    """Ids a config file may remap; anything else in ``[keys]`` is reported, not silently dropped."""
    return frozenset(a.id for a in ACTIONS)


_KEY_NAMES = {
    "ctrl": "Strg",
    "alt": "Alt",
    "shift": "Umschalt",
    "up": "Hoch",
    "down": "Runter",
    "left": "Links",
    "right": "Rechts",
    "enter": "Enter",
    "escape": "Esc",
    "space": "Leer",
    "question_mark": "?",
    "slash": "/",
    "delete": "Entf",
    "backspace": "Rück",
    "tab": "Tab",
}


def key_label(keys: str) -> str:
    """German, ASCII-only display of a binding's keys: "ctrl+up,alt+up" -> "Strg+Hoch, Alt+Hoch".

    Textual's own display uses arrows and a return glyph that some Windows fonts lack.
    """
    shown = []
    for key in keys.split(","):
        *modifiers, last = key.strip().split("+")
        if (last.startswith("f") and last[1:].isdigit()) or (modifiers and len(last) == 1):
            last = last.upper()
        shown.append("+".join(_KEY_NAMES.get(part, part) for part in (*modifiers, last)))
    return ", ".join(shown)
