"""Benchmark of the team library on PostgreSQL beside the SQLite library, in the same run.

    python bench/postgres_bench.py --sizes 100000,500000

For each size the same synthetic documents (real corpus questions, varied: ``variants.py``) go
into a SQLite file and a PostgreSQL database, and this measures, engine beside engine:

- import throughput: ``Library.import_document`` per document (one transaction each) of
  ``--extra`` further documents into the library of that size, documents per second;
- search latency: ``Library.search(q, 10)`` query by query, the engines in turn, after a warm-up
  pass of every query: median and 95th percentile in ms, wall and CPU (PostgreSQL's CPU is the
  client's plus its server process's), and on how many queries both engines return the same hits
  (points, scores, order);
- concurrent search: ``--searchers`` processes (8) searching at once, each with its own
  connection, every process running all queries: p95 latency and searches per second in total.

The SQLite file is built by ``build_library.py`` (the rows ``import_document`` writes, in bulk), or
given (``--sqlite``); the PostgreSQL database (or ``--pg-database`` on ``--url``, loaded before)
gets the same rows by ``COPY`` from that file (its own import is what the extra documents
measure), with the posting lists and concept counts built once afterwards
(``drafter/library/pg/postings.py``, ``REBUILD``). Without
``--url`` a throwaway server is started (``tests/library/pgcluster.py``: initdb as the
``postgres`` user under root, 127.0.0.1, a free port) and removed at the end.
Results go to stdout and, as a Markdown table, to ``--out`` (bench/RESULTS-postgres.md).
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import multiprocessing as mp
import platform
import sqlite3
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parents[1] / "tests" / "library"))

import pgcluster
from build_library import build
from library_bench import Query, make_queries, p95
from variants import documents, load_corpus

from drafter.library import Library
from drafter.library.pg import postings
from drafter.models import Document

ROOT = Path(__file__).parents[1]
COPIED = {
    "documents": "id, number, kind, inquiry, date, title, askers, faction, ministry, source_hash,"
    " source_path, origin, imported_at, meta, body",
    "questions": "id, doc_id, position, number, text, answer, grp, status, norm",
    "findings": "id, question_id, position, category, evidence, refers_to, via",
    "refs": "doc_id, cited, position",
    "question_links": "from_id, to_id, kind, weight",
}
IDENTITY = ("documents", "questions", "findings")
RENUMBER = 5_000_000  # added to the serial of the documents imported to measure import


@dataclass
class Result:
    size: int
    import_rate: dict[str, float]
    ms: dict[str, list[float]]
    cpu: dict[str, list[float]]
    same: int
    queries: int
    together_ms: dict[str, list[float]]
    together_rate: dict[str, float]
    build_s: dict[str, float]


def build_sqlite(path: Path, base: list[Document], size: int) -> float:
    """The SQLite library of ``size`` questions by ``build_library.py`` (the documents
    ``import_document`` would store, in bulk); seconds taken."""
    return build(path, documents(base, size)).seconds


def copy_to_postgres(path: Path, url: str) -> float:
    """The rows of the SQLite file into a new PostgreSQL library by COPY; seconds taken."""
    start = time.perf_counter()
    Library(url).close()  # migrations and the seed
    source = sqlite3.connect(path)
    with psycopg.connect(url, autocommit=False) as conn:
        conn.execute(f"ALTER TABLE questions DISABLE TRIGGER {postings.TRIGGER}")
        for table, columns in COPIED.items():
            with conn.cursor().copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for row in source.execute(f"SELECT {columns} FROM {table}"):
                    copy.write_row(row)
        for table in IDENTITY:
            conn.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"
            )
        conn.execute("INSERT INTO sources(hash, number) SELECT source_hash, number FROM documents")
        for statement in postings.REBUILD:
            conn.execute(statement)
        conn.execute(f"ALTER TABLE questions ENABLE TRIGGER {postings.TRIGGER}")
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")
    source.close()
    return time.perf_counter() - start


def import_rates(
    targets: dict[str, str], base: list[Document], size: int, extra: int, run: int = 0
) -> dict[str, float]:
    """Documents per second importing ``extra`` new documents into each library, engines in turn;
    ``run`` > 0 gives them other numbers and hashes, so that a later run on the same libraries
    imports new documents too (not "unchanged" ones)."""
    picked = itertools.islice(documents(base, extra * 100, seed=size + 1), extra)
    docs = [_renumbered(doc, RENUMBER * (run + 1)) for doc in picked]
    rates = {}
    for engine, target in targets.items():
        with Library(target) as lib:
            start = time.perf_counter()
            for i, doc in enumerate(docs):
                lib.import_document(doc, source_hash=f"extra-{size}-{i}" + (f"-run{run}" if run else ""))
            rates[engine] = len(docs) / (time.perf_counter() - start)
    return rates


def _renumbered(doc: Document, offset: int = RENUMBER) -> Document:
    """The document under numbers no document of the built library has (a new one, not a
    replacement)."""

    def moved(number: str | None) -> str | None:
        if number is None:
            return None
        period, serial = number.split("/")
        return f"{period}/{int(serial) + offset}"

    return dataclasses.replace(doc, number=moved(doc.number), inquiry=moved(doc.inquiry))


def latencies(
    targets: dict[str, str], queries: list[Query]
) -> tuple[dict[str, list[float]], dict[str, list[float]], int]:
    """Each query on each engine in turn, after a warm-up pass of all queries: wall ms and CPU ms
    per engine (PostgreSQL's CPU is the client's plus its server process's, read from
    ``/proc/PID/schedstat``: the server runs on this machine), and how many queries got the same
    hits."""
    libs = {engine: Library(target) for engine, target in targets.items()}
    servers = {e: _server_pid(lib) for e, lib in libs.items()}
    ms: dict[str, list[float]] = {engine: [] for engine in libs}
    cpu: dict[str, list[float]] = {engine: [] for engine in libs}
    same = 0
    for query in queries:
        for lib in libs.values():
            lib.search(query.text, 10)
    for query in queries:
        found = []
        for engine, lib in libs.items():
            start, used, served = time.perf_counter(), time.process_time(), _cpu_ns(servers[engine])
            hits = lib.search(query.text, 10)
            ms[engine].append((time.perf_counter() - start) * 1000)
            server_ms = (_cpu_ns(servers[engine]) - served) / 1e6
            cpu[engine].append((time.process_time() - used) * 1000 + server_ms)
            found.append([(h.drucksache, h.number, h.kind, h.score) for h in hits])
        same += all(f == found[0] for f in found)
    for lib in libs.values():
        lib.close()
    return ms, cpu, same


def _server_pid(lib: Library) -> int | None:
    if lib.engine != "postgresql":
        return None
    return int(lib.conn.execute("SELECT pg_backend_pid()").fetchone()[0])


def _cpu_ns(pid: int | None) -> int:
    """CPU time of a local process so far (ns), 0 for none."""
    if pid is None:
        return 0
    return int(Path(f"/proc/{pid}/schedstat").read_text().split()[0])


_START: Any = None  # the barrier every searcher waits at before its first timed search


def _ready(barrier: Any) -> None:
    global _START
    _START = barrier


def searcher(target: str, queries: list[str], offset: int) -> tuple[float, float, list[float]]:
    """One concurrent searcher: every query once, starting at ``offset``, after all searchers
    have opened their library; (start, end) wall clock and ms per search."""
    out = []
    with Library(target) as lib:
        lib.search(queries[0], 10)
        _START.wait()
        begun = time.time()
        for query in queries[offset:] + queries[:offset]:
            start = time.perf_counter()
            lib.search(query, 10)
            out.append((time.perf_counter() - start) * 1000)
    return begun, time.time(), out


def together(target: str, queries: list[str], searchers: int) -> tuple[list[float], float]:
    """``searchers`` processes searching at once: all their latencies, and searches per second
    from the first timed search to the last."""
    step = max(1, len(queries) // searchers)
    context = mp.get_context("spawn")
    barrier = context.Barrier(searchers)
    with context.Pool(searchers, initializer=_ready, initargs=(barrier,)) as pool:
        runs = pool.starmap(searcher, [(target, queries, i * step) for i in range(searchers)])
    flat = [ms for _, _, run in runs for ms in run]
    wall = max(end for _, end, _ in runs) - min(begun for begun, _, _ in runs)
    return flat, len(flat) / wall


def run_size(
    size: int, base: list[Document], queries: list[Query], args: argparse.Namespace, server: str
) -> Result:
    path = args.sqlite or args.work / f"postgres-bench-{size}.sqlite"
    database = args.pg_database or f"bench_{size}"
    url = server.replace("/postgres?", f"/{database}?")
    targets = {"sqlite": str(path), "postgresql": url}
    build = {"sqlite": 0.0, "postgresql": 0.0}
    if args.sqlite is None:
        build["sqlite"] = build_sqlite(path, base, size)
    if args.pg_database is None:
        with psycopg.connect(server, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {database}")
            conn.execute(f"CREATE DATABASE {database}")
        build["postgresql"] = copy_to_postgres(path, url)
    rates = import_rates(targets, base, size, args.extra, args.run)
    ms, cpu, same = latencies(targets, queries)
    texts = [q.text for q in queries]
    together_ms, together_rate = {}, {}
    for engine, target in targets.items():
        together_ms[engine], together_rate[engine] = together(target, texts, args.searchers)
    return Result(size, rates, ms, cpu, same, len(queries), together_ms, together_rate, build)


HEADER = (
    "| questions | import docs/s: SQLite / PostgreSQL (ratio) | search median ms: SQLite / PostgreSQL "
    "| search p95 ms: SQLite / PostgreSQL (ratio) | search CPU p95 ms: SQLite / PostgreSQL (ratio) "
    "| same hits | {n} searchers p95 ms: SQLite / PostgreSQL "
    "| {n} searchers searches/s: SQLite / PostgreSQL | build s: SQLite bulk / PostgreSQL COPY |"
)


def row(r: Result) -> str:
    lite, pg = r.ms["sqlite"], r.ms["postgresql"]
    return (
        f"| {r.size:,} | {r.import_rate['sqlite']:.0f} / {r.import_rate['postgresql']:.0f} "
        f"({r.import_rate['postgresql'] / r.import_rate['sqlite']:.2f}×) "
        f"| {statistics.median(lite):.1f} / {statistics.median(pg):.1f} "
        f"| {p95(lite):.1f} / {p95(pg):.1f} ({p95(pg) / p95(lite):.1f}×) "
        f"| {p95(r.cpu['sqlite']):.1f} / {p95(r.cpu['postgresql']):.1f} "
        f"({p95(r.cpu['postgresql']) / p95(r.cpu['sqlite']):.1f}×) | {r.same}/{r.queries} "
        f"| {p95(r.together_ms['sqlite']):.1f} / {p95(r.together_ms['postgresql']):.1f} "
        f"| {r.together_rate['sqlite']:.0f} / {r.together_rate['postgresql']:.0f} "
        f"| {r.build_s['sqlite']:.0f} / {r.build_s['postgresql']:.0f} |"
    )


def machine(server: str) -> str:
    with psycopg.connect(server) as conn:
        version = conn.execute("SHOW server_version").fetchone()
    cpu = platform.processor() or platform.machine()
    return (
        f"{cpu}, {mp.cpu_count()} cores (shared with other work), Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}, PostgreSQL {version[0] if version else '?'}"
    )


def report(results: list[Result], args: argparse.Namespace, where: str) -> str:
    sizes = ",".join(str(r.size) for r in results)
    lines = [
        "# Team library benchmark: PostgreSQL beside SQLite",
        "",
        f"`python bench/postgres_bench.py --sizes {sizes}` on {where}.",
        "",
        f"Library content: the tests/data/bundestag corpus questions, varied (bench/variants.py). "
        f"{args.queries} queries, half keywords, half whole questions (as in bench/library_bench.py). "
        f"Import: {args.extra} further documents into the library of that size, one transaction "
        f"each. Concurrent: {args.searchers} processes, each running every query once.",
        "",
        HEADER.format(n=args.searchers),
        "|" + "|".join("---" for _ in range(HEADER.count("|") - 1)) + "|",
        *(row(r) for r in results),
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", default="100000,500000", help="question counts, comma-separated")
    parser.add_argument("--queries", type=int, default=40, help="queries per size")
    parser.add_argument("--extra", type=int, default=100, help="documents imported to measure import")
    parser.add_argument("--searchers", type=int, default=8, help="concurrent searching processes")
    parser.add_argument(
        "--run", type=int, default=0, help="a later run on the same libraries (new documents to import)"
    )
    parser.add_argument("--url", help="postgresql://…/postgres of a server to use (default: a throwaway one)")
    parser.add_argument("--sqlite", type=Path, help="a built SQLite library to use (one size only)")
    parser.add_argument("--pg-database", help="a loaded database on --url to use (one size only)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/drafter-bench"), help="where the files go")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "RESULTS-postgres.md")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    base = load_corpus(ROOT / "tests" / "data" / "bundestag")
    queries = make_queries(base, args.queries)
    cluster = None if args.url else pgcluster.start()
    server = args.url or (cluster.url("postgres") if cluster else "")
    try:
        results = []
        for size in (int(s) for s in args.sizes.split(",")):
            results.append(run_size(size, base, queries, args, server))
            print(row(results[-1]), flush=True)
        args.out.write_text(report(results, args, machine(server)), encoding="utf-8")
        print(f"written: {args.out}")
    finally:
        if cluster is not None:
            pgcluster.stop(cluster)


if __name__ == "__main__":
    main()
