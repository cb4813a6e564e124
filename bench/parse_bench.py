"""Parsing throughput: ``drafter.workflow.read_classified`` against a baseline measured in the same run.

DIP texts: documents per second for the whole pipeline (read, normalise, segment, header,
classify) beside the floor of reading and decoding the same files. PDFs: pages per second for
``read_pdf`` plus parsing beside pypdfium2's plain text extraction of the same pages.

    python bench/parse_bench.py [--rounds 20] [--out bench/RESULTS-parse.md]
"""

from __future__ import annotations

import argparse
import platform
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium

from drafter.workflow import read_classified

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"


def _rate(work: Callable[[], int], rounds: int) -> float:
    """Units per second: the median over ``rounds`` runs of ``work`` (which returns its units)."""
    rates = []
    for _ in range(rounds):
        start = time.perf_counter()
        units = work()
        rates.append(units / (time.perf_counter() - start))
    return statistics.median(rates)


def _texts() -> list[Path]:
    return sorted((DATA / "bundestag").glob("21_*.txt"))


def _pdfs() -> list[Path]:
    return [p for p in sorted((DATA / "pdf").glob("*.pdf")) if p.stem.endswith(("-antwort", "-anfrage"))]


def _parse_all(paths: list[Path]) -> int:
    for path in paths:
        read_classified(path)
    return len(paths)


def _parse_pages(paths: list[Path], pages: int) -> int:
    """Parse every PDF; the unit is the page, so the rate compares with page extraction."""
    _parse_all(paths)
    return pages


def _read_all(paths: list[Path]) -> int:
    for path in paths:
        path.read_bytes().decode("utf-8").splitlines()
    return len(paths)


def _pages(paths: list[Path]) -> int:
    return sum(len(pdfium.PdfDocument(p)) for p in paths)


def _pdfium_text(paths: list[Path]) -> int:
    pages = 0
    for path in paths:
        pdf = pdfium.PdfDocument(path)
        for page in pdf:
            page.get_textpage().get_text_range()
            pages += 1
        pdf.close()
    return pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    texts, pdfs = _texts(), _pdfs()
    _parse_all(texts)  # warm caches: rule compilation, imports
    pages = _pages(pdfs)
    rows = [
        (
            "DIP texts, documents/s",
            _rate(lambda: _parse_all(texts), args.rounds),
            _rate(lambda: _read_all(texts), args.rounds),
            f"{len(texts)} documents",
        ),
        (
            "PDFs, pages/s",
            _rate(lambda: _parse_pages(pdfs, pages), max(3, args.rounds // 4)),
            _rate(lambda: _pdfium_text(pdfs), max(3, args.rounds // 4)),
            f"{len(pdfs)} PDFs, {pages} pages",
        ),
    ]
    lines = [
        f"Machine: {platform.machine()}, Python {platform.python_version()}, median of rounds.",
        "",
        "| input | drafter | baseline | drafter / baseline | set |",
        "|---|---|---|---|---|",
    ]
    for name, ours, base, what in rows:
        lines.append(f"| {name} | {ours:,.0f} | {base:,.0f} | {ours / base:.3f} | {what} |")
    lines += ["", "Baselines: reading and decoding the text files; pypdfium2's plain text of the same pages."]
    report = "\n".join(lines)
    print(report)
    if args.out:
        heading = "# Parsing benchmark\n\n`python bench/parse_bench.py`\n\n"
        args.out.write_text(heading + report + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
