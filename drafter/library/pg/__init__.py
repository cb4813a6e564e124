"""The question library on a PostgreSQL server: one library for a whole team.

``open_database`` connects to a ``postgresql://`` URL (psycopg 3, the optional extra
``drafter[team]``), refuses a database that belongs to another program, applies the shared named
migrations, and says whether this login may write. Everything after that is the shared library
code running over ``PgConnection``; the search shortlist is ``pg.shortlist``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from drafter.errors import LibraryError
from drafter.library.pg.url import is_url, redacted, secrets

if TYPE_CHECKING:
    from drafter.library.pg.connection import PgConnection

__all__ = ["Opened", "is_url", "open_database", "redacted"]

CONNECT_TIMEOUT = 10  # seconds, unless the URL says otherwise
SESSION = "SELECT set_config('max_parallel_workers_per_gather', '0', false), set_config('jit', 'off', false)"
"""Settings of every drafter connection: its statements take milliseconds, and starting parallel
workers or compiling a plan (JIT) costs tens of milliseconds each on a busy server."""


@dataclass(frozen=True)
class Opened:
    """A connected team library: the connection, and why it is read-only as (reason, hint)."""

    conn: PgConnection
    read_only: tuple[str, str] | None


def open_database(url: str, retries: int) -> Opened:
    """Connect, check, migrate (when allowed to write) and return the library's connection."""
    conn = connect(url)
    from drafter.library.pg import setup

    try:
        return Opened(conn, setup.prepare(conn, retries))
    except BaseException:
        conn.close()
        raise


def connect(url: str) -> PgConnection:
    """A PgConnection to ``url``; German errors without the password when that fails."""
    label, hidden = redacted(url), secrets(url)
    try:
        import psycopg
    except ImportError:
        raise LibraryError(
            f"Für die Team-Bibliothek „{label}“ auf PostgreSQL fehlt das Zusatzpaket: "
            'bitte „pip install "drafter[team]"“ ausführen.'
        ) from None
    from drafter.library.pg.connection import PgConnection
    from drafter.library.pg.errors import connect_error

    options: dict[str, Any] = {"autocommit": True, "application_name": "drafter"}
    if "connect_timeout" not in url:
        options["connect_timeout"] = CONNECT_TIMEOUT
    try:
        raw = psycopg.connect(url, **options)
    except psycopg.Error as error:
        raise connect_error(error, label, hidden) from None
    raw.add_notice_handler(lambda _notice: None)
    conn = PgConnection(raw, label, hidden)
    conn.execute(SESSION)
    return conn
