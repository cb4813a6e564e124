"""read_pdf on PDFs laid out like the printed Drucksache (made by tests/data/pdf/make_pdfs.py)."""

from __future__ import annotations

import re
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from drafter.errors import InputError
from drafter.parse.dehyphenate import dehyphenate_lines
from drafter.parse.pdf import PdfText, read_pdf

RUNNING_HEAD = re.compile(r"Deutscher Bundestag – \d+\. Wahlperiode|Drucksache \d+/\d+ – \d+ –|^– \d+ –$")


@pytest.fixture(scope="module")
def pdf_dir() -> Path:
    return Path(__file__).parents[1] / "data" / "pdf"


@pytest.fixture(scope="module")
def antwort_19_21876(pdf_dir: Path) -> PdfText:
    return read_pdf(pdf_dir / "19_21876-antwort.pdf")


@pytest.fixture(scope="module")
def antwort_21_1173(pdf_dir: Path) -> PdfText:
    return read_pdf(pdf_dir / "21_1173-antwort.pdf")


def _line(pdf: PdfText, start: str) -> int:
    return next(i for i, line in enumerate(pdf.lines) if line.startswith(start))


def test_one_small_flag_per_line(antwort_19_21876: PdfText) -> None:
    assert len(antwort_19_21876.small) == len(antwort_19_21876.lines) > 200


def test_running_heads_are_cut_but_the_first_page_header_stays(antwort_19_21876: PdfText) -> None:
    assert [line for line in antwort_19_21876.lines if RUNNING_HEAD.search(line)] == []
    first_page_header = ("Deutscher Bundestag Drucksache 19/21876", "19. Wahlperiode 31.07.2020")
    assert antwort_19_21876.lines[:2] == first_page_header
    assert "– Drucksache 19/21516 –" in antwort_19_21876.lines


def test_questions_are_small_and_answers_are_not(antwort_19_21876: PdfText) -> None:
    pdf = antwort_19_21876
    for start in ("1. Welche neuen Zusammenarbeitsformen", "a) Welche Regierungen", "21. Welche Themen"):
        assert pdf.small[_line(pdf, start)], start
    for start in (
        "Die Fragen 2 bis 2b werden gemeinsam beantwortet.",
        "Hierzu liegen der Bundesregierung",
        "Die Europäische Union arbeitet",
        "Am 22. und 23. Juli 2020 hat",
    ):
        assert not pdf.small[_line(pdf, start)], start


def test_a_question_is_small_on_every_line(antwort_19_21876: PdfText) -> None:
    pdf = antwort_19_21876
    first, answer = _line(pdf, "1. Welche neuen"), _line(pdf, "Die Europäische Union arbeitet")
    assert all(pdf.small[first:answer])


def test_words_are_broken_at_line_ends_and_join_again(antwort_19_21876: PdfText) -> None:
    broken = [line for line in antwort_19_21876.lines if re.search(r"[a-zäöüß]-$", line)]
    assert len(broken) > 40
    joined = " ".join(dehyphenate_lines(list(antwort_19_21876.lines)))
    assert "Zusammenarbeit" in joined and "Bekämpfung" in joined


def _source_19_21876(bundestag_dir: Path) -> str:
    """The text the generator laid out: the pdftotext file without its running heads."""
    lines = (bundestag_dir / "19_21876-antwort-pdftext.txt").read_text(encoding="utf-8").split("\n")
    body = [line for line in lines if line.strip() and not RUNNING_HEAD.search(line)]
    return "".join("".join(dehyphenate_lines(body)).split())


def test_whole_text_in_order_with_german_characters(antwort_19_21876: PdfText, bundestag_dir: Path) -> None:
    """All of the source text comes back, in order, once line breaks and spacing are ignored.

    The only difference allowed is the first-page header block, which the pdftotext file lacks.
    """
    lines = dehyphenate_lines(list(antwort_19_21876.lines[2:]))
    text = "".join("".join(lines).split())
    assert text == _source_19_21876(bundestag_dir)
    assert "Österreich" in text and "Várhelyi" in text and "Rückkehrmaßnahmen" in text


def test_transmission_note_at_the_foot_of_page_one_stays(antwort_21_1173: PdfText) -> None:
    pdf = antwort_21_1173
    note = _line(pdf, "Die Antwort wurde namens der Bundesregierung mit Schreiben des Bundesministeriums")
    assert pdf.lines[note + 1].startswith("und Energie vom 8. August 2025 übermittelt.")
    assert _line(pdf, "Die Fragen 1 bis 1b werden gemeinsam beantwortet.") < note
    assert _line(pdf, "Hierzu liegt der Bundesregierung keine eigene Statistik vor.") > note


def test_second_document_flags(antwort_21_1173: PdfText) -> None:
    pdf = antwort_21_1173
    assert pdf.small[_line(pdf, "b) Liegen hierzu Auswertungen")]
    assert not pdf.small[_line(pdf, "Die Fragen 5 bis 5b werden gemeinsam beantwortet.")]
    assert pdf.lines[-1] == "ISSN 0722-8333"


def test_scanned_pdf_names_the_file(pdf_dir: Path) -> None:
    with pytest.raises(InputError, match=r"19_21876-scan\.pdf: .*keine Textebene \(gescanntes Dokument\?\)"):
        read_pdf(pdf_dir / "19_21876-scan.pdf")


def test_truncated_pdf(pdf_dir: Path, tmp_path: Path) -> None:
    broken = tmp_path / "abgeschnitten.pdf"
    broken.write_bytes((pdf_dir / "19_21876-antwort.pdf").read_bytes()[:4000])
    with pytest.raises(InputError, match=r"abgeschnitten\.pdf: Die Datei ist kein lesbares PDF"):
        read_pdf(broken)


def test_junk_with_pdf_suffix(tmp_path: Path) -> None:
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(InputError, match=r"junk\.pdf: "):
        read_pdf(junk)


def test_password_protected_pdf(pdf_dir: Path) -> None:
    with pytest.raises(InputError, match=r"21_1173-passwort\.pdf: .*Passwort"):
        read_pdf(pdf_dir / "21_1173-passwort.pdf")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"fehlt\.pdf"):
        read_pdf(tmp_path / "fehlt.pdf")


def test_file_name_with_umlauts_and_spaces(pdf_dir: Path, tmp_path: Path) -> None:
    """Staff save files as "Antwort Bundesregierung Ä.pdf"; PDFium must still find them."""
    copy = tmp_path / "Antwort Bundesregierung Ä.pdf"
    shutil.copy(pdf_dir / "21_1173-antwort.pdf", copy)
    assert read_pdf(copy).lines[0] == "Deutscher Bundestag Drucksache 21/1173"


def test_letter_spaced_heading_keeps_its_word_gaps(antwort_19_21876: PdfText) -> None:
    """The heading is printed with spaced letters; words are told apart by the wider gaps."""
    assert "V o r b e m e r k u n g  d e r  F r a g e s t e l l e r" in antwort_19_21876.lines


def test_a_folder_named_pdf(tmp_path: Path) -> None:
    folder = tmp_path / "Ordner.pdf"
    folder.mkdir()
    with pytest.raises(InputError, match=r"Ordner\.pdf: "):
        read_pdf(folder)


def test_parallel_reads_in_threads_give_the_same_text(pdf_dir: Path) -> None:
    """The TUI and the importer read in worker threads; PDFium itself is not thread-safe."""
    paths = [pdf_dir / "21_1173-antwort.pdf", pdf_dir / "21_2000-antwort.pdf"] * 4
    expected = {path: read_pdf(path) for path in set(paths)}
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(read_pdf, paths))
    assert results == [expected[path] for path in paths]
