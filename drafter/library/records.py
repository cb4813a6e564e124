"""Records the library hands out: search hits, related questions, document summaries, follow-ups."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class SearchHit:
    """One question found in the library, shaped like ``search-result.schema.json`` plus its id.

    ``drucksache`` and ``number`` are None for a seed building block (``kind == "seed"``), whose
    ``question_id`` is the negated seed entry id so ids never collide with real questions.
    ``score`` is 0–100: how well the question covers and resembles the query. A question of a
    Kleine Anfrage whose Antwort is stored carries that Antwort's status and answer, and its
    number in ``answered_in``. ``why`` says in German why it matched (shared concepts, a citation).
    """

    drucksache: str | None
    kind: str
    number: str | None
    text: str
    status: str
    answer: str | None
    score: float
    question_id: int
    date: dt.date | None = None
    answered_in: str | None = None
    why: tuple[str, ...] = ()


@dataclass(frozen=True)
class Related:
    """What the library knows about one question: its history, its sequel and its near-twins.

    ``prior``: questions of earlier documents on the same point, oldest first, with their statuses
    and answers (how the government dodged it each time). ``later``: answers of later documents that
    may have resolved it; ``resolved_by``: the first of them answered in full, which closes the
    point's history. ``duplicates``: near-identical questions anywhere, to avoid asking twice.
    """

    prior: list[SearchHit] = field(default_factory=list)
    later: list[SearchHit] = field(default_factory=list)
    duplicates: list[SearchHit] = field(default_factory=list)
    resolved_by: SearchHit | None = None


@dataclass(frozen=True)
class DocumentSummary:
    """One line of ``drafter library list``: a document and how many questions have each status."""

    number: str | None
    kind: str
    title: str
    date: dt.date | None
    counts: dict[str, int]
    paired_with: str | None = None


@dataclass(frozen=True)
class FollowUp:
    """An item of an answer that a later Kleine Anfrage pressed on, and how that ended.

    ``item``/``item_status``: the question of the earlier answer. ``pressed_in``/``question``: the
    follow-up question. ``answered_in``/``outcome``/``answer``: the answer to the follow-up, or None
    (and outcome "unanswered") while its Antwort is not in the library.
    """

    item: str
    item_status: str
    pressed_in: str
    question: str
    answered_in: str | None
    outcome: str
    answer: str | None
