"""Write the test PDFs of tests/data/pdf/ from real Drucksache texts, with LibreOffice.

Run from the repository root:  /work/venv/bin/python tests/data/pdf/make_pdfs.py

Each document is laid out like the printed Drucksache: a first page with the header block and no
running head, running heads with the page number on every later page (as real page headers,
mirrored on even pages), questions in 9.6 pt with hanging numbers, answers in 10.7 pt justified,
and soft hyphens in long words so that LibreOffice breaks words at line ends ("Zusammenar-").
The page layout is written as flat ODF XML (.fodt) and converted with
``soffice --headless --convert-to pdf``; the scanned copy is page 1 rendered to a PNG with
``pdftoppm`` and placed as the only content of a page, again converted by LibreOffice; the
password copy is LibreOffice's PDF export with a document-open password ("geheim").
"""

from __future__ import annotations

import base64
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
BUNDESTAG = HERE.parent / "bundestag"
sys.path.insert(0, str(HERE.parents[2]))

from drafter.parse.dehyphenate import dehyphenate_lines  # noqa: E402

SOFT = "\u00ad"
MONTHS = "Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
QUESTION_START = re.compile(rf"^\s*(\d{{1,2}}\.|[a-z]\))\s+(?!(?:{MONTHS})\b)")
LINE_START_NUMBER = re.compile(r"^\d{1,2}\.\s")
SUB_QUESTION = re.compile(r"^\s*[a-z]\)\s+")
RUNNING_HEAD = re.compile(r"(Deutscher Bundestag – \d+\. Wahlperiode – \d+ –|^Drucksache \d+/\d+ – \d+ –)")
HEADING = re.compile(r"^V o r b e m e r k u n g")
SENTENCE_END = ("?", ".", ":", "!", "“", ")")


@dataclass
class Doc:
    """One Drucksache to lay out: header data, body blocks (style, text) and a page-1 footnote."""

    number: str
    period: str
    date: str
    intro: list[str]
    title: str
    blocks: list[tuple[str, str]] = field(default_factory=list)
    footnote: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- source texts to blocks


def unspace(heading: str) -> str:
    """"V o r b e m e r k u n g  d e r …" as plain words; the PDF spaces the letters by style."""
    return " ".join("".join(word.split()) for word in re.split(r" {2,}", heading.strip()))


def _question_items(lines: list[str]) -> list[tuple[str, str]]:
    """Split one question block into its numbered and lettered items."""
    items: list[list[str]] = []
    for line in lines:
        if SUB_QUESTION.match(line) or not items:
            items.append([])
        items[-1].append(line.strip())
    return [("Frage", join_lines(item)) for item in items]


def _answer_paragraphs(lines: list[str]) -> list[tuple[str, str]]:
    """Split answer lines into paragraphs: a short line ending a sentence ends a paragraph."""
    paragraphs: list[list[str]] = [[]]
    for line in lines:
        paragraphs[-1].append(line.strip())
        if len(line.rstrip()) < 62 and line.rstrip().endswith((".", ":")):
            paragraphs.append([])
    return [("Antwort", join_lines(p)) for p in paragraphs if p]


def blocks_19_21876() -> Doc:
    """19/21876 as pdftotext gave it: blank lines part blocks, running heads sit inside the text."""
    raw = (BUNDESTAG / "19_21876-antwort-pdftext.txt").read_text(encoding="utf-8").split("\n")
    groups: list[list[str]] = [[]]
    for line in raw:
        if RUNNING_HEAD.search(line):
            continue
        if line.strip():
            groups[-1].append(line)
        elif groups[-1]:
            groups.append([])
    groups = [[line for line in dehyphenate_lines(g) if line.strip()] for g in groups if g]
    doc = Doc("19/21876", "19", "31.07.2020", _intro(groups[0] + groups[1]), groups[2][0])
    for group in _merge_page_breaks(groups[3:]):
        doc.blocks.extend(_classify_group(group))
    return doc


def _intro(lines: list[str]) -> list[str]:
    """"Antwort" / "der Bundesregierung" / askers as one paragraph / "– Drucksache … –"."""
    lines = [line.strip() for line in lines]
    return [lines[0], lines[1], " ".join(lines[2:-1]), lines[-1]]


def _merge_page_breaks(groups: list[list[str]]) -> list[list[str]]:
    """Rejoin a paragraph that the page break (and its running head) cut in two."""
    merged: list[list[str]] = []
    for group in groups:
        if merged and not HEADING.match(merged[-1][0]) and not merged[-1][-1].rstrip().endswith(SENTENCE_END):
            merged[-1].extend(group)
        else:
            merged.append(list(group))
    return merged


def _classify_group(group: list[str]) -> list[tuple[str, str]]:
    if HEADING.match(group[0]):
        return [("Ueberschrift", unspace(group[0]))]
    if QUESTION_START.match(group[0]):
        return _question_items(group)
    return _answer_paragraphs(group)


def blocks_dip(name: str) -> Doc:
    """A DIP-text Antwort: no blank lines; a question runs from its number to its question mark."""
    lines = (BUNDESTAG / name).read_text(encoding="utf-8").split("\n")
    head = re.match(r"Deutscher Bundestag Drucksache (\S+)", lines[0])
    period_date = lines[1].split()
    assert head is not None
    end = next(i for i, line in enumerate(lines) if re.match(r"– Drucksache \S+ –", line.strip()))
    period, date = period_date[0].rstrip("."), period_date[-1]
    body_start = (HEADING.match(line) or QUESTION_START.match(line) for line in lines[end + 1 :])
    stop = end + 1 + next(i for i, found in enumerate(body_start) if found)
    title = " ".join(line.strip() for line in lines[end + 1 : stop])
    doc = Doc(head.group(1), period, date, _intro(lines[2 : end + 1]), title)
    body = [line for line in lines[stop:] if line.strip()]
    doc.footnote, body = _take_note(body)
    doc.blocks = _dip_blocks(body)
    return doc


def blocks_kleine_anfrage(name: str) -> Doc:
    """A DIP-text Kleine Anfrage: askers up to "… und der Fraktion …", a one-line title, the
    preamble up to "Wir fragen die Bundesregierung:", questions to "Berlin, den …", signature.
    Printed in one type size: the questions are not set smaller in a Kleine Anfrage."""
    lines = [line for line in (BUNDESTAG / name).read_text(encoding="utf-8").split("\n") if line.strip()]
    head = re.match(r"Deutscher Bundestag Drucksache (\S+)", lines[0])
    assert head is not None
    period, date = lines[1].split()[0].rstrip("."), lines[1].split()[-1]
    askers_end = next(i for i, line in enumerate(lines) if "und der Fraktion" in line)
    intro = [lines[2].strip(), " ".join(line.strip() for line in lines[3 : askers_end + 1])]
    doc = Doc(head.group(1), period, date, intro, lines[askers_end + 1])
    asks = next(i for i, line in enumerate(lines) if line.rstrip().endswith("fragen wir die Bundesregierung:")
                or line.startswith("Wir fragen die Bundesregierung"))
    berlin = next(i for i, line in enumerate(lines) if line.startswith("Berlin, den"))
    doc.blocks = _answer_paragraphs(lines[askers_end + 2 : asks + 1])
    doc.blocks += [("FrageAnfrage", text) for _style, text in _numbered_items(lines[asks + 1 : berlin])]
    doc.blocks += [("Antwort", lines[berlin].strip()), ("Antwort", lines[berlin + 1].strip())]
    doc.blocks += [("Impressum", line.strip()) for line in lines[berlin + 2 :]]
    return doc


def _numbered_items(lines: list[str]) -> list[tuple[str, str]]:
    """Questions of a Kleine Anfrage: each numbered or lettered line starts a new one."""
    items: list[list[str]] = []
    for line in lines:
        if QUESTION_START.match(line) or not items:
            items.append([])
        items[-1].append(line)
    return [("Frage", join_lines(item)) for item in items]


def _take_note(body: list[str]) -> tuple[list[str], list[str]]:
    """Move the transmission note ("Die Antwort wurde namens …") to the foot of page 1."""
    start = next(i for i, line in enumerate(body) if line.startswith("Die Antwort wurde namens"))
    stop = next(i for i, line in enumerate(body) if "den Fragetext." in line)
    note = [" ".join(body[start:stop]).strip(), body[stop].strip()]
    return note, body[:start] + body[stop + 1 :]


def _dip_blocks(body: list[str]) -> list[tuple[str, str]]:
    blocks: list[tuple[str, str]] = []
    question: list[str] = []
    answer: list[str] = []
    for line in body:
        if HEADING.match(line) or line.startswith(("Gesamtherstellung", "Vertrieb", "ISSN")):
            blocks += _answer_paragraphs(answer)
            answer = []
            style = "Ueberschrift" if HEADING.match(line) else "Impressum"
            blocks.append((style, unspace(line) if style == "Ueberschrift" else line.strip()))
        elif QUESTION_START.match(line) or question:
            blocks += _answer_paragraphs(answer)
            answer = []
            question.append(line)
            if line.rstrip().endswith("?") or line.rstrip().endswith("?)"):
                blocks += _question_items(question)
                question = []
        else:
            answer.append(line)
    return blocks + _answer_paragraphs(answer)


# ---------------------------------------------------------------- soft hyphens


VOWELS = "aeiouäöüy"
ONSETS = {"ch", "sch", "ph", "th", "qu", "st", "bl", "br", "dr", "fl", "fr", "gl", "gr", "kl", "kr", "pl",
          "pr",
          "tr", "spr", "str"}


def soft_hyphenate(word: str) -> str:
    """Mark syllable breaks in a long plain word: inside a consonant cluster, before the longest
    onset German allows ("Zusam-menar-beit", "Bekämp-fung"; "ch", "ck", "sch" stay together).

    LibreOffice has no German hyphenation dictionary here; with these soft hyphens it breaks words
    at line ends the way a typesetter does, close enough for a test of de-hyphenation.
    """
    if len(word) < 8 or not word.isalpha() or any(c.isupper() for c in word[1:]):
        return word
    low = word.lower()
    breaks = set()
    for match in re.finditer(f"(?<=[{VOWELS}])([^{VOWELS}]{{2,}})(?=[{VOWELS}])", low):
        cut = _onset_cut(match.group(1))
        if cut:
            breaks.add(match.start(1) + cut)
    return "".join((SOFT if i in breaks and 3 <= i <= len(word) - 3 else "") + c for i, c in enumerate(word))


def _onset_cut(cluster: str) -> int:
    """Where to split a consonant cluster: before the longest onset; 0 when it is one unit."""
    if cluster in ONSETS or cluster in ("ck", "ss", "ß"):
        return 0
    for k in range(1, len(cluster)):
        if cluster[k - 1 : k + 1] in ("ch", "ck", "ph", "th") or cluster[k - 1 : k + 2] == "sch":
            continue
        if len(cluster) - k == 1 or cluster[k:] in ONSETS:
            return k
    return 0


def hyphenate_text(text: str) -> str:
    """Soft hyphens in the plain words of ``text``; web addresses and numbers stay untouched."""
    return " ".join(token if "/" in token or "@" in token else
                    re.sub(r"[A-Za-zÄÖÜäöüß]+", lambda m: soft_hyphenate(m.group(0)), token)
                    for token in text.split(" "))


def join_lines(lines: list[str]) -> str:
    """One paragraph from printed lines; a hyphen kept before a capital joins without a space, and
    so does a web address that the source broke at a line end ("https://www.state" / "watch.org").
    A printed line that started with a number and a dot ("4. Februar 2025 …") starts a line again
    (a manual line break, "\n"): the quirk the segmenter must survive stays in the PDF."""
    text = ""
    for line in (line.strip() for line in lines):
        last = text.split(" ")[-1]
        address = any(mark in last for mark in ("/", "www.", "http"))
        in_address = address and not last.endswith((")", ",", ".", "?", ";"))
        glue = "" if not text or in_address or (text.endswith("-") and line[:1].isupper()) else " "
        if text and LINE_START_NUMBER.match(line):
            glue = "\n"
        text += glue + line
    return text


# ---------------------------------------------------------------- flat ODF


NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"'
)

STYLES = """
<office:font-face-decls>
 <style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:text-properties style:font-name="DejaVu Sans" fo:font-size="10.7pt"
   fo:language="de" fo:country="DE"/>
 </style:default-style>
 <style:style style:name="Antwort" style:family="paragraph">
  <style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.15cm" fo:line-height="118%"/>
  <style:text-properties fo:font-size="10.7pt"/>
 </style:style>
 <style:style style:name="Frage" style:family="paragraph">
  <style:paragraph-properties fo:text-align="justify" fo:margin-left="1.0cm" fo:text-indent="-0.7cm"
   fo:margin-top="0.25cm" fo:margin-bottom="0.25cm" fo:line-height="118%">
   <style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties fo:font-size="9.6pt"/>
 </style:style>
 <style:style style:name="FrageAnfrage" style:family="paragraph" style:parent-style-name="Frage">
  <style:text-properties fo:font-size="10.7pt"/>
 </style:style>
 <style:style style:name="Ueberschrift" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:margin-top="0.4cm" fo:margin-bottom="0.3cm"/>
  <style:text-properties fo:font-size="10.7pt" fo:font-weight="bold" fo:letter-spacing="0.12cm"/>
 </style:style>
 <style:style style:name="Impressum" style:family="paragraph">
  <style:text-properties fo:font-size="5.5pt"/>
 </style:style>
 <style:style style:name="Fussnote" style:family="paragraph">
  <style:paragraph-properties fo:text-align="justify"/>
  <style:text-properties fo:font-size="8.5pt"/>
 </style:style>
 <style:style style:name="Kolumne" style:family="paragraph">
  <style:paragraph-properties>
   <style:tab-stops>
    <style:tab-stop style:position="8cm" style:type="center"/>
    <style:tab-stop style:position="16cm" style:type="right"/>
   </style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties fo:font-size="9pt"/>
 </style:style>
 <style:style style:name="Kopf" style:family="paragraph" style:parent-style-name="Kolumne">
  <style:text-properties fo:font-size="12pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Titel" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:margin-top="0.2cm"/>
  <style:text-properties fo:font-size="11pt"/>
 </style:style>
 <style:style style:name="TitelGross" style:family="paragraph" style:parent-style-name="Titel">
  <style:paragraph-properties fo:margin-top="0.8cm"/>
  <style:text-properties fo:font-size="14pt" fo:font-weight="bold"/>
 </style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="Seite">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm"
   fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
  <style:header-style>
   <style:header-footer-properties fo:min-height="0.5cm" fo:margin-bottom="0.9cm"/>
  </style:header-style>
 </style:page-layout>
 <style:page-layout style:name="ErsteSeite">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm"
   fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
  <style:footer-style>
   <style:header-footer-properties fo:min-height="0.5cm" fo:margin-top="0.5cm"/>
  </style:footer-style>
 </style:page-layout>
 <style:style style:name="Start" style:family="paragraph" style:parent-style-name="Kopf"
  style:master-page-name="Erste"/>
</office:automatic-styles>
"""


def _p(style: str, text: str) -> str:
    return f'<text:p text:style-name="{style}">{text}</text:p>'


def _question_xml(style: str, text: str) -> str:
    match = QUESTION_START.match(text)
    assert match is not None
    label, rest = match.group(1), text[match.end() :]
    return _p(style, f"{escape(label)}<text:tab/>{_markup(rest)}")


def _markup(text: str) -> str:
    """Escaped paragraph text with soft hyphens and manual line breaks."""
    return escape(hyphenate_text(text)).replace("\n", "<text:line-break/>")


def _masters(doc: Doc) -> str:
    right = f"Deutscher Bundestag – {doc.period}. Wahlperiode"
    page = '– <text:page-number text:select-page="current"/> –'
    drs = f"Drucksache {doc.number}"
    foot = "".join(_p("Fussnote", escape(line)) for line in doc.footnote)
    first_footer = f"<style:footer>{foot}</style:footer>" if foot else ""
    return (
        "<office:master-styles>"
        '<style:master-page style:name="Standard" style:page-layout-name="Seite">'
        f"<style:header>{_p('Kolumne', f'{right}<text:tab/>{page}<text:tab/>{drs}')}</style:header>"
        f"<style:header-left>{_p('Kolumne', f'{drs}<text:tab/>{page}<text:tab/>{right}')}</style:header-left>"
        "</style:master-page>"
        '<style:master-page style:name="Erste" style:page-layout-name="ErsteSeite" '
        f'style:next-style-name="Standard">{first_footer}</style:master-page>'
        "</office:master-styles>"
    )


def _first_page(doc: Doc) -> str:
    parts = [
        _p("Start", f"Deutscher Bundestag<text:tab/><text:tab/>Drucksache {escape(doc.number)}"),
        _p("Kopf", f"{doc.period}. Wahlperiode<text:tab/><text:tab/>{doc.date}"),
    ]
    for i, line in enumerate(doc.intro):
        parts.append(_p("TitelGross" if i == 0 else "Titel", escape(line.strip())))
    parts.append(_p("TitelGross", escape(doc.title.strip())))
    return "".join(parts)


def to_fodt(doc: Doc) -> str:
    body = [_first_page(doc)]
    for style, text in doc.blocks:
        if style.startswith("Frage"):
            body.append(_question_xml(style, text))
        elif style == "Antwort":
            body.append(_p(style, _markup(text)))
        else:
            body.append(_p(style, escape(text)))
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.2" '
        'office:mimetype="application/vnd.oasis.opendocument.text">'
        f"{STYLES}{_masters(doc)}<office:body><office:text>{''.join(body)}</office:text></office:body>"
        "</office:document>\n"
    )


def image_fodt(png: Path) -> str:
    """One page that holds nothing but a picture of a page: what a scanner produces."""
    data = base64.b64encode(png.read_bytes()).decode("ascii")
    layout = (
        '<office:automatic-styles><style:page-layout style:name="Voll"><style:page-layout-properties '
        'fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="0cm" fo:margin-bottom="0cm" '
        'fo:margin-left="0cm" fo:margin-right="0cm"/></style:page-layout></office:automatic-styles>'
        '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="Voll"/>'
        "</office:master-styles>"
    )
    frame = (
        '<text:p><draw:frame text:anchor-type="page" text:anchor-page-number="1" svg:x="0cm" svg:y="0cm" '
        'svg:width="21cm" svg:height="29.7cm"><draw:image>'
        f"<office:binary-data>{data}</office:binary-data></draw:image></draw:frame></text:p>"
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.2" '
        f'office:mimetype="application/vnd.oasis.opendocument.text">{layout}'
        f"<office:body><office:text>{frame}</office:text></office:body></office:document>\n"
    )


# ---------------------------------------------------------------- conversion


PASSWORD_FILTER = (
    'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},'
    '"DocumentOpenPassword":{"type":"string","value":"geheim"}}'
)


def convert(fodt: Path, outdir: Path, profile: Path, target: str = "pdf") -> Path:
    """Convert with a private LibreOffice profile so a running LibreOffice does not interfere."""
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", target,
         "--outdir", str(outdir), str(fodt)],
        check=True, capture_output=True, timeout=180,
    )
    return outdir / (fodt.stem + ".pdf")


def main() -> None:
    docs = {"19_21876-antwort": blocks_19_21876()}
    for name in ("21_1173-antwort", "21_2000-antwort", "21_890-antwort"):
        docs[name] = blocks_dip(f"{name}.txt")
    docs["21_1243-kleine-anfrage"] = blocks_kleine_anfrage("21_1243-kleine-anfrage.txt")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        for stem, doc in docs.items():
            fodt = tmp / f"{stem}.fodt"
            fodt.write_text(to_fodt(doc), encoding="utf-8")
            convert(fodt, HERE, tmp / "profile")
        locked = tmp / "21_1173-passwort.fodt"
        locked.write_text(to_fodt(docs["21_1173-antwort"]), encoding="utf-8")
        convert(locked, HERE, tmp / "profile", PASSWORD_FILTER)
        subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", "-singlefile",
                        str(HERE / "19_21876-antwort.pdf"), str(tmp / "scan")], check=True)
        scan = tmp / "19_21876-scan.fodt"
        scan.write_text(image_fodt(tmp / "scan.png"), encoding="utf-8")
        convert(scan, HERE, tmp / "profile")


if __name__ == "__main__":
    main()
