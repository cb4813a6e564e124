"""Classification throughput beside parsing, and the lemmatiser choice measured on the same answers.

Rates are documents per second over the DIP texts in tests/data/bundestag (Antworten only), median
of rounds: reading alone (``parse_file``), and reading plus classification (``classify_document``).
Rounds of the two alternate in one process, so both see the same load; each round is timed by CPU
time of this process (``time.process_time``: what the work costs, whatever else the machine runs)
and by wall clock. In the rounds that read and classify, the classification calls are also timed on
their own, so the report gives the absolute CPU milliseconds of reading and of classifying.
Every sentence-level cache of the classifier is emptied before each round, so no sentence is
classified from a cache; word-level caches (lemmas) stay warm, as in any run over many documents.
The lemmatiser rows time the words of every answer sentence through simplemma (what the shape rules
use) and through HanTa's tagger (the alternative considered), once each.

    python bench/classify_bench.py [--rounds 10] [--out bench/RESULTS-classify.md]
"""

from __future__ import annotations

import argparse
import functools
import gc
import platform
import statistics
import time
from dataclasses import dataclass
from pathlib import Path

import simplemma

from drafter.classify import classify_document
from drafter.classify.lemmas import words
from drafter.models import Document
from drafter.parse import parse_file
from drafter.text.sentences import split_sentences

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"


def _clear_caches() -> None:
    """Empty every sentence-level ``functools.lru_cache`` of the classifier, so no sentence is read
    from a cache; the rule files (every unbounded ``functools.cache``: rules, shapes, word lists,
    patterns) and the word-level caches (a word's lemma) stay, as they do in any run over more than
    one document, where German vocabulary repeats but sentences do not."""
    kept = ("lemma", "word_features")
    for obj in gc.get_objects():
        cached = isinstance(obj, functools._lru_cache_wrapper)
        if not cached or not obj.__module__.startswith("drafter.classify"):
            continue
        if obj.__name__ not in kept and obj.cache_parameters()["maxsize"] is not None:
            obj.cache_clear()


@dataclass(frozen=True)
class Round:
    """One round over the documents: CPU and wall seconds in all, and CPU seconds of classifying."""

    cpu: float
    wall: float
    classify: float = 0.0


def _round(paths: list[Path], classify: bool) -> Round:
    _clear_caches()
    spent = 0.0
    cpu, wall = time.process_time(), time.perf_counter()
    for path in paths:
        doc = parse_file(path)
        if classify:
            before = time.process_time()
            classify_document(doc)
            spent += time.process_time() - before
    return Round(time.process_time() - cpu, time.perf_counter() - wall, spent)


def _rounds(paths: list[Path], rounds: int) -> tuple[list[Round], list[Round]]:
    """Reading rounds and reading-plus-classifying rounds, alternating."""
    read: list[Round] = []
    both: list[Round] = []
    for _ in range(rounds):
        read.append(_round(paths, classify=False))
        both.append(_round(paths, classify=True))
    return read, both


def _median(rounds: list[Round], field: str) -> float:
    return statistics.median(float(getattr(r, field)) for r in rounds)


def _antworten() -> list[Path]:
    return sorted(p for p in (DATA / "bundestag").glob("*-antwort*.txt"))


def _sentences(docs: list[Document]) -> list[list[str]]:
    return [words(s) for d in docs for q in d.questions for s in split_sentences(q.answer or "")]


def _lemmatiser_rows(docs: list[Document]) -> list[str]:
    tokens = _sentences(docs)
    count = sum(len(t) for t in tokens)
    start = time.perf_counter()
    for sentence in tokens:
        for word in sentence:
            simplemma.lemmatize(word, lang="de")
    simple = time.perf_counter() - start
    rows = [f"| simplemma lemmas | {count / simple:,.0f} words/s | {len(tokens)} sentences, {count} words |"]
    try:
        from HanTa import HanoverTagger  # measured only; not a dependency of drafter
    except ImportError:
        return [*rows, "| HanTa tagger | not installed | |"]
    tagger = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    start = time.perf_counter()
    for sentence in tokens:
        tagger.tag_sent(sentence, taglevel=1)
    hanta = time.perf_counter() - start
    return [*rows, f"| HanTa tagger | {count / hanta:,.0f} words/s | same words |"]


def _throughput_rows(paths: list[Path], rounds: int) -> list[str]:
    read, both = _rounds(paths, rounds)
    count = len(paths)
    read_cpu, both_cpu = _median(read, "cpu"), _median(both, "cpu")
    read_wall, both_wall = _median(read, "wall"), _median(both, "wall")
    classify_cpu = _median(both, "classify")
    return [
        "| stage | CPU ms per round | documents per CPU second | share of reading alone (CPU) "
        "| documents/s (wall) | share (wall) |",
        "|---|---|---|---|---|---|",
        f"| read (parse_file) | {read_cpu * 1000:.1f} | {count / read_cpu:,.1f} | 1.00 "
        f"| {count / read_wall:,.1f} | 1.00 |",
        f"| read + classify | {both_cpu * 1000:.1f} | {count / both_cpu:,.1f} | {read_cpu / both_cpu:.3f} "
        f"| {count / both_wall:,.1f} | {read_wall / both_wall:.3f} |",
        f"| classify alone (in read + classify) | {classify_cpu * 1000:.1f} | {count / classify_cpu:,.1f} "
        "| | | |",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    paths = _antworten()
    _rounds(paths, 1)  # warm imports and rule compilation
    lines = [
        f"Machine: {platform.machine()}, Python {platform.python_version()}, median of {args.rounds} rounds "
        "(reading and reading + classifying alternate), sentence caches emptied before each round.",
        "",
        *_throughput_rows(paths, args.rounds),
        "",
        f"{len(paths)} Antworten (DIP texts) from tests/data/bundestag.",
        "",
        "| lemmatiser | rate | set |",
        "|---|---|---|",
        *_lemmatiser_rows([parse_file(p) for p in paths]),
    ]
    report = "\n".join(lines)
    print(report)
    if args.out:
        heading = "# Classification benchmark\n\n`python bench/classify_bench.py`\n\n"
        args.out.write_text(heading + report + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
