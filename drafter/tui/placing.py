"""Where the draft checks' warnings go on the draft screen, and how they read there.

``check_draft`` names each warning's place ("Frage 3b", "Vorbemerkung, Absatz 2", "Unterschrift").
A warning about question 3 or its sub-questions goes under the third question; every other one
under the head of the draft. Plain Python, so the rules are tested without the UI.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from drafter.models import Draft

_QUESTION_PLACE = re.compile(r"Frage\s+(\d+)")


def place_warnings(warnings: Sequence[Any], questions: int) -> tuple[dict[int, list[str]], list[str]]:
    """(texts per question index, texts for the head) for a draft of ``questions`` questions."""
    by_question: dict[int, list[str]] = {}
    general: list[str] = []
    for warning in warnings:
        match = _QUESTION_PLACE.match(warning.place)
        index = int(match.group(1)) - 1 if match else -1
        if 0 <= index < questions:
            by_question.setdefault(index, []).append(warning_text(warning, f"Frage {index + 1}"))
        else:
            general.append(warning_text(warning, ""))
    return by_question, general


def warning_text(warning: Any, own_place: str) -> str:
    """ "Frage 2b - Fragesatz: ..." under question 2; just "Fragesatz: ..." under its own question."""
    parts = [warning.place] if warning.place != own_place else []
    if not any(warning.rule in part or part in warning.rule for part in parts):
        parts.append(warning.rule)
    return f"{' - '.join(parts)}: {warning.message}"


def same_content(one: Draft | None, other: Draft | None) -> bool:
    """Equal apart from the library id (saving the first time only adds the id)."""
    if one is None or other is None:
        return one is other
    return replace(one, id=None) == replace(other, id=None)
