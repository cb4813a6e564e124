"""Library addresses: a file path or a ``postgresql://`` URL, told apart before anything is opened.

A value with a scheme (``name://``) is never a file name: ``postgresql://`` and ``postgres://``
select a PostgreSQL library, any other scheme is a German error (a folder "postgresql:" must never
appear again). The password may sit in the URL (``postgresql://user:secret@host/db`` or
``?password=``); libpq also finds it in ``PGPASSWORD`` or ``~/.pgpass``. It must never reach a
message, a log line or an exception, so every label shown to the user is ``redacted`` and every
server message passes through ``scrub`` first. Everything else in the URL (``sslmode``,
``sslrootcert``, ``connect_timeout`` …) is handed to libpq unchanged.
"""

from __future__ import annotations

import os
import re
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

from drafter.errors import LibraryError

SCHEMES = ("postgresql", "postgres")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")
_HIDDEN = "***"


def scheme(value: str) -> str | None:
    """The URL scheme of ``value`` ("postgresql"), None for a plain path (also ``C:\\…`` on Windows)."""
    match = _SCHEME.match(value.strip())
    return match.group(1).lower() if match else None


def is_url(value: str) -> bool:
    """Whether ``value`` names a PostgreSQL library; any other scheme is refused in German."""
    found = scheme(value)
    if found is None:
        return False
    if found in SCHEMES:
        return True
    raise LibraryError(
        f"„{redacted(value)}“ ist weder ein Dateipfad noch eine PostgreSQL-Adresse. Eine Fragenbibliothek "
        "ist eine SQLite-Datei (Pfad) oder eine Adresse postgresql://benutzer@server:port/datenbank."
    )


def redacted(url: str) -> str:
    """``url`` with any password replaced by ***: the form shown in every message and label."""
    parts = urlsplit(url.strip())
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, host = netloc.rsplit("@", 1)
        if ":" in userinfo:
            userinfo = userinfo.split(":", 1)[0] + ":" + _HIDDEN
        netloc = f"{userinfo}@{host}"
    query = [(k, _HIDDEN if k.lower() == "password" else v) for k, v in parse_qsl(parts.query, True)]
    return urlunsplit((parts.scheme, netloc, parts.path, urlencode(query, safe="*/:"), parts.fragment))


def secrets(url: str) -> list[str]:
    """Every spelling of the password this URL or the environment carries, longest first."""
    parts = urlsplit(url.strip())
    found: set[str] = set()
    if "@" in parts.netloc:
        userinfo = parts.netloc.rsplit("@", 1)[0]
        if ":" in userinfo:
            raw = userinfo.split(":", 1)[1]
            found |= {raw, unquote(raw)}
    found |= {v for k, v in parse_qsl(parts.query, True) if k.lower() == "password"}
    env = os.environ.get("PGPASSWORD")
    if env:
        found.add(env)
    return sorted((s for s in found if s), key=len, reverse=True)


def scrub(text: str, hidden: list[str]) -> str:
    """``text`` with every secret in ``hidden`` replaced by ***."""
    for secret in hidden:
        text = text.replace(secret, _HIDDEN)
    return text


def database(url: str) -> str:
    """The database name of ``url`` (for messages), or "" when the URL names none."""
    return unquote(urlsplit(url.strip()).path.lstrip("/"))
