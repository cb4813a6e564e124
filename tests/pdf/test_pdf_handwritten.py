"""PDFs written by hand, byte for byte, in the styles of producers other than LibreOffice.

Type sizes set by the text matrix: LibreOffice writes "/F1 10.7 Tf"; other producers (Adobe's PDF
Library among them) write "/F1 1 Tf" and scale with "10.7 0 0 10.7 x y Tm", or scale the whole
page with "cm". PDFium's font size alone is then 1 for every character and questions could not
be told from answers.

A margin note running up the page: preliminary Drucksachen print "Vorabfassung - wird durch die
lektorierte Fassung ersetzt." vertically beside the text of every page.
"""

from __future__ import annotations

from pathlib import Path

from drafter.parse.pdf import read_pdf

LINES = [
    (9.0, 800, "Deutscher Bundestag – 19. Wahlperiode – 1 – Drucksache 19/21876"),
    (9.6, 700, "1. Welche Ma\xdfnahmen plant die Bundesregierung?"),
    (10.7, 680, "Die Bundesregierung pr\xfcft den Auftrag aus dem Koalitionsvertrag."),
    (10.7, 665, "Die Pr\xfcfung ist noch nicht abgeschlossen."),
    (9.6, 640, "2. Wann liegt das Ergebnis vor?"),
    (10.7, 620, "Auf die Antwort zu Frage 1 wird verwiesen. \xc4nderungen folgen."),
]


def _pdf(content: bytes) -> bytes:
    """A one-page PDF with one standard font and a correct cross-reference table."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return out


def _text(size: float, y: int, text: str, scale: float = 1.0) -> bytes:
    shown = text.encode("cp1252").replace(b"(", b"\\(").replace(b")", b"\\)")
    matrix = f"{size / scale:g} 0 0 {size / scale:g} {72 / scale:g} {y / scale:g} Tm".encode()
    return b"BT /F1 1 Tf " + matrix + b" (" + shown + b") Tj ET\n"


def _lines_and_flags(path: Path) -> list[tuple[str, bool]]:
    pdf = read_pdf(path)
    return list(zip(pdf.lines, pdf.small, strict=True))


EXPECTED = [
    ("1. Welche Maßnahmen plant die Bundesregierung?", True),
    ("Die Bundesregierung prüft den Auftrag aus dem Koalitionsvertrag.", False),
    ("Die Prüfung ist noch nicht abgeschlossen.", False),
    ("2. Wann liegt das Ergebnis vor?", True),
    ("Auf die Antwort zu Frage 1 wird verwiesen. Änderungen folgen.", False),
]


def test_sizes_from_the_text_matrix(tmp_path: Path) -> None:
    path = tmp_path / "tm.pdf"
    path.write_bytes(_pdf(b"".join(_text(size, y, text) for size, y, text in LINES)))
    assert _lines_and_flags(path) == EXPECTED


def test_sizes_from_a_scaled_page(tmp_path: Path) -> None:
    """The whole page drawn at scale 2 ("2 0 0 2 0 0 cm"), every matrix halved."""
    path = tmp_path / "cm.pdf"
    body = b"".join(_text(size, y, text, scale=2.0) for size, y, text in LINES)
    path.write_bytes(_pdf(b"q 2 0 0 2 0 0 cm\n" + body + b"Q"))
    assert _lines_and_flags(path) == EXPECTED


def test_a_vertical_margin_note_is_not_read_into_the_answer(tmp_path: Path) -> None:
    path = tmp_path / "vorabfassung.pdf"
    note = b"BT /F1 9 Tf 0 1 -1 0 40 200 Tm (Vorabfassung - wird durch die lektorierte Fassung ersetzt.) Tj"
    body = [_text(size, y, text) for size, y, text in LINES]
    path.write_bytes(_pdf(b"".join(body[:4]) + note + b" ET\n" + b"".join(body[4:])))
    assert _lines_and_flags(path) == EXPECTED
