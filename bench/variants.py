"""Synthetic but realistic library content for the benchmark: real corpus questions, varied.

Every synthetic document is a real parsed Drucksache (Antwort or Kleine Anfrage) under a fresh
number, with each question varied: one to three of its longer words replaced by other words of the
corpus, and every number replaced by another of the same length. Answers, statuses and findings
stay as parsed, so the library holds the same shapes of rows as in real use. Seeded: the same
arguments always give the same documents.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import re
from collections.abc import Iterator
from pathlib import Path

from drafter.models import Document, Question
from drafter.workflow import read_classified

WORD = re.compile(r"[A-Za-zÄÖÜäöüß]{5,}")
NUMBER = re.compile(r"\d+")


def load_corpus(folder: Path) -> list[Document]:
    """Every .txt Drucksache under ``folder`` that parses (others are skipped)."""
    docs = []
    for path in sorted(folder.rglob("*.txt")):
        try:
            docs.append(read_classified(path))
        except Exception:
            continue
    return docs


def vocabulary(docs: list[Document]) -> list[str]:
    words = {w for d in docs for q in d.questions for w in WORD.findall(q.text)}
    return sorted(words)


def vary_text(text: str, words: list[str], rng: random.Random) -> str:
    """Swap 1–3 long words for other corpus words and change every number."""
    spots = list(WORD.finditer(text))
    for match in sorted(rng.sample(spots, min(len(spots), rng.randint(1, 3))), key=lambda m: -m.start()):
        text = text[: match.start()] + rng.choice(words) + text[match.end() :]
    return NUMBER.sub(lambda m: str(rng.randint(10 ** (len(m[0]) - 1), 10 ** len(m[0]) - 1)), text)


def vary_document(doc: Document, serial: int, words: list[str], rng: random.Random) -> Document:
    questions = tuple(dataclasses.replace(q, text=vary_text(q.text, words, rng)) for q in doc.questions)
    period = rng.randint(17, 21)
    return dataclasses.replace(
        doc,
        number=f"{period}/{serial}",
        inquiry=f"{period}/{serial + 1}" if doc.inquiry else None,
        date=dt.date(2005, 1, 1) + dt.timedelta(days=rng.randint(0, 7300)),
        questions=questions,
        source=f"{Path(doc.source).name}#{serial}",
    )


def origin(source_path: str, number: str, texts: dict[tuple[str, str], str]) -> str | None:
    """The corpus question a synthetic question was varied from (its source is "file#serial")."""
    return texts.get((source_path.split("#", 1)[0], number))


def corpus_texts(base: list[Document]) -> dict[tuple[str, str], str]:
    """(corpus file name, question number) → question text, to judge what a search found."""
    return {(Path(d.source).name, q.number): q.text for d in base for q in d.questions}


def shifted(doc: Document, serials: int) -> Document:
    """``doc`` under the Drucksache ``serials`` further on ("19/100002" → "19/100012" for 10),
    its Kleine Anfrage's number and its source's serial moved alike."""
    return dataclasses.replace(
        doc,
        number=shift_number(doc.number, serials),
        inquiry=shift_number(doc.inquiry, serials),
        source=shift_number(doc.source, serials, "#"),
    )


def shift_number(number: str | None, serials: int, mark: str = "/") -> str | None:
    """The serial after the last ``mark`` moved on by ``serials``; None stays None."""
    if number is None:
        return None
    head, _, serial = number.rpartition(mark)
    return f"{head}{mark}{int(serial) + serials}"


def copies(block: list[Document], times: int) -> Iterator[Document]:
    """``block`` (documents as ``documents`` makes them), then ``times - 1`` copies of it under the
    numbers the stream would have gone on with: a large library whose questions repeat every
    ``len(block)`` documents (what ``build_library.py --block`` writes)."""
    for copy in range(times):
        for doc in block:
            yield shifted(doc, 2 * copy * len(block)) if copy else doc


def documents(base: list[Document], questions: int, seed: int = 1) -> Iterator[Document]:
    """Varied documents until ``questions`` questions are reached (the last one is trimmed)."""
    rng = random.Random(seed)
    words = vocabulary(base)
    made, serial = 0, 100_000
    while made < questions:
        doc = vary_document(rng.choice(base), serial, words, rng)
        serial += 2
        keep: tuple[Question, ...] = doc.questions[: questions - made]
        made += len(keep)
        yield dataclasses.replace(doc, questions=keep)
