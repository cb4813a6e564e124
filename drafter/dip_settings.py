"""Checking the DIP settings before the first request, so a mistake reads as what it is.

A key pasted with a line break would travel as a broken header and end, after 15 s of retries, in
"DIP nicht erreichbar"; a key with an umlaut cannot be sent at all (HTTP headers are ASCII); a
mistyped ``base_url`` fails deep inside the HTTP library. Each of these is a German sentence here,
naming where the setting came from, and the key itself never appears in it. Pure string checks,
so loading the configuration does not load the HTTP library.
"""

from __future__ import annotations

from urllib.parse import urlsplit


def key_problem(key: str) -> str | None:
    """What is wrong with an API key (already stripped of outer blanks), in German; None if fine."""
    for position, char in enumerate(key, 1):
        if char in "\r\n":
            return f"enthält einen Zeilenumbruch (an Stelle {position}); bitte in einer Zeile eintragen"
        if char.isspace():
            return f"enthält ein Leerzeichen oder einen Tabulator (an Stelle {position})"
        if not (char.isascii() and char.isprintable()):
            return (
                f"enthält das Zeichen {_describe(char)} an Stelle {position}, das in keinem DIP-Schlüssel "
                "vorkommt (nur Buchstaben A–Z, Ziffern und Satzzeichen); bitte neu aus der E-Mail kopieren"
            )
    return None


def _describe(char: str) -> str:
    return f"„{char}“" if char.isprintable() else f"U+{ord(char):04X}"


def base_url_problem(url: str) -> str | None:
    """What is wrong with a ``base_url``, in German; None if it is an http(s) address with a host."""
    example = "eine Adresse wie https://search.dip.bundestag.de/api/v1"
    if any(char.isspace() or not char.isprintable() for char in url) or not url.isascii():
        return f"enthält Leerzeichen oder Sonderzeichen; erwartet wird {example}"
    try:
        parsed = urlsplit(url)
        parsed.port  # noqa: B018 - raises ValueError for a port that is no number or out of range
    except ValueError:
        return f"ist keine gültige Adresse; erwartet wird {example}"
    if parsed.scheme not in ("http", "https"):
        return f"muss mit https:// (oder http://) beginnen; erwartet wird {example}"
    if not parsed.hostname:
        return f"nennt keinen Server; erwartet wird {example}"
    return None
