"""Rows of a table that an answer's text runs together, and the row that answers one question.

A joint answer to many questions is often one table ("Weichen (Stk) 249 228 21", "Oberleitung (km)
47 0 47"); in DIP text and PDF text layers its rows are joined into one long run. A row is its
label, a unit in brackets and its cells: figures ("Ca. 988", "4,9") and bracketed notes ("(1
Stück)"); whatever follows the last cell (the next row, a repeated header, "Stand: …") is not part
of it. The row whose label names a word of the question ("Wie viele Weichen …") is the part of the
table that answers it.
"""

from __future__ import annotations

import re

from drafter.text.stems import INFLECTIONS, search_form, stem

# "Weichen (Stk) 249", "Brücken (qm) 364", "Stelleinheiten (Stk) Ca. 988": a label of up to three
# words (capitalised, "/"-joined parts allowed), a short unit in brackets, then a figure.
_ROW = re.compile(
    r"(?P<label>(?:[A-ZÄÖÜ][\wäöüß-]*/ ?)*[A-ZÄÖÜ][\wäöüß-]+(?: [a-zäöüß][\wäöüß-]+){0,2})"
    r" \((?P<unit>[^()\d]{1,12})\)(?P<cells>(?: (?:[Cc]a\. )?\d[\d.,]*| \([^()]*\))+)"
)
_WORD = re.compile(r"[^\W\d_]{4,}")
_MIN_ROWS = 3  # fewer "rows" are brackets in prose, not a table


def table_rows(answer: str) -> list[str]:
    """The rows of a table in ``answer`` (label, unit and cells), in order; [] when it holds none."""
    rows = [match.group(0) for match in _ROW.finditer(answer)]
    return rows if len(rows) >= _MIN_ROWS else []


def _forms(text: str) -> set[str]:
    """Each word in search form, and without its inflection ending ("Gleise": "gleise", "gleis")."""
    words = [search_form(word) for word in _WORD.findall(text)]
    return {*words, *(stem(word, keep=3, suffixes=INFLECTIONS) for word in words)}


def _fit(asked: str, label: str) -> int:
    """How well a word of the question names a row label's word: 2 when the label is the head of
    the question's compound ("Bahnsteigbeleuchtungen" ~ "Beleuchtung"), 1 for the same word,
    inflected or not ("Personenunterführungen" ~ "Personenunterführung"), else 0."""
    if asked == label or (asked.startswith(label) and len(asked) - len(label) <= 3):
        return 1
    head = len(label) >= 5 and any(asked[: len(asked) - cut].endswith(label) for cut in range(4))
    return 2 if head else 0


def row_for(question: str, answer: str) -> str | None:
    """The table row of ``answer`` whose label best names what ``question`` asks about; None when
    the answer holds no table, or no row or several rows fit equally (then the whole table
    answers it). "Gleismagnete" fits no row "Gleise": a word's beginning is not its head."""
    asked = _forms(question)
    scored = [
        (max((_fit(word, part) for word in asked for part in _forms(_label(row))), default=0), row)
        for row in table_rows(answer)
    ]
    best = max((score for score, _ in scored), default=0)
    found = [row for score, row in scored if score == best and best > 0]
    return found[0] if len(found) == 1 else None


def _label(row: str) -> str:
    match = _ROW.match(row)
    return match.group("label") if match else ""
