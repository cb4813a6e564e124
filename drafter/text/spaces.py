"""Whitespace folding.

Texts from DIP and from PDF text layers break lines where the printed column ended and pad numbers
with Unicode spaces (U+2002, U+2007, U+00A0). Two forms are needed: layout lines folded for
parsing, and evidence sentences, which are compared across sources and so also lose soft hyphens
and zero-width spaces.
"""

from __future__ import annotations

import re

_SPACES = re.compile(r"\s+")


def collapse(text: str) -> str:
    """Collapse every run of whitespace to one space and strip the ends."""
    return _SPACES.sub(" ", text).strip()


def evidence_form(text: str) -> str:
    """``collapse`` that also drops soft hyphens and zero-width spaces: the form in which evidence
    sentences are stored and compared, whichever source they were read from."""
    # str.split() splits at every Unicode space (U+00A0, U+2000–U+200A, U+202F, …) but the zero-width
    # one, and is several times faster than a regular expression over a long answer
    return " ".join(text.replace("\u00ad", "").replace("\u200b", " ").split())
