"""argparse in German: "Aufruf:", "Optionen:", and its error messages.

argparse looks every text it prints up through its module-level ``_`` (``gettext``) and
``ngettext`` at the moment it prints it. Installing German versions of the two is argparse's own
translation hook and needs no compiled catalogue. Texts without a translation here (new ones in a
later Python) pass through in English rather than failing.
"""

from __future__ import annotations

import argparse

MESSAGES = {
    "usage: ": "Aufruf: ",
    "positional arguments": "Argumente",
    "options": "Optionen",
    "optional arguments": "Optionen",
    "show this help message and exit": "diese Hilfe zeigen und beenden",
    "show program's version number and exit": "die Version zeigen und beenden",
    "subcommands": "Befehle",
    "%(prog)s: error: %(message)s\n": "%(prog)s: Fehler: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "Argument %(argument_name)s: %(message)s",
    "unrecognized arguments: %s": "unbekannte Argumente: %s",
    "the following arguments are required: %s": "diese Argumente fehlen: %s",
    "one of the arguments %s is required": "eines der Argumente %s wird gebraucht",
    "not allowed with argument %s": "nicht zusammen mit dem Argument %s erlaubt",
    "expected one argument": "erwartet einen Wert",
    "expected at most one argument": "erwartet höchstens einen Wert",
    "expected at least one argument": "erwartet mindestens einen Wert",
    "invalid choice: %(value)r (choose from %(choices)s)": "ungültige Wahl: %(value)r (möglich: %(choices)s)",
    "invalid %(type)s value: %(value)r": "ungültiger Wert (%(type)s): %(value)r",
    "ambiguous option: %(option)s could match %(matches)s": (
        "mehrdeutige Option: %(option)s passt zu %(matches)s"
    ),
    "ignored explicit argument %r": "überflüssiger Wert %r",
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "unbekannter Befehl %(parser_name)r (möglich: %(choices)s)"
    ),
    "can't open '%(filename)s': %(error)s": "„%(filename)s“ lässt sich nicht öffnen: %(error)s",
}
PLURALS = {
    ("expected %s argument", "expected %s arguments"): ("erwartet %s Wert", "erwartet %s Werte"),
}


def gettext(message: str) -> str:
    """The German text of one argparse message (the message itself when it is not known)."""
    return MESSAGES.get(message, message)


def ngettext(singular: str, plural: str, count: int) -> str:
    german = PLURALS.get((singular, plural))
    if german is None:
        return singular if count == 1 else plural
    return german[0] if count == 1 else german[1]


def install() -> None:
    """Make every parser of this process speak German (idempotent)."""
    argparse._ = gettext  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]
