"""Build templates/reference.docx: the Word styles of a Kleine Anfrage manuscript.

Run from the repository root:  python templates/build_reference_docx.py
The output is committed; drafter's ``write_docx`` starts every draft from it (or from the user's
own letterhead, adding any KA style that one lacks). A4, Arial, German proofing language, page
numbers "– n –" in the footer, and the paragraph styles listed in drafter/draft/docx_styles.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm

from drafter.draft.render.docx_styles import FONT, ensure_page_numbers, ensure_styles, set_language

OUT = Path(__file__).resolve().parent / "reference.docx"


def build(out: Path = OUT) -> Path:
    """Write the reference document to ``out`` and return the path."""
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin, section.right_margin = Mm(25), Mm(20)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    normal = document.styles["Normal"]
    normal.font.name = FONT
    set_language(document)
    ensure_styles(document, FONT)
    ensure_page_numbers(document)
    _hyphenate(document)
    body = document.element.body
    for child in list(body):
        if not child.tag.endswith("sectPr"):
            body.remove(child)
    document.core_properties.title = "Kleine Anfrage"
    document.core_properties.language = "de-DE"
    document.core_properties.author = ""
    document.save(str(out))
    return out


def _hyphenate(document: Document) -> None:  # type: ignore[valid-type]
    """Automatic hyphenation: justified German text without it shows wide gaps (as print does not)."""
    settings = document.settings.element  # type: ignore[attr-defined]
    if settings.find(qn("w:autoHyphenation")) is not None:
        return
    element = parse_xml(f'<w:autoHyphenation {nsdecls("w")} w:val="true"/>')
    tab_stop = settings.find(qn("w:defaultTabStop"))  # schema order: right after defaultTabStop
    if tab_stop is not None:
        tab_stop.addnext(element)
    else:
        settings.append(element)


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
