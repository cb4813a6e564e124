"""The records every part of drafter passes around.

Frozen dataclasses that hold values only: no I/O, no rendering. Serialisation to and from JSON lives
in ``drafter.serialize``; parsing in ``drafter.parse``; classification in ``drafter.classify``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class Kind(StrEnum):
    """What a Drucksache is. Only these two are parsed; anything else is an ``InputError``."""

    ANTWORT = "antwort"
    KLEINE_ANFRAGE = "kleine_anfrage"


class Status(StrEnum):
    """How far an answer resolves its question (see TAXONOMY.md)."""

    ANSWERED = "answered"
    PARTIAL = "partial"
    OPEN = "open"
    UNANSWERED = "unanswered"  # a question of a Kleine Anfrage: no answer exists yet

    @property
    def unresolved(self) -> bool:
        return self in (Status.PARTIAL, Status.OPEN)


class Category(StrEnum):
    """Why an item stays unresolved (see TAXONOMY.md)."""

    NO_INFORMATION = "no_information"
    PENDING = "pending"
    CLASSIFIED = "classified"
    REFUSED = "refused"
    NOT_RESPONSIBLE = "not_responsible"
    REFERRED = "referred"
    EVASIVE = "evasive"


class Asked(StrEnum):
    """A kind of information a question asks for; an ``evasive`` finding names the kinds its answer
    leaves out, so that a follow-up can ask for exactly those (see TAXONOMY.md)."""

    FIGURE = "figure"
    DATE = "date"
    NAMES = "names"
    BREAKDOWN = "breakdown"
    DECISION = "decision"
    REASONS = "reasons"
    MEASURES = "measures"


class Origin(StrEnum):
    """Where a text came from; decides which repairs the normaliser applies."""

    DIP = "dip"  # DIP API full text: clean, no running heads, never de-hyphenated
    PDFTEXT = "pdftext"  # text extracted from the printed PDF by another tool
    PDF = "pdf"  # the PDF itself, read with pypdfium2


@dataclass(frozen=True)
class Finding:
    """One reason a question stays unresolved.

    ``evidence`` is the answer's sentence verbatim (whitespace folded). ``refers_to`` is set for
    ``REFERRED``: a question number of the same document ("3a"), a Drucksache ("21/88") or
    "Vorbemerkung". ``via`` is the chain of question numbers a finding was inherited through when a
    referred answer takes on the findings of its target ("10" -> "4": via=("4",)). ``asked`` is set
    for ``EVASIVE``: the kinds of information the question asks for that the answer does not give,
    with ``evidence`` the sentence standing in their place. ``parts`` names the lettered parts of a
    question ("a", "b") or the questions of a joint answer the finding concerns, where not all.
    """

    category: Category
    evidence: str
    refers_to: str | None = None
    via: tuple[str, ...] = ()
    asked: tuple[Asked, ...] = ()
    parts: tuple[str, ...] = ()


@dataclass(frozen=True)
class Question:
    """A numbered question ("2", "2a") with the answer that applies to it.

    ``group`` holds every number answered together with this one, itself included; ``(number,)``
    when answered alone. A joint answer is repeated in each member's ``answer``.
    """

    number: str
    text: str
    answer: str | None = None
    group: tuple[str, ...] = ()
    status: Status = Status.UNANSWERED
    findings: tuple[Finding, ...] = ()


@dataclass(frozen=True)
class Document:
    """A parsed Antwort or Kleine Anfrage.

    ``number`` is this Drucksache ("19/21876"), ``inquiry`` the Kleine Anfrage an Antwort answers.
    ``ministry`` and ``ministry_date`` come from the transmission note ("mit Schreiben des ...
    vom ... übermittelt"). ``signed_on`` and ``signature`` come from a Kleine Anfrage's closing
    ("Berlin, den ..."). ``references`` lists other Drucksachen the text cites, in order of first
    appearance.
    """

    source: str
    kind: Kind
    number: str | None
    title: str
    questions: tuple[Question, ...]
    inquiry: str | None = None
    date: dt.date | None = None
    askers: tuple[str, ...] = ()
    faction: str | None = None
    ministry: str | None = None
    ministry_date: dt.date | None = None
    preamble: str | None = None
    government_preamble: str | None = None
    signed_on: dt.date | None = None
    signature: str | None = None
    references: tuple[str, ...] = ()
    origin: Origin = Origin.DIP

    def question(self, number: str) -> Question | None:
        return next((q for q in self.questions if q.number == number), None)


@dataclass(frozen=True)
class SourceRef:
    """Where a draft question comes from: an unresolved item of an earlier answer.

    ``status`` and ``categories`` are the earlier question's as classified (all its finding
    categories, ``category`` being the one the follow-up presses on).
    """

    drucksache: str | None
    question: str
    category: Category | None = None
    evidence: str | None = None
    status: Status | None = None
    categories: tuple[Category, ...] = ()


@dataclass(frozen=True)
class DraftQuestion:
    """One numbered question of a draft, with optional lettered sub-questions a), b), ..."""

    text: str
    subquestions: tuple[str, ...] = ()
    source: SourceRef | None = None
    presses_on: tuple[SourceRef, ...] = ()  # every earlier question it follows up, ``source`` first
    angle: str | None = None  # how it presses: "result_of_review", "contest_refusal", …


@dataclass(frozen=True)
class Draft:
    """A follow-up Kleine Anfrage being written. Saved in the library; ``id`` is None until saved."""

    title: str
    askers: tuple[str, ...] = ()
    faction: str | None = None
    preamble: tuple[str, ...] = ()
    questions: tuple[DraftQuestion, ...] = ()
    signed_on: dt.date | None = None
    signature: str = ""
    cites: tuple[str, ...] = field(default=())  # Drucksachen the draft follows up on
    id: int | None = None
