"""The windows ``library/tiers.pick`` chooses from, read from the posting lists on the server.

A window is the newest ``WINDOW`` question ids holding a concept (``question_postings``, see
``postings.py``): for a whole concept, one backward index-only scan of its entries, which stops
after ``WINDOW`` of them, as FTS5 stops reading a posting list. The all-terms window walks the
shortest posting list among the rarest terms newest first, within the newest ``tiers.SPAN`` ids,
and keeps an id only when the other terms' lists hold it too, so it also stops once the window
is full (``functions.py``, ``drafter_together``, which also decides how each other list is read).

A concept that is only the start of stored ones ("fingerabdr" → "fingerabdruckdatei") reads the
entries of every concept in that key range of the B-tree (``LIKE 'p%'`` under the "C" collation);
as a further term of the all-terms window it is checked on the question's concepts.

The windows come back as one array of ids and one of their lengths: a row per id would cost the
client more than the server spends finding them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from drafter.library import tiers
from drafter.library.pg import functions
from drafter.library.tiers import TIER_A_TERMS, TIER_B_TERMS, WINDOW


@dataclass(frozen=True)
class Term:
    """One query concept: ``count`` questions hold it (up to CAP + 1, which orders the terms as
    on SQLite), ``df`` as many as are known (the length of its posting list); ``prefix``: it is
    the start of stored concepts rather than one of them."""

    term: str
    count: int
    prefix: bool = False
    df: int = 0


def arguments() -> list[object]:
    """The window constants every function call takes, read when called (tests change SPAN)."""
    return [WINDOW, tiers.SPAN, TIER_A_TERMS, TIER_B_TERMS, functions.MERGED]


def split(ids: Sequence[int], lengths: Sequence[int], terms: int) -> tuple[list[int], list[list[int]]]:
    """(all-terms window, per-term windows) out of the function's flat arrays; the all-terms
    window comes last and only for more than one term."""
    found, start = [], 0
    for length in lengths:
        found.append([int(i) for i in ids[start : start + length]])
        start += length
    every = found.pop() if terms > 1 else []
    return every, found


def windows(conn: Any, rare: list[Term]) -> tuple[list[int], list[list[int]]]:
    """The newest WINDOW ids holding all of the TIER_A_TERMS rarest terms (none for one term),
    and per each of the TIER_B_TERMS rarest, the newest WINDOW holding it; one round trip."""
    functions.ensure(conn)
    row = conn.execute(
        "SELECT ids, lengths FROM pg_temp.drafter_windows(?::text[], ?::boolean[], ?::bigint[],"
        " ?::int, ?::bigint, ?::int, ?::int, ?::int)",
        ([t.term for t in rare], [t.prefix for t in rare], [t.df for t in rare], *arguments()),
    ).fetchone()
    return split(row[0], row[1], len(rare))
