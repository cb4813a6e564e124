"""Stage 5, records: question blocks and header data to the frozen ``Question`` and ``Document``.

Here joint answers are resolved. A note "Die Fragen 2 bis 2b werden gemeinsam beantwortet." at
the start of an answer makes that answer apply to every listed question; a run of reprinted
questions with no answer between them shares the answer that follows the run. Either way each
member gets the whole answer and the same ``group``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from drafter.models import Question, Status
from drafter.parse import patterns as p
from drafter.parse.blocks import Block
from drafter.parse.numbers import expand_list
from drafter.parse.text import join_lines, paragraphs

_NOTE_REACH = 160
_NOTE_CLOSE = re.compile(r"\w*[ \t]*[.:]?")


def answer_questions(blocks: Sequence[Block]) -> tuple[Question, ...]:
    """Antwort questions with their applicable answer (None where the text has none) and group."""
    known = [b.number for b in blocks]
    own: dict[str, str] = {}
    listed: dict[str, tuple[str, ...]] = {}
    for block in blocks:
        own[block.number], listed[block.number] = split_joint_note(_answer_text(block.answer), known)
    answer: dict[str, str] = {}
    group: dict[str, tuple[str, ...]] = {}
    _apply_notes(known, own, listed, answer, group)
    for number in known:
        if number not in answer and own[number]:
            answer[number], group[number] = own[number], (number,)
    _apply_runs(known, answer, group)
    return tuple(
        Question(
            number=b.number, text=b.text, answer=answer.get(b.number), group=group.get(b.number, (b.number,))
        )
        for b in blocks
    )


def _answer_text(lines: Sequence[str]) -> str:
    body = list(lines)
    while body and (not body[0] or p.ANSWER_MARKER.match(body[0])):
        body.pop(0)
    return paragraphs(body)


def split_joint_note(text: str, known: Sequence[str]) -> tuple[str, tuple[str, ...]]:
    """(answer without the note, numbers the note names) for an answer opening with a joint note."""
    match = p.JOINT_NOTE.search(text, 0, _NOTE_REACH + 200)
    if not match or match.start() > _NOTE_REACH or re.search(r"[.!?]\s", text[: match.start()]):
        return text, ()
    close = _NOTE_CLOSE.match(text, match.end())
    rest = text[close.end() :] if close else text[match.end() :]
    return rest.strip(), expand_list(match.group("list"), known)


def _apply_notes(
    known: list[str],
    own: dict[str, str],
    listed: dict[str, tuple[str, ...]],
    answer: dict[str, str],
    group: dict[str, tuple[str, ...]],
) -> None:
    """A joint note covers its own question and every listed one still without an answer."""
    for number in known:
        if not listed[number] or not own[number]:
            continue
        members = {number} | {m for m in listed[number] if m in own and not own[m] and m not in answer}
        ordered = tuple(n for n in known if n in members)
        for member in ordered:
            answer[member], group[member] = own[number], ordered


def _apply_runs(known: list[str], answer: dict[str, str], group: dict[str, tuple[str, ...]]) -> None:
    """Questions printed one after another with no answer between share the next answer."""
    run: list[str] = []
    for number in known:
        if number not in answer:
            run.append(number)
            continue
        if run:
            members = set(run) | set(group[number])
            ordered = tuple(n for n in known if n in members)
            for member in ordered:
                answer[member], group[member] = answer[number], ordered
            run = []


def anfrage_questions(blocks: Iterable[Block]) -> tuple[Question, ...]:
    """Kleine Anfrage questions: no answer yet, status UNANSWERED."""
    return tuple(
        Question(number=b.number, text=b.text, group=(b.number,), status=Status.UNANSWERED) for b in blocks
    )


def references(lines: Sequence[str], exclude: Iterable[str | None]) -> tuple[str, ...]:
    """Drucksache numbers cited in the text, in order of first appearance, minus ``exclude``."""
    text = join_lines(lines)
    skip = {n for n in exclude if n}
    found: dict[str, None] = {}
    for match in p.REFERENCE.finditer(text):
        found.setdefault(match.group(1))
        tail = text[match.end() : match.end() + 80]
        more = p.REFERENCE_MORE.match(tail)
        while more:
            found.setdefault(more.group(1))
            tail = tail[more.end() :]
            more = p.REFERENCE_MORE.match(tail)
    return tuple(n for n in found if n not in skip)


def ministry(transmission: str | None) -> tuple[str | None, str | None]:
    """(ministry in the nominative, date text) from the transmission note, or (None, None)."""
    if not transmission:
        return None, None
    match = p.TRANSMISSION.search(transmission)
    if not match:
        return None, None
    who = match.group("who")
    for genitive, nominative in _NOMINATIVE:
        who = re.sub(genitive, nominative, who)
    return who, f"{match.group('day')}. {match.group('month')} {match.group('year')}"


_NOMINATIVE = (
    (r"^Bundesministeriums\b", "Bundesministerium"),
    (r"^Auswärtigen Amt(?:e?s)?\b", "Auswärtiges Amt"),
    (r"^Bundeskanzleramt(?:e?s)\b", "Bundeskanzleramt"),
    (r"^Presse- und Informationsamtes\b", "Presse- und Informationsamt"),
)
