"""Term weights learned from the library itself: a concept found in few questions says much.

"Bundesregierung" and "Erkenntnisse" stand in thousands of questions and say nothing about the
point; "BMAS" or "Abschiebungshaft" stand in a few and decide it. The weight of a concept is its
inverse document frequency over the stored questions, ``log((N + 1) / (df + 0.5))``, read from
``concept_counts``, which triggers keep as questions are stored, replaced and re-indexed (any
engine can keep the same table); N is ``question_count``, kept the same way. Weights are cached per
connection and re-read when the library changed: another count of questions or another highest
id (a replaced document deletes its questions and stores new ones, so the count alone may stay).
"""

from __future__ import annotations

import math
import sqlite3
from dataclasses import dataclass, field

_CACHE: dict[str, Weights] = {}


@dataclass
class Weights:
    """Inverse document frequencies of concepts, looked up lazily and cached."""

    conn: sqlite3.Connection
    total: int
    stamp: tuple[int, int] = (0, 0)
    known: dict[str, float] = field(default_factory=dict)

    def __call__(self, term: str) -> float:
        weight = self.known.get(term)
        if weight is None:
            weight = self.known[term] = self._idf(document_frequency(self.conn, term))
        return weight

    def many(self, terms: list[str]) -> None:
        """Look up the uncached ones of ``terms`` in one statement."""
        missing = list({t for t in terms if t not in self.known})
        for start in range(0, len(missing), 500):
            chunk = missing[start : start + 500]
            found = document_frequencies(self.conn, chunk)
            for term in chunk:
                self.known[term] = self._idf(found.get(term, 0))

    def absent(self, term: str) -> bool:
        """Whether no stored question holds ``term`` (as far as the cached frequencies know)."""
        return self(term) >= self._idf(0)

    def _idf(self, df: int) -> float:
        return math.log((self.total + 1) / (df + 0.5))


def weights(conn: sqlite3.Connection, key: str) -> Weights:
    """The cached weights of library ``key``, renewed when the library changed since."""
    stamp = state(conn)
    cached = _CACHE.get(key)
    if cached is None or cached.conn is not conn or cached.stamp != stamp:
        cached = _CACHE[key] = Weights(conn, max(stamp[0], 1), stamp)
    return cached


def state(conn: sqlite3.Connection) -> tuple[int, int]:
    """(questions stored, highest question id): both cheap at any size."""
    row = conn.execute("SELECT (SELECT n FROM question_count), (SELECT max(id) FROM questions)").fetchone()
    return int(row[0] or 0), int(row[1] or 0)


def document_frequency(conn: sqlite3.Connection, term: str) -> int:
    row = conn.execute("SELECT df FROM concept_counts WHERE term = ?", (term,)).fetchone()
    return int(row[0]) if row else 0


def document_frequencies(conn: sqlite3.Connection, terms: list[str]) -> dict[str, int]:
    marks = ",".join("?" * len(terms))
    rows = conn.execute(f"SELECT term, df FROM concept_counts WHERE term IN ({marks})", terms)
    return {r[0]: int(r[1]) for r in rows}
