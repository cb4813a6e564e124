"""What drafter does, top to bottom: read → classify → store → compose → check → render.

This module is the product's pipeline, and the command line (``drafter parse``, ``library import``,
``followup``) and the terminal UI both go through it, so the two never drift apart: a user's
``[draft] templates_dir`` and ``reference_docx`` and the signature from the library apply wherever
a draft is made. Each step is a plain function; settings come in as arguments, nothing is read
behind the caller's back.

1. **read**: a .txt or .pdf Drucksache becomes a ``Document`` with its numbered questions and
   answers, unjudged (``drafter.parse``).
2. **classify**: every answer of an Antwort gets its status (answered, partial, open) and findings
   with evidence (``drafter.classify``).
3. **store**: the document goes into the question library, once per file content
   (``drafter.library``); the sources of a follow-up are files read this way or Drucksachen already
   stored.
4. **compose**: the unresolved items are selected once and the follow-up Kleine Anfrage is worded
   from the templates, signed with the faction's leaders as the library knows them
   (``drafter.draft``).
5. **check**: the draft is held against the Parlamentssekretariat's rules and the library; the
   warnings never change the text.
6. **render**: the draft is written as Word (on the reference document) or as Markdown or text.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import tempfile
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

from drafter import outfile
from drafter.classify import classify_document
from drafter.config import DraftSettings, Profile
from drafter.draft import (
    SIGNATURE_PLACEHOLDER,
    DraftWarning,
    Item,
    check_draft,
    chosen_items,
    compose_items,
    followup_for_item,
    render_text,
    signature_from_library,
    stored_document,
    write_docx,
)
from drafter.draft.wording import wahlperiode
from drafter.errors import DraftError, InputError
from drafter.inputs import collect, require_files, shown
from drafter.library import Library
from drafter.library.importer import better_copy, file_hash, follow_references
from drafter.models import Document, Draft, DraftQuestion, Origin, Question
from drafter.parse import parse_file, parse_text
from drafter.profile import signed_as

# 1. read


def read(path: Path) -> Document:
    """The Drucksache in ``path`` as written, unjudged; bad input raises ``InputError`` naming it."""
    return parse_file(path)


def read_text(text: str, source: str, origin: Origin | None = None) -> Document:
    """The Drucksache in ``text`` (``source`` names it in messages), unjudged."""
    return parse_text(text, source, origin)


# 2. classify


def classify(doc: Document) -> Document:
    """``doc`` with every answer judged: status and findings with their evidence sentences."""
    return classify_document(doc)


def read_classified(path: Path) -> Document:
    """Steps 1 and 2 for a file: what ``drafter parse`` prints and what the library imports."""
    return classify(read(path))


def read_text_classified(text: str, source: str, origin: Origin | None = None) -> Document:
    """Steps 1 and 2 for a text (a DIP record's full text)."""
    return classify(read_text(text, source, origin))


# 3. store


def store(library: Library, doc: Document, path: Path) -> str:
    """Import ``doc`` read from ``path``; "imported", "replaced" or "unchanged"; "kept" when the
    library holds a better copy of the same Drucksache (``better_copy``: DIP text over PDF text);
    or "not stored" when the library is read-only (the draft can still be written; the caller
    reports that)."""
    if not library.writable:
        return "not stored"
    stored = library.get_document(doc.number) if doc.number else None
    if stored is not None and better_copy(stored, doc) is not None:
        return "kept"
    meta: dict[str, object] = {"path": shown(path.resolve())}
    return library.import_document(doc, source_hash=file_hash(path), meta=meta)


def gather(
    library: Library, sources: Sequence[str], notify: Callable[[str], None] | None = None
) -> list[Document]:
    """The documents a follow-up builds on, in the given order.

    A file is read, classified and stored (so the library learns every answer staff work on); a
    number like "19/21876" must already be in the library. Where the library holds a better copy of
    a file's Drucksache (its DIP text for a PDF), the draft is built on that copy, as the app does,
    and ``notify`` is told why.
    """
    docs = []
    for source in sources:
        if not os.path.lexists(source):
            docs.append(stored_document(library, source))
            continue
        found = collect([source])
        require_files(found, [source])
        if found.problems:
            raise InputError(found.problems[0][1])
        for path in found.files:
            doc = follow_references(library, read_classified(path))
            if store(library, doc, path) == "kept":
                doc = _better_copy_of(library, doc, notify)
            docs.append(doc)
    return docs


def _better_copy_of(library: Library, doc: Document, notify: Callable[[str], None] | None) -> Document:
    stored = library.get_document(doc.number or "")
    if stored is None:
        return doc
    if notify is not None:
        notify(better_copy(stored, doc) or "")
    return stored


# 4. compose


@dataclass(frozen=True)
class Composed:
    """A draft and the items it asks about, in the order of its questions."""

    draft: Draft
    items: tuple[Item, ...]


def compose(
    library: Library,
    docs: Sequence[Document],
    settings: DraftSettings,
    *,
    select: Collection[str] | None = None,
    include_partial: bool = False,
    today: dt.date | None = None,
    profile: Profile | None = None,
) -> Composed:
    """The follow-up asking again about the chosen unresolved items of ``docs``, signed.

    ``select`` None takes every open item (and the partial ones with ``include_partial``); nothing
    to ask about is a ``DraftError`` saying why. With a ``profile`` (the user's ``[profile]``) the
    user's MPs ask and their leaders sign, never the askers of the earlier inquiry.
    """
    items = chosen_items(docs, select, include_partial, next_period=settings.next_period, today=today)
    draft = compose_items(docs, items, today=today, templates_dir=settings.templates_dir)
    if profile is not None:
        draft = signed_as(draft, profile, today)
    return Composed(signed(library, draft), tuple(items))


def followup(doc: Document, question: Question, settings: DraftSettings) -> DraftQuestion:
    """The follow-up question for one item, as ``compose`` words it (the UI adds marked items)."""
    return followup_for_item(Item(doc, question), settings.templates_dir)


def signed(library: Library, draft: Draft) -> Draft:
    """``draft`` signed by the faction's leaders of its Wahlperiode, if the library knows them.

    An Antwort does not print who signed the inquiry; without a Kleine Anfrage among the sources
    the newest one of the same faction and term in the library names them.
    """
    if draft.signature != SIGNATURE_PLACEHOLDER:
        return draft
    term = wahlperiode(draft.signed_on or dt.date.today())
    signature = signature_from_library(library, draft.faction, term)
    return dataclasses.replace(draft, signature=signature or draft.signature)


def save(library: Library, draft: Draft) -> Draft:
    """``draft`` saved in the library (before anything is written to disk), with its id."""
    return dataclasses.replace(draft, id=library.save_draft(draft))


# 5. check


def check(library: Library, draft: Draft) -> list[DraftWarning]:
    """Warnings on the draft (wording rules, questions asked twice or answered in the library)."""
    return check_draft(draft, library)


# 6. render


def render(draft: Draft, path: Path, fmt: str, settings: DraftSettings) -> None:
    """Write ``draft`` to ``path`` as "docx" (on the reference document), "md" or "txt".

    The file is replaced in one step: a failure never leaves half a file.
    """
    if fmt == "docx":
        write_docx(draft, path, reference_docx=settings.reference_docx)
    else:
        write_text_atomically(path, render_text(draft, fmt))


def write_text_atomically(path: Path, text: str) -> None:
    """UTF-8 text via a temporary file and ``os.replace``: never half a file."""
    folder = path.parent if str(path.parent) else Path(".")
    outfile.clean_stale(path)
    try:
        handle, temp_name = tempfile.mkstemp(prefix=outfile.temp_prefix(path), suffix=".tmp", dir=folder)
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        outfile.keep_mode(temp_name, path)
        os.replace(temp_name, path)
    except OSError as error:
        raise DraftError(f"{path} kann nicht geschrieben werden ({error.strerror}).") from None
