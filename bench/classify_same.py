"""Guard for speed work on the classifier: does every answer still classify exactly as before?

Classifies every Antwort in tests/data and in the shared corpus (bundestag, all of wp21, landtag)
and writes one line per question (document, number, status, and every finding with category,
evidence, reference, chain, asked kinds and parts). With ``--sentences`` it also writes, for every
answer sentence, the phrase rules and shape rules that match it and how it is read, and for every
question sentence the ``ask`` shapes: a change that happens to cancel out at question level still
shows. The last line is a SHA-256 of all lines before it; ``--compare OLD`` prints the lines that
differ. A speed change that changes one line is a bug.

    python bench/classify_same.py [--sentences] [--out FILE] [--compare FILE] [--shared ../shared]

Measures the project; not part of it. Reads the shared corpus, which tests must not.
"""

from __future__ import annotations

import argparse
import dataclasses
import difflib
import hashlib
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from drafter.classify import classify_document
from drafter.classify.answer import Reading, read_default, sentences_of
from drafter.classify.coverage import asks
from drafter.classify.match import matching
from drafter.classify.rules import default_rules
from drafter.classify.shapes import ShapeKind, matching_shapes
from drafter.errors import DrafterError
from drafter.models import Document, Finding, Kind
from drafter.parse import parse_file

ROOT = Path(__file__).resolve().parents[1]


def _paths(shared: Path) -> list[Path]:
    """Every Antwort text: tests/data (any folder), the shared Bundestag and Landtag answers and
    every wp21 Antwort, in a fixed order."""
    found = [p for p in (ROOT / "tests" / "data").rglob("*.txt") if "antwort" in p.name.lower()]
    corpus = shared / "corpus"
    found += [p for p in (corpus / "bundestag").glob("*.txt") if "antwort" in p.name.lower()]
    found += sorted((corpus / "landtag").glob("*.txt"))
    found += sorted((corpus / "wp21" / "antwort").glob("*.txt"))
    return sorted(set(found), key=lambda p: (p.parent.name, p.name))


def _finding(f: Finding) -> str:
    parts = [f.category.value, f.evidence, f.refers_to or "", ",".join(f.via)]
    parts += [",".join(a.value for a in f.asked), ",".join(f.parts)]
    return " | ".join(parts)


def _question_lines(name: str, doc: Document) -> Iterator[str]:
    for q in doc.questions:
        yield f"Q {name} {q.number} {q.status.value} group={','.join(q.group)}"
        for f in q.findings:
            yield f"  F {_finding(f)}"


def _plain(record: Any) -> str:
    """A frozen record's fields in a fixed order, sets sorted (their order follows string hashing)."""
    values = []
    for field in dataclasses.fields(record):
        value = getattr(record, field.name)
        if isinstance(value, (set, frozenset)):
            value = sorted(str(v) for v in value)
        elif isinstance(value, tuple):
            value = [str(v) for v in value]
        values.append(f"{field.name}={value}")
    return " ".join(values)


def _reading(r: Reading) -> str:
    """A reading in a fixed order (a frozenset's repr follows the per-process string hashing)."""
    context = sorted(c.value for c in r.context)
    categories = [c.value for c in r.categories]
    fields = [r.sentence, r.role.value, categories, r.rest, context, r.consequence, r.ranks]
    return " | ".join(map(str, fields))


def _sentence_lines(doc: Document) -> Iterator[str]:
    rules = default_rules()
    for q in doc.questions:
        yield f"  A {q.number} {_plain(asks(q.text))}"
        for sentence in sentences_of(q.text):
            yield f"  QS {[s.id for s in matching_shapes(sentence, ShapeKind.ASK)]}"
        for sentence in sentences_of(q.answer or ""):
            reading = read_default(sentence)
            ids = [r.id for _, r in matching(rules, sentence)]
            shapes = {k.value: [s.id for s in matching_shapes(sentence, k)] for k in ShapeKind}
            yield f"  S {_reading(reading)}"
            yield f"    rules={ids} shapes={shapes}"


def _lines(paths: Iterable[Path], sentences: bool) -> Iterator[str]:
    for path in paths:
        name = f"{path.parent.name}/{path.name}"
        try:
            doc = classify_document(parse_file(path))
        except DrafterError as exc:
            yield f"E {name} {type(exc).__name__}"
            continue
        if doc.kind is not Kind.ANTWORT:
            yield f"K {name} {doc.kind.value}"
            continue
        yield from _question_lines(name, doc)
        if sentences:
            yield from _sentence_lines(doc)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--sentences", action="store_true", help="also every sentence's rules and shapes")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--compare", type=Path)
    args = parser.parse_args()
    start = time.perf_counter()
    paths = _paths(args.shared)
    lines = list(_lines(paths, args.sentences))
    digest = hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()
    questions = sum(line.startswith("Q ") for line in lines)
    print(f"{len(paths)} files, {questions} questions, {time.perf_counter() - start:.1f} s, sha256 {digest}")
    if args.out:
        args.out.write_text("\n".join([*lines, digest]) + "\n", encoding="utf-8")
    if args.compare:
        old = args.compare.read_text(encoding="utf-8").splitlines()[:-1]
        diff = list(difflib.unified_diff(old, lines, "before", "after", lineterm="", n=1))
        print("\n".join(diff[:200]) if diff else "identical")
        sys.exit(1 if diff else 0)


if __name__ == "__main__":
    main()
