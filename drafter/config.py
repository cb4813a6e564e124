"""The user's configuration file: where it lives, what it may say, and how it is read.

The file is TOML at ``$DRAFTER_CONFIG`` or ``<platformdirs user_config_dir("drafter")>/config.toml``;
a missing file means defaults. Sections::

    [dip]
    api_key = "..."          # overridden by the environment variable DIP_API_KEY
    base_url = "https://search.dip.bundestag.de/api/v1"
    min_interval = 1.0       # seconds between two DIP requests (be polite to the Bundestag)
    allow_pdf = false        # fall back to the printed PDF when DIP has no text yet

    [keys]                   # TUI bindings: binding id -> key, read by the UI
    open = "ctrl+o"

    [draft]
    templates_dir = "~/Vorlagen"      # relative paths are relative to the config file
    reference_docx = "Briefkopf.docx"

    [profile]                # the office whose follow-ups these are: fills every new draft
    mps = ["Anna Beispiel", "Bernd Muster"]        # the Abgeordnete who ask
    faction = "BÜNDNIS 90/DIE GRÜNEN"
    leaders = ["Katharina Dröge", "Britta Haßelmann"]  # the Fraktion's leaders, who sign
    further_mps = true       # "…, weiterer Abgeordneter und der Fraktion …"
    date = "export"          # "Berlin, den …": "export" = the day the Word file is written,
                             # "start" = the day the draft was started

    [library]
    url = "postgresql://name@server:5432/drafter"   # a team library; --db and DRAFTER_DB win

Reading never touches the network. A malformed file raises ``ConfigError`` naming the file and
line, so the user can fix it; drafter writes the file only to save the profile the user entered in
the app (``save_profile``), keeping every other line as it was.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

import platformdirs

from drafter import dip_settings
from drafter.errors import ConfigError

DEFAULT_DIP_URL = "https://search.dip.bundestag.de/api/v1"
DEFAULT_MIN_INTERVAL = 1.0
KEY_ENV = "DIP_API_KEY"
CONFIG_ENV = "DRAFTER_CONFIG"


@dataclass(frozen=True)
class DipSettings:
    """How to reach DIP. ``api_key`` is kept out of ``repr`` so it never lands in a log or trace."""

    api_key: str | None = field(default=None, repr=False)
    base_url: str = DEFAULT_DIP_URL
    min_interval: float = DEFAULT_MIN_INTERVAL
    allow_pdf: bool = False


@dataclass(frozen=True)
class DraftSettings:
    """Where the user's own wording templates and Word reference document live (None = built-in)."""

    templates_dir: Path | None = None
    reference_docx: Path | None = None
    next_period: bool = False  # also ask answered statistical questions for the period since


FURTHER_MPS = "weiterer Abgeordneter"
PROFILE_DATES = ("export", "start")


@dataclass(frozen=True)
class Profile:
    """The user's own office. A follow-up is asked by them, never by the askers of the earlier
    inquiry (who may have left the Bundestag); those appear only where the preamble cites it."""

    mps: tuple[str, ...] = ()
    faction: str | None = None
    leaders: tuple[str, ...] = ()
    further_mps: bool = False
    date: str = "export"

    @property
    def empty(self) -> bool:
        return not (self.mps or self.faction or self.leaders)


@dataclass(frozen=True)
class LibrarySettings:
    """Which library to open when neither ``--db`` nor ``DRAFTER_DB`` says: a ``postgresql://``
    URL or a file path. Kept out of ``repr``: the URL may carry a password."""

    url: str | None = field(default=None, repr=False)


@dataclass(frozen=True)
class Config:
    """The whole configuration; ``path`` is the file it was (or would be) read from."""

    path: Path
    dip: DipSettings = DipSettings()
    keys: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    draft: DraftSettings = DraftSettings()
    library: LibrarySettings = LibrarySettings()
    profile: Profile = Profile()


def config_path() -> Path:
    """``$DRAFTER_CONFIG`` if set, else ``config.toml`` in the platform's user config folder."""
    override = os.environ.get(CONFIG_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_config_dir("drafter", appauthor=False)) / "config.toml"


def load_config(path: Path | None = None) -> Config:
    """Read the config file (defaults when it does not exist); ``DIP_API_KEY`` beats the file's key."""
    path = path or config_path()
    data = _read_toml(path)
    _check_sections(data, path)
    return Config(
        path=path,
        dip=_dip_settings(data.get("dip", {}), path),
        keys=MappingProxyType(_key_bindings(data.get("keys", {}), path)),
        draft=_draft_settings(data.get("draft", {}), path),
        library=_library_settings(data.get("library", {}), path),
        profile=_profile(data.get("profile", {}), path),
    )


def _read_toml(path: Path) -> dict[str, Any]:
    """The parsed file, ``{}`` when missing; syntax errors become a German ``ConfigError`` with line."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as error:
        problem = f"kann nicht gelesen werden: {error.strerror}"
        raise ConfigError(f"Die Konfigurationsdatei {path} {problem}.") from None
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(f"Die Konfigurationsdatei {path} ist nicht in UTF-8 gespeichert.") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"Die Konfigurationsdatei {path} ist fehlerhaft{_where(error)}.") from None


def _where(error: tomllib.TOMLDecodeError) -> str:
    """' in Zeile N, Spalte M' from tomllib's English message (Python 3.11 has no lineno attribute)."""
    match = re.search(r"line (\d+), column (\d+)", str(error))
    if match is None:
        return ""
    return f" in Zeile {match.group(1)}, Spalte {match.group(2)} ({_reason(str(error))})"


def _reason(message: str) -> str:
    """A German gist of tomllib's reason; the English original is kept when it is not known."""
    reason = re.sub(r"\s*\(at .*\)$", "", message)
    known = {
        "Invalid value": "ungültiger Wert",
        "Expected '=' after a key in a key/value pair": "nach dem Namen fehlt „=“",
        "Invalid statement": "ungültige Anweisung",
        "Cannot overwrite a value": "ein Wert ist doppelt angegeben",
        "Unterminated string": "eine Zeichenkette ist nicht geschlossen",
        "Illegal character": "unzulässiges Zeichen",
    }
    for english, german in known.items():
        if reason.startswith(english):
            return german
    return reason


SECTIONS = {"dip", "keys", "draft", "profile", "library"}


def _check_sections(data: dict[str, Any], path: Path) -> None:
    """Unknown or non-table top-level entries are typos the user wants to hear about."""
    for name, value in data.items():
        if name not in SECTIONS:
            allowed = ", ".join(sorted(SECTIONS))
            raise _value_error(path, name, None, f"unbekannter Abschnitt (erlaubt: {allowed})")
        if not isinstance(value, dict):
            raise _value_error(path, name, None, "muss ein Abschnitt [" + name + "] sein")


def _dip_settings(section: dict[str, Any], path: Path) -> DipSettings:
    """[dip] with its types checked; the environment's key wins over the file's."""
    _only(section, path, "dip", {"api_key", "base_url", "min_interval", "allow_pdf"})
    from_env = os.environ.get(KEY_ENV)
    key = from_env or _typed(section, path, "dip", "api_key", str, None)
    problem = dip_settings.key_problem((key or "").strip())
    if problem and from_env:
        raise ConfigError(f"Der DIP-API-Schlüssel in der Umgebungsvariable {KEY_ENV} {problem}.")
    if problem:
        raise _value_error(path, "dip", "api_key", problem)
    base_url = _typed(section, path, "dip", "base_url", str, DEFAULT_DIP_URL)
    url_problem = dip_settings.base_url_problem(base_url)
    if url_problem:
        raise _value_error(path, "dip", "base_url", url_problem)
    interval = _typed(section, path, "dip", "min_interval", (int, float), DEFAULT_MIN_INTERVAL)
    if isinstance(interval, bool) or interval < 0:
        raise _value_error(path, "dip", "min_interval", "muss eine Zahl ≥ 0 (Sekunden) sein")
    return DipSettings(
        api_key=(key or "").strip() or None,
        base_url=base_url.rstrip("/"),
        min_interval=float(interval),
        allow_pdf=_typed(section, path, "dip", "allow_pdf", bool, False),
    )


def _key_bindings(section: dict[str, Any], path: Path) -> dict[str, str]:
    """[keys]: binding id -> key name such as "ctrl+o". Ids contain dots ("document.next_open"); written
    unquoted, TOML reads them as nested tables, so those are flattened back into dotted ids."""
    bindings: dict[str, str] = {}
    for name, value in _flatten(section):
        if not isinstance(value, str) or not value.strip():
            raise _value_error(path, "keys", name, 'muss eine Taste wie "ctrl+o" sein')
        bindings[name] = value.strip()
    return bindings


def _flatten(table: dict[str, Any], prefix: str = "") -> list[tuple[str, Any]]:
    pairs: list[tuple[str, Any]] = []
    for name, value in table.items():
        if isinstance(value, dict):
            pairs.extend(_flatten(value, f"{prefix}{name}."))
        else:
            pairs.append((prefix + name, value))
    return pairs


def _draft_settings(section: dict[str, Any], path: Path) -> DraftSettings:
    """[draft]: paths, with ``~`` expanded and relative paths taken from the config file's folder."""
    _only(section, path, "draft", {"templates_dir", "reference_docx", "next_period"})
    templates = _typed(section, path, "draft", "templates_dir", str, None)
    reference = _typed(section, path, "draft", "reference_docx", str, None)
    next_period = _typed(section, path, "draft", "next_period", bool, False)
    return DraftSettings(
        templates_dir=_resolve(templates, path),
        reference_docx=_resolve(reference, path),
        next_period=bool(next_period),
    )


def _library_settings(section: dict[str, Any], path: Path) -> LibrarySettings:
    """[library]: ``url`` of a team library (or a file path, with ``~`` expanded)."""
    _only(section, path, "library", {"url"})
    url = (_typed(section, path, "library", "url", str, None) or "").strip()
    if url and "://" not in url:
        url = str(_resolve(url, path))
    return LibrarySettings(url=url or None)


def _profile(section: dict[str, Any], path: Path) -> Profile:
    """[profile]: names as lists of texts; ``date`` one of ``PROFILE_DATES``."""
    _only(section, path, "profile", {"mps", "faction", "leaders", "further_mps", "date"})
    date = _typed(section, path, "profile", "date", str, "export")
    if date not in PROFILE_DATES:
        raise _value_error(path, "profile", "date", 'muss "export" oder "start" sein')
    faction = _typed(section, path, "profile", "faction", str, "").strip()
    return Profile(
        mps=_names(section, path, "mps"),
        faction=faction or None,
        leaders=_names(section, path, "leaders"),
        further_mps=_typed(section, path, "profile", "further_mps", bool, False),
        date=date,
    )


def _names(section: dict[str, Any], path: Path, key: str) -> tuple[str, ...]:
    value = _typed(section, path, "profile", key, list, [])
    if not all(isinstance(name, str) for name in value):
        raise _value_error(path, "profile", key, 'muss eine Liste von Namen sein, z. B. ["Anna Beispiel"]')
    return tuple(name.strip() for name in value if name.strip())


def _resolve(value: str | None, path: Path) -> Path | None:
    if not value:
        return None
    candidate = Path(value).expanduser()
    return candidate if candidate.is_absolute() else path.parent / candidate


def _only(section: dict[str, Any], path: Path, name: str, allowed: set[str]) -> None:
    for key in section:
        if key not in allowed:
            known = ", ".join(sorted(allowed))
            raise _value_error(path, name, key, f"unbekannte Einstellung (erlaubt: {known})")


def _typed(section: dict[str, Any], path: Path, name: str, key: str, kind: Any, default: Any) -> Any:
    """The value of ``key`` if it has the expected type, ``default`` when absent."""
    if key not in section:
        return default
    value = section[key]
    if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
        expected = {str: "ein Text in Anführungszeichen", bool: "true oder false", list: "eine Liste"}.get(
            kind, "eine Zahl"
        )
        raise _value_error(path, name, key, f"muss {expected} sein")
    return value


def _value_error(path: Path, section: str, key: str | None, problem: str) -> ConfigError:
    """A German message naming the file, the line (found by scanning the text) and the setting."""
    setting = f"[{section}] {key}" if key else f"[{section}]"
    line = _line_of(path, section, key)
    place = f", Zeile {line}" if line else ""
    return ConfigError(f"Die Konfigurationsdatei {path}{place} ist fehlerhaft: {setting} {problem}.")


def _line_of(path: Path, section: str, key: str | None) -> int | None:
    """The 1-based line of ``key`` inside ``[section]`` (or of the section header); None if not found.

    A top-level ``section = value`` (a section written as a plain value) is found with key None.
    """
    current: str | None = None
    wanted_section, wanted_key = (section, key) if key is not None else (None, section)
    for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        stripped = text.strip()
        header = re.fullmatch(r"\[\s*([^\]]+?)\s*\]", stripped)
        if header:
            current = header.group(1)
            if key is None and current == section:
                return number
        elif current == wanted_section and re.match(rf"[\"']?{re.escape(wanted_key)}[\"']?\s*=", stripped):
            return number
    return None
