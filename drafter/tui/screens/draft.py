"""The draft: every field editable, questions reordered, added, split and deleted at the keyboard.

Each edit is read back from the widgets into the session's draft at once (nothing typed lives only
in a widget); a debounced worker then saves it to the library and runs the checks, whose warnings
appear under the question they concern. Strg+Z and Strg+Y undo and redo every change to the draft,
typing, moving, deleting and marks alike (the history is the session's, see ``DraftSession``);
deleting a question asks first.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.message import Message
from textual.widgets import Input, Label, Static, TextArea
from textual.worker import get_current_worker

from drafter.models import Draft, DraftQuestion
from drafter.profile import signed_as
from drafter.tui.bindings import bindings_for
from drafter.tui.labels import count, shorten
from drafter.tui.messages import Failed
from drafter.tui.placing import place_warnings, same_content
from drafter.tui.screens.base import WorkbenchScreen
from drafter.tui.screens.confirm import ConfirmScreen
from drafter.tui.screens.prompt import PromptScreen
from drafter.tui.screens.search import SearchScreen
from drafter.tui.widgets.draft_header import DraftHeader
from drafter.tui.widgets.key_bar import KeyBar
from drafter.tui.widgets.question_editor import QuestionEditor

AUTOSAVE_DELAY_S = 0.4
EMPTY_HINT = (
    "Noch keine Fragen. Im Dokument offene Punkte mit der Leertaste markieren, "
    "Strg+N für eine eigene Frage, Strg+L für eine Frage aus der Bibliothek."
)


class DraftScreen(WorkbenchScreen[None]):
    """Edits the session's draft (one is created empty when there is none)."""

    BINDINGS = bindings_for("draft")
    SCOPE = "draft"
    shown: Draft | None
    """The session's draft as this screen last showed or stored it."""

    class Checked(Message):
        def __init__(self, warnings: list[Any]) -> None:
            super().__init__()
            self.warnings = warnings

    class Exported(Message):
        def __init__(self, path: Path) -> None:
            super().__init__()
            self.path = path

    def compose(self) -> ComposeResult:
        self.shown = self.drafter.session.draft
        draft = self.shown or self._blank()
        yield Label("Entwurf der Kleinen Anfrage", classes="screen-title")
        yield Static("", id="draft-status", markup=False)
        with VerticalScroll(id="draft-body"):
            yield DraftHeader(draft)
            yield Label("Wir fragen die Bundesregierung:", id="we-ask")
            yield Static(EMPTY_HINT, id="draft-empty", markup=False)
            yield Vertical(*self._editors(draft.questions), id="draft-questions")
        yield KeyBar()

    def _blank(self) -> Draft:
        """A new draft: empty, but asked and signed by the user's office (``[profile]``)."""
        return signed_as(Draft(title=""), self.drafter.backend.profile, self.drafter.today)

    @staticmethod
    def _editors(questions: tuple[DraftQuestion, ...]) -> list[QuestionEditor]:
        return [QuestionEditor(q, i + 1) for i, q in enumerate(questions)]

    def __init__(self) -> None:
        super().__init__()
        self.shown = None
        self.rebuilding = False

    def on_mount(self) -> None:
        self.query_one("#draft-title", TextArea).focus()
        self.call_after_refresh(self._repaint)
        self._status()
        self._check(delay=0.0)

    async def on_screen_resume(self) -> None:
        """Coming back to this screen: if the draft changed meanwhile (marks made in a document
        opened from here, a question deleted in another draft screen), show the current one, so a
        later edit here never writes an outdated draft back."""
        if self.is_mounted and not same_content(self.drafter.session.draft, self.shown):
            await self.show_session()

    def _repaint(self) -> None:
        """Lay out and paint once more after the text areas have wrapped their text to their width:
        a real terminal otherwise keeps showing the first, unwrapped frame."""
        self.refresh(layout=True, repaint=True)

    def editors(self) -> list[QuestionEditor]:
        return list(self.query(QuestionEditor).results(QuestionEditor))

    def collect(self) -> Draft:
        """The draft exactly as the widgets show it."""
        base = self.drafter.session.draft or self._blank()
        draft = self.query_one(DraftHeader).apply(base)
        return replace(draft, questions=tuple(e.value() for e in self.editors()))

    @on(Input.Changed)
    @on(TextArea.Changed)
    def _edited(self) -> None:
        if not self.rebuilding:
            self.commit()

    def commit(self, step: str | None = None) -> None:
        """Store the widgets' state in the session and schedule saving and checking.

        ``step`` names the change for undo; by default typing in the focused field, so a word
        typed is undone at once, not letter by letter.
        """
        draft = self.collect()
        session = self.drafter.session
        before = session.draft
        baseline = before or self._blank()  # a new draft is shown blank: showing it is no edit
        if draft == before or (before is None and same_content(draft, baseline)):
            return
        head_edited = not same_content(replace(draft, questions=()), replace(baseline, questions=()))
        typing = f"typing:{id(self.focused)}" if self.focused is not None else ""
        self.shown = session.update(lambda _old: draft, step=typing if step is None else step)
        if head_edited:
            session.head_auto = False
        self._status("Ungespeicherte Änderungen ...")
        self.drafter.autosave(AUTOSAVE_DELAY_S)
        self._check(delay=AUTOSAVE_DELAY_S)

    @work(thread=True, exclusive=True, group="draft-check")
    def _check(self, delay: float) -> None:
        """Run the draft checks once typing pauses (saving is the app's job: it outlives this screen)."""
        time.sleep(delay)
        draft = self.drafter.session.draft
        if get_current_worker().is_cancelled or draft is None:
            return
        try:
            warnings = self.drafter.backend.check(draft)
        except Exception as error:
            self.drafter.post_message(Failed(error))
            return
        self.post_message(self.Checked(warnings))

    def on_draft_screen_checked(self, message: Checked) -> None:
        if not self.rebuilding:  # the commit after the rebuild starts a fresh check
            self.show_warnings(message.warnings)

    def saved(self) -> None:
        """The app saved the draft: say so."""
        self._status()

    def show_warnings(self, warnings: list[Any]) -> None:
        """Each warning under the question it concerns, the rest under the head."""
        editors = self.editors()
        by_question, general = place_warnings(warnings, len(editors))
        for index, editor in enumerate(editors):
            editor.show_warnings(by_question.get(index, []))
        self.query_one(DraftHeader).show_warnings(general)

    def _status(self, text: str | None = None) -> None:
        draft = self.drafter.session.draft
        questions = len(draft.questions) if draft else 0
        saved = "gespeichert" if draft is not None and draft.id is not None else "noch nicht gespeichert"
        name = self.drafter.session.name
        named = f"„{name}“: " if name else ""
        status = f"{named}{count(questions, 'Frage', 'Fragen')}, {saved}. F5: alle Entwürfe, F1: alle Tasten"
        self.query_one("#draft-status", Static).update(text or status)
        self.query_one("#draft-empty").display = questions == 0

    def focused_editor(self) -> QuestionEditor | None:
        node = self.focused
        while node is not None and not isinstance(node, QuestionEditor):
            node = node.parent  # type: ignore[assignment]
        return node

    async def rebuild(self, questions: tuple[DraftQuestion, ...], focus: int | None) -> None:
        """Re-mount the question editors after a structural change, then save."""
        container = self.query_one("#draft-questions", Vertical)
        self.rebuilding = True  # while editors come and go, the widgets do not show the draft
        try:
            await container.remove_children()
            await container.mount_all(self._editors(questions))
        finally:
            self.rebuilding = False
        self.commit(step="")
        if focus is not None and self.editors():
            self.editors()[max(0, min(focus, len(questions) - 1))].focus_text()
        self._status()
        self.call_after_refresh(self._repaint)

    async def _move(self, step: int) -> None:
        editor = self.focused_editor()
        if editor is None:
            return
        questions = list(self.collect().questions)
        index = editor.number - 1
        target = index + step
        if 0 <= target < len(questions):
            questions[index], questions[target] = questions[target], questions[index]
            await self.rebuild(tuple(questions), target)

    async def action_move_up(self) -> None:
        await self._move(-1)

    async def action_move_down(self) -> None:
        await self._move(+1)

    async def insert_question(self, question: DraftQuestion) -> None:
        """Insert after the focused question, or at the end."""
        editor = self.focused_editor()
        questions = list(self.collect().questions)
        index = editor.number if editor is not None else len(questions)
        questions.insert(index, question)
        await self.rebuild(tuple(questions), index)

    async def action_new_question(self) -> None:
        await self.insert_question(DraftQuestion(text=""))

    async def action_new_subquestion(self) -> None:
        editor = self.focused_editor()
        if editor is None:
            self.notify("Zuerst eine Frage auswählen.", title="Unterfrage")
            return
        await editor.add_subquestion()
        self.commit()

    async def action_delete_item(self) -> None:
        """Delete the focused sub-question (Strg+Z restores it), or, after asking, the focused question."""
        editor = self.focused_editor()
        if editor is None:
            return
        if isinstance(self.focused, TextArea) and self.focused.has_class("sub-text"):
            await editor.remove_subquestion(self.focused)
            self.commit(step="")
            editor.focus_text()
            self.notify("Unterfrage entfernt; Strg+Z stellt sie wieder her.", title="Entwurf")
            return
        number = editor.number
        text = shorten(editor.value().text, 80) or "(leer)"
        question = f"Frage {number} entfernen? „{text}“\nStrg+Z stellt sie wieder her. (j = Ja, n = Nein)"

        async def answer(yes: bool | None) -> None:
            if yes:
                await self._delete_question(number)

        self.app.push_screen(ConfirmScreen("Frage entfernen?", question), answer)

    async def _delete_question(self, number: int) -> None:
        """Remove question ``number`` (1-based); a question on a marked item is parked, so marking
        the item again in its answer brings the wording back."""
        questions = list(self.collect().questions)
        if not 0 < number <= len(questions):
            return
        removed = questions.pop(number - 1)
        self.drafter.session.park(removed, number - 1)
        await self.rebuild(tuple(questions), number - 1)
        self.notify(f"Frage {number} entfernt; Strg+Z stellt sie wieder her.", title="Entwurf")

    async def action_undo(self) -> None:
        await self._travel(self.drafter.session.undo, "Nichts mehr rückgängig zu machen.")

    async def action_redo(self) -> None:
        await self._travel(self.drafter.session.redo, "Nichts zu wiederholen.")

    async def _travel(self, step: Callable[[], bool], nothing: str) -> None:
        """Undo or redo one step and show the draft as it is then; the focus stays near where it was."""
        self.commit()
        editor = self.focused_editor()
        if not step():
            self.notify(nothing, title="Entwurf")
            return
        await self.show_session(focus=editor.number - 1 if editor is not None else None)
        self.drafter.autosave(AUTOSAVE_DELAY_S)
        self.drafter.on_draft_changed()

    async def show_session(self, focus: int | None = None) -> None:
        """Rebuild every field from the session's draft (after undo, redo or a change elsewhere)."""
        self.rebuilding = True
        try:
            await self.recompose()
        finally:
            self.rebuilding = False
        self.on_mount()
        if focus is not None and self.editors():
            self.editors()[max(0, min(focus, len(self.editors()) - 1))].focus_text()

    def action_from_library(self) -> None:
        self.app.push_screen(SearchScreen(pick=True), self._picked)

    async def _picked(self, hit: Any) -> None:
        if hit is not None:
            await self.insert_question(DraftQuestion(text=" ".join(hit.text.split())))

    def action_export(self) -> None:
        self.commit()
        default = str(Path.cwd() / "nachfrage.docx")
        hint = "Pfad der Word-Datei (.docx)."
        self.app.push_screen(PromptScreen("Als .docx exportieren", hint, value=default), self._export_path)

    def _export_path(self, value: str | None) -> None:
        if not value:
            return
        path = Path(value).expanduser()
        path = path if path.suffix.lower() == ".docx" else path.with_name(path.name + ".docx")
        if path.exists():
            question = f"{path} gibt es schon. Überschreiben? (j = Ja, n = Nein)"
            self.app.push_screen(ConfirmScreen("Datei überschreiben?", question), self._confirmed(path))
        else:
            self._export(path)

    def _confirmed(self, path: Path) -> Callable[[bool | None], None]:
        def answer(yes: bool | None) -> None:
            if yes:
                self._export(path)

        return answer

    @work(thread=True, exclusive=True, group="draft-export")
    def _export(self, path: Path) -> None:
        draft = self.drafter.session.draft
        if draft is None:
            return
        try:
            self.drafter.backend.export(draft, path)
        except Exception as error:
            self.drafter.post_message(Failed(error))
            return
        self.post_message(self.Exported(path))

    def on_draft_screen_exported(self, message: Exported) -> None:
        self.notify(f"Geschrieben: {message.path}", title="Export")
