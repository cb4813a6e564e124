"""The records of the draft checks: a warning, and a piece of a draft's text with its place."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DraftWarning:
    """One problem: where it is ("Frage 3b"), which rule, and a German message saying what to do."""

    place: str
    rule: str
    message: str


@dataclass(frozen=True)
class Part:
    """One piece of text of a draft, with its place name and what kind of piece it is."""

    place: str
    kind: str  # "title" | "preamble" | "question" | "sub" | "signature"
    text: str
