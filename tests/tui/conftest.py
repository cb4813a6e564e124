"""Fixtures for the TUI tests: a real library holding the shared corpus, built once per session and
copied for each test, and the app from the same factory the CLI uses."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from pilot_steps import OFFICE, TODAY

from drafter.library import Library
from drafter.library.importer import import_paths
from drafter.serialize import document_from_dict
from drafter.tui.app import DrafterApp, create_app

ANSWER_19_21876 = "19/21876"


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory: pytest.TempPathFactory, bundestag_dir: Path, data_dir: Path) -> Path:
    """A library file holding tests/data/bundestag/ and the follow-up answer in tests/data/tui/."""
    path = tmp_path_factory.mktemp("corpus") / "library.sqlite"
    with Library(path) as lib:
        report = import_paths(lib, [bundestag_dir, data_dir / "tui"])
    assert not report.failed, report.failed
    return path


@pytest.fixture
def library_file(corpus_db: Path, tmp_path: Path) -> Path:
    """This test's own copy of the corpus library, so tests never see each other's drafts."""
    target = tmp_path / "library.sqlite"
    shutil.copy(corpus_db, target)
    return target


@pytest.fixture
def snapshot_db(tmp_path: Path, data_dir: Path) -> Path:
    """A library of frozen parsed records (tests/data/tui/snapshot-documents.jsonl), so the SVG
    snapshots show the screens, not the current state of the parser and classifier."""
    path = tmp_path / "snapshot-library.sqlite"
    lines = (data_dir / "tui" / "snapshot-documents.jsonl").read_text(encoding="utf-8").splitlines()
    with Library(path) as lib:
        for index, line in enumerate(lines):
            lib.import_document(document_from_dict(json.loads(line)), source_hash=f"snapshot-{index}")
    return path


@pytest.fixture(autouse=True)
def office_profile() -> Path:
    """Write ``OFFICE`` into the test's config file (``DRAFTER_CONFIG``), as a set-up user has it."""
    path = Path(os.environ["DRAFTER_CONFIG"])
    path.write_text(OFFICE, encoding="utf-8")
    return path


@pytest.fixture
def make_app(library_file: Path) -> Callable[..., DrafterApp]:
    """``make_app(paths=...)``: the app exactly as ``drafter --db FILE`` builds it, with a fixed date."""

    def make(paths: tuple[Path, ...] = (), **kwargs: object) -> DrafterApp:
        return create_app(str(library_file), paths, today=TODAY, cursor_blink=False, **kwargs)  # type: ignore[arg-type]

    return make
