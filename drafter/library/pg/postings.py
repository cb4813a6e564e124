"""The questions' posting lists on PostgreSQL: (concept, question id) rows under a B-tree.

FTS5 keeps, per term, the rowids that hold it in order, so "the newest 600 questions holding a
concept" reads 600 postings and stops. A GIN index knows no order: the same question read the
table's rows (bitmap heap scans of the newest id ranges, up to five windows per query, 0.1–1 s
at 500,000 questions). ``question_postings`` is that posting list as a table whose primary key
(term, id) is the whole row, so a window is one backward index-only scan of one term's entries
(``windows.py``), and the table's heap is read only for a page the visibility map does not yet
know as all-visible.

Migration ``0014_concept_postings`` creates and fills it for the stored questions, and replaces
the row trigger that kept ``question_terms`` (the concept counts) by statement triggers that keep
both: one set-based statement per imported document or deleted set of questions, over the
statement's transition table, instead of one trigger call per question. The tsvector columns
and the trigram index, which only the old search read, go: every index on ``questions`` is paid
on every import, and the seed is ranked in memory (``seed.py``). On SQLite the migration does
nothing: FTS5 is the posting list.
"""

from __future__ import annotations

from typing import Any

TRIGGER = "questions_postings_ai"
"""The statement trigger that gives inserted questions their postings and counts."""
_CONCEPTS = (
    'SELECT DISTINCT t COLLATE "C" AS term, s.id'
    " FROM {source} AS s, unnest(string_to_array(s.norm, ' ')) AS t"
)


def _add(source: str) -> str:
    """Postings and counts of the rows of ``source`` (a relation with ``id`` and ``norm``)."""
    return (
        "WITH added_postings AS (INSERT INTO question_postings(term, id) "
        + _CONCEPTS.format(source=source)
        + " WHERE t <> '' RETURNING term) INSERT INTO question_terms(term, doc)"
        " SELECT term, count(*) FROM added_postings GROUP BY term ORDER BY term"
        " ON CONFLICT (term) DO UPDATE SET doc = question_terms.doc + EXCLUDED.doc;"
    )


def _remove(source: str) -> str:
    """Take the postings of the rows of ``source`` away, and their counts."""
    return (
        "WITH gone AS (DELETE FROM question_postings p USING ("
        + _CONCEPTS.format(source=source)
        + ") AS r WHERE p.term = r.term AND p.id = r.id RETURNING p.term)"
        " UPDATE question_terms q SET doc = q.doc - c.n"
        " FROM (SELECT term, count(*) AS n FROM gone GROUP BY term) AS c WHERE q.term = c.term;"
    )


def _function(name: str, body: str) -> str:
    return (
        f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $body$\n"
        f"BEGIN\n{body}\nRETURN NULL;\nEND\n$body$"
    )


_FILL = (
    "INSERT INTO question_postings(term, id) SELECT term, id FROM ("
    + _CONCEPTS.format(source="questions")
    + " WHERE t <> '') AS p ORDER BY term, id"
)
_CHANGED = "(SELECT o.id, {side}.norm FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE o.norm <> n.norm)"

MIGRATION = (
    'CREATE TABLE question_postings (term TEXT COLLATE "C" NOT NULL, id BIGINT NOT NULL)',
    _FILL,
    "ALTER TABLE question_postings ADD PRIMARY KEY (term, id)",
    # New postings sit at the newest ids, which every window reads first: vacuum them soon, so
    # that index-only scans need not visit the heap to check their visibility.
    "ALTER TABLE question_postings SET (autovacuum_vacuum_insert_scale_factor = 0.01,"
    " autovacuum_vacuum_scale_factor = 0.02)",
    "DROP TRIGGER questions_terms ON questions",
    "DROP FUNCTION question_terms_count()",
    _function("question_postings_add", _add("added")),
    _function("question_postings_remove", _remove("removed")),
    _function(
        "question_postings_change",
        _remove(_CHANGED.format(side="o")) + "\n" + _add(_CHANGED.format(side="n")),
    ),
    f"CREATE TRIGGER {TRIGGER} AFTER INSERT ON questions REFERENCING NEW TABLE AS added"
    " FOR EACH STATEMENT EXECUTE FUNCTION question_postings_add()",
    "CREATE TRIGGER questions_postings_ad AFTER DELETE ON questions REFERENCING OLD TABLE AS removed"
    " FOR EACH STATEMENT EXECUTE FUNCTION question_postings_remove()",
    "CREATE TRIGGER questions_postings_au AFTER UPDATE ON questions"
    " REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows"
    " FOR EACH STATEMENT EXECUTE FUNCTION question_postings_change()",
    "DROP INDEX questions_trgm",
    "ALTER TABLE questions DROP COLUMN tsv",
    "ALTER TABLE seed_entries DROP COLUMN tsv",
    "ANALYZE question_postings",
)
"""Statements of ``0014_concept_postings``, in order, in the migration's one transaction."""


def migrate(conn: Any) -> None:
    """Run ``MIGRATION`` (the caller holds the write lock and the transaction)."""
    for statement in MIGRATION:
        conn.execute(statement)


REBUILD = (
    "ALTER TABLE question_postings DROP CONSTRAINT question_postings_pkey",
    "TRUNCATE question_postings",
    _FILL,
    "ALTER TABLE question_postings ADD PRIMARY KEY (term, id)",
    "TRUNCATE question_terms",
    "INSERT INTO question_terms(term, doc) SELECT term, count(*) FROM question_postings GROUP BY term",
)
"""Postings and concept counts made anew from the stored questions, for a bulk load that wrote
``questions`` with the trigger ``TRIGGER`` disabled (``bench/postgres_bench.py``):
sorted into a table without its key, which is then built once, as the migration does."""


def consistent(conn: Any) -> bool:
    """Whether the postings are exactly the stored questions' concepts (reads every row)."""
    expected = _CONCEPTS.format(source="questions") + " WHERE t <> ''"
    row = conn.execute(
        f"SELECT NOT EXISTS (({expected}) EXCEPT SELECT term, id FROM question_postings)"
        f" AND NOT EXISTS (SELECT term, id FROM question_postings EXCEPT ({expected}))"
    ).fetchone()
    return bool(row[0])
