"""Helpers of the draft tests: the fixed date, golden files, and reading a .docx back as a reader sees it."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from docx import Document as WordDocument
from docx.oxml.ns import qn

GOLDEN = Path(__file__).parent / "golden"
UPDATE_ENV = "DRAFTER_UPDATE_GOLDEN"
TODAY = dt.date(2026, 11, 28)


def docx_lines(path: Path) -> list[str]:
    """The text of a .docx as a reader sees it: list numbers from numbering.xml, not from the text.

    A paragraph with ``w:numPr`` gets "1." (level 0) or "a)" (level 1) computed here, which proves
    the numbers are Word's own list numbering.
    """
    document = WordDocument(str(path))
    lines: list[str] = []
    number, letter = 0, 0
    for paragraph in document.paragraphs:
        level = numbering_level(paragraph)
        if level == 0:
            number, letter = number + 1, 0
            lines.append(f"{number}. {paragraph.text}")
        elif level == 1:
            lines.append(f"   {'abcdefghijklmnopqrstuvwxyz'[letter]}) {paragraph.text}")
            letter += 1
        else:
            lines.append(paragraph.text)
    return lines


def numbering_level(paragraph: object) -> int | None:
    ppr = paragraph._p.pPr  # type: ignore[attr-defined]
    num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
    if num_pr is None:
        return None
    return int(num_pr.find(qn("w:ilvl")).get(qn("w:val")))


def check_golden(name: str, text: str) -> None:
    """Compare with tests/draft/golden/NAME; ``DRAFTER_UPDATE_GOLDEN=1`` rewrites it for review as a diff."""
    path = GOLDEN / name
    if os.environ.get(UPDATE_ENV):
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"golden file {path} missing: run with {UPDATE_ENV}=1 and review the diff"
    assert text == path.read_text(encoding="utf-8")
