"""One closing question for a sub-question that would repeat under several questions of a draft.

A no-information follow-up presses with "Sofern der Bundesregierung dazu weiterhin keine
Erkenntnisse vorliegen, wird sie sich diese verschaffen, …?"; under every such point of a draft
it reads like a form, not like a follow-up a member of parliament signs. Where the same
sub-question stands word for word under two or more questions of one angle and ``closing.j2``
words it for the whole draft, it is taken out of each and asked once, after the last question.
The closing question refers to "den vorstehenden Fragen" rather than to numbers, so it stays true
when questions are moved or taken out of the draft later. It presses on the items of the questions
it was taken from but has no ``source``: it was drafted for no item of its own, so taking an item
out of the draft never takes the closing question with it.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from drafter.draft.templating.environment import render
from drafter.draft.wording import typographic_quotes
from drafter.models import DraftQuestion, SourceRef

Shared = tuple[str, str]


def with_closing(
    questions: Sequence[DraftQuestion], templates_dir: Path | None = None
) -> list[DraftQuestion]:
    """``questions`` with each repeated sub-question that ``closing.j2`` words asked once at the end."""
    closings = _closings(questions, templates_dir)
    if not closings:
        return list(questions)
    kept = [
        dataclasses.replace(q, subquestions=tuple(s for s in q.subquestions if (q.angle, s) not in closings))
        for q in questions
    ]
    return kept + [
        DraftQuestion(text=text, presses_on=_pressed(questions, angle, line), angle=angle)
        for (angle, line), text in closings.items()
    ]


def _closings(questions: Sequence[DraftQuestion], templates_dir: Path | None) -> dict[Shared, str]:
    """(angle, repeated sub-question) → the closing question ``closing.j2`` words for it."""
    counts = Counter((q.angle, line) for q in questions if q.angle for line in dict.fromkeys(q.subquestions))
    closings: dict[Shared, str] = {}
    for (angle, line), count in counts.items():
        if count >= 2 and angle is not None:
            text = " ".join(render("closing.j2", {"angle": angle, "line": line}, templates_dir).split())
            if text:
                closings[(angle, line)] = typographic_quotes(text)
    return closings


def _pressed(questions: Sequence[DraftQuestion], angle: str, line: str) -> tuple[SourceRef, ...]:
    """The earlier questions pressed on by every question the sub-question was taken from."""
    refs = [ref for q in questions if q.angle == angle and line in q.subquestions for ref in q.presses_on]
    return tuple(dict.fromkeys(refs))
