"""Classification throughput beside parsing, and the lemmatiser choice measured on the same answers.

Rates are documents per second over the DIP texts in tests/data/bundestag (Antworten only), median
of rounds: reading alone (``parse_file``), and reading plus classification (``classify_document``).
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
from collections.abc import Callable
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
    kept = ("lemma", "word_features", "_heads_pattern")
    for obj in gc.get_objects():
        cached = isinstance(obj, functools._lru_cache_wrapper)
        if not cached or not obj.__module__.startswith("drafter.classify"):
            continue
        if obj.__name__ not in kept and obj.cache_parameters()["maxsize"] is not None:
            obj.cache_clear()


def _rate(work: Callable[[], int], rounds: int) -> float:
    rates = []
    for _ in range(rounds):
        _clear_caches()
        start = time.perf_counter()
        units = work()
        rates.append(units / (time.perf_counter() - start))
    return statistics.median(rates)


def _antworten() -> list[Path]:
    return sorted(p for p in (DATA / "bundestag").glob("*-antwort*.txt"))


def _parse(paths: list[Path]) -> int:
    for path in paths:
        parse_file(path)
    return len(paths)


def _parse_classify(paths: list[Path]) -> int:
    for path in paths:
        classify_document(parse_file(path))
    return len(paths)


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    paths = _antworten()
    _parse_classify(paths)  # warm imports and rule compilation
    parse_rate = _rate(lambda: _parse(paths), args.rounds)
    both_rate = _rate(lambda: _parse_classify(paths), args.rounds)
    lines = [
        f"Machine: {platform.machine()}, Python {platform.python_version()}, median of {args.rounds} rounds, "
        "sentence caches emptied before each round.",
        "",
        "| stage | documents/s | share of reading alone |",
        "|---|---|---|",
        f"| read (parse_file) | {parse_rate:,.1f} | 1.00 |",
        f"| read + classify | {both_rate:,.1f} | {both_rate / parse_rate:.2f} |",
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
