"""Where the earlier documents of a follow-up come from: files, or Drucksache numbers in the library.

A file is read, classified and imported into the library by ``drafter.workflow.gather`` (so the
library learns every answer staff work on); a number like "19/21876" must already be in the
library. The signature of the follow-up is taken from the newest Kleine Anfrage of the same faction
in the library, because an Antwort does not print who signed the inquiry, and the faction's leaders
change between Wahlperioden.
"""

from __future__ import annotations

import re

from drafter.errors import DraftError, InputError
from drafter.library import Library
from drafter.models import Document, Kind

_NUMBER = re.compile(r"\d{1,2}/\d{1,6}")


def stored_document(library: Library, source: str) -> Document:
    """The Drucksache numbered ``source`` ("19/21876") from the library; anything else is an error.

    ``source`` is not a file (files are read by ``drafter.workflow.gather``).
    """
    if _NUMBER.fullmatch(source.strip()):
        stored = library.get_document(source.strip())
        if stored is None:
            raise DraftError(
                f"Die Drucksache {source} ist nicht in der Fragenbibliothek. Rufen Sie sie mit "
                f"„drafter fetch {source}“ von DIP ab oder lesen Sie die Datei mit "
                "„drafter library import DATEI“ ein."
            )
        return stored
    raise InputError(f"Die Datei {source} gibt es nicht (und es ist keine Drucksachennummer wie 19/21876).")


def _faction_key(name: str | None) -> str:
    """ "DIE LINKE." and "Die Linke" are the same faction; "BÜNDNIS 90/DIE GRÜNEN" keeps its words."""
    return re.sub(r"[^a-zäöüß0-9]+", " ", (name or "").lower()).strip()


def signature_from_library(library: Library, faction: str | None, term: int | None = None) -> str | None:
    """The signature of the newest Kleine Anfrage of ``faction`` in the library, or None.

    With ``term`` only inquiries of that Wahlperiode count: leaders of an earlier term would sign
    a follow-up they no longer lead, and the check for an empty signature would not notice.
    """
    if not faction:
        return None
    prefix = f"{term}/" if term else ""
    inquiries = [
        s
        for s in library.documents()
        if s.kind == Kind.KLEINE_ANFRAGE.value and s.number and s.number.startswith(prefix)
    ]
    inquiries.sort(key=lambda s: (s.date is not None, s.date), reverse=True)
    for summary in inquiries:
        doc = library.get_document(summary.number or "")
        if doc and doc.signature and _faction_key(doc.faction) == _faction_key(faction):
            return doc.signature
    return None
