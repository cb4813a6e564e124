"""Compose the follow-up Kleine Anfrage from the unresolved items of earlier answers.

``compose_followup`` is the one entry point: ``chosen_items`` selects the items (``select.py``) and
``compose_items`` words one follow-up per item from the category's template, and adds title,
preamble, askers, faction, date and signature (the workflow calls the two steps itself, so the
items are selected once and reported). A sub-question that would repeat under several questions is
asked once at the end (``closing.py``). The signature ("Name, Name und Fraktion") names the
faction's leaders, which an Antwort does not print: it is taken from a Kleine Anfrage among the
sources, else left as a placeholder that ``check_draft`` reports.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Sequence
from pathlib import Path

from drafter.draft.compose.bare import is_bare
from drafter.draft.compose.closing import with_closing
from drafter.draft.compose.followup import angle_of, followup_for_item, item_citation
from drafter.draft.compose.select import Item, select_items, update_items
from drafter.draft.templating.environment import render, render_paragraphs
from drafter.draft.wording import german_date, join_german, nest_quotes, question_list, typographic_quotes
from drafter.errors import DraftError
from drafter.models import Category, Document, Draft, Finding, Kind
from drafter.text.months import MONTH_PATTERN
from drafter.text.sentences import split_sentences

SIGNATURE_PLACEHOLDER = "[Name], [Name] und Fraktion"


def compose_followup(
    docs: Sequence[Document],
    *,
    select: Collection[str] | None = None,
    include_partial: bool = True,
    next_period: bool = False,
    today: dt.date | None = None,
    templates_dir: Path | None = None,
) -> Draft:
    """A complete draft asking again about every chosen unresolved item of ``docs`` (and, with
    ``next_period``, for the figures of answered statistical questions since the answer)."""
    items = chosen_items(docs, select, include_partial, next_period=next_period, today=today)
    return compose_items(docs, items, today=today, templates_dir=templates_dir)


def chosen_items(
    docs: Sequence[Document],
    select: Collection[str] | None,
    include_partial: bool,
    *,
    next_period: bool = False,
    today: dt.date | None = None,
) -> list[Item]:
    """The items of the answers among ``docs`` to ask again about; none is a ``DraftError``.

    With ``next_period`` the answered statistical questions follow, each asking for its figures
    for the period since (``update_items``); a ``select`` list limits them too.
    """
    answers = _answers(docs)
    if not answers:
        raise DraftError(
            "Unter den Quellen ist keine Antwort der Bundesregierung; eine Nachfrage braucht eine Antwort."
        )
    items = select_items(answers, select, include_partial)
    if next_period:
        updates = update_items(answers, today or dt.date.today(), taken=items)
        wanted = {n.lower() for n in select} if select is not None else None
        items += [item for item in updates if wanted is None or item.question.number.lower() in wanted]
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
        questions=tuple(
            with_closing([followup_for_item(item, templates_dir, today) for item in items], templates_dir)
        ),
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
    context = {"sources": sources, "points": _points(items, templates_dir)}
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


MAX_QUOTED = 5  # points quoted in the preamble; the rest are named in the category clauses
MAX_PER_CATEGORY = 2  # so that five "Festlegungen wurden nicht getroffen" do not crowd out the rest


def _points(items: list[Item], templates_dir: Path | None) -> list[dict[str, str | None]]:
    """The decisive sentence of the most pressing points, each with its category and the figures
    the answer did give ("figures": a sentence of the answer holding a number, for partial ones).

    Chosen open before partial, then refusal, unfinished process, classified, evasive, no
    information, at most two per category; quoted in the order of the questions. A sentence that
    answered several questions is quoted once, naming all of them ("Zu den Fragen 6 und 6c bis 6f
    verweist sie auf andere Antworten: „Es wird auf den aktuellen Verfassungsschutzbericht 2024 …
    verwiesen.“", 21/1517), with the citation of the first.
    """
    ranked = sorted(
        enumerate(items),
        key=lambda pair: (pair[1].question.status.value != "open", _rank(angle_of(pair[1]).finding), pair[0]),
    )
    chosen: list[tuple[int, Item, Finding]] = []
    numbers: dict[str, list[str]] = {}  # evidence → the questions it answered
    per_category: dict[Category, int] = {}
    for index, item in ranked:
        finding = angle_of(item).finding
        if finding is not None and finding.evidence in numbers:
            numbers[finding.evidence].extend(item.pressed)
            continue
        if (
            finding is None
            or not finding.evidence
            or is_bare(finding.evidence)
            or per_category.get(finding.category, 0) >= MAX_PER_CATEGORY
            or len(chosen) == MAX_QUOTED
        ):
            continue
        per_category[finding.category] = per_category.get(finding.category, 0) + 1
        chosen.append((index, item, finding))
        numbers[finding.evidence] = list(item.pressed)
    return [
        {
            "questions": question_list(numbers[finding.evidence]),
            "category": finding.category.value,
            "evidence": nest_quotes(_without_label(finding.evidence)),
            "citation": _short_citation(item_citation(item, templates_dir)),
            "figures": _figures(item),
        }
        for _, item, finding in sorted(chosen, key=lambda entry: entry[0])
    ]


# a heading the answer put before its sentence ("Vorbemerkung: Da sich …", 21/843 Frage 4); the
# citation after the quotation already says where it stands
_LABEL = re.compile(
    r"^(?:Vorbemerkung(?: der Bundesregierung)?|Zu (?:den )?Fragen? [\w ,.]{1,40}?)\s*:\s+(?=[A-ZÄÖÜ])"
)


def _without_label(evidence: str) -> str:
    """The quoted sentence without a heading label before it."""
    return _LABEL.sub("", evidence, count=1)


def _short_citation(citation: str) -> str:
    """The citation as real preambles write it, after the first paragraph named the government's
    answer: "Antwort zu Frage 2 auf Bundestagsdrucksache 21/670" (21/1303)."""
    return citation.removeprefix("vgl. ").replace("Antwort der Bundesregierung zu ", "Antwort zu ", 1)


# a count or amount: a number followed by what it counts ("45 Verfahren", "616 672,56 Euro"),
# not a paragraph, article or citation ("§ 3 Satz 1", "BVerfGE 147, 50") nor a date ("am
# 7. November 2017")
_FIGURE = re.compile(r"(?<![§\w])(?<!Absatz )(?<!Artikel )(?<!Nummer )\d[\d.,  ]*\s[A-ZÄÖÜ][a-zäöüß]{2,}")


def _figures(item: Item) -> str | None:
    """The first sentence of a partial answer that gives a figure (not a year alone), quoted."""
    if item.question.status.value != "partial":
        return None
    evidence = {f.evidence for f in item.question.findings}
    for sentence in split_sentences(item.question.answer or ""):
        if _FIGURE.search(_without_dates(sentence)) and sentence not in evidence and _quotable(sentence):
            return nest_quotes(" ".join(sentence.split()))
    return None


MAX_QUOTED_WORDS = 60  # a preamble quotes a sentence, not a page


def _quotable(sentence: str) -> bool:
    """Whether a sentence can stand quoted in a preamble: not table cells read as a sentence
    ("(B 27) Eschwege (A 44) – OU Reichensachsen 22.08.2003 B 452 …", 21/1261), which are names,
    codes and numbers without the lower-case words of prose, and not a page-long run of them."""
    words = sentence.split()
    prose = sum(1 for word in words if word[:1].islower())  # verbs, articles, adverbs: no table has them
    return len(words) <= MAX_QUOTED_WORDS and prose >= 2 and prose * 5 >= len(words)


_DATE = re.compile(rf"\b\d{{1,2}}\.\s*(?:{MONTH_PATTERN})\b|\b(?:19|20)\d{{2}}\b", re.IGNORECASE)


def _without_dates(sentence: str) -> str:
    return _DATE.sub("", sentence)


def _rank(finding: object) -> int:
    order = [
        Category.REFUSED,
        Category.PENDING,
        Category.CLASSIFIED,
        Category.EVASIVE,
        Category.NO_INFORMATION,
        Category.NOT_RESPONSIBLE,
    ]
    category = getattr(finding, "category", None)
    return order.index(category) if category in order else len(order)
