"""Which draft is open, what is marked in it, and whose office asks: the app's drafting desk.

``DraftDesk`` is the part of the app that changes the session's draft from outside the draft
screen: marking items (asking first when an item belongs to an answer the draft does not follow
up yet), opening, starting and switching named drafts, and the office profile with its first-run
dialog. Every library call runs in a worker; the UI learns of changes through messages.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from textual import work
from textual.app import App
from textual.message import Message

from drafter.config import Profile
from drafter.models import Document, Question
from drafter.profile import signed_as
from drafter.tui.backend import Backend
from drafter.tui.labels import shorten
from drafter.tui.marking import AlreadyAsked, mark_many, toggle, unmark_all
from drafter.tui.messages import DraftChanged, Failed
from drafter.tui.screens.choice import ChoiceScreen
from drafter.tui.screens.document import DocumentScreen
from drafter.tui.screens.draft import DraftScreen
from drafter.tui.screens.drafts import DraftsScreen
from drafter.tui.screens.profile import ProfileScreen
from drafter.tui.session import DraftSession


class DraftDesk(App[None]):
    """The drafting half of ``DrafterApp`` (which sets ``backend``, ``session`` and ``today``)."""

    backend: Backend
    session: DraftSession
    today: dt.date | None

    def save_now(self) -> None:
        """Save the session's draft with its name (worker threads only; errors go to the caller)."""
        draft = self.session.draft
        if draft is not None and (draft.title.strip() or draft.questions):
            self.session.set_id(self.backend.save_draft(draft, self.session.name or None))

    def toggle_mark(self, doc: Document, question: Question) -> None:
        """Mark or unmark one item; an item of an answer the draft does not follow up yet is only
        added on purpose (asked first)."""
        if self.session.is_marked(doc, question) or not question.status.unresolved:
            self._mark(doc, (question,), "toggle", second_source=False)
        else:
            self._ask_source(doc, (question,), "toggle")

    def mark_many(self, doc: Document, questions: Sequence[Question], *, unmark: bool = False) -> None:
        """Mark every item of ``questions``, or with ``unmark`` take all of ``doc``'s out."""
        if unmark:
            self._mark(doc, (), "unmark", second_source=False)
        else:
            self._ask_source(doc, tuple(questions), "many")

    def _ask_source(self, doc: Document, questions: tuple[Question, ...], how: str) -> None:
        draft = self.session.draft
        cites = draft.cites if draft is not None else ()
        if draft is None or not draft.questions or not cites or doc.number in cites:
            self._mark(doc, questions, how, second_source=False)
            return
        label = self.session.name or shorten(draft.title, 60) or "ohne Titel"
        message = (
            f"Der Entwurf „{label}“ fragt bisher nach zu {', '.join(cites)}. {doc.number} ist eine andere "
            "Antwort. Aufnehmen: die Frage kommt dazu und die Vorbemerkung nennt beide Antworten. "
            "Neuer Entwurf: der bisherige bleibt unter Entwürfe (F5) erhalten."
        )
        choices = [("a", "Aufnehmen", "add"), ("n", "Neuer Entwurf", "new")]

        def chosen(answer: str | None) -> None:
            if answer == "add":
                self._mark(doc, questions, how, second_source=True)
            elif answer == "new":
                self._mark(doc, questions, how, second_source=False, fresh=True)

        self.push_screen(ChoiceScreen("Zweite Quelle?", message, choices), chosen)

    @work(thread=True, group="marks")
    def _mark(
        self,
        doc: Document,
        questions: tuple[Question, ...],
        how: str,
        *,
        second_source: bool,
        fresh: bool = False,
    ) -> None:
        """Change the marks (see ``drafter.tui.marking``) in a worker, then save the draft."""
        try:
            if fresh:
                self.save_now()
                self.session.switch(None)
            if how == "toggle":
                toggle(self.session, self.backend, doc, questions[0], self.today, second_source=second_source)
            elif how == "many":
                mark_many(self.session, self.backend, doc, questions, self.today, second_source=second_source)
            else:
                unmark_all(self.session, doc)
            self.save_now()
        except AlreadyAsked as notice:
            self.call_from_thread(self.notify, str(notice), title=notice.title)
        except Exception as error:
            self.post_message(Failed(error))
        self.post_message(DraftChanged())

    @work(thread=True, exclusive=True, group="switch")
    def open_draft(self, draft_id: int) -> None:
        """Save the open draft, then work on the saved draft ``draft_id``."""
        try:
            self.save_now()
            draft, name = self.backend.load_draft(draft_id)
        except Exception as error:
            self.post_message(Failed(error))
            return
        self.session.switch(draft, name)
        self.post_message(DraftSwitched(name or draft.title))

    @work(thread=True, exclusive=True, group="switch")
    def new_draft(self, name: str) -> None:
        """Save the open draft, then start an empty one called ``name``."""
        try:
            self.save_now()
        except Exception as error:
            self.post_message(Failed(error))
            return
        self.session.switch(None, name)
        self.post_message(DraftSwitched(name or "Neuer Entwurf"))

    def renamed(self, draft_id: int, name: str) -> None:
        """A draft was renamed in the list (worker thread): the open one takes its new name."""
        draft = self.session.draft
        if draft is not None and draft.id == draft_id:
            self.session.name = name

    def deleted(self, draft_id: int) -> None:
        """A draft was deleted (worker thread): if it is the open one, start an empty draft."""
        draft = self.session.draft
        if draft is not None and draft.id == draft_id:
            self.session.switch(None)
            self.post_message(DraftChanged())

    def on_draft_changed(self) -> None:
        for screen in self.screen_stack:
            if isinstance(screen, DocumentScreen):
                screen.draft_changed()

    def on_draft_switched(self, message: DraftSwitched) -> None:
        """Show the draft now open: the list of drafts gives way to it."""
        self.on_draft_changed()
        self.notify(f"„{shorten(message.label, 50)}“ ist jetzt der offene Entwurf.", title="Entwurf")
        if isinstance(self.screen, DraftsScreen):
            self.pop_screen()
        self.action_show_draft()

    def on_profile_missing(self) -> None:
        if not any(isinstance(s, ProfileScreen) for s in self.screen_stack):
            self.push_screen(ProfileScreen(self.backend.profile, first_run=True), self._profile_entered)

    def action_edit_profile(self) -> None:
        if not isinstance(self.screen, ProfileScreen):
            self.push_screen(ProfileScreen(self.backend.profile), self._profile_entered)

    def _profile_entered(self, profile: Profile | None) -> None:
        if profile is not None:
            self._save_profile(profile)

    @work(thread=True, exclusive=True, group="profile")
    def _save_profile(self, profile: Profile) -> None:
        """Write the profile; a draft whose head is still composed by drafter takes it at once."""
        try:
            self.backend.save_profile(profile)
            if self.session.head_auto and self.session.draft is not None:
                self.session.update(lambda d: signed_as(d, profile, self.today) if d else d)
        except Exception as error:
            self.post_message(Failed(error))
            return
        self.post_message(DraftChanged())
        self.call_from_thread(
            self.notify, "Neue Entwürfe fragen und unterschreiben so.", title="Profil gespeichert"
        )

    def action_show_draft(self) -> None:
        if not isinstance(self.screen, DraftScreen):
            self.push_screen(DraftScreen())

    def action_show_drafts(self) -> None:
        if not isinstance(self.screen, DraftsScreen):
            self.push_screen(DraftsScreen())


class DraftSwitched(Message):
    """Another draft (or a new one) is open now."""

    def __init__(self, label: str) -> None:
        super().__init__()
        self.label = label


class ProfileMissing(Message):
    """No profile yet: the first-run dialog asks for the office."""
