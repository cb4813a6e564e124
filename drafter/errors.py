"""The one exception tree of drafter.

Every error a user can cause (bad file, locked library, unwritable path, rejected API key) is a
``DrafterError`` with a German ``title`` and ``message``. The CLI prints ``title: message`` to stderr
and exits non-zero; the TUI shows the same text in a modal. Nobody sees a traceback for bad input.
"""

from __future__ import annotations


class DrafterError(Exception):
    """Base of all user-facing errors. ``message`` names the file or object and the problem."""

    title = "Fehler"

    def __init__(self, message: str, *, title: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if title is not None:
            self.title = title

    def __str__(self) -> str:
        return self.message


class InputError(DrafterError):
    """An input file cannot be read or is not a Drucksache drafter understands."""

    title = "Datei nicht lesbar"


class LibraryError(DrafterError):
    """The question library cannot be opened, migrated or written."""

    title = "Fragenbibliothek"


class DraftError(DrafterError):
    """A draft cannot be composed, rendered or written."""

    title = "Entwurf"


class TemplateError(DraftError):
    """A wording template is missing or broken."""

    title = "Vorlage"


class DipError(DrafterError):
    """The DIP API refused, failed or returned something unusable."""

    title = "DIP-Abruf"


class ConfigError(DrafterError):
    """The configuration file is malformed."""

    title = "Konfiguration"
