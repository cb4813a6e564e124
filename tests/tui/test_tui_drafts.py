"""Several inquiries at once: named drafts (F5) to open, start, copy, rename, delete and restore,
each with its own sources; a question of another answer joins a draft only on purpose."""

from __future__ import annotations

from collections.abc import Callable

from pilot_steps import open_from_library, settle
from textual.pilot import Pilot
from textual.widgets import OptionList

from drafter.tui.app import DrafterApp
from drafter.tui.screens.choice import ChoiceScreen
from drafter.tui.screens.confirm import ConfirmScreen
from drafter.tui.screens.document import DocumentScreen
from drafter.tui.screens.draft import DraftScreen
from drafter.tui.screens.drafts import DraftsScreen


async def mark(pilot: Pilot[None], number: str, drucksache: str) -> DocumentScreen:
    """Open ``drucksache`` from the library and press Space on question ``number``."""
    await pilot.press("f2")
    await open_from_library(pilot, drucksache)
    screen = pilot.app.screen
    assert isinstance(screen, DocumentScreen)
    while screen.current().number != number:  # type: ignore[union-attr]
        await pilot.press("n")
    await pilot.press("space")
    await settle(pilot)
    return screen


def labels(screen: DraftsScreen) -> list[str]:
    return [e.label for e in screen.entries]


async def test_a_second_answer_asks_and_can_start_a_new_draft(make_app: Callable[..., DrafterApp]) -> None:
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await mark(pilot, "10", "19/21876")
        first = app.session.draft
        assert first is not None and first.cites == ("19/21876",)
        await mark(pilot, "2", "21/2000")
        assert isinstance(app.screen, ChoiceScreen)
        assert app.session.draft == first  # nothing added before the answer
        await pilot.press("n")
        await settle(pilot)
        second = app.session.draft
        assert second is not None and second.cites == ("21/2000",) and second.id != first.id
        assert [q.source.drucksache for q in second.questions if q.source] == ["21/2000"]

        await pilot.press("f5")
        await settle(pilot)
        drafts = app.screen
        assert isinstance(drafts, DraftsScreen)
        assert sorted(e.cites for e in drafts.entries) == [("19/21876",), ("21/2000",)]


async def test_a_second_answer_on_purpose_cites_both(make_app: Callable[..., DrafterApp]) -> None:
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await mark(pilot, "10", "19/21876")
        await mark(pilot, "2", "21/2000")
        assert isinstance(app.screen, ChoiceScreen)
        await pilot.press("a")
        await settle(pilot)
        draft = app.session.draft
        assert draft is not None and draft.cites == ("19/21876", "21/2000")
        assert [(q.source.drucksache, q.source.question) for q in draft.questions if q.source] == [
            ("19/21876", "10"),
            ("21/2000", "2"),
        ]
        preamble = " ".join(draft.preamble)
        assert "19/21876" in preamble and "21/2000" in preamble
        joint = draft.questions[1]  # 21/2000 answers 1, 2, 4, 5, 6 and 7 together: one question
        assert {ref.question for ref in joint.presses_on} == {"1", "2", "4", "5", "6", "7"}
        await mark(pilot, "4", "21/2000")  # the draft follows up 21/2000 now: no dialog
        assert isinstance(app.screen, DocumentScreen)
        # 4 is asked in the joint question already: no second question, a notice instead
        assert app.session.draft.questions == draft.questions  # type: ignore[union-attr]
        assert any("Frage 4 ist schon Teil der Nachfrage zu Frage 2" in n.message for n in app._notifications)


async def test_list_open_copy_rename_delete_restore(make_app: Callable[..., DrafterApp]) -> None:
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await mark(pilot, "10", "19/21876")
        await pilot.press("f5")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, DraftsScreen)
        assert len(screen.entries) == 1

        await pilot.press("r", "ctrl+u", *"Westbalkan Hunko", "enter")
        await settle(pilot)
        assert labels(screen) == ["Westbalkan Hunko"] and app.session.name == "Westbalkan Hunko"

        await pilot.press("k")
        await settle(pilot)
        assert sorted(labels(screen)) == ["Kopie von Westbalkan Hunko", "Westbalkan Hunko"]

        await pilot.press("n", *"Mietkosten", "enter")
        await settle(pilot)
        assert isinstance(app.screen, DraftScreen) and app.session.name == "Mietkosten"
        assert app.session.draft is None or not app.session.draft.questions
        await pilot.press(*"Nachfrage zu Heizkosten")
        await settle(pilot)

        await pilot.press("f5")
        await settle(pilot)
        assert isinstance(app.screen, DraftsScreen)
        screen = app.screen
        assert "Mietkosten" in labels(screen) and len(screen.entries) == 3
        target = labels(screen).index("Westbalkan Hunko")
        screen.query_one(OptionList).highlighted = target
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, DraftScreen) and app.session.name == "Westbalkan Hunko"
        assert [q.source.question for q in app.session.draft.questions if q.source] == ["10"]  # type: ignore[union-attr]

        await pilot.press("f5")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, DraftsScreen)
        screen.query_one(OptionList).highlighted = labels(screen).index("Mietkosten")
        await pilot.press("delete")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("j")
        await settle(pilot)
        assert "Mietkosten" not in labels(screen)
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert "Mietkosten" in labels(screen)


def test_a_list_line_puts_the_sources_before_the_name() -> None:
    """At 80 columns the name is cut, never the sources."""
    import datetime as dt

    from drafter.library.drafts import DraftEntry
    from drafter.tui.screens.drafts import entry_line

    entry = DraftEntry(
        7, "Westbalkan", "Titel", dt.datetime(2026, 12, 3, 9, 5, tzinfo=dt.UTC), 1, ("19/21876",)
    )
    line = entry_line(entry, current=True).plain
    assert line.startswith("* ") and "1 Frage  zu 19/21876  Westbalkan" in line
