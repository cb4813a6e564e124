"""JSON form of the records: what ``drafter parse --json`` prints, and how the library stores drafts.

``document_to_dict`` is valid against ``parsed-document.schema.json``; fields beyond the schema
(``ministry_date``, ``signed_on``, ``signature``, ``references``, ``origin``, ``via``, ``parts``) are
additions the schema allows. ``*_from_dict`` reverse the mapping exactly.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from drafter.models import (
    Asked,
    Category,
    Document,
    Draft,
    DraftQuestion,
    Finding,
    Kind,
    Origin,
    Question,
    SourceRef,
    Status,
)

JsonDict = dict[str, Any]


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _parse_date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) and value else None


def finding_to_dict(finding: Finding) -> JsonDict:
    out: JsonDict = {"category": finding.category.value, "evidence": finding.evidence}
    out["refers_to"] = finding.refers_to
    if finding.via:
        out["via"] = list(finding.via)
    if finding.asked or finding.category is Category.EVASIVE:
        out["asked"] = [kind.value for kind in finding.asked]
    if finding.parts:
        out["parts"] = list(finding.parts)
    return out


def finding_from_dict(data: JsonDict) -> Finding:
    return Finding(
        category=Category(data["category"]),
        evidence=data["evidence"],
        refers_to=data.get("refers_to"),
        via=tuple(data.get("via", ())),
        asked=tuple(Asked(kind) for kind in data.get("asked", ())),
        parts=tuple(data.get("parts", ())),
    )


def question_to_dict(question: Question) -> JsonDict:
    return {
        "number": question.number,
        "text": question.text,
        "answer": question.answer,
        "group": list(question.group or (question.number,)),
        "status": question.status.value,
        "findings": [finding_to_dict(f) for f in question.findings],
    }


def question_from_dict(data: JsonDict) -> Question:
    return Question(
        number=data["number"],
        text=data["text"],
        answer=data.get("answer"),
        group=tuple(data.get("group", ())),
        status=Status(data["status"]),
        findings=tuple(finding_from_dict(f) for f in data.get("findings", ())),
    )


def document_to_dict(doc: Document) -> JsonDict:
    return {
        "source": doc.source,
        "kind": doc.kind.value,
        "number": doc.number,
        "inquiry": doc.inquiry,
        "date": _date(doc.date),
        "title": doc.title,
        "askers": list(doc.askers),
        "faction": doc.faction,
        "ministry": doc.ministry,
        "ministry_date": _date(doc.ministry_date),
        "preamble": doc.preamble,
        "government_preamble": doc.government_preamble,
        "signed_on": _date(doc.signed_on),
        "signature": doc.signature,
        "references": list(doc.references),
        "origin": doc.origin.value,
        "questions": [question_to_dict(q) for q in doc.questions],
    }


def document_from_dict(data: JsonDict) -> Document:
    return Document(
        source=data["source"],
        kind=Kind(data["kind"]),
        number=data.get("number"),
        title=data.get("title", ""),
        questions=tuple(question_from_dict(q) for q in data.get("questions", ())),
        inquiry=data.get("inquiry"),
        date=_parse_date(data.get("date")),
        askers=tuple(data.get("askers", ())),
        faction=data.get("faction"),
        ministry=data.get("ministry"),
        ministry_date=_parse_date(data.get("ministry_date")),
        preamble=data.get("preamble"),
        government_preamble=data.get("government_preamble"),
        signed_on=_parse_date(data.get("signed_on")),
        signature=data.get("signature"),
        references=tuple(data.get("references", ())),
        origin=Origin(data.get("origin", Origin.DIP.value)),
    )


def _source_to_dict(ref: SourceRef | None) -> JsonDict | None:
    if ref is None:
        return None
    return {
        "drucksache": ref.drucksache,
        "question": ref.question,
        "category": ref.category.value if ref.category else None,
        "evidence": ref.evidence,
        "status": ref.status.value if ref.status else None,
        "categories": [c.value for c in ref.categories],
    }


def _source_from_dict(data: JsonDict | None) -> SourceRef | None:
    if not data:
        return None
    category = data.get("category")
    status = data.get("status")
    return SourceRef(
        drucksache=data.get("drucksache"),
        question=data["question"],
        category=Category(category) if category else None,
        evidence=data.get("evidence"),
        status=Status(status) if status else None,
        categories=tuple(Category(c) for c in data.get("categories", ())),
    )


def draft_to_dict(draft: Draft) -> JsonDict:
    return {
        "id": draft.id,
        "title": draft.title,
        "askers": list(draft.askers),
        "faction": draft.faction,
        "preamble": list(draft.preamble),
        "questions": [
            {
                "text": q.text,
                "subquestions": list(q.subquestions),
                "source": _source_to_dict(q.source),
                "presses_on": [_source_to_dict(ref) for ref in q.presses_on],
                "angle": q.angle,
            }
            for q in draft.questions
        ],
        "signed_on": _date(draft.signed_on),
        "signature": draft.signature,
        "cites": list(draft.cites),
    }


def draft_from_dict(data: JsonDict) -> Draft:
    return Draft(
        id=data.get("id"),
        title=data.get("title", ""),
        askers=tuple(data.get("askers", ())),
        faction=data.get("faction"),
        preamble=tuple(data.get("preamble", ())),
        questions=tuple(
            DraftQuestion(
                text=q["text"],
                subquestions=tuple(q.get("subquestions", ())),
                source=_source_from_dict(q.get("source")),
                presses_on=tuple(
                    ref for ref in map(_source_from_dict, q.get("presses_on", ())) if ref is not None
                ),
                angle=q.get("angle"),
            )
            for q in data.get("questions", ())
        ),
        signed_on=_parse_date(data.get("signed_on")),
        signature=data.get("signature", ""),
        cites=tuple(data.get("cites", ())),
    )
