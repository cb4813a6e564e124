"""Reading drafter's own data files, the rules and word lists in TOML, with German messages.

Phrase rules and word lists ship as TOML files beside the code that uses them, so that a reviewer
can extend them, each rule with a real example. All of them are read through this module: a broken
file, whichever it is, is reported with its path, the entry (``[[rule]]`` Nr. 3, with its id when
it has one) and what is wrong, as a ``DataFileError`` the CLI and the app show in German, never as
a KeyError or a traceback.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from drafter.errors import DrafterError

_NAME_KEYS = ("id", "kind", "angle", "name")


class DataFileError(DrafterError):
    """A shipped or user-supplied rule or word-list file is unreadable or holds a broken entry."""

    title = "Datendatei"


def read_toml(path: Path, error: type[DataFileError] = DataFileError) -> dict[str, Any]:
    """The parsed file; unreadable, non-UTF-8 or malformed files raise ``error`` naming the file."""
    try:
        text = path.read_bytes().decode("utf-8")
    except OSError as exc:
        raise fail(path, f"kann nicht gelesen werden ({exc.strerror}).", error) from exc
    except UnicodeDecodeError as exc:
        problem = f"ist kein gültiges TOML (nicht in UTF-8 gespeichert: {exc.reason})."
        raise fail(path, problem, error) from exc
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise fail(path, f"ist kein gültiges TOML ({exc}).", error) from exc


def fail(path: Path, problem: str, error: type[DataFileError] = DataFileError) -> DataFileError:
    """``error`` with the message "<Datendatei> <path>: <problem>"."""
    return error(f"{error.title} {path}: {problem}")


@dataclass(frozen=True)
class Entry:
    """One table of an array of tables (``[[rule]]``), with where it came from for messages."""

    path: Path
    section: str
    number: int
    raw: Mapping[str, Any]

    @property
    def name(self) -> str:
        """ "[[rule]] Nr. 3 (pruefung)": how messages name the entry."""
        label = next((str(self.raw[k]) for k in _NAME_KEYS if isinstance(self.raw.get(k), str)), "")
        return f"[[{self.section}]] Nr. {self.number}" + (f" ({label})" if label else "")

    def fail(self, problem: str) -> DataFileError:
        return fail(self.path, f"{self.name}: {problem}")

    def text(self, key: str) -> str:
        """A required, non-empty string field."""
        value = self.raw.get(key)
        if value is None:
            raise self.fail(f"das Feld „{key}“ fehlt.")
        if not isinstance(value, str) or not value.strip():
            raise self.fail(f"„{key}“ muss ein nicht leerer Text sein.")
        return value

    def optional_text(self, key: str, default: str = "") -> str:
        return self.text(key) if key in self.raw else default

    def texts(self, key: str, *, required: bool = True) -> tuple[str, ...]:
        """A list of non-empty strings (an absent optional field is the empty tuple)."""
        if key not in self.raw and not required:
            return ()
        value = self.raw.get(key)
        if value is None:
            raise self.fail(f"das Feld „{key}“ fehlt.")
        if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
            raise self.fail(f"„{key}“ muss eine nicht leere Liste von Texten sein.")
        return tuple(value)

    def pattern(self, key: str, flags: int = 0) -> re.Pattern[str]:
        """A required regular expression, compiled."""
        source = self.text(key)
        try:
            return re.compile(source, flags)
        except re.error as exc:
            raise self.fail(f"„{key}“ ist kein gültiger regulärer Ausdruck ({exc}).") from exc

    def optional_pattern(self, key: str, flags: int = 0) -> re.Pattern[str] | None:
        return self.pattern(key, flags) if self.raw.get(key) else None

    def flag(self, key: str) -> bool:
        """An optional true/false field (absent: false)."""
        value = self.raw.get(key, False)
        if not isinstance(value, bool):
            raise self.fail(f"„{key}“ muss true oder false sein.")
        return value


def entries(path: Path, data: Mapping[str, Any], section: str) -> tuple[Entry, ...]:
    """The tables of ``[[section]]``; a file without any is broken."""
    raw = data.get(section)
    if not isinstance(raw, list) or not raw:
        raise fail(path, f"enthält keine Einträge [[{section}]].")
    found = []
    for number, table in enumerate(raw, 1):
        entry = Entry(path, section, number, table if isinstance(table, dict) else {})
        if not isinstance(table, dict):
            raise entry.fail("ist keine Tabelle.")
        found.append(entry)
    return tuple(found)


def words(path: Path, data: Mapping[str, Any], key: str) -> tuple[str, ...]:
    """The word list ``key = ["…", …]``: present, a list, only non-empty strings."""
    value = data.get(key)
    if value is None:
        raise fail(path, f"die Wortliste „{key}“ fehlt.")
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise fail(path, f"„{key}“ muss eine Liste von nicht leeren Texten sein.")
    return tuple(value)


def word_table(path: Path, data: Mapping[str, Any], key: str) -> dict[str, str]:
    """The table ``[key]`` of word → text, e.g. an abbreviation and its written-out form."""
    value = data.get(key)
    if not isinstance(value, dict):
        raise fail(path, f"die Tabelle [{key}] fehlt.")
    bad = [k for k, v in value.items() if not isinstance(v, str) or not v]
    if bad:
        raise fail(path, f"[{key}] {bad[0]}: der Wert muss ein nicht leerer Text sein.")
    return {str(k): str(v) for k, v in value.items()}
