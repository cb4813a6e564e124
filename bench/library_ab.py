"""Library search of two code versions on the same library files, in alternating fresh processes.

    git archive 0fc7db8 drafter | tar -x -C /tmp/before
    python bench/library_ab.py --before /tmp/before /tmp/drafter-bench/library-500000.sqlite ...

The library files come from ``library_bench.py`` (its ``--work`` folder) or ``build_library.py``.
For each file, three fresh processes per version, alternating, each open the library and run the
queries of ``library_bench.py`` (``--queries``, 60) twice; the second pass is timed (wall and CPU
per search). Also reported: the first search of a fresh process (what every ``drafter library
search`` pays, dictionary loading included), the process's peak RSS (VmHWM), and on how many
queries both versions return the same hits (question ids and scores, in order). With
``--searchers N`` (8), N processes per version then search at once, each running every query
once after a warm-up pass: their p95 latency and the searches per second of all of them together.
"before" runs with ``--before`` first on ``PYTHONPATH``, "after" with this checkout.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from library_bench import make_queries, p95
from variants import load_corpus

ROOT = Path(__file__).parents[1]
ROUNDS = 3
CHILD = """
import json, sys, time
from pathlib import Path
queries = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))
from drafter.library import Library
start = time.perf_counter()
with Library(sys.argv[1]) as lib:
    lib.search(queries[0], 10)
    first = (time.perf_counter() - start) * 1000
    wall, cpu, hits = [], [], []
    for timed in (False, True):
        began = time.time()
        for query in queries:
            s, c = time.perf_counter(), time.process_time()
            found = lib.search(query, 10)
            if timed:
                wall.append((time.perf_counter() - s) * 1000)
                cpu.append((time.process_time() - c) * 1000)
                hits.append([[h.question_id, h.score] for h in found])
    ended = time.time()
peak = int(Path("/proc/self/status").read_text().split("VmHWM:")[1].split()[0]) / 1024
print(json.dumps({"first": first, "wall": wall, "cpu": cpu, "peak": peak, "hits": hits,
    "began": began, "ended": ended}))
"""


def _child(path: Path, queries: Path, before: Path | None) -> subprocess.Popen[str]:
    env = dict(os.environ)
    if before is not None:
        env["PYTHONPATH"] = str(before)
    cmd = [sys.executable, "-c", CHILD, str(path), str(queries)]
    return subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, text=True, cwd=tempfile.gettempdir())


def _result(child: subprocess.Popen[str]) -> dict:
    out, _ = child.communicate()
    if child.returncode:
        raise SystemExit(f"search process failed ({child.returncode})")
    result: dict = json.loads(out)
    return result


def run(path: Path, queries: Path, before: Path | None) -> dict:
    return _result(_child(path, queries, before))


def together(path: Path, queries: Path, before: Path | None, searchers: int) -> str:
    """``searchers`` processes searching at once: p95 wall ms and searches per second in all."""
    runs = [_result(child) for child in [_child(path, queries, before) for _ in range(searchers)]]
    wall = [x for r in runs for x in r["wall"]]
    span = max(r["ended"] for r in runs) - min(r["began"] for r in runs)
    return f"{searchers} searchers: wall ms p95 {p95(wall):.1f}, {len(wall) / span:.0f} searches/s"


def same_hits(runs: dict[str, list[dict]]) -> int:
    """Queries on which the two versions returned the same hits (ids, scores, order)."""
    before, after = runs["before"][0]["hits"], runs["after"][0]["hits"]
    return sum(b == a for b, a in zip(before, after, strict=True))


def line(name: str, runs: list[dict]) -> str:
    wall = [x for r in runs for x in r["wall"]]
    cpu = [x for r in runs for x in r["cpu"]]
    return (
        f"{name}: CPU ms median {statistics.median(cpu):.1f} p95 {p95(cpu):.1f} | wall ms median "
        f"{statistics.median(wall):.1f} p95 {p95(wall):.1f} | first search "
        f"{statistics.median([r['first'] for r in runs]):.0f} ms | peak RSS "
        f"{statistics.median([r['peak'] for r in runs]):.0f} MB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=Path, required=True, help="folder holding the older drafter/")
    parser.add_argument("--corpus", type=Path, default=ROOT / "tests" / "data" / "bundestag")
    parser.add_argument("--queries", type=int, default=60, help="queries (library_bench.make_queries)")
    parser.add_argument("--searchers", type=int, default=0, help="processes searching at once (0: none)")
    parser.add_argument("files", type=Path, nargs="+", help="library files built by library_bench.py")
    args = parser.parse_args()
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as handle:
        json.dump([q.text for q in make_queries(load_corpus(args.corpus), args.queries)], handle)
    queries = Path(handle.name)
    try:
        for path in args.files:
            runs: dict[str, list[dict]] = {"before": [], "after": []}
            for _ in range(ROUNDS):
                runs["before"].append(run(path, queries, args.before))
                runs["after"].append(run(path, queries, None))
            for name, found in runs.items():
                print(f"{path.name} {line(name, found)}", flush=True)
            print(f"{path.name} same hits: {same_hits(runs)}/{args.queries}", flush=True)
            for name, folder in (("before", args.before), ("after", None)):
                if args.searchers:
                    shown = together(path, queries, folder, args.searchers)
                    print(f"{path.name} {name}: {shown}", flush=True)
    finally:
        queries.unlink()


if __name__ == "__main__":
    main()
