"""The work behind ``drafter followup``, kept out of the argument definitions so help stays fast.

Order matters for never losing work: the draft is saved in the library first, then written to
disk through a temporary file. A read-only library cannot keep the draft: the file is still
written, and the report says the draft lives only there. Without ``--out`` an existing
"nachfrage.docx" is never replaced: the next free name ("nachfrage-2.docx") is used; an explicit
``--out`` is replaced as asked.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from drafter import workflow
from drafter.config import load_config
from drafter.draft import DraftWarning
from drafter.draft.select import Item, parse_select
from drafter.labels import CATEGORY_NAMES
from drafter.library import open_library
from drafter.models import Document, Draft, Status

DEFAULT_NAME = "nachfrage"


def run_followup(args: argparse.Namespace) -> int:
    config = load_config()
    with open_library(args.db) as library:
        docs = workflow.gather(library, args.sources)
        select = parse_select(args.select)
        composed = workflow.compose(
            library, docs, config.draft, select=select, include_partial=args.include_partial
        )
        read_only = library.read_only
        unsaved = read_only.message(library.label, "Speichern des Entwurfs") if read_only else None
        draft = composed.draft if unsaved else workflow.save(library, composed.draft)
        warnings = workflow.check(library, draft)
    items = list(composed.items)
    left_out = [] if select or args.include_partial else _partial_numbers(docs, items)
    fmt, path = _target(args.out, args.format)
    workflow.render(draft, path, fmt, config.draft)
    _report(draft, items, path, warnings)
    if unsaved is not None:
        print(f"Hinweis: {unsaved} Der Entwurf steht nur in {path}.")
    if left_out:
        print(f"Nicht aufgenommen, weil teilweise beantwortet (mit --include-partial): {', '.join(left_out)}")
    return 0


def _target(out: str | None, fmt: str | None) -> tuple[str, Path]:
    """The format and the path to write; a default name never replaces an existing file."""
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
    return suffix if suffix in ("md", "txt") else "docx"


def _partial_numbers(docs: list[Document], items: list[Item]) -> list[str]:
    """ "19/21876: 1, 3, 3a" per answer: partial items not taken that the user may want to add."""
    taken = {(id(item.doc), number) for item in items for number in item.numbers}
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


def _report(draft: Draft, items: list[Item], path: Path, warnings: list[DraftWarning]) -> None:
    saved = f" (in der Fragenbibliothek gespeichert als Entwurf {draft.id})" if draft.id is not None else ""
    print(f"Entwurf geschrieben: {path}{saved}")
    count = len(draft.questions)
    print(f"{count} {'Frage' if count == 1 else 'Fragen'} aufgenommen:")
    for number, (question, item) in enumerate(zip(draft.questions, items, strict=False), 1):
        source = question.source
        if source is not None:
            reason = CATEGORY_NAMES.get(source.category.value if source.category else "", "offen")
            if item.unaddressed:
                reason = f"teilweise – in der gemeinsamen Antwort nicht behandelt; {reason}"
            folded = f" mit {', '.join(c.number for c in item.children)}" if item.children else ""
            print(f"  {number}. ← {source.drucksache or '?'} Frage {source.question}{folded} ({reason})")
    if warnings:
        print(f"{len(warnings)} {'Hinweis' if len(warnings) == 1 else 'Hinweise'} zur Prüfung:")
        for warning in warnings:
            print(f"  {warning.place} [{warning.rule}]: {warning.message}")
    else:
        print("Keine Hinweise.")
