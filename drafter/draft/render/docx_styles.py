"""The Word styles of a Kleine Anfrage manuscript, and the numbering of its questions.

Used twice: ``templates/build_reference_docx.py`` writes them into the shipped reference document,
and ``write_docx`` adds any that a user's own letterhead (``reference_docx``) lacks, so every
paragraph drafter writes has a named style staff can restyle in Word. Questions are a real Word
list (``numbering.xml``: decimal "1." on level 0, lower-case letters "a)" on level 1, letters
restarting under each question), never typed numbers, so Word renumbers when staff reorder them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt

FONT = "Arial"
LANGUAGE = "de-DE"


@dataclass(frozen=True)
class StyleSpec:
    """One paragraph style: size in points, spacing before/after in points, indents in mm."""

    name: str
    size: float = 11
    bold: bool = False
    before: float = 0
    after: float = 6
    justify: bool = False
    left: float = 0
    hanging: float = 0
    keep_next: bool = False


STYLES = (
    StyleSpec("KA Kopf", size=10, after=0),
    StyleSpec("KA Dokumentart", size=14, bold=True, before=24, after=6, keep_next=True),
    StyleSpec("KA Abgeordnete", after=12, keep_next=True),
    StyleSpec("KA Titel", size=12, bold=True, after=12, keep_next=True),
    StyleSpec("KA Vorbemerkung", justify=True, after=6),
    StyleSpec("KA Einleitung", before=12, after=12, keep_next=True),
    StyleSpec("KA Frage", justify=True, after=6, left=8, hanging=8),
    StyleSpec("KA Unterfrage", justify=True, after=6, left=15, hanging=7),
    StyleSpec("KA Datum", before=18, after=6),
    StyleSpec("KA Unterschrift", after=0),
)

NUMBERING_NAME = "KA Fragen"


def ensure_styles(document: Any, font: str | None = None) -> None:
    """Add every missing KA style (an existing one, e.g. from a letterhead, is left as it is).

    ``font`` is set only when building the shipped reference; styles added to a user's letterhead
    inherit its "Normal" font.
    """
    styles = document.styles
    names = {style.name for style in styles}
    for spec in STYLES:
        if spec.name not in names:
            _add_style(styles, spec, font)


def _add_style(styles: Any, spec: StyleSpec, font_name: str | None) -> None:
    style = styles.add_style(spec.name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = styles["Normal"]
    style.quick_style = True
    font = style.font
    font.size, font.bold = Pt(spec.size), spec.bold
    if font_name:
        font.name = font_name
    fmt = style.paragraph_format
    fmt.space_before, fmt.space_after = Pt(spec.before), Pt(spec.after)
    fmt.line_spacing = 1.15
    fmt.keep_with_next = spec.keep_next
    if spec.justify:
        fmt.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if spec.left:
        fmt.left_indent, fmt.first_line_indent = Mm(spec.left), Mm(-spec.hanging)
    if spec.name == "KA Kopf":
        fmt.tab_stops.add_tab_stop(Mm(165), WD_TAB_ALIGNMENT.RIGHT)
        _rule_below(style)


def _rule_below(style: Any) -> None:
    """A thin line under the Bundestag head, as on a printed Drucksache (one line under the group).

    ``w:pBdr`` must precede ``w:tabs``, ``w:spacing`` and ``w:ind`` in ``w:pPr`` (Word rejects
    elements out of schema order), so it is inserted before the first of its successors.
    """
    border = parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="6" w:space="4" w:color="auto"/></w:pBdr>'
    )
    style.element.get_or_add_pPr().insert_element_before(border, *_PBDR_SUCCESSORS)


_PBDR_SUCCESSORS = (
    "w:shd",
    "w:tabs",
    "w:suppressAutoHyphens",
    "w:kinsoku",
    "w:wordWrap",
    "w:overflowPunct",
    "w:topLinePunct",
    "w:autoSpaceDE",
    "w:autoSpaceDN",
    "w:bidi",
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
)


def ensure_language(document: Any) -> None:
    """German proofing language in the document defaults, unless the reference already sets one."""
    styles_element = document.styles.element
    defaults = styles_element.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = parse_xml(f"<w:docDefaults {nsdecls('w')}/>")
        styles_element.insert(0, defaults)
    rpr_default = _child(defaults, "w:rPrDefault")
    rpr = _child(rpr_default, "w:rPr")
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = parse_xml(f'<w:lang {nsdecls("w")} w:val="{LANGUAGE}"/>')
        rpr.append(lang)


def set_language(document: Any) -> None:
    """Force German in the document defaults (the shipped reference document)."""
    ensure_language(document)
    lang = (
        document.styles.element.find(qn("w:docDefaults"))
        .find(qn("w:rPrDefault"))
        .find(qn("w:rPr"))
        .find(qn("w:lang"))
    )
    for attribute in ("w:val", "w:eastAsia"):
        lang.set(qn(attribute), LANGUAGE)


def _child(parent: Any, tag: str) -> Any:
    found = parent.find(qn(tag))
    if found is None:
        found = parse_xml(f"<{tag} {nsdecls('w')}/>")
        parent.append(found)
    return found


def add_question_numbering(document: Any) -> int:
    """Add the two-level question list to numbering.xml and return its ``numId``."""
    numbering = document.part.numbering_part.element
    abstract_ids = [int(el.get(qn("w:abstractNumId"))) for el in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(el.get(qn("w:numId"))) for el in numbering.findall(qn("w:num"))]
    abstract_id = max(abstract_ids, default=-1) + 1
    num_id = max(num_ids, default=0) + 1
    abstract = parse_xml(_abstract_xml(abstract_id))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>'
        )
    )
    return num_id


def _abstract_xml(abstract_id: int) -> str:
    levels = (
        (0, "decimal", "%1.", 454, 454),
        (1, "lowerLetter", "%2)", 851, 397),
    )
    body = "".join(
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
        f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr></w:lvl>'
        for ilvl, fmt, text, left, hanging in levels
    )
    return (
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        '<w:multiLevelType w:val="hybridMultilevel"/>'
        f'<w:name w:val="{NUMBERING_NAME}"/>{body}</w:abstractNum>'
    )


def number_paragraph(paragraph: Any, num_id: int, level: int) -> None:
    """Attach a paragraph to the question list (``w:numPr`` with ``ilvl`` and ``numId``)."""
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = level
    num_pr.get_or_add_numId().val = num_id


def ensure_page_numbers(document: Any) -> None:
    """ "– 3 –" centred in the footer (a PAGE field), unless the reference's footer already has text."""
    for section in document.sections:
        footer = section.footer
        if any(p.text.strip() for p in footer.paragraphs) or "PAGE" in footer._element.xml:
            continue
        paragraph = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.add_run("– ")
        paragraph._p.append(
            parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>')
        )
        paragraph.add_run(" –")
