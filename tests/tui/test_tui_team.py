"""The TUI on a team library on PostgreSQL: open a file into it, search it, mark points, export.

The same keys as on a SQLite file (test_tui_workflow.py, test_tui_search.py), with the library on
a throwaway PostgreSQL server (tests/library/pgcluster.py): what the app writes must land on the
server and what it finds must come from there.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from pilot_steps import TODAY, settle
from textual.widgets import OptionList

sys.path.insert(0, str(Path(__file__).parents[1] / "library"))

import pgcluster

from drafter.library import Library
from drafter.library.importer import import_paths
from drafter.tui.app import create_app
from drafter.tui.screens.document import DocumentScreen
from drafter.tui.screens.draft import DraftScreen
from drafter.tui.screens.prompt import PromptScreen
from drafter.tui.screens.search import SearchScreen

OPENED = "21_1521-antwort.txt"  # left out of the team library, opened from a folder in the test


@pytest.fixture(scope="module")
def team_url(bundestag_dir: Path, data_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A team library on a fresh server holding the corpus except ``OPENED``."""
    corpus = tmp_path_factory.mktemp("team-corpus")
    for path in bundestag_dir.glob("*.txt"):
        if path.name != OPENED:
            shutil.copy(path, corpus / path.name)
    cluster = pgcluster.start()
    try:
        cluster.sql("CREATE DATABASE team")
        url = cluster.url("team")
        with Library(url) as lib:
            report = import_paths(lib, [corpus, data_dir / "tui"])
        assert not report.failed, report.failed
        yield url
    finally:
        pgcluster.stop(cluster)


async def test_open_search_mark_and_export_on_a_team_library(
    team_url: str, bundestag_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "nachfrage.docx"
    app = create_app(team_url, (bundestag_dir / OPENED,), today=TODAY, cursor_blink=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, DocumentScreen) and app.screen.doc.number == "21/1521"

        await pilot.press("f3")
        assert isinstance(app.screen, SearchScreen)
        await pilot.press(*"Eurodac Interoperabilität")
        await settle(pilot)
        search = app.screen
        assert isinstance(search, SearchScreen)
        assert search.query_one(OptionList).option_count == len(search.hits) > 0
        index = next(i for i, h in enumerate(search.hits) if (h.drucksache, h.number) == ("19/21876", "10"))
        await pilot.press("down", *["down"] * index, "enter")
        await settle(pilot)
        document = app.screen
        assert isinstance(document, DocumentScreen) and document.doc.number == "19/21876"
        assert document.current() is document.doc.question("10")

        await pilot.press("space")
        await settle(pilot)
        assert "1 markiert" in str(document.query_one("#questions").border_title)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, DraftScreen)
        await pilot.press("ctrl+s")
        assert isinstance(app.screen, PromptScreen)
        await pilot.press("ctrl+u", *str(out), "enter")
        await settle(pilot)

    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    assert any("Frage 10 auf Bundestagsdrucksache 19/21876" in t for t in texts), texts
    with Library(team_url) as lib:
        assert lib.get_document("21/1521") is not None  # opening the file stored it on the server
        assert lib.drafts(), "the exported draft is saved in the team library"
