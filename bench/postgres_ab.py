"""Search of two code versions on the same libraries, SQLite file or PostgreSQL database, in
alternating fresh processes; CPU counted on both sides of the connection.

    git archive 3bde747 drafter | tar -x -C /tmp/before
    python bench/postgres_ab.py --before /tmp/before --searchers 8 library.sqlite postgresql://…/b500k

Like ``library_ab.py`` (three fresh processes per version, alternating, the queries of
``library_bench.py`` twice, the second pass timed), but a target may be a PostgreSQL URL, and a
search's CPU time is the client's plus, on PostgreSQL, its server process's (from
``/proc/PID/schedstat``: the server must run on this machine). Also counted: statements sent per
search. With ``--searchers N``, N processes per version search at once (each its own
connection), every query once after a warm-up pass: p95 wall ms and searches per second.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

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
lib = Library(sys.argv[1])
pid = None
sent = [0]
if lib.engine == "postgresql":
    pid = int(lib.conn.execute("SELECT pg_backend_pid()").fetchone()[0])
    raw = lib.conn.raw
    plain = raw.cursor
    def counted(*args, **kwargs):
        sent[0] += 1
        return plain(*args, **kwargs)
    raw.cursor = counted
def server():
    return int(Path(f"/proc/{pid}/schedstat").read_text().split()[0]) / 1e6 if pid else 0.0
lib.search(queries[0], 10)
if sys.argv[3] == "together":
    for query in queries:
        lib.search(query, 10)
    time.sleep(max(0.0, float(sys.argv[4]) - time.time()))
wall, cpu, hits, statements = [], [], [], []
for timed in ((True,) if sys.argv[3] == "together" else (False, True)):
    began = time.time()
    for query in queries:
        s, c, v, n = time.perf_counter(), time.process_time(), server(), sent[0]
        found = lib.search(query, 10)
        if timed:
            wall.append((time.perf_counter() - s) * 1000)
            cpu.append((time.process_time() - c) * 1000 + server() - v)
            statements.append(sent[0] - n)
            hits.append([[h.drucksache, h.number, h.kind, h.score] for h in found])
    ended = time.time()
lib.close()
print(json.dumps({"wall": wall, "cpu": cpu, "hits": hits, "statements": statements,
    "began": began, "ended": ended}))
"""


def _child(target: str, queries: Path, before: Path | None, mode: str = "alone", at: float = 0.0) -> Any:
    env = dict(os.environ)
    if before is not None:
        env["PYTHONPATH"] = str(before)
    cmd = [sys.executable, "-c", CHILD, target, str(queries), mode, str(at)]
    return subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, text=True, cwd=tempfile.gettempdir())


def _result(child: Any) -> dict[str, Any]:
    out, _ = child.communicate()
    if child.returncode:
        raise SystemExit(f"search process failed ({child.returncode})")
    result: dict[str, Any] = json.loads(out)
    return result


def together(target: str, queries: Path, before: Path | None, searchers: int) -> str:
    """``searchers`` processes searching at once, from a common start a few seconds ahead (after
    each has opened its connection and run every query once)."""
    at = time.time() + 15
    runs = [_result(c) for c in [_child(target, queries, before, "together", at) for _ in range(searchers)]]
    wall = [x for r in runs for x in r["wall"]]
    span = max(r["ended"] for r in runs) - min(r["began"] for r in runs)
    return (
        f"{searchers} searchers: wall ms median {statistics.median(wall):.1f} p95 {p95(wall):.1f}, "
        f"{len(wall) / span:.0f} searches/s"
    )


def line(runs: list[dict[str, Any]]) -> str:
    wall = [x for r in runs for x in r["wall"]]
    cpu = [x for r in runs for x in r["cpu"]]
    sent = [x for r in runs for x in r["statements"]]
    return (
        f"CPU ms median {statistics.median(cpu):.1f} p95 {p95(cpu):.1f} | wall ms median "
        f"{statistics.median(wall):.1f} p95 {p95(wall):.1f} | statements per search "
        f"{statistics.mean(sent):.1f}"
    )


def label(target: str) -> str:
    return target.rsplit("/", 1)[-1].split("?")[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--before", type=Path, required=True, help="folder holding the older drafter/")
    parser.add_argument("--corpus", type=Path, default=ROOT / "tests" / "data" / "bundestag")
    parser.add_argument("--queries", type=int, default=40, help="queries (library_bench.make_queries)")
    parser.add_argument("--searchers", type=int, default=0, help="processes searching at once (0: none)")
    parser.add_argument("targets", nargs="+", help="SQLite files or postgresql:// URLs")
    args = parser.parse_args()
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as handle:
        json.dump([q.text for q in make_queries(load_corpus(args.corpus), args.queries)], handle)
    queries = Path(handle.name)
    try:
        for target in args.targets:
            runs: dict[str, list[dict[str, Any]]] = {"before": [], "after": []}
            for _ in range(ROUNDS):
                runs["before"].append(_result(_child(target, queries, args.before)))
                runs["after"].append(_result(_child(target, queries, None)))
            for name, found in runs.items():
                print(f"{label(target)} {name}: {line(found)}", flush=True)
            same = sum(
                b == a for b, a in zip(runs["before"][0]["hits"], runs["after"][0]["hits"], strict=True)
            )
            print(f"{label(target)} same hits before/after: {same}/{args.queries}", flush=True)
            for name, folder in (("before", args.before), ("after", None)):
                if args.searchers:
                    print(
                        f"{label(target)} {name}: {together(target, queries, folder, args.searchers)}",
                        flush=True,
                    )
    finally:
        queries.unlink()


if __name__ == "__main__":
    main()
