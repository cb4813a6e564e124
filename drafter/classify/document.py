"""Judging a whole parsed document: the stage after reading.

The parser returns every question unjudged (``Status.UNANSWERED``, no findings); this stage gives
each question of an Antwort its status and findings, reading references between answers and to the
Vorbemerkung der Bundesregierung. A Kleine Anfrage has no answers to judge and stays as it is.
"""

from __future__ import annotations

from dataclasses import replace

from drafter.classify.resolve import classify_questions
from drafter.models import Document, Kind


def classify_document(doc: Document) -> Document:
    """``doc`` with every answer classified; the same object for a Kleine Anfrage."""
    if doc.kind is not Kind.ANTWORT:
        return doc
    questions = classify_questions(doc.questions, government_preamble=doc.government_preamble)
    return replace(doc, questions=questions)
