"""Classification against the hand labels, on a tuning split and a hold-out split kept apart.

The hold-out is a fixed third of the labelled answers (chosen once by a hash of the document number,
before any tuning); rules are tuned on the other two thirds only, and the hold-out numbers say how
the classifier does on answers it was not fitted to. ``--verbose`` lists the disagreements of the
tuning split only. ``--followups`` also checks the points real follow-ups pressed on
(``corpus/wp21/followups.jsonl``): flagged partial/open, and with which finding categories.

    python bench/classify_eval.py [--verbose] [--followups] [--shared ../shared]

Measures the project; not part of it. Reads the shared corpus, which tests must not.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections.abc import Iterable
from pathlib import Path

from drafter.classify import classify_document
from drafter.models import Document, Question
from drafter.parse import parse_file

HOLD_OUT = frozenset(
    {"21_1210", "21_1314", "21_1403", "21_1420", "21_1792", "21_2000"}
    | {"21_2182", "21_437", "21_445", "21_716", "21_722"}
)


def _path(shared: Path, doc: str) -> Path:
    bundestag = shared / "corpus" / "bundestag"
    if doc == "19_21876":
        return bundestag / "19_21876-antwort-pdftext.txt"
    if (bundestag / f"{doc}-antwort.txt").exists():
        return bundestag / f"{doc}-antwort.txt"
    return shared / "corpus" / "wp21" / "antwort" / f"{doc}.txt"


def _classified(path: Path) -> Document:
    return classify_document(parse_file(path))


def _labels(shared: Path) -> list[dict[str, object]]:
    folder = shared / "corpus" / "labels"
    return [
        json.loads(line)
        for name in sorted(folder.glob("*-status.jsonl"))
        for line in name.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


class Score:
    """Unresolved precision/recall and status agreement, as ``score-dev`` counts them."""

    def __init__(self) -> None:
        self.tp = self.fp = self.fn = self.status = self.seen = self.cat = 0

    def add(self, gold: dict[str, object], q: Question | None) -> str | None:
        if q is None:
            return "not parsed"
        self.seen += 1
        statuses = {gold["status"], *gold.get("also", [])}  # type: ignore[misc]
        self.status += q.status.value in statuses
        if gold.get("ambiguous"):
            return None
        want, got = gold["status"] != "answered", q.status.unresolved
        cats = {f.category.value for f in q.findings}
        self.tp += want and got
        self.fp += got and not want
        self.fn += want and not got
        self.cat += bool(want and got and cats & set(gold["categories"]))  # type: ignore[arg-type]
        if q.status.value not in statuses or (want and got and not cats & set(gold["categories"])):  # type: ignore[arg-type]
            return f"labelled {gold['status']} {gold['categories']}, got {q.status.value} {sorted(cats)}"
        return None

    def line(self, name: str) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        s = self.status / self.seen if self.seen else 0.0
        return (
            f"{name:9} unresolved precision {p:.3f} recall {r:.3f}, category right {self.cat}/{self.tp}, "
            f"status {self.status}/{self.seen} = {s:.3f}"
        )


def labels_report(shared: Path, verbose: bool) -> None:
    labels = _labels(shared)
    docs = {d: _classified(_path(shared, d)) for d in sorted({str(g["doc"]) for g in labels})}
    scores = {"tune": Score(), "hold-out": Score()}
    for gold in labels:
        doc = str(gold["doc"])
        split = "hold-out" if doc in HOLD_OUT else "tune"
        q = docs[doc].question(str(gold["number"]))
        wrong = scores[split].add(gold, q)
        if verbose and wrong and split == "tune":
            print(f"{doc} {gold['number']}: {wrong}")
            if q is not None:
                for f in q.findings:
                    print(f"    {f.category.value} {list(f.asked)} {f.evidence[:160]}")
    for name, score in scores.items():
        print(score.line(name))


def _points(shared: Path) -> dict[str, set[str]]:
    path = shared / "corpus" / "wp21" / "followups.jsonl"
    links = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    pressed: dict[str, set[str]] = {}
    for link in links:
        if not link.get("summary") and link["eq"] and link["earlier_status"] in ("partial", "open"):
            pressed.setdefault(link["earlier"], set()).add(link["eq"][0])
    return pressed


def followups_report(shared: Path, verbose: bool) -> None:
    flagged = total = 0
    for earlier, numbers in sorted(_points(shared).items()):
        doc = _classified(shared / "corpus" / "wp21" / "antwort" / f"{earlier}.txt")
        for number in sorted(numbers, key=_natural):
            q = doc.question(number)
            total += 1
            ok = q is not None and q.status.unresolved
            flagged += ok
            if verbose and q is not None:
                cats = ", ".join(f"{f.category.value}{list(f.asked) if f.asked else ''}" for f in q.findings)
                print(f"{'  ' if ok else '! '}{earlier} {number}: {q.status.value} [{cats}]")
    print(f"followups flagged {flagged}/{total}")


def _natural(number: str) -> tuple[int, str]:
    m = re.match(r"(\d+)(\D*)", number)
    return (int(m.group(1)), m.group(2)) if m else (0, number)


def main(argv: Iterable[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1] / ".." / "shared")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--followups", action="store_true")
    args = parser.parse_args(list(argv) if argv is not None else None)
    start = time.perf_counter()
    labels_report(args.shared, args.verbose)
    if args.followups:
        followups_report(args.shared, args.verbose)
    print(f"({time.perf_counter() - start:.1f} s)")


if __name__ == "__main__":
    main()
