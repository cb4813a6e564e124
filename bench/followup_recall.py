"""Recall at 10 of the library search on real follow-ups, split into a tuning and a held-out part.

    python bench/followup_recall.py [--corpus ../shared/corpus/wp21] [--verbose]

Imports every Antwort and Kleine Anfrage of the corpus folder into a fresh library (parsed
documents are cached in /tmp so re-runs take seconds), then for each hand link of
``followups.jsonl`` searches with the earlier question's text for the follow-up question and with
the follow-up question's text for the earlier question, counting a hit in the top 10 the way
``score-followups --library`` does (question texts from the Kleine Anfrage; the earlier question
counts in its Antwort or its Kleine Anfrage). Links are split by follow-up document: every third
follow-up (in sorted order) is held out, never looked at while tuning, and reported separately.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import tempfile
import time
from pathlib import Path

from drafter.library import Library
from drafter.models import Document
from drafter.parse import parse_file

ROOT = Path(__file__).parents[1]
CACHE = Path(tempfile.gettempdir()) / "drafter-followup-recall"


def parsed(corpus: Path) -> list[Document]:
    """Every document of the corpus, parsed once and cached by file list and sizes."""
    files = sorted(p for kind in ("antwort", "anfrage") for p in (corpus / kind).glob("*.txt"))
    key = str(abs(hash(tuple((str(p), p.stat().st_size) for p in files))))
    CACHE.mkdir(exist_ok=True)
    cached = CACHE / f"docs-{key}.pickle"
    if cached.exists():
        docs: list[Document] = pickle.loads(cached.read_bytes())
        return docs
    docs = [parse_file(p) for p in files]
    cached.write_bytes(pickle.dumps(docs))
    return docs


def gold_texts(corpus: Path, anfrage: str) -> dict[str, str]:
    """Question texts of a Kleine Anfrage by the measuring tool's own reference parser."""
    sys.path.insert(0, str(corpus.parents[1] / "tools"))
    import gold_questions  # type: ignore[import-not-found]

    path = corpus / "anfrage" / f"{anfrage}.txt"
    if not path.exists():
        return {}
    return {q["number"]: q["text"] for q in gold_questions.questions(path.read_text("utf-8"))}


def measure(lib: Library, corpus: Path, verbose: bool) -> dict[str, list[int]]:
    links = [json.loads(line) for line in (corpus / "followups.jsonl").read_text("utf-8").splitlines()]
    links = [lk for lk in links if not lk.get("summary") and lk["eq"]]
    pairs = {p["antwort"]: p["anfrage"] for p in json.loads((corpus / "pairs.json").read_text("utf-8"))}
    followups = sorted({lk["followup"] for lk in links})
    held = {f for i, f in enumerate(followups) if i % 3 == 0}
    out: dict[str, list[int]] = {"tune": [0, 0, 0], "held": [0, 0, 0]}
    for lk in links:
        ftext = gold_texts(corpus, lk["followup"]).get(lk["fq"])
        etexts = [t for e, t in gold_texts(corpus, pairs.get(lk["earlier"], "")).items() if e in lk["eq"]]
        if not ftext or not etexts:
            continue
        part = out["held" if lk["followup"] in held else "tune"]
        nums = {lk["earlier"].replace("_", "/"), pairs.get(lk["earlier"], "").replace("_", "/")}
        want = lk["followup"].replace("_", "/")
        fwd_hits = lib.search(etexts[0], 10)
        bwd_hits = lib.search(ftext, 10)
        fwd = any(h.drucksache == want and h.number == lk["fq"] for h in fwd_hits)
        bwd = any(h.drucksache in nums and h.number in lk["eq"] for h in bwd_hits)
        part[0] += 1
        part[1] += fwd
        part[2] += bwd
        if verbose and part is out["tune"] and not (fwd and bwd):
            print(f"{lk['earlier']} {lk['eq']} -> {lk['followup']} {lk['fq']}: fwd={fwd} bwd={bwd}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "wp21")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    docs = parsed(args.corpus)
    with tempfile.TemporaryDirectory() as tmp, Library(Path(tmp) / "lib.sqlite") as lib:
        start = time.perf_counter()
        for i, doc in enumerate(docs):
            lib.import_document(doc, source_hash=f"recall-{i}")
        print(f"imported {len(docs)} documents in {time.perf_counter() - start:.1f} s")
        start = time.perf_counter()
        out = measure(lib, args.corpus, args.verbose)
        print(f"searched in {time.perf_counter() - start:.1f} s")
    for part, (n, fwd, bwd) in out.items():
        print(
            f"{part}: earlier finds follow-up {fwd}/{n} ({fwd / max(n, 1):.2f}); "
            f"follow-up finds earlier {bwd}/{n} ({bwd / max(n, 1):.2f})"
        )


if __name__ == "__main__":
    main()
