"""German messages for what can go wrong with a PostgreSQL library, the password never among them.

The label of a library is its redacted URL; the server's own text is only ever shown after
``url.scrub`` removed every spelling of the password, and the psycopg exception is never chained
(``from None`` at the raise sites), so no traceback or log can carry the connection string.
"""

from __future__ import annotations

import psycopg

from drafter.errors import LibraryError
from drafter.library.pg.url import scrub

READ_ONLY_STATES = {"42501", "25006"}  # insufficient_privilege, read_only_sql_transaction


def translate(error: psycopg.Error, label: str, hidden: list[str]) -> LibraryError:
    """The German message for a failed statement on the library at ``label``."""
    state = error.sqlstate or ""
    detail = scrub(_first_line(error), hidden)
    if state in READ_ONLY_STATES:
        return LibraryError(
            f"Die Fragenbibliothek „{label}“ ist für diese Anmeldung nur lesbar: Die Rolle hat kein "
            "Schreibrecht. Suchen und Entwerfen gehen, Importieren und Speichern nicht."
        )
    if isinstance(error, psycopg.OperationalError) and not state:
        return LibraryError(f"Die Verbindung zur Fragenbibliothek „{label}“ ist abgebrochen ({detail}).")
    return LibraryError(f"Fehler in der Fragenbibliothek „{label}“: {detail}.")


def connect_error(error: psycopg.Error, label: str, hidden: list[str]) -> LibraryError:
    """Why the server at ``label`` could not be reached or refused the login, in German."""
    text = str(error)
    lower = text.lower()
    if "password authentication failed" in lower or "authentication failed" in lower:
        return LibraryError(
            f"Anmeldung an der Fragenbibliothek „{label}“ abgelehnt: Benutzername oder Passwort falsch "
            "(das Passwort kommt aus der Adresse, aus PGPASSWORD oder aus ~/.pgpass)."
        )
    if "no password supplied" in lower or "fe_sendauth" in lower:
        return LibraryError(
            f"Der Server der Fragenbibliothek „{label}“ verlangt ein Passwort: bitte in PGPASSWORD, "
            "in ~/.pgpass oder in der Adresse angeben."
        )
    if "does not support ssl" in lower or ("ssl" in lower and "not" in lower and "support" in lower):
        return LibraryError(
            f"Der Server der Fragenbibliothek „{label}“ bietet keine verschlüsselte Verbindung an, "
            "die Adresse verlangt aber eine (sslmode)."
        )
    if "database" in lower and "does not exist" in lower:
        return LibraryError(
            f"Die Datenbank der Fragenbibliothek „{label}“ gibt es auf dem Server nicht. "
            "Die Verwaltung legt sie an (siehe README, Team-Bibliothek)."
        )
    if "connection refused" in lower or "timeout" in lower or "could not translate host" in lower:
        return LibraryError(
            f"Der Server der Fragenbibliothek „{label}“ ist nicht erreichbar. Adresse und Port prüfen "
            "und ob der Server läuft."
        )
    return LibraryError(
        f"Die Fragenbibliothek „{label}“ lässt sich nicht öffnen: {scrub(_first_line(error), hidden)}."
    )


def _first_line(error: psycopg.Error) -> str:
    """The server's primary message (or psycopg's first line), without the trailing period."""
    primary = error.diag.message_primary
    if primary:
        return primary.rstrip(".")
    lines = str(error).strip().splitlines()
    return (lines[0] if lines else type(error).__name__).rstrip(".")
