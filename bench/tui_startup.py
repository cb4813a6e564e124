"""Benchmark of the terminal UI: start-up with a large library, and search-as-you-type at 500,000.

    python bench/tui_startup.py [--startup-size 100000] [--search-size 500000]

Libraries are built with the library benchmark's builder (``library_bench.build``: real corpus
questions, varied) under ``--work`` and reused on later runs when their question count matches.

- Start-up: a fresh interpreter (``python -m`` style, so imports count) runs the real app from
  ``create_app`` headless at 80x24 and reports when the library screen is mounted ("first
  screen") and when its table lists every document ("documents listed"). Five runs; median and max.
  The wall time of the whole child process (interpreter start included) is reported too.
- Search-as-you-type: in the same headless app, the search screen gets each query (keywords, or
  the first 60 characters of a question) typed one key every 80 ms (a brisk typist); measured from
  the last key to the results for the complete query on screen (this includes the debounce wait of
  ``SearchScreen.DEBOUNCE_S``), and the library search call alone. Meanwhile a 10 ms timer on the
  UI thread records its worst lateness: how long the UI was unresponsive while searches ran.

Writes ``--out`` (bench/RESULTS-tui.md).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import platform
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from library_bench import build, make_queries
from variants import load_corpus

ROOT = Path(__file__).parents[1]
KEY_INTERVAL_S = 0.08
PHRASE_CHARS = 60

CHILD = r"""
import time
t0 = time.perf_counter()
import asyncio, json, sys
from drafter.tui.app import create_app
from drafter.tui.screens.library import LibraryScreen

async def main():
    app = create_app(sys.argv[1], keymap={}, cursor_blink=False)
    marks = {}
    async with app.run_test(size=(80, 24)) as pilot:
        while True:
            screen = app.screen
            if isinstance(screen, LibraryScreen) and "first" not in marks:
                marks["first"] = time.perf_counter() - t0
            if isinstance(screen, LibraryScreen) and screen.summaries:
                marks["listed"] = time.perf_counter() - t0
                marks["documents"] = len(screen.summaries)
                break
            await asyncio.sleep(0.002)
    print(json.dumps(marks))

asyncio.run(main())
"""


def questions_in(path: Path) -> int:
    if not path.exists():
        return 0
    with sqlite3.connect(path) as conn:
        try:
            return int(conn.execute("SELECT count(*) FROM questions").fetchone()[0])
        except sqlite3.Error:
            return 0


def library(work: Path, size: int, base: list[object]) -> Path:
    """The library file of ``size`` questions, built once (the builder stops at ``size``)."""
    path = work / f"tui-library-{size}.sqlite"
    if questions_in(path) < size:
        print(f"building {path} ...", flush=True)
        build(path, base, size)
    return path


def startup(path: Path, runs: int) -> list[dict[str, float]]:
    results = []
    for _ in range(runs):
        start = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, check=True, cwd=ROOT
        )
        marks = json.loads(out.stdout.strip().splitlines()[-1])
        marks["process"] = time.perf_counter() - start
        results.append(marks)
    return results


async def type_queries(path: Path, queries: list[str]) -> tuple[list[float], list[float], float, float]:
    """(keystroke-to-results ms, search call ms, worst UI lateness ms, first search ms)."""
    from textual.widgets import Input

    from drafter.tui.app import create_app
    from drafter.tui.screens.search import SearchScreen

    app = create_app(str(path), keymap={}, cursor_blink=False)
    shown, calls, lateness = [], [], [0.0]

    async def watch_lateness() -> None:
        while True:
            before = time.perf_counter()
            await asyncio.sleep(0.01)
            lateness[0] = max(lateness[0], (time.perf_counter() - before - 0.01) * 1000)

    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f3")
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        start = time.perf_counter()
        await asyncio.to_thread(app.backend.search, "Bundesregierung Erkenntnisse", 30)
        first = (time.perf_counter() - start) * 1000
        watcher = asyncio.create_task(watch_lateness())
        for query in queries:
            start = time.perf_counter()
            await asyncio.to_thread(app.backend.search, query, 30)
            calls.append((time.perf_counter() - start) * 1000)
            await pilot.press("ctrl+u")
            for index, char in enumerate(query):
                if index:
                    await asyncio.sleep(KEY_INTERVAL_S)
                typed = time.perf_counter()
                await pilot.press(char)
            typed_text = screen.query_one(Input).value  # the test driver drops a few typographic quotes
            while screen.shown_query != typed_text:
                if time.perf_counter() - typed > 30:
                    raise TimeoutError(f"no results shown for {query!r}")
                await asyncio.sleep(0.002)
            shown.append((time.perf_counter() - typed) * 1000)
        watcher.cancel()
    return shown, calls, lateness[0], first


def phrase(query: str, limit: int = PHRASE_CHARS) -> str:
    """What a person types into a search box: the query cut after ``limit`` characters, at a word end."""
    return query if len(query) <= limit else query[:limit].rsplit(" ", 1)[0]


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[18]


def report(
    args: argparse.Namespace,
    starts: list[dict[str, float]],
    docs: int,
    typed: tuple[list[float], list[float], float, float],
) -> str:
    shown, calls, late, first_search = typed
    first = [s["first"] for s in starts]
    listed = [s["listed"] for s in starts]
    process = [s["process"] for s in starts]
    load = Path("/proc/loadavg").read_text().split()[:3]
    return "\n".join(
        [
            "# Terminal UI benchmark",
            "",
            "`python bench/tui_startup.py"
            f" --startup-size {args.startup_size} --search-size {args.search_size}`",
            "",
            f"Machine: {platform.processor() or platform.machine()}, 2 shared cores (load average at the end "
            f"{' '.join(load)}), Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}.",
            "",
            f"## Start-up with {args.startup_size:,} questions ({docs:,} documents), {len(starts)} runs",
            "",
            "| measure | median s | max s |",
            "|---|---|---|",
            f"| first screen (library screen mounted, imports included) | {statistics.median(first):.2f} "
            f"| {max(first):.2f} |",
            f"| documents listed (table filled from the library) | {statistics.median(listed):.2f} "
            f"| {max(listed):.2f} |",
            f"| whole child process (interpreter start to exit) | {statistics.median(process):.2f} "
            f"| {max(process):.2f} |",
            "",
            f"## Search-as-you-type with {args.search_size:,} questions, {len(shown)} queries",
            "",
            f"One key every {KEY_INTERVAL_S * 1000:.0f} ms; half keyword queries, half the first "
            f"{PHRASE_CHARS} characters of a varied corpus question.",
            "",
            "| measure | median ms | p95 ms | max ms |",
            "|---|---|---|---|",
            f"| last key to results on screen (includes the debounce wait) | {statistics.median(shown):.0f} "
            f"| {p95(shown):.0f} | {max(shown):.0f} |",
            f"| library search call alone | {statistics.median(calls):.0f} | {p95(calls):.0f} "
            f"| {max(calls):.0f} |",
            "",
            f"The first search after opening the library took {first_search:.0f} ms (it reads the index from "
            "disk; a cold operating-system cache makes it slow), before the typing started.",
            "",
            f"Worst lateness of a 10 ms timer on the UI thread while typing and searching: {late:.0f} ms "
            "(the searches run in worker threads; the UI keeps handling keys).",
            "",
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--startup-size", type=int, default=100_000)
    parser.add_argument("--search-size", type=int, default=500_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--queries", type=int, default=20)
    parser.add_argument("--corpus", type=Path, default=ROOT / "tests" / "data" / "bundestag")
    parser.add_argument("--work", type=Path, default=Path("/tmp/drafter-tui-bench"))
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "RESULTS-tui.md")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    base = load_corpus(args.corpus)
    small = library(args.work, args.startup_size, base)
    starts = startup(small, args.runs)
    print("start-up:", starts, flush=True)
    big = library(args.work, args.search_size, base)
    queries = [phrase(getattr(q, "text", q)) for q in make_queries(base, args.queries, seed=11)]
    typed = asyncio.run(type_queries(big, queries))
    print("search:", typed, flush=True)
    args.out.write_text(report(args, starts, int(starts[0]["documents"]), typed), encoding="utf-8")
    print(f"written: {args.out}")


if __name__ == "__main__":
    main()
