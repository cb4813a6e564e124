"""Order and layout: questions by number, draft questions shown in full after every change."""

from __future__ import annotations

from collections.abc import Callable

from pilot_steps import open_from_library, settle
from textual.widgets import TextArea

from drafter.tui.app import DrafterApp
from drafter.tui.labels import number_key
from drafter.tui.screens.document import DocumentScreen
from drafter.tui.screens.draft import DraftScreen


async def test_the_list_follows_the_question_numbers(make_app: Callable[..., DrafterApp]) -> None:
    """21/2000 answers question 3 after 7 (joint answers); the list still reads 1, 2, 3, 4, ..."""
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await open_from_library(pilot, "21/2000")
        screen = app.screen
        assert isinstance(screen, DocumentScreen)
        in_answer_order = [q.number for q in screen.doc.questions]
        shown = [str(screen.query_one("#questions").get_option_at_index(i).id) for i in range(14)]  # type: ignore[attr-defined]
        assert in_answer_order[:8] == ["1", "2", "4", "5", "6", "7", "3", "8"]
        assert shown[:8] == ["1", "2", "3", "4", "5", "6", "7", "8"]
        numbers = [q.number for q in screen.shown_questions()]
        assert numbers == sorted(numbers, key=number_key)


def _cut(screen: DraftScreen) -> list[tuple[int, int]]:
    """(shown height, wrapped lines) of every text field of the questions that shows less than all."""
    fields = [*screen.query(".question-text").results(TextArea), *screen.query(".sub-text").results(TextArea)]
    return [
        (f.size.height, f.wrapped_document.height)
        for f in fields
        if f.size.height < f.wrapped_document.height
    ]


async def test_every_question_shows_in_full_after_new_and_library_questions(
    make_app: Callable[..., DrafterApp],
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_from_library(pilot, "19/21876")
        for keys in (("n", "space"), ("n", "n", "n", "space"), ("n", "space")):  # 3 (with 3a, 3b), 4, 5
            await pilot.press(*keys)
            await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, DraftScreen)
        assert not _cut(screen)
        screen.editors()[0].focus_text()
        await pilot.press("ctrl+n", *"Seit wann ist das bekannt?")
        await settle(pilot)
        assert len(screen.editors()) == 4 and not _cut(screen)
        await pilot.press("ctrl+l", *"Eurodac")
        await settle(pilot)
        await pilot.press("down", "enter")
        await settle(pilot)
        assert app.screen is screen and len(screen.editors()) == 5
        assert not _cut(screen)
        long_sub = (
            "Wenn nein, wann rechnet die Bundesregierung mit dem Abschluss der Prüfung und wer ist beteiligt?"
        )
        await pilot.press("ctrl+t", *long_sub)
        await settle(pilot)
        assert not _cut(screen)


async def test_fields_follow_a_narrower_terminal(make_app: Callable[..., DrafterApp]) -> None:
    """Narrowing the terminal re-wraps every field, and each grows to its new number of lines."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_from_library(pilot, "19/21876")
        for _ in range(2):
            await pilot.press("n", "space")
            await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, DraftScreen)
        title = screen.query_one("#draft-title", TextArea)
        wide = title.size.height
        await pilot.resize_terminal(70, 40)
        await settle(pilot)
        await pilot.pause(0.2)
        assert title.size.height > wide and not _cut(screen)
