"""The draft as Markdown or plain text, for e-mail and review (same content as the Word file)."""

from __future__ import annotations

import re
from typing import Literal

from drafter.draft.render.manuscript import Line, manuscript_lines
from drafter.errors import DraftError
from drafter.models import Draft

_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def render_text(draft: Draft, fmt: Literal["md", "txt"] | str) -> str:
    """``fmt`` "md" (Markdown) or "txt" (plain text with typed numbers); ends with a newline."""
    if fmt not in ("md", "txt"):
        raise DraftError(f"Unbekanntes Textformat „{fmt}“ (möglich: md, txt).")
    blocks = _blocks(manuscript_lines(draft), markdown=fmt == "md")
    return "\n\n".join(blocks) + "\n"


def _escape(text: str) -> str:
    return re.sub(r"([\\`*_\[\]<>#|])", r"\\\1", text)


def _blocks(lines: list[Line], *, markdown: bool) -> list[str]:
    blocks: list[str] = []
    number, letter = 0, 0
    for line in lines:
        text = _escape(line.text) if markdown else line.text
        if line.style == "KA Kopf":
            text = text.replace("\t", " – ")
        if line.level == 0:
            number, letter = number + 1, 0
            blocks.append(f"{number}. {text}")
        elif line.level == 1:
            blocks.append(f"    {_LETTERS[letter % 26]}) {text}")
            letter += 1
        else:
            blocks.append(_styled(line.style, text, markdown))
    return blocks


def _styled(style: str, text: str, markdown: bool) -> str:
    if not markdown:
        return text
    if style == "KA Dokumentart":
        return f"# {text}"
    if style in ("KA Titel",):
        return f"**{text}**"
    return text
