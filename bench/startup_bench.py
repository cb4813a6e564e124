"""Start-up time of the ``drafter`` command against a bare Python start measured in the same run.

A command should load only what it uses: ``drafter --version`` should cost little more than starting
Python, ``drafter library search`` what the library needs. Each case runs as a fresh interpreter
(``python -c "from drafter.cli.main import main; main([...])"``: the console script does no more
than that); the rounds of all cases are interleaved so a busy machine slows them alike, and the
median over the rounds is compared with the median of ``python -c pass``. Beside the wall time, the
CPU time of the child (user + system) is reported: on a shared machine it varies less.

    python bench/startup_bench.py [--rounds 15] [--out bench/RESULTS-startup.md]

The search runs on a small library built once in a temporary folder from tests/data/bundestag/,
so the number is the start-up, not a large search. Targets: ``--version`` within 3 times a bare
start, ``library search`` within 6 times.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "bundestag"
TARGETS = {"drafter --version": 3.0, "drafter library search": 6.0}


def _cases(db: Path) -> dict[str, list[str]]:
    """The name of each case and the arguments of its fresh interpreter."""
    call = "import sys; from drafter.cli.main import main; sys.exit(main(sys.argv[1:]))"
    return {
        "python -c pass": ["-c", "pass"],
        "drafter --version": ["-c", call, "--version"],
        "drafter --help": ["-c", call, "--help"],
        "drafter library search": ["-c", call, "--db", str(db), "library", "search", "Abschiebung"],
        "drafter parse --help": ["-c", call, "parse", "--help"],
    }


def _seconds(args: list[str]) -> tuple[float, float]:
    """(wall, CPU) seconds of one fresh interpreter running ``args``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, *args], check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _library(folder: Path) -> Path:
    """A library holding the test Drucksachen (imported once, through the real command)."""
    db = folder / "library.sqlite"
    call = "import sys; from drafter.cli.main import main; sys.exit(main(sys.argv[1:]))"
    subprocess.run(
        [sys.executable, "-c", call, "--db", str(db), "library", "import", str(DATA)],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return db


def measure(rounds: int) -> dict[str, tuple[float, float]]:
    """Median (wall, CPU) seconds per case over ``rounds`` interleaved rounds, after a warm-up."""
    with tempfile.TemporaryDirectory(prefix="drafter-startup-") as folder:
        cases = _cases(_library(Path(folder)))
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in cases}
        for round_number in range(rounds + 1):
            for name, args in cases.items():
                seconds = _seconds(args)
                if round_number:
                    times[name].append(seconds)
    return {
        name: (statistics.median(w for w, _ in values), statistics.median(c for _, c in values))
        for name, values in times.items()
    }


def report(medians: dict[str, tuple[float, float]], rounds: int) -> str:
    base, base_cpu = medians["python -c pass"]
    lines = [
        "# Start-up of the drafter command",
        "",
        f"`python bench/startup_bench.py --rounds {rounds}`; {platform.python_implementation()} "
        f"{platform.python_version()} on {platform.system()} {platform.machine()}, "
        f"{os.cpu_count()} cores. Median over the rounds of a fresh interpreter per case, rounds "
        "interleaved; the target is judged on wall time.",
        "",
        "| case | wall ms | × bare Python | CPU ms | × bare Python | target |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for name, (wall, cpu) in medians.items():
        target = TARGETS.get(name)
        verdict = "" if target is None else f"≤ {target:g}× {'met' if wall / base <= target else 'MISSED'}"
        lines.append(
            f"| {name} | {wall * 1000:.0f} | {wall / base:.1f} | {cpu * 1000:.0f} | {cpu / base_cpu:.1f} "
            f"| {verdict} |"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    text = report(measure(args.rounds), args.rounds)
    print(text, end="")
    if args.out:
        args.out.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
