"""The Word file: text read back against golden files, real numbering, German, typography, LibreOffice."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document as WordDocument
from docx.shared import Pt
from draft_support import TODAY, check_golden, numbering_level

from drafter.draft import compose_followup, write_docx
from drafter.errors import DraftError
from drafter.models import Document, Draft, DraftQuestion

ReadDocx = Callable[[Path], list[str]]


@pytest.fixture
def real_draft(antwort_19_21876: Document) -> Draft:
    return compose_followup([antwort_19_21876], today=TODAY)


def test_golden_text_of_the_19_21876_followup(real_draft: Draft, tmp_path: Path, read_docx: ReadDocx) -> None:
    path = tmp_path / "nachfrage.docx"
    write_docx(real_draft, path)
    check_golden("19_21876-followup.txt", "\n".join(read_docx(path)) + "\n")


def test_golden_text_with_partial_items(
    antwort_19_21876: Document, tmp_path: Path, read_docx: ReadDocx
) -> None:
    draft = compose_followup([antwort_19_21876], include_partial=True, today=TODAY)
    write_docx(draft, tmp_path / "n.docx")
    check_golden("19_21876-followup-partial.txt", "\n".join(read_docx(tmp_path / "n.docx")) + "\n")


def test_reopens_with_the_same_text(real_draft: Draft, tmp_path: Path, read_docx: ReadDocx) -> None:
    first, second = tmp_path / "a.docx", tmp_path / "b.docx"
    write_docx(real_draft, first)
    WordDocument(str(first)).save(str(second))
    assert read_docx(second) == read_docx(first)


def test_questions_are_a_real_word_list(real_draft: Draft, tmp_path: Path) -> None:
    path = tmp_path / "n.docx"
    write_docx(real_draft, path)
    paragraphs = WordDocument(str(path)).paragraphs
    questions = [p for p in paragraphs if p.style.name == "KA Frage"]
    subs = [p for p in paragraphs if p.style.name == "KA Unterfrage"]
    assert len(questions) == len(real_draft.questions) and subs
    assert all(numbering_level(p) == 0 for p in questions) and all(numbering_level(p) == 1 for p in subs)
    assert not any(p.text[:3].rstrip().rstrip(".").isdigit() for p in questions)
    numbering = zipfile.ZipFile(path).read("word/numbering.xml").decode()
    assert '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>' in numbering
    assert '<w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/>' in numbering


def test_language_page_numbers_and_a4(real_draft: Draft, tmp_path: Path) -> None:
    path = tmp_path / "n.docx"
    write_docx(real_draft, path)
    archive = zipfile.ZipFile(path)
    assert 'w:lang w:val="de-DE"' in archive.read("word/styles.xml").decode()
    footers = [archive.read(n).decode() for n in archive.namelist() if n.startswith("word/footer")]
    assert any('w:instr=" PAGE "' in footer for footer in footers)
    section = WordDocument(str(path)).sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)


def test_manuscript_parts_and_styles(real_draft: Draft, tmp_path: Path) -> None:
    path = tmp_path / "n.docx"
    write_docx(real_draft, path)
    paragraphs = WordDocument(str(path)).paragraphs
    styled = {p.style.name: p for p in paragraphs}
    assert styled["KA Dokumentart"].text == "Kleine Anfrage"
    assert styled["KA Titel"].runs[0].bold
    assert styled["KA Einleitung"].text == "Wir fragen die Bundesregierung:"
    assert styled["KA Datum"].text == "Berlin, den 28. November 2026"
    assert styled["KA Abgeordnete"].text.startswith("der Abgeordneten Andrej Hunko, Heike Hänsel")


def test_special_characters_come_through(tmp_path: Path, read_docx: ReadDocx) -> None:
    text = 'Gilt 3 < 4 & 5 > 2 für "Äpfel", Öl, Übermaß und Straßen?'
    draft = Draft(
        title="A & B <C>", questions=(DraftQuestion(text, ("Wenn ja, wo?",)),), signature="X und Fraktion"
    )
    write_docx(draft, tmp_path / "s.docx")
    lines = read_docx(tmp_path / "s.docx")
    assert "1. Gilt 3 < 4 & 5 > 2 für „Äpfel“, Öl, Übermaß und Straßen?" in lines
    assert "A & B <C>" in lines


def test_user_reference_docx_styles_are_used(real_draft: Draft, tmp_path: Path) -> None:
    letterhead = tmp_path / "briefkopf.docx"
    document = WordDocument()
    style = document.styles.add_style("KA Titel", 1)
    style.font.size = Pt(15.5)  # recognisably not ours (12 pt)
    document.sections[0].header.paragraphs[0].text = "Büro Erika Muster, MdB"
    document.save(str(letterhead))
    out = tmp_path / "n.docx"
    write_docx(real_draft, out, reference_docx=letterhead)
    written = WordDocument(str(out))
    assert written.styles["KA Titel"].font.size == Pt(15.5)
    assert written.sections[0].header.paragraphs[0].text == "Büro Erika Muster, MdB"
    assert "KA Frage" in [s.name for s in written.styles]


def test_word_template_dotx_as_reference(real_draft: Draft, tmp_path: Path, read_docx: ReadDocx) -> None:
    """Offices keep letterheads as Word templates (.dotx); the main part's content type differs."""
    docx_path, dotx_path = tmp_path / "kopf.docx", tmp_path / "kopf.dotx"
    document = WordDocument()
    document.sections[0].header.paragraphs[0].text = "Büro Max Beispiel, MdB"
    document.save(str(docx_path))
    with zipfile.ZipFile(docx_path) as source, zipfile.ZipFile(dotx_path, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            target.writestr(item, data)
    out = tmp_path / "n.docx"
    write_docx(real_draft, out, reference_docx=dotx_path)
    assert WordDocument(str(out)).sections[0].header.paragraphs[0].text == "Büro Max Beispiel, MdB"
    assert "Wir fragen die Bundesregierung:" in read_docx(out)


def test_bad_reference_and_unwritable_target(real_draft: Draft, tmp_path: Path) -> None:
    bogus = tmp_path / "kaputt.docx"
    bogus.write_text("kein Word", encoding="utf-8")
    with pytest.raises(DraftError, match=r"kaputt\.docx"):
        write_docx(real_draft, tmp_path / "n.docx", reference_docx=bogus)
    with pytest.raises(DraftError, match="existiert nicht"):
        write_docx(real_draft, tmp_path / "fehlt" / "n.docx")


def test_failed_write_keeps_the_old_file(real_draft: Draft, tmp_path: Path) -> None:
    target = tmp_path / "n.docx"
    target.write_bytes(b"old")
    (tmp_path / "ro").mkdir()
    with pytest.raises(DraftError):
        write_docx(real_draft, tmp_path / "ro")  # a folder: os.replace fails, nothing half-written
    assert target.read_bytes() == b"old"
    assert not list(tmp_path.glob(".*.tmp"))


def test_reference_script_builds_the_shipped_styles(tmp_path: Path) -> None:
    import runpy

    module = runpy.run_path(str(Path(__file__).parents[2] / "templates" / "build_reference_docx.py"))
    built = module["build"](tmp_path / "ref.docx")
    names = {s.name for s in WordDocument(str(built)).styles}
    assert {"KA Frage", "KA Unterfrage", "KA Titel", "KA Unterschrift"} <= names
    assert WordDocument(str(built)).paragraphs == []


@pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed; CI installs it"
)
def test_libreoffice_converts_the_draft(real_draft: Draft, tmp_path: Path) -> None:
    path = tmp_path / "nachfrage.docx"
    write_docx(real_draft, path)
    result = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path}/lo",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(path),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    pdf = tmp_path / "nachfrage.pdf"
    assert result.returncode == 0, result.stderr
    assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert "Wir fragen die Bundesregierung:" in text and "1." in text and "a)" in text
