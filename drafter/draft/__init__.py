"""Drafting the follow-up Kleine Anfrage: compose, check, and write it as Word, Markdown or text.

The contract entry points are re-exported here: ``compose_followup``, ``followup_question``,
``check_draft`` with ``DraftWarning``, ``write_docx`` and ``render_text``.
"""

from __future__ import annotations

from drafter.draft.checks import check_draft
from drafter.draft.compose import compose_followup
from drafter.draft.docx_writer import write_docx
from drafter.draft.followup import followup_question
from drafter.draft.records import DraftWarning
from drafter.draft.text_render import render_text

__all__ = [
    "DraftWarning",
    "check_draft",
    "compose_followup",
    "followup_question",
    "render_text",
    "write_docx",
]
