"""The draft as one JSON object, the published form ``drafter followup --format json`` writes.

The shape is ``draft.schema.json`` (in ``tests/data/schema/``): title, askers, faction, the
preamble's paragraphs joined by a blank line, the sources with the Kleine Anfrage each answered,
every question with its sub-questions, the earlier questions it presses on (each number of a joint
group) and its angle, and the checks' warnings as German sentences. Fields the schema does not name
(the signature, the date) are compatible additions.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from drafter.draft.records import DraftWarning
from drafter.errors import DraftError
from drafter.models import Draft, DraftQuestion, SourceRef


def draft_record(
    draft: Draft, warnings: Sequence[DraftWarning] = (), inquiries: Mapping[str, str | None] | None = None
) -> dict[str, Any]:
    """The JSON object of ``draft``; ``inquiries`` maps an Antwort's number to its Kleine Anfrage."""
    inquiries = inquiries or {}
    return {
        "title": draft.title,
        "askers": list(draft.askers),
        "faction": draft.faction,
        "preamble": "\n\n".join(draft.preamble),
        "sources": [{"drucksache": number, "inquiry": inquiries.get(number)} for number in draft.cites],
        "questions": [_question(number, q) for number, q in enumerate(draft.questions, 1)],
        "warnings": [f"{w.place}: {w.message}" for w in warnings],
        "signed_on": draft.signed_on.isoformat() if draft.signed_on else None,
        "signature": draft.signature,
    }


def _question(number: int, question: DraftQuestion) -> dict[str, Any]:
    refs = question.presses_on or ((question.source,) if question.source else ())
    record: dict[str, Any] = {
        "number": number,
        "text": question.text,
        "subquestions": list(question.subquestions),
        "presses_on": [_ref(number, ref) for ref in refs],
    }
    if question.angle:
        record["angle"] = question.angle
    return record


def _ref(number: int, ref: SourceRef) -> dict[str, Any]:
    if not ref.drucksache:
        raise DraftError(
            f"Frage {number} des Entwurfs bezieht sich auf eine Antwort ohne Drucksachennummer; "
            "das JSON-Format braucht sie. Lesen Sie die Antwort als Drucksache ein (z. B. mit drafter fetch)."
        )
    record: dict[str, Any] = {"drucksache": ref.drucksache, "question": ref.question}
    if ref.status is not None:
        record["status"] = ref.status.value
    if ref.categories:
        record["categories"] = [c.value for c in ref.categories]
    return record


def draft_json(
    draft: Draft, warnings: Sequence[DraftWarning] = (), inquiries: Mapping[str, str | None] | None = None
) -> str:
    """``draft_record`` as indented UTF-8 JSON text ending in a newline."""
    return json.dumps(draft_record(draft, warnings, inquiries), ensure_ascii=False, indent=2) + "\n"
