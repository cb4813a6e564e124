"""A question whose sentence goes on in a list of lettered parts.

"Wie hoch sind die Investitionen, die Hersteller … an Standorten in / a) Deutschland und / b) anderen
EU-Mitgliedstaaten geleistet haben (bitte … auflisten)?" (21/1404, Frage 8) is one question printed
as a list: the parser reads "8", "8a" and "8b", but neither the lead-in ("… an Standorten in") nor a
part ("Deutschland und") is a question on its own. A follow-up asks the whole sentence, and does not
put "Deutschland und" as a sub-question of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from drafter.draft.compose.select import parent_number
from drafter.models import Document, Question


@dataclass(frozen=True)
class Listed:
    """The whole sentence of a lead-in and its lettered parts, the parts it took in, and the
    question whose text it completes (the lead-in, or the question itself)."""

    text: str
    parts: tuple[Question, ...]
    lead: Question


def listed_sentence(doc: Document, question: Question) -> Listed:
    """``question``'s text, completed by its lettered parts where it is the lead-in of a list: the
    lead-in does not end its sentence ("?"), its parts continue it, and only the last part ends it.
    Anything else (parts that are questions of their own) leaves the text as it is."""
    unchanged = Listed(question.text, (), question)
    if question.text.rstrip().endswith("?"):
        return unchanged
    parts = tuple(q for q in doc.questions if parent_number(q.number) == question.number)
    if not parts or not parts[-1].text.rstrip().endswith("?"):
        return unchanged
    if any(part.text.rstrip().endswith(("?", ".")) for part in parts[:-1]):
        return unchanged
    words = [question.text.strip(), *(part.text.strip() for part in parts)]
    return Listed(" ".join(" ".join(words).split()), parts, question)


def whole_sentences(
    doc: Document, questions: Sequence[Question], asked: Sequence[Question] = ()
) -> list[Question]:
    """``questions`` to be asked one by one, with every lead-in or part of a list asked as the
    whole sentence, once, in place of the first of them; the parts already ``asked`` inside the
    main question are left out."""
    done = {question.number for question in asked}
    whole: list[Question] = []
    for question in questions:
        listed = whole_sentence(doc, question)
        if question.number in done or listed.lead.number in done:
            continue
        if listed.parts:
            done.update([listed.lead.number, *(part.number for part in listed.parts)])
            whole.append(replace(listed.lead, text=listed.text))
        else:
            whole.append(question)
    return whole


def whole_sentence(doc: Document, question: Question) -> Listed:
    """The whole sentence ``question`` belongs to: its lead-in's list if it is a part of one, its
    own list completed if it is a lead-in, else its own text."""
    number = parent_number(question.number)
    parent = doc.question(number) if number else None
    if parent is not None:
        listed = listed_sentence(doc, parent)
        if question in listed.parts:
            return listed
    return listed_sentence(doc, question)
