"""Classification of answers: status (answered/partial/open) and findings per TAXONOMY.md.

``classify_answer`` reads one answer on its own; ``classify_questions`` classifies a whole Antwort
and follows references between its answers and to the Vorbemerkung der Bundesregierung;
``classify_document`` does that for a parsed document (the stage after ``drafter.parse``). The phrase
rules live in ``rules.toml`` next to this file.
"""

from __future__ import annotations

from drafter.classify.answer import classify_answer
from drafter.classify.document import classify_document
from drafter.classify.resolve import classify_questions
from drafter.classify.rules import RuleError, load_rules

__all__ = [
    "RuleError",
    "classify_answer",
    "classify_document",
    "classify_questions",
    "load_rules",
]
