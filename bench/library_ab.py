"""Library search of two code versions on the same library files, in alternating fresh processes.

    git archive 0fc7db8 drafter | tar -x -C /tmp/before
    python bench/library_ab.py --before /tmp/before /tmp/drafter-bench/library-500000.sqlite ...

The library files come from ``library_bench.py`` (its ``--work`` folder). For each file, three
fresh processes per version, alternating, each open the library and run the 40 queries of
``library_bench.py`` twice; the second pass is timed (wall and CPU per search). Also reported:
the first search of a fresh process (what every ``drafter library search`` pays, dictionary
loading included) and the process's peak RSS (VmHWM). "before" runs with ``--before`` first on
``PYTHONPATH``, "after" with this checkout.
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
    wall, cpu = [], []
    for timed in (False, True):
        for query in queries:
            s, c = time.perf_counter(), time.process_time()
            lib.search(query, 10)
            if timed:
                wall.append((time.perf_counter() - s) * 1000)
                cpu.append((time.process_time() - c) * 1000)
peak = int(Path("/proc/self/status").read_text().split("VmHWM:")[1].split()[0]) / 1024
print(json.dumps({"first": first, "wall": wall, "cpu": cpu, "peak": peak}))
"""


def run(path: Path, queries: Path, before: Path | None) -> dict[str, object]:
    env = dict(os.environ)
    if before is not None:
        env["PYTHONPATH"] = str(before)
    cmd = [sys.executable, "-c", CHILD, str(path), str(queries)]
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True, cwd=tempfile.gettempdir())
    result: dict[str, object] = json.loads(out.stdout)
    return result


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
    parser.add_argument("files", type=Path, nargs="+", help="library files built by library_bench.py")
    args = parser.parse_args()
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as handle:
        json.dump([q.text for q in make_queries(load_corpus(args.corpus), 40)], handle)
    queries = Path(handle.name)
    try:
        for path in args.files:
            runs: dict[str, list[dict]] = {"before": [], "after": []}
            for _ in range(ROUNDS):
                runs["before"].append(run(path, queries, args.before))
                runs["after"].append(run(path, queries, None))
            for name, found in runs.items():
                print(f"{path.name} {line(name, found)}", flush=True)
    finally:
        queries.unlink()


if __name__ == "__main__":
    main()
