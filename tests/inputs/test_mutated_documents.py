"""Property test: real Drucksachen, damaged the ways files get damaged (cut off, lines shuffled,
control characters injected, parts in another encoding), fed to the parser and the importer.

Whatever the damage: no traceback, either a valid document or a German message naming the file;
the library stays consistent (``PRAGMA integrity_check``) and loses nothing it held before.
The example count is small and fixed (derandomized) so the suite stays fast and repeatable.
"""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from drafter.errors import DrafterError
from drafter.inputs import shown
from drafter.library import Library
from drafter.library.importer import import_paths
from drafter.models import Document
from drafter.workflow import read_classified

BUNDESTAG = Path(__file__).parents[1] / "data" / "bundestag"
SOURCES = [
    BUNDESTAG / name
    for name in (
        "21_1023-antwort.txt",
        "21_890-antwort.txt",
        "21_953-kleine-anfrage.txt",
        "21_437-antwort.txt",
    )
]
CONTROL = [chr(c) for c in (*range(0, 9), 11, 14, 15, 27, 127)] + ["\u2028", "\ufeff", "\x0c"]


def _truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(len(data) + 1)]


def _shuffle(data: bytes, rng: random.Random) -> bytes:
    lines = data.split(b"\n")
    start = rng.randrange(len(lines))
    part = lines[start : start + rng.randrange(2, 40)]
    rng.shuffle(part)
    lines[start : start + len(part)] = part
    return b"\n".join(lines)


def _inject(data: bytes, rng: random.Random) -> bytes:
    text = data.decode("utf-8", errors="surrogateescape")  # an earlier mutation may have mixed encodings
    for _ in range(rng.randrange(1, 60)):
        at = rng.randrange(len(text) + 1)
        text = text[:at] + rng.choice(CONTROL) * rng.randrange(1, 4) + text[at:]
    return text.encode("utf-8", errors="surrogateescape")


def _mixed_encodings(data: bytes, rng: random.Random) -> bytes:
    text = data.decode("utf-8", errors="replace")
    cut = rng.randrange(len(text) + 1)
    second = rng.choice(["cp1252", "latin-1", "utf-16-le", "utf-8"])
    return text[:cut].encode("utf-8") + text[cut:].encode(second, errors="replace")


MUTATIONS = [_truncate, _shuffle, _inject, _mixed_encodings]


@pytest.fixture(scope="module")
def library_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One library for all examples, starting with two intact documents that must never be lost."""
    path = tmp_path_factory.mktemp("mutated") / "library.sqlite"
    with Library(path) as lib:
        report = import_paths(
            lib, [BUNDESTAG / "21_2000-antwort.txt", BUNDESTAG / "21_1779-kleine-anfrage.txt"]
        )
    assert not report.failed
    return path


def _check_document(doc: Document) -> None:
    assert doc.questions, "a document comes back with questions or not at all"
    assert all(q.number and q.text for q in doc.questions)


@settings(
    max_examples=36,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    source=st.sampled_from(SOURCES),
    mutations=st.lists(st.sampled_from(MUTATIONS), min_size=1, max_size=3),
    seed=st.integers(0, 2**32 - 1),
)
def test_damaged_documents_give_a_document_or_a_german_message(
    library_file: Path, source: Path, mutations: list, seed: int
) -> None:
    rng = random.Random(seed)
    data = source.read_bytes()
    for mutate in mutations:
        data = mutate(data, rng) if data else data
    with tempfile.TemporaryDirectory() as folder:
        damaged = Path(folder) / f"beschädigt-{source.name}"
        damaged.write_bytes(data)
        try:
            _check_document(read_classified(damaged))
            event("a valid document")
        except DrafterError as error:
            event(f"message: {error.title}")
            assert shown(damaged) in error.message
            assert "Traceback" not in error.message
        with Library(library_file) as lib:
            before = {s.number for s in lib.documents()}
            report = import_paths(lib, [damaged], parse=read_classified)
            for path, reason in report.failed:
                assert path == damaged and shown(damaged) in reason
            after = {s.number for s in lib.documents()}
            assert before <= after
            assert lib.integrity_ok()
            for summary in lib.documents():
                stored = lib.get_document(summary.number or "")
                assert stored is not None and sum(summary.counts.values()) == len(stored.questions)
