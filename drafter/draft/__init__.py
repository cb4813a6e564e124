"""Drafting the follow-up Kleine Anfrage: compose, check, and write it as Word, Markdown or text.

The sub-packages follow the order of the work: ``compose`` chooses the items and words the
questions, using ``grammar`` to paraphrase earlier questions safely and ``templating`` for every
sentence; ``checks`` reads the finished draft; ``render`` writes it out. ``records`` (the checks'
warnings) and ``wording`` (German dates, quotes and lists) serve them all.

What the workflow, the command line and the app use is re-exported here, so they never name a
module inside the sub-packages: ``compose_followup`` (or ``chosen_items`` then ``compose_items``),
``followup_question`` and ``followup_for_item``, ``check_draft`` with ``DraftWarning``,
``write_docx``, ``render_text`` and ``draft_json``, and the sources' helpers.
"""

from __future__ import annotations

from drafter.draft.checks.draft_checks import check_draft
from drafter.draft.compose.followup import followup_for_item, followup_question
from drafter.draft.compose.inquiry import SIGNATURE_PLACEHOLDER, chosen_items, compose_followup, compose_items
from drafter.draft.compose.select import Item, parse_select
from drafter.draft.compose.sources import signature_from_library, stored_document
from drafter.draft.records import DraftWarning
from drafter.draft.render.docx_writer import write_docx
from drafter.draft.render.json_out import draft_json
from drafter.draft.render.text_render import render_text

__all__ = [
    "SIGNATURE_PLACEHOLDER",
    "DraftWarning",
    "Item",
    "check_draft",
    "chosen_items",
    "compose_followup",
    "compose_items",
    "draft_json",
    "followup_for_item",
    "followup_question",
    "parse_select",
    "render_text",
    "signature_from_library",
    "stored_document",
    "write_docx",
]
