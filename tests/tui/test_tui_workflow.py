"""The whole path at the keyboard: library -> 19/21876 -> open items -> marks -> draft -> .docx."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import docx
from pilot_steps import open_from_library, settle
from textual.widgets import TextArea

from drafter.tui.app import DrafterApp
from drafter.tui.screens.confirm import ConfirmScreen
from drafter.tui.screens.document import DocumentScreen
from drafter.tui.screens.draft import DraftScreen
from drafter.tui.screens.prompt import PromptScreen
from drafter.tui.widgets.question_editor import QuestionEditor

MARK = ("4", "10", "20")
CITED = re.compile(r"zu Frage (\w+) auf Bundestagsdrucksache 19/21876")


def question_paragraphs(path: Path) -> list[str]:
    """The paragraphs between "Wir fragen die Bundesregierung:" and "Berlin, den ..."."""
    texts = [p.text for p in docx.Document(str(path)).paragraphs if p.text.strip()]
    start = next(i for i, t in enumerate(texts) if t.startswith("Wir fragen die Bundesregierung"))
    end = next(i for i, t in enumerate(texts) if t.startswith("Berlin, den"))
    return texts[start + 1 : end]


async def mark_items(pilot: object, screen: DocumentScreen, numbers: tuple[str, ...]) -> None:
    """Jump with n until each wanted item is current and mark it with the space bar."""
    for number in numbers:
        while screen.current().number != number:  # type: ignore[union-attr]
            await pilot.press("n")  # type: ignore[attr-defined]
        await pilot.press("space")  # type: ignore[attr-defined]
        await settle(pilot)  # type: ignore[arg-type]


async def export_to(pilot: object, app: DrafterApp, path: Path) -> None:
    await pilot.press("ctrl+s")  # type: ignore[attr-defined]
    assert isinstance(app.screen, PromptScreen)
    await pilot.press("ctrl+u", *str(path), "enter")  # type: ignore[attr-defined]


async def test_marked_items_become_exactly_the_exported_questions(
    make_app: Callable[..., DrafterApp], tmp_path: Path
) -> None:
    app = make_app()
    out = tmp_path / "nachfrage.docx"
    async with app.run_test(size=(100, 40)) as pilot:
        await open_from_library(pilot, "19/21876")
        screen = app.screen
        assert isinstance(screen, DocumentScreen)
        await mark_items(pilot, screen, MARK)
        assert "3 markiert" in str(screen.query_one("#questions").border_title)

        await pilot.press("e")
        await settle(pilot)
        draft_screen = app.screen
        assert isinstance(draft_screen, DraftScreen)
        assert [e.question.source.question for e in draft_screen.editors()] == list(MARK)  # type: ignore[union-attr]
        title = draft_screen.query_one("#draft-title", TextArea)
        assert title.has_focus and "19/21876" in title.text
        await pilot.press(*"Erneute ")
        second = draft_screen.editors()[1]
        second.focus_text()
        await pilot.press(*"Seit wann? ")
        await settle(pilot)

        session_draft = app.session.draft
        assert session_draft is not None and session_draft.title.startswith("Erneute Wiener")
        assert session_draft.questions[1].text.startswith("Seit wann? ")

        await export_to(pilot, app, out)
        await settle(pilot)
        assert out.exists()

    paragraphs = question_paragraphs(out)
    cited = [m.group(1) for p in paragraphs for m in CITED.finditer(p)]
    assert cited == list(MARK)
    assert any(p.startswith("Seit wann? ") for p in paragraphs)


async def test_export_asks_before_overwriting(make_app: Callable[..., DrafterApp], tmp_path: Path) -> None:
    app = make_app()
    out = tmp_path / "vorhanden.docx"
    out.write_bytes(b"old")
    async with app.run_test(size=(100, 40)) as pilot:
        await open_from_library(pilot, "19/21876")
        screen = app.screen
        assert isinstance(screen, DocumentScreen)
        await mark_items(pilot, screen, ("4",))
        await pilot.press("e")
        await settle(pilot)
        await export_to(pilot, app, out)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await settle(pilot)
        assert out.read_bytes() == b"old"
        await export_to(pilot, app, out)
        await pilot.press("j")
        await settle(pilot)
    assert out.read_bytes()[:2] == b"PK"
    assert len(question_paragraphs(out)) >= 1


async def test_unwritable_path_shows_german_error_and_keeps_the_draft(
    make_app: Callable[..., DrafterApp], tmp_path: Path
) -> None:
    app = make_app()
    blocked = tmp_path / "datei"
    blocked.write_text("a file, not a folder")
    async with app.run_test(size=(100, 40)) as pilot:
        await open_from_library(pilot, "19/21876")
        screen = app.screen
        assert isinstance(screen, DocumentScreen)
        await mark_items(pilot, screen, ("4",))
        await pilot.press("e")
        await settle(pilot)
        await pilot.press(*"Mein Titel ")
        await export_to(pilot, app, blocked / "nachfrage.docx")
        await settle(pilot)
        error = app.screen
        assert type(error).__name__ == "ErrorScreen"
        assert "nachfrage.docx" in error.error_message  # type: ignore[attr-defined]
        await pilot.press("enter")
        assert isinstance(app.screen, DraftScreen)
        assert app.screen.query_one("#draft-title", TextArea).text.startswith("Mein Titel ")
        editors = list(app.screen.query(QuestionEditor))
        assert len(editors) == 1
