"""Benchmark of the question library against a brute-force rapidfuzz baseline.

    python bench/library_bench.py --sizes 10000,100000,500000

For each size it builds a library file from real corpus questions, varied (``variants.py``), and
measures, beside a brute-force baseline in the same process:

- import throughput: ``Library.import_document`` per document (one transaction each, FTS
  indexing, concepts) against building the baseline's in-memory list (rapidfuzz
  ``default_process`` of every question), in documents per second;
- search latency: ``Library.search(q, 10)`` against ``process.extract(q, all questions,
  scorer=token_set_ratio, limit=10)``, query by query in turn, median and 95th percentile in ms;
  half the queries are keywords (two or three words of a corpus question), half whole questions;
- peak memory (max RSS, MB) of a fresh process that opens the library and runs the queries,
  against a fresh process that loads all questions and runs the baseline, next to a fresh
  process that only imports the same modules.

Results go to stdout and, as a Markdown table, to ``--out`` (bench/RESULTS-library.md).
Libraries of millions of questions are built by ``build_library.py`` instead (importing them
one document at a time would take hours) and measured by ``library_ab.py`` and
``import_rate.py``.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import platform
import random
import resource
import sqlite3
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import rapidfuzz
from rapidfuzz import fuzz, process, utils

sys.path.insert(0, str(Path(__file__).parent))

from variants import WORD, corpus_texts, documents, load_corpus, origin, vary_text, vocabulary

from drafter.library import Library

ROOT = Path(__file__).parents[1]
MEMORY_QUERIES = 5  # the peak comes from loading, not from the number of queries


@dataclass
class Result:
    size: int
    docs: int
    lib_import: float
    lib_import_cpu: float
    base_import: float
    lib_ms: list[float]
    lib_cpu_ms: list[float]
    base_ms: list[float]
    lib_found: tuple[int, int]
    base_found: tuple[int, int]
    judged: int
    lib_rss: float
    base_rss: float
    idle_rss: float
    file_mb: float


def build(path: Path, base: list, size: int) -> tuple[int, float, float, float]:
    """Create the library file; returns (documents, library docs/s wall and CPU, baseline docs/s)."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    docs = list(documents(base, size))
    start, cpu = time.perf_counter(), time.process_time()
    with Library(path) as lib:
        for i, doc in enumerate(docs):
            lib.import_document(doc, source_hash=f"bench-{i}")
    lib_rate = len(docs) / (time.perf_counter() - start)
    lib_cpu = len(docs) / (time.process_time() - cpu)
    start = time.perf_counter()
    [utils.default_process(q.text) for d in docs for q in d.questions]
    base_rate = len(docs) / (time.perf_counter() - start)
    return len(docs), lib_rate, lib_cpu, base_rate


@dataclass(frozen=True)
class Query:
    """A query and, for a whole varied question, the corpus question it was varied from."""

    text: str
    target: str | None = None


def make_queries(base: list, count: int, seed: int = 7) -> list[Query]:
    """Half keyword queries (2–3 words of a corpus question), half whole varied questions."""
    rng = random.Random(seed)
    questions = [q.text for d in base for q in d.questions]
    words = vocabulary(base)
    out = []
    for i in range(count):
        text = rng.choice(questions)
        if i % 2:
            out.append(Query(vary_text(text, words, rng), target=text))
        else:
            found = WORD.findall(text) or [text]
            out.append(Query(" ".join(rng.sample(found, min(len(found), rng.randint(2, 3))))))
    return out


def all_texts(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [row[0] for row in conn.execute("SELECT text FROM questions ORDER BY id")]


class Judge:
    """Tells which corpus question a stored question was varied from."""

    def __init__(self, path: Path, base: list) -> None:
        self.texts = corpus_texts(base)
        with sqlite3.connect(path) as conn:
            self.rows = conn.execute(
                "SELECT q.id, d.source_path, q.number FROM questions q JOIN documents d ON d.id = q.doc_id"
                " ORDER BY q.id"
            ).fetchall()
        self.by_id = {qid: (source, number) for qid, source, number in self.rows}

    def source_of(self, question_id: int) -> str | None:
        found = self.by_id.get(question_id)
        return origin(found[0], found[1], self.texts) if found else None

    def hits(self, target: str, question_ids: list[int]) -> tuple[int, int]:
        """(top hit is from ``target``, any of the ids is) as 0/1."""
        sources = [self.source_of(i) for i in question_ids]
        return int(bool(sources) and sources[0] == target), int(target in sources)


def brute_force(query: str, choices: list[str]) -> list[tuple[str, float, int]]:
    result: list[tuple[str, float, int]] = process.extract(
        utils.default_process(query), choices, scorer=fuzz.token_set_ratio, processor=None, limit=10
    )
    return result


@dataclass
class Timings:
    lib_ms: list[float]
    lib_cpu_ms: list[float]
    base_ms: list[float]
    lib_found: list[tuple[int, int]]
    base_found: list[tuple[int, int]]


def latencies(path: Path, queries: list[Query], base: list) -> Timings:
    """Both searches, query by query in turn, in one process: wall ms, library CPU ms, baseline ms.

    The CPU time (``process_time``) shows the library's own work when other users load the machine.
    For whole varied questions it also notes whether each side's top hit, and its top 10, come from
    the corpus question the query was varied from (its other variants are the right answers).
    """
    judge = Judge(path, base)
    ids = [qid for qid, _, _ in judge.rows]
    choices = [utils.default_process(t) for t in all_texts(path)]
    out = Timings([], [], [], [], [])
    with Library(path) as lib:
        lib.search(queries[0].text, 10)
        for query in queries:
            start, cpu = time.perf_counter(), time.process_time()
            hits = lib.search(query.text, 10)
            out.lib_ms.append((time.perf_counter() - start) * 1000)
            out.lib_cpu_ms.append((time.process_time() - cpu) * 1000)
            start = time.perf_counter()
            found = brute_force(query.text, choices)
            out.base_ms.append((time.perf_counter() - start) * 1000)
            if query.target:
                out.lib_found.append(judge.hits(query.target, [h.question_id for h in hits]))
                out.base_found.append(judge.hits(query.target, [ids[index] for _, _, index in found]))
    return out


def _peak_mb() -> float:
    """This process's peak RSS (VmHWM, Linux). ru_maxrss would carry the parent's peak over exec."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_library(path: str, queries: list[str]) -> float:
    with Library(path) as lib:
        for query in queries:
            lib.search(query, 10)
    return _peak_mb()


def child_baseline(path: str, queries: list[str]) -> float:
    choices = [utils.default_process(t) for t in all_texts(Path(path))]
    for query in queries:
        brute_force(query, choices)
    return _peak_mb()


def child_idle(path: str, queries: list[str]) -> float:
    return _peak_mb()


def in_child(function: object, path: Path, queries: list[str]) -> float:
    with mp.get_context("spawn").Pool(1) as pool:
        return float(pool.apply(function, (str(path), queries)))  # type: ignore[arg-type]


def _sums(pairs: list[tuple[int, int]]) -> tuple[int, int]:
    return sum(p[0] for p in pairs), sum(p[1] for p in pairs)


def run_size(size: int, base: list, queries: list[str], work: Path) -> Result:
    path = work / f"library-{size}.sqlite"
    docs, lib_rate, lib_cpu_rate, base_rate = build(path, base, size)
    t = latencies(path, queries, base)
    few = [q.text for q in queries[:MEMORY_QUERIES]]
    return Result(
        size=size,
        docs=docs,
        lib_import=lib_rate,
        lib_import_cpu=lib_cpu_rate,
        base_import=base_rate,
        lib_ms=t.lib_ms,
        lib_cpu_ms=t.lib_cpu_ms,
        base_ms=t.base_ms,
        lib_found=_sums(t.lib_found),
        base_found=_sums(t.base_found),
        judged=len(t.lib_found),
        lib_rss=in_child(child_library, path, few),
        base_rss=in_child(child_baseline, path, few),
        idle_rss=in_child(child_idle, path, few),
        file_mb=path.stat().st_size / 2**20,
    )


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[18]


HEADER = (
    "| questions | documents | import docs/s: library (CPU-bound rate) / baseline (ratio) "
    "| search median ms: library / brute force (speed-up) | search p95 ms: library / brute force "
    "| library search CPU ms: median / p95 | whole questions found (top 1, top 10): library · brute force "
    "| peak RSS MB: library / brute force / idle | library file MB |"
)


NOTES = """\
How to read it. The baseline keeps every question in memory and scores all of them per query, so
its latency grows linearly with the library; the library shortlists a bounded number of candidates
(FTS5 returns the newest 600 rows holding the rarest query concepts, those holding all of them
among the newest 500,000 ids; shared code picks 40 per tier by rarity, see
drafter/library/shortlist.py, together.py and tiers.py) and scores only those, so its latency
stays nearly flat. The baseline's "import" is
only folding strings in memory (nothing persisted, nothing indexed), hence the tiny ratio; the
library writes one SQLite transaction per document with FTS indexing. The machine's two cores were
shared with other jobs during the run: wall-clock numbers include waiting for the CPU, the CPU
columns show the library's own work. Peak RSS is measured in fresh processes (VmHWM): the library
process opens the file and runs queries, the brute-force one loads all questions and runs the
same queries, "idle" imports the same modules and does nothing. "Whole questions found" counts the
whole-question queries (a corpus question, varied like the library content) whose top hit, and
whose top 10, include a variant of the corpus question the query came from."""


def row(r: Result) -> str:
    lib_med, base_med = statistics.median(r.lib_ms), statistics.median(r.base_ms)
    return (
        f"| {r.size:,} | {r.docs:,} "
        f"| {r.lib_import:,.0f} (CPU {r.lib_import_cpu:,.0f}) / {r.base_import:,.0f} "
        f"({r.lib_import / r.base_import:.3f}×) "
        f"| {lib_med:.1f} / {base_med:.1f} ({base_med / lib_med:.0f}× faster) "
        f"| {p95(r.lib_ms):.1f} / {p95(r.base_ms):.1f} "
        f"| {statistics.median(r.lib_cpu_ms):.1f} / {p95(r.lib_cpu_ms):.1f} "
        f"| {r.lib_found[0]}/{r.judged}, {r.lib_found[1]}/{r.judged} · "
        f"{r.base_found[0]}/{r.judged}, {r.base_found[1]}/{r.judged} "
        f"| {r.lib_rss:.0f} / {r.base_rss:.0f} / {r.idle_rss:.0f} | {r.file_mb:.0f} |"
    )


def machine() -> str:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    load = Path("/proc/loadavg").read_text().split()[:3]
    versions = f"SQLite {sqlite3.sqlite_version}, rapidfuzz {rapidfuzz.__version__}"
    return (
        f"{cpu}, {mp.cpu_count()} cores (shared with other work; load average at the end "
        f"{' '.join(load)}), "
        f"Python {platform.python_version()}, {versions}"
    )


def report(results: list[Result], queries: int, corpus: Path) -> str:
    lines = [
        "# Question library benchmark",
        "",
        f"`python bench/library_bench.py --sizes {','.join(str(r.size) for r in results)}` on {machine()}.",
        "",
        f"Library content: the {corpus.relative_to(ROOT) if corpus.is_relative_to(ROOT) else corpus} "
        "corpus questions, varied (bench/variants.py). "
        f"{queries} queries, half keywords, half whole questions; the baseline is "
        "`process.extract(..., scorer=fuzz.token_set_ratio, limit=10)` over every question, run "
        "query by query beside the library search in the same process.",
        "",
        NOTES,
        "",
        HEADER,
        "|" + "|".join("---" for _ in range(HEADER.count("|") - 1)) + "|",
        *(row(r) for r in results),
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,500000", help="question counts, comma-separated")
    parser.add_argument("--corpus", type=Path, default=ROOT / "tests" / "data" / "bundestag")
    parser.add_argument("--queries", type=int, default=40, help="queries per size")
    parser.add_argument("--work", type=Path, default=Path("/tmp/drafter-bench"), help="where the files go")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "RESULTS-library.md")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    base = load_corpus(args.corpus)
    queries = make_queries(base, args.queries)
    results = []
    for size in (int(s) for s in args.sizes.split(",")):
        results.append(run_size(size, base, queries, args.work))
        print(row(results[-1]), flush=True)
    args.out.write_text(report(results, args.queries, args.corpus), encoding="utf-8")
    print(f"written: {args.out}")


if __name__ == "__main__":
    main()
