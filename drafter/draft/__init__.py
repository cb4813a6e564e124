"""Drafting the follow-up Kleine Anfrage: compose, check, and write it as Word, Markdown or text.

The contract entry points are re-exported here: ``compose_followup``, ``followup_question``,
``check_draft`` with ``DraftWarning``, ``write_docx`` and ``render_text``.
"""

from __future__ import annotations

from drafter.draft.compose import compose_followup
from drafter.draft.followup import followup_question

__all__ = ["compose_followup", "followup_question"]
