"""Reading Antworten and Kleine Anfragen into ``Document`` records.

The parser is a pipeline of named stages, each callable alone (and each dumping a plain
dataclass): ``read_source`` (bytes to lines) → ``normalise`` (repairs, see its docstring) →
``segment_antwort`` / ``segment_anfrage`` (head, Vorbemerkungen, question blocks) →
``parse_header`` (number, date, askers, title …) → records (questions with answers and groups).
``parse_file`` and ``parse_text`` run the whole pipeline. They only read: every question comes back
unjudged (``Status.UNANSWERED``); judging the answers is the next stage, ``drafter.classify``
(see ``drafter.workflow``).
"""

from __future__ import annotations

from pathlib import Path

from drafter.errors import InputError
from drafter.inputs import shown
from drafter.models import Document, Kind, Origin, Question
from drafter.parse.dates import german_date
from drafter.parse.header import Header, detect_kind, parse_header
from drafter.parse.normalise import Normalised, normalise
from drafter.parse.read import SourceText, read_source
from drafter.parse.records import anfrage_questions, answer_questions, ministry, references
from drafter.parse.segment import Segments, segment_anfrage, segment_antwort
from drafter.parse.several import check_single
from drafter.parse.text import paragraphs

__all__ = [
    "Header",
    "Normalised",
    "Segments",
    "SourceText",
    "detect_kind",
    "normalise",
    "parse_file",
    "parse_header",
    "parse_text",
    "read_source",
    "segment_anfrage",
    "segment_antwort",
]


def parse_file(path: Path) -> Document:
    """Parse a ``.txt`` or ``.pdf`` file; bad input raises ``InputError`` naming the file."""
    path = Path(path)
    source = read_source(path)
    return _parse(source, shown(path), None)


def parse_text(text: str, source: str, origin: Origin | None = None) -> Document:
    """Parse a document's text; ``source`` names it in errors and in ``Document.source``.

    ``origin`` None detects DIP text versus text extracted from a printed PDF.
    """
    if not text.strip():
        raise InputError(f"{source}: Die Datei ist leer.")
    return _parse(SourceText(lines=tuple(text.splitlines())), source, origin)


def _parse(source: SourceText, name: str, origin: Origin | None) -> Document:
    check_single(source.lines, name)
    clean = normalise(source, origin)
    if not any(clean.lines):
        raise InputError(f"{name}: Die Datei enthält keinen Text.")
    kind = detect_kind(clean.lines, name)
    if kind is Kind.ANTWORT:
        return _antwort(clean, name)
    return _anfrage(clean, name)


def _antwort(clean: Normalised, name: str) -> Document:
    parts = segment_antwort(clean)
    header = parse_header(Kind.ANTWORT, parts.head, clean.running_number)
    questions = answer_questions(parts.blocks)
    _check_answers(questions, name)
    who, when = ministry(clean.transmission)
    government = paragraphs(parts.government_preamble) or None
    return Document(
        source=name,
        kind=Kind.ANTWORT,
        number=header.number,
        title=header.title,
        questions=questions,
        inquiry=header.inquiry,
        date=header.date,
        askers=header.askers,
        faction=header.faction,
        ministry=who,
        ministry_date=german_date(when) if when else None,
        preamble=paragraphs([*header.rest, *parts.preamble]) or None,
        government_preamble=government,
        references=references(clean.lines, (header.number, header.inquiry)),
        origin=clean.origin,
    )


def _anfrage(clean: Normalised, name: str) -> Document:
    parts = segment_anfrage(clean)
    header = parse_header(Kind.KLEINE_ANFRAGE, parts.head, clean.running_number)
    if not parts.blocks:
        raise InputError(f"{name}: In der Kleinen Anfrage wurden keine nummerierten Fragen gefunden.")
    closing = [line for line in parts.closing if line]
    return Document(
        source=name,
        kind=Kind.KLEINE_ANFRAGE,
        number=header.number,
        title=header.title,
        questions=anfrage_questions(parts.blocks),
        date=header.date,
        askers=header.askers,
        faction=header.faction,
        preamble=paragraphs(header.rest) or None,
        signed_on=german_date(closing[0]) if closing else None,
        signature=" ".join(closing[1:]) or None,
        references=references(clean.lines, (header.number,)),
        origin=clean.origin,
    )


def _check_answers(questions: tuple[Question, ...], name: str) -> None:
    """No questions, or questions left without any answer, mean a truncated or foreign text."""
    if not questions:
        raise InputError(f"{name}: In der Antwort wurden keine nummerierten Fragen gefunden.")
    missing = [q.number for q in questions if not q.answer]
    if missing:
        raise InputError(
            f"{name}: Die Antwort ist unvollständig: zu Frage {', '.join(missing)} fehlt die Antwort "
            "(Text abgeschnitten?)."
        )
