"""The SQLite spellings of the library's shared SQL, rewritten for PostgreSQL.

The library's modules (import, links, points, drafts, migrations) write plain SQL against one
schema with SQLite's ``?`` placeholders. Rather than keep two copies of every query, the few
SQLite-only spellings they use are rewritten here, each by one small rule with a test:

- ``?`` placeholders become ``%s`` (and a literal ``%`` becomes ``%%``), outside string literals;
- ``INSERT OR IGNORE`` becomes ``INSERT … ON CONFLICT DO NOTHING``;
- ``INSERT OR REPLACE INTO t(cols)`` becomes an upsert on the table's key (``KEYS``);
- ``json_group_object`` becomes ``json_object_agg`` (the connection reads json as text);
- a plain ``INSERT`` into a table with an ``id`` gets ``RETURNING id``, which is how the
  connection offers ``cursor.lastrowid``.

Engine-specific work that is more than a spelling (full-text search, migrations of the index,
integrity checks) lives in its own module of this package instead.
"""

from __future__ import annotations

import re
from functools import lru_cache

KEYS = {"question_links": ("from_id", "to_id"), "settings": ("key",), "sources": ("hash",)}
"""The conflict target of each table written with INSERT OR REPLACE / OR IGNORE."""
WITH_ID = frozenset({"documents", "questions", "findings", "drafts", "seed_entries"})
"""Tables whose ``id`` an INSERT hands back as ``lastrowid``."""

_OR_IGNORE = re.compile(r"^\s*INSERT\s+OR\s+IGNORE\s+INTO\s", re.IGNORECASE)
_OR_REPLACE = re.compile(r"^\s*INSERT\s+OR\s+REPLACE\s+INTO\s+(\w+)\s*\(([^)]*)\)", re.IGNORECASE)
_INSERT = re.compile(r"^\s*INSERT\s+INTO\s+(\w+)\s*\(", re.IGNORECASE)


@lru_cache(maxsize=1024)
def rewrite(sql: str, many: bool = False) -> tuple[str, bool]:
    """The PostgreSQL form of ``sql`` and whether it returns the new row's id (``lastrowid``)."""
    text = placeholders(sql).rstrip().rstrip(";")
    text = text.replace("json_group_object(", "json_object_agg(")
    if _OR_IGNORE.match(text):
        return _OR_IGNORE.sub("INSERT INTO ", text, count=1) + " ON CONFLICT DO NOTHING", False
    replace = _OR_REPLACE.match(text)
    if replace:
        return _upsert(text, replace.group(1), replace.group(2)), False
    insert = _INSERT.match(text)
    if insert and not many and insert.group(1) in WITH_ID and "RETURNING" not in text.upper():
        return text + " RETURNING id", True
    return text, False


def _upsert(text: str, table: str, columns: str) -> str:
    """INSERT OR REPLACE as an upsert: on the table's key, every other column takes the new value."""
    keys = KEYS.get(table)
    if keys is None:
        raise ValueError(f"no conflict key known for INSERT OR REPLACE INTO {table}")
    names = [c.strip() for c in columns.split(",")]
    others = [c for c in names if c not in keys]
    body = re.sub(r"^\s*INSERT\s+OR\s+REPLACE\s+INTO", "INSERT INTO", text, count=1, flags=re.IGNORECASE)
    action = "DO UPDATE SET " + ", ".join(f"{c} = EXCLUDED.{c}" for c in others) if others else "DO NOTHING"
    return f"{body} ON CONFLICT ({', '.join(keys)}) {action}"


def placeholders(sql: str) -> str:
    """``?`` → ``%s`` and ``%`` → ``%%`` outside single-quoted literals."""
    out: list[str] = []
    quoted = False
    for char in sql:
        if char == "'":
            quoted = not quoted
            out.append(char)
        elif char == "%":
            out.append("%%")
        elif char == "?" and not quoted:
            out.append("%s")
        else:
            out.append(char)
    return "".join(out)
