"""Each pipeline stage alone: read, normalise, segment, header; and the number lists of joint notes."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.errors import InputError
from drafter.models import Kind, Origin
from drafter.parse import (
    detect_kind,
    normalise,
    parse_file,
    parse_header,
    parse_text,
    read_source,
    segment_anfrage,
    segment_antwort,
)
from drafter.parse.numbers import announced_numbers, expand_list
from drafter.parse.read import SourceText, decode_text

DATA = Path(__file__).parents[1] / "data"
BUNDESTAG = DATA / "bundestag"


def test_stages_run_one_by_one() -> None:
    path = BUNDESTAG / "21_1521-antwort.txt"
    source = read_source(path)
    clean = normalise(source)
    assert detect_kind(clean.lines, str(path)) is Kind.ANTWORT
    parts = segment_antwort(clean)
    header = parse_header(Kind.ANTWORT, parts.head, clean.running_number)
    assert header.number == "21/1521"
    assert [b.number for b in parts.blocks] == [str(n) for n in range(1, 10)]
    assert parts.blocks[0].answer == ()
    assert parts.blocks[4].answer[0] == "Die Fragen 1 bis 5 werden gemeinsam beantwortet."
    anfrage = segment_anfrage(normalise(read_source(BUNDESTAG / "21_1243-kleine-anfrage.txt")))
    assert anfrage.closing[0] == "Berlin, den 14. August 2025"


@pytest.mark.parametrize("path", sorted(BUNDESTAG.glob("*.txt")), ids=lambda p: p.name)
def test_normalised_text_keeps_its_guarantees(path: Path) -> None:
    clean = normalise(read_source(path))
    assert len(clean.small) == len(clean.lines)
    assert clean.lines[0] and clean.lines[-1]
    for previous, line in zip(("x", *clean.lines), clean.lines, strict=False):
        assert line == line.strip()
        assert not any(ch in line for ch in "\u2002\u2007\u00a0\u00ad")
        assert "  " not in line
        assert previous or line, "two blank lines in a row"
        assert not line.startswith(("Gesamtherstellung:", "Vertrieb:", "ISSN ", "Die Antwort wurde namens"))
        assert not line.startswith(("Deutscher Bundestag – ", "* Das Bundesministerium"))
        assert not line.startswith("V o r b e m e r k u n g")


def test_transmission_note_is_kept_for_the_header() -> None:
    clean = normalise(read_source(BUNDESTAG / "21_1521-antwort.txt"))
    assert clean.transmission == (
        "Die Antwort wurde namens der Bundesregierung mit Schreiben des Bundesministeriums der "
        "Verteidigung vom 8. September 2025 übermittelt."
    )
    assert clean.footnotes[0].startswith("* Das Bundesministerium der Verteidigung hat die Antwort")


def test_origin_is_detected_and_only_pdf_text_is_dehyphenated() -> None:
    pdftext = normalise(read_source(BUNDESTAG / "19_21876-antwort-pdftext.txt"))
    assert pdftext.origin is Origin.PDFTEXT
    assert pdftext.running_number == "19/21876"
    assert not any(line.endswith("Zusammenar-") for line in pdftext.lines)
    dip = normalise(SourceText(lines=("Der Fokus lag auf der Zusammenar-", "beit der Staaten.")), Origin.DIP)
    assert dip.lines == ("Der Fokus lag auf der Zusammenar-", "beit der Staaten.")


def test_cp1252_and_bom_files_load(tmp_path: Path) -> None:
    text = (BUNDESTAG / "21_1521-antwort.txt").read_text(encoding="utf-8")
    windows = tmp_path / "windows.txt"
    windows.write_bytes(text.replace("–", "-").replace("„", '"').replace("“", '"').encode("cp1252"))
    bom = tmp_path / "bom.txt"
    bom.write_bytes(text.encode("utf-8-sig"))
    assert parse_file(windows).title == 'Bundeswehrmanöver "Red Storm Bravo"'
    assert parse_file(bom).number == "21/1521"
    assert len(parse_file(windows).questions) == 9


def test_decode_refuses_empty_and_binary_with_the_name() -> None:
    with pytest.raises(InputError, match=r"x\.txt: Die Datei ist leer"):
        decode_text(b"  \n", "x.txt")
    with pytest.raises(InputError, match=r"x\.txt: Die Datei enthält Binärdaten"):
        decode_text(b"ab\x00cd", "x.txt")
    with pytest.raises(InputError, match=r"x\.txt: Die Datei ist ein PDF"):
        decode_text(b"%PDF-1.7 ...", "x.txt")


def test_parse_text_refuses_empty_text() -> None:
    with pytest.raises(InputError, match=r"leer\.txt: Die Datei ist leer"):
        parse_text(" \n\n", "leer.txt")


def test_joint_note_lists_expand_over_the_document_numbers() -> None:
    known = ["1", "2", "2a", "2b", "3", "4", "5", "6", "7", "8", "14", "15", "15a", "15d"]
    assert expand_list("2 bis 2b", known) == ("2", "2a", "2b")
    assert expand_list("5, 6 und 8", known) == ("5", "6", "8")
    assert expand_list("1, 2 und 4 bis 7", known) == ("1", "2", "4", "5", "6", "7")
    assert expand_list("14 bis 15d", known) == ("14", "15", "15a", "15d")
    assert announced_numbers("Die Fragen 1, 3 bis 5 und 18 werden gemeinsam beantwortet.") == {1, 3, 4, 5, 18}
