"""The PostgreSQL shortlist's windows in one statement: the newest matching rows.

Which rows of the windows are shortlisted is chosen by the engine-independent
``library/tiers.pick`` (``windows``); the seed's few hundred rows are ranked here by BM25
(``tiers``).

FTS5 walks its posting lists newest first and stops after ``WINDOW`` rows; a GIN index knows no
order, and reading every row a common concept matches costs a heap visit each (tens of thousands at
500,000 questions). So each tier first looks only at the newest ids, a range chosen from the terms'
document frequencies to hold about ``SAFETY`` times the window, where the GIN bitmap and the
primary key's range bitmap are intersected before any row is read; only when that range holds
fewer than ``WINDOW`` matches does a second part read the older rows, for the rest of the window.
Either way the window is exactly the newest ``WINDOW`` matching rows, as on SQLite.

The planner would rather walk the primary key backwards and test every row's tsvector (it does
not know how large the stored tsvector is), so the statement runs with plain index scans off
(``PgConnection.planned``); the bitmap scans it then chooses read only the rows in the range.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from drafter.library.shortlist import TIER_A_TERMS, TIER_B_TERMS, WINDOW

K1, B = 1.2, 0.75
SAFETY = 2.0  # the newest range is sized to hold this many windows' worth of matches
GROWTH = 4.0  # each older range is this much longer than the one before
RANGES = 4  # ranges at most; the last reaches back to the first id
PLANNER = {"enable_indexscan": "off"}


@dataclass(frozen=True)
class Stats:
    """What BM25 and the window need of a table: rows, mean concepts per row, highest id."""

    rows: int
    mean_length: float
    top: int


@dataclass(frozen=True)
class Term:
    """One query concept as a condition on a row.

    ``count``: rows holding it, up to CAP + 1 (orders the terms as on SQLite); ``df``: as many as
    known (BM25's idf). ``lexeme``: the German configuration indexes it, so the tsvector finds it;
    otherwise the trigram index does. ``prefix``: the concept is the start of a stored one.
    """

    term: str
    count: int
    lexeme: bool = True
    prefix: bool = False
    df: int = 0

    @property
    def pattern(self) -> str:
        return f"(^| ){self.term}" + ("" if self.prefix else "(?= |$)")

    def indexed(self) -> tuple[str, list[object]]:
        """The index condition: a superset of the rows holding the concept."""
        if self.lexeme and not self.prefix:
            return "tsv @@ to_tsquery('german'::regconfig, ?)", [self.term]
        return "norm ~ ?", [self.pattern]

    @property
    def needle(self) -> str:
        """The concept as it stands in the padded concepts (`` norm ``): whole, or as a start."""
        return f" {self.term}" + ("" if self.prefix else " ")

    def exact(self) -> tuple[str, list[object]]:
        """Whether the row's padded concepts hold the concept (or one starting with it).

        A string search: splitting every row into an array costs several times as much.
        """
        return "strpos(padded, ?) > 0", [self.needle]

    def frequency(self) -> tuple[str, list[object]]:
        """How often the row holds it (BM25's term frequency), counted in ``spaced``: the concepts
        each between two spaces of their own, so that neighbouring occurrences both count."""
        where = "padded" if self.prefix else "spaced"
        return f"(length({where}) - length(replace({where}, ?, ''))) / {len(self.needle)}", [self.needle]


Sql = tuple[str, list[object]]


def _join(parts: list[Sql], joiner: str) -> Sql:
    return f" {joiner} ".join(f"({s})" for s, _ in parts), [p for _, ps in parts for p in ps]


def _rows(table: str, terms: list[Term], joiner: str, bound: str, limit: str, *, rarest: bool = False) -> Sql:
    """The matching rows of one id range, newest first, with their concepts between spaces.

    ``rarest``: the index finds rows by the rarest term alone (the others are checked after it),
    so that the planner, which takes terms as independent and expects almost no rows where all
    terms meet, still intersects the index with the id range before reading rows.
    """
    found = terms[:1] if rarest else terms
    index, index_params = _join([t.indexed() for t in found], joiner)
    exact, exact_params = _join([t.exact() for t in terms], joiner)
    sql = (
        f"SELECT id, norm, padded FROM (SELECT id, norm, ' ' || norm || ' ' AS padded FROM {table}"
        f" WHERE ({index}) AND {bound} OFFSET 0) AS s WHERE {exact} ORDER BY id DESC{limit}"
    )
    return sql, [*index_params, *exact_params]


def _bm25(name: str, stats: Stats, terms: list[Term]) -> tuple[str, str, list[object]]:
    """FTS5's bm25 over a tier's rows (higher is better): a CTE ``{name}_f`` of each row's
    number of concepts ``dl`` and term frequencies ``f0``, ``f1`` …, and the score over them.

    The CTE is materialized so that each count is computed once per row: inlined into the
    score, each would be computed again wherever the score names it.
    """
    counts = "".join(f", {t.frequency()[0]}::float8 AS f{i}" for i, t in enumerate(terms))
    rows = f"SELECT id, norm, padded, ' ' || replace(norm, ' ', '  ') || ' ' AS spaced FROM {name}"
    concepts = "(length(norm) - length(replace(norm, ' ', '')) + 1)::float8"
    cte = f"{name}_f AS MATERIALIZED (SELECT id, {concepts} AS dl{counts} FROM ({rows}) AS x)"
    params = [p for t in terms for p in t.frequency()[1]]
    length = f"({1 - B}::float8 + {B / stats.mean_length!r}::float8 * dl)"
    score = " + ".join(
        f"{_idf(stats.rows, t.df)!r}::float8 * f{i} * {K1 + 1}::float8 / (f{i} + {K1}::float8 * {length})"
        for i, t in enumerate(terms)
    )
    return cte, score, params


def _idf(rows: int, df: int) -> float:
    """FTS5's idf: log((N - n + 0.5) / (n + 0.5)), at least 1e-6."""
    above = rows - df + 0.5
    return max(math.log(above / (df + 0.5)), 1e-6) if above > 0 else 1e-6


def ranges(stats: Stats, terms: list[Term], joiner: str) -> list[int]:
    """Lower id bounds of the ranges read newest first; the last is 0 (the rest).

    The first range is expected to hold SAFETY windows of matches. For OR the share of matching
    rows is estimated as if the terms were independent, and each further range is GROWTH times
    longer. For AND the share is the rarest term's (an upper bound: concepts of one question
    often come together), and the rest follows at once, found where all terms meet.
    """
    shares = [min(t.df / stats.rows, 1.0) for t in terms]
    share = min(shares) if joiner == "AND" else 1 - math.prod(1 - s for s in shares)
    if share * stats.rows <= SAFETY * WINDOW:
        return [0]
    length = SAFETY * WINDOW / share
    bounds: list[int] = []
    while stats.top - length > 0 and len(bounds) < (1 if joiner == "AND" else RANGES - 1):
        bounds.append(int(stats.top - length))
        length *= GROWTH
    return [*bounds, 0]


def _tier(name: str, table: str, stats: Stats, terms: list[Term], joiner: str, window: bool) -> Sql:
    """CTEs ending in ``{name}``: the tier's window of rows (all matches when ``window`` is False).

    Each range's part takes only what the newer parts left of the window; a part whose limit is
    0 is never executed.
    """
    if not window:
        sql, params = _rows(table, terms, joiner, "true", "")
        return f"{name} AS MATERIALIZED ({sql})", params
    ctes: list[str] = []
    params = []
    upper = ""
    for k, low in enumerate(ranges(stats, terms, joiner)):
        taken = "".join(f" - (SELECT count(*) FROM {name}_{j})" for j in range(k))
        bound = f"id > {low}{upper}" if low else (upper.removeprefix(" AND ") or "true")
        limit = f" LIMIT greatest({WINDOW}{taken}, 0)"
        part, part_params = _rows(table, terms, joiner, bound, limit, rarest=joiner == "AND" and low > 0)
        ctes.append(f"{name}_{k} AS MATERIALIZED ({part})")
        params.extend(part_params)
        upper = f" AND id <= {low}"
    union = " UNION ALL ".join(f"SELECT * FROM {name}_{k}" for k in range(len(ctes)))
    return ", ".join([*ctes, f"{name} AS ({union})"]), params


def tiers(
    conn: Any, table: str, stats: Stats, rare: list[Term], size: int, *, both: bool = True
) -> list[int]:
    """Tier A's best ``size`` ids, then tier B's (SQLite's order); ``both=False``: one tier of
    every term over all rows (the seed)."""
    wanted = []
    if both and len(rare) > 1:
        wanted.append(("tier_a", rare[:TIER_A_TERMS], "AND"))
    wanted.append(("tier_b", rare[:TIER_B_TERMS] if both else rare, "OR"))
    ctes: list[str] = []
    selects: list[str] = []
    params: list[object] = []
    for name, terms, joiner in wanted:
        cte, cte_params = _tier(name, table, stats, terms, joiner, both)
        ctes.append(cte)
        params.extend(cte_params)
    for rank, (name, terms, _) in enumerate(wanted):
        counts, score, count_params = _bm25(name, stats, terms)
        ctes.append(counts)
        params.extend(count_params)
        selects.append(
            f"(SELECT {rank} AS tier, id, row_number() OVER (ORDER BY {score} DESC, id DESC) AS place"
            f" FROM {name}_f ORDER BY place LIMIT {int(size)})"
        )
    sql = f"WITH {', '.join(ctes)} SELECT id FROM ({' UNION ALL '.join(selects)}) AS t ORDER BY tier, place"
    return list(dict.fromkeys(int(row[0]) for row in conn.planned(sql, params, PLANNER)))


def windows(conn: Any, table: str, stats: Stats, rare: list[Term]) -> tuple[list[int], list[list[int]]]:
    """The windows ``library/tiers.pick`` chooses from, in one statement: the newest WINDOW ids
    holding all of the TIER_A_TERMS rarest terms (none for one term), and per each of the
    TIER_B_TERMS rarest, the newest WINDOW holding it."""
    wanted = [(f"term_{k}", [term], "OR") for k, term in enumerate(rare[:TIER_B_TERMS])]
    if len(rare) > 1:
        wanted.append(("tier_a", rare[:TIER_A_TERMS], "AND"))
    ctes: list[str] = []
    params: list[object] = []
    for name, terms, joiner in wanted:
        cte, cte_params = _tier(name, table, stats, terms, joiner, True)
        ctes.append(cte)
        params.extend(cte_params)
    selects = " UNION ALL ".join(f"SELECT {k} AS w, id FROM {name}" for k, (name, _, _) in enumerate(wanted))
    sql = f"WITH {', '.join(ctes)} SELECT w, id FROM ({selects}) AS t ORDER BY w, id DESC"
    found: list[list[int]] = [[] for _ in wanted]
    for w, i in conn.planned(sql, params, PLANNER):
        found[int(w)].append(int(i))
    every = found.pop() if len(rare) > 1 else []
    return every, found
