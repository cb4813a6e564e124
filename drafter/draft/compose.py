"""Compose the follow-up Kleine Anfrage from the unresolved items of earlier answers.

``compose_followup`` is the one entry point: ``chosen_items`` selects the items (``select.py``) and
``compose_items`` words one follow-up per item from the category's template, and adds title,
preamble, askers, faction, date and signature (the workflow calls the two steps itself, so the
items are selected once and reported). The signature ("Name, Name und Fraktion") names the
faction's leaders, which an Antwort does not print: it is taken from a Kleine Anfrage among the
sources, else left as a placeholder that ``check_draft`` reports.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from pathlib import Path

from drafter.draft.followup import angle_of, followup_for_item, item_citation
from drafter.draft.select import Item, select_items
from drafter.draft.templating import render, render_paragraphs
from drafter.draft.wording import german_date, join_german, nest_quotes, question_list, typographic_quotes
from drafter.errors import DraftError
from drafter.models import Category, Document, Draft, Kind

SIGNATURE_PLACEHOLDER = "[Name], [Name] und Fraktion"


def compose_followup(
    docs: Sequence[Document],
    *,
    select: Collection[str] | None = None,
    include_partial: bool = True,
    today: dt.date | None = None,
    templates_dir: Path | None = None,
) -> Draft:
    """A complete draft asking again about every chosen unresolved item of ``docs``."""
    items = chosen_items(docs, select, include_partial)
    return compose_items(docs, items, today=today, templates_dir=templates_dir)


def chosen_items(
    docs: Sequence[Document], select: Collection[str] | None, include_partial: bool
) -> list[Item]:
    """The items of the answers among ``docs`` to ask again about; none is a ``DraftError``."""
    answers = _answers(docs)
    if not answers:
        raise DraftError(
            "Unter den Quellen ist keine Antwort der Bundesregierung; eine Nachfrage braucht eine Antwort."
        )
    items = select_items(answers, select, include_partial)
    if not items:
        raise DraftError(_nothing_open(answers, select, include_partial))
    return items


def compose_items(
    docs: Sequence[Document],
    items: Sequence[Item],
    *,
    today: dt.date | None = None,
    templates_dir: Path | None = None,
) -> Draft:
    """The draft for ``items`` (from ``chosen_items``): head from ``docs``, one follow-up per item."""
    today = today or dt.date.today()
    answers = _answers(docs)
    return Draft(
        title=_title(answers, templates_dir),
        askers=_askers(docs),
        faction=next((doc.faction for doc in docs if doc.faction), None),
        preamble=tuple(_preamble(answers, list(items), today, templates_dir)),
        questions=tuple(followup_for_item(item, templates_dir) for item in items),
        signed_on=today,
        signature=_signature(docs),
        cites=tuple(dict.fromkeys(doc.number for doc in answers if doc.number)),
    )


def _answers(docs: Sequence[Document]) -> list[Document]:
    return [doc for doc in docs if doc.kind is Kind.ANTWORT]


def _nothing_open(answers: Sequence[Document], select: Collection[str] | None, include_partial: bool) -> str:
    names = join_german([doc.number or doc.source for doc in answers])
    if select is not None:
        return f"Unter den ausgewählten Fragen ist in {names} keine offen oder teilweise beantwortet."
    hint = "" if include_partial else " (teilweise beantwortete Fragen kommen mit --include-partial hinzu)"
    return f"In {names} ist keine Frage offen geblieben{hint}."


def _title(answers: Sequence[Document], templates_dir: Path | None) -> str:
    context = {
        "sources": [_source_facts(doc) for doc in answers],
        "numbers": join_german([doc.number for doc in answers if doc.number]),
    }
    return typographic_quotes(" ".join(render("title.j2", context, templates_dir).split()))


def _source_facts(doc: Document) -> dict[str, object]:
    return {
        "number": doc.number,
        "inquiry": doc.inquiry,
        "title": doc.title,
        "date": german_date(doc.date) if doc.date else None,
        "faction": doc.faction,
    }


def _askers(docs: Sequence[Document]) -> tuple[str, ...]:
    """Every asker of the sources once, in order of appearance."""
    return tuple(dict.fromkeys(name for doc in docs for name in doc.askers))


def _signature(docs: Sequence[Document]) -> str:
    found = next((doc.signature for doc in docs if doc.kind is Kind.KLEINE_ANFRAGE and doc.signature), None)
    return found or SIGNATURE_PLACEHOLDER


def _preamble(
    answers: Sequence[Document], items: list[Item], today: dt.date, templates_dir: Path | None
) -> list[str]:
    sources = []
    for doc in answers:
        facts = _source_facts(doc)
        facts["title"] = nest_quotes(doc.title)
        facts["open_points"] = _open_points([i for i in items if i.doc is doc], templates_dir)
        if facts["open_points"]:
            sources.append(facts)
    context = {"sources": sources, "example": _example(items)}
    return [typographic_quotes(p) for p in render_paragraphs("preamble.j2", context, templates_dir)]


def _open_points(items: list[Item], templates_dir: Path | None) -> list[str]:
    """One clause per category, in taxonomy order, naming the questions left open for that reason."""
    by_category: dict[Category, list[str]] = {}
    for item in items:
        finding = angle_of(item).finding
        if finding is not None:
            by_category.setdefault(finding.category, []).extend(item.pressed)
    clauses = []
    for category in Category:
        if category in by_category:
            context = {"category": category.value, "questions": question_list(by_category[category])}
            clauses.append(" ".join(render("open_points.j2", context, templates_dir).split()))
    return clauses


def _example(items: list[Item]) -> dict[str, str] | None:
    """One evidence sentence quoted with its source, preferring an unfinished process."""
    ranked = sorted(
        items, key=lambda item: (item.question.status.value != "open", _rank(angle_of(item).finding))
    )
    for item in ranked:
        finding = angle_of(item).finding
        if finding is not None and finding.evidence and not finding.via:
            return {
                "question": question_list(item.pressed),
                "evidence": nest_quotes(finding.evidence),
                "citation": item_citation(item).removeprefix("vgl. "),
            }
    return None


def _rank(finding: object) -> int:
    order = [Category.PENDING, Category.CLASSIFIED, Category.REFUSED, Category.NO_INFORMATION]
    category = getattr(finding, "category", None)
    return order.index(category) if category in order else len(order)
