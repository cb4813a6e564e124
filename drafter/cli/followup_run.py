"""The work behind ``drafter followup``, kept out of the argument definitions so help stays fast.

Order matters for never losing work: the draft is saved in the library first, then written to
disk through a temporary file. A read-only library cannot keep the draft: the file is still
written, and the report says the draft lives only there. Without ``--out`` an existing
"nachfrage.docx" is never replaced: the next free name ("nachfrage-2.docx") is used; an explicit
``--out`` is replaced as asked. ``--out -`` writes a text format (JSON by default) to standard
output, and the report to standard error, so a script can read the draft from a pipe.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path
from typing import TextIO

from drafter import workflow
from drafter.config import load_config
from drafter.draft import DraftWarning, Item, draft_json, parse_select, render_text
from drafter.errors import DraftError
from drafter.labels import CATEGORY_NAMES
from drafter.library import open_library
from drafter.models import Document, Draft, DraftQuestion, Status

DEFAULT_NAME = "nachfrage"
STDOUT = Path("-")


def run_followup(args: argparse.Namespace) -> int:
    config = load_config()
    include_partial = not args.open_only
    fmt, path = _target(args.out, args.format)
    with open_library(args.db) as library:
        docs = workflow.gather(library, args.sources, notify=_note)
        select = parse_select(args.select)
        settings = config.draft
        if args.next_period:
            settings = dataclasses.replace(settings, next_period=True)
        composed = workflow.compose(
            library,
            docs,
            settings,
            select=select,
            include_partial=include_partial,
            profile=config.profile,
        )
        read_only = library.read_only
        unsaved = read_only.message(library.label, "Speichern des Entwurfs") if read_only else None
        draft = composed.draft if unsaved else workflow.save(library, composed.draft)
        warnings = workflow.check(library, draft)
    items = list(composed.items)
    left_out = [] if select or include_partial else _partial_numbers(docs, items)
    if fmt == "json":
        inquiries = {doc.number: doc.inquiry for doc in docs if doc.number}
        _emit(path, draft_json(draft, warnings, inquiries))
    elif path == STDOUT:
        _emit(path, render_text(draft, fmt))
    else:
        workflow.render(draft, path, fmt, config.draft)
    stream = sys.stderr if path == STDOUT else sys.stdout
    _report(draft, items, path, warnings, stream)
    if unsaved is not None:
        stream.write(f"Hinweis: {unsaved} Der Entwurf steht nur in {path}.\n")
    if left_out:
        numbers = ", ".join(left_out)
        stream.write(f"Nicht aufgenommen, weil teilweise beantwortet (ohne --open-only): {numbers}\n")
    return 0


def _emit(path: Path, text: str) -> None:
    """``text`` to standard output for ``--out -``, else atomically to ``path``."""
    if path == STDOUT:
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        workflow.write_text_atomically(path, text)


def _note(message: str) -> None:
    """A remark on the sources (a better copy kept), on standard error so JSON output stays clean."""
    print(message, file=sys.stderr)


def _target(out: str | None, fmt: str | None) -> tuple[str, Path]:
    """The format and the path to write; a default name never replaces an existing file."""
    if out == "-":
        if fmt in (None, "docx"):
            raise DraftError("Auf die Standardausgabe (--out -) geht nur Text: --format json, md oder txt.")
        return fmt or "json", STDOUT
    if out:
        path = Path(out).expanduser()
        return fmt or _format_of(path), path
    chosen = fmt or "docx"
    path = Path(f"{DEFAULT_NAME}.{chosen}")
    counter = 2
    while path.exists():
        path = Path(f"{DEFAULT_NAME}-{counter}.{chosen}")
        counter += 1
    return chosen, path


def _format_of(path: Path) -> str:
    suffix = path.suffix.lower().lstrip(".")
    return suffix if suffix in ("md", "txt", "json") else "docx"


def _partial_numbers(docs: list[Document], items: list[Item]) -> list[str]:
    """ "19/21876: 1, 3, 3a" per answer: partial items not taken that the user may want to add."""
    taken = {(id(item.doc), number) for item in items for number in item.pressed}
    lines = []
    for doc in docs:
        numbers = [
            q.number
            for q in doc.questions
            if q.status is Status.PARTIAL and q.findings and (id(doc), q.number) not in taken
        ]
        if numbers:
            lines.append(f"{doc.number or doc.source} Fragen {', '.join(numbers)}")
    return lines


def _report(
    draft: Draft, items: list[Item], path: Path, warnings: list[DraftWarning], stream: TextIO
) -> None:
    def print(line: str) -> None:  # the report's lines go to ``stream``
        stream.write(line + "\n")

    where = "auf die Standardausgabe" if path == STDOUT else str(path)
    saved = f" (in der Fragenbibliothek gespeichert als Entwurf {draft.id})" if draft.id is not None else ""
    print(f"Entwurf geschrieben: {where}{saved}")
    count = len(draft.questions)
    print(f"{count} {'Frage' if count == 1 else 'Fragen'} aufgenommen:")
    for number, (question, item) in enumerate(zip(draft.questions, items, strict=False), 1):
        source = question.source
        if source is not None:
            reason = CATEGORY_NAMES.get(source.category.value if source.category else "", "offen")
            if item.unaddressed:
                reason = f"teilweise – in der gemeinsamen Antwort nicht behandelt; {reason}"
            others = [n for n in item.pressed if n != source.question]
            folded = f" mit {', '.join(others)}" if others else ""
            print(f"  {number}. ← {source.drucksache or '?'} Frage {source.question}{folded} ({reason})")
    for number, question in enumerate(draft.questions[len(items) :], len(items) + 1):
        print(f"  {number}. ← {_pressed_numbers(question)} (eine Schlussfrage für diese Punkte)")
    if warnings:
        print(f"{len(warnings)} {'Hinweis' if len(warnings) == 1 else 'Hinweise'} zur Prüfung:")
        for warning in warnings:
            print(f"  {warning.place} [{warning.rule}]: {warning.message}")
    else:
        print("Keine Hinweise.")


def _pressed_numbers(question: DraftQuestion) -> str:
    """ "21/1434 Fragen 3, 4, 5" for a closing question asked once for several points."""
    by_drucksache: dict[str | None, list[str]] = {}
    for ref in question.presses_on:
        by_drucksache.setdefault(ref.drucksache, []).append(ref.question)
    return "; ".join(f"{number or '?'} Fragen {', '.join(found)}" for number, found in by_drucksache.items())
