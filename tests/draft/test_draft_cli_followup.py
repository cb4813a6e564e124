"""``drafter followup`` end to end: real parser, real SQLite library, real files on disk."""

from __future__ import annotations

import json
import os
from pathlib import Path

import jsonschema
import pytest
from docx import Document as WordDocument

from drafter.cli.main import build_parser, main
from drafter.library import Library

EXAMPLE = Path(__file__).parents[2] / "examples" / "19_21876-antwort.txt"
SCHEMA = Path(__file__).parents[1] / "data" / "schema"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_help_texts_are_german() -> None:
    parser = build_parser()
    sub = parser._subparsers._group_actions[0].choices["followup"]  # type: ignore[union-attr]
    text = sub.format_help()
    for phrase in (
        "Datei oder Drucksachennummer",
        "nur diese Fragen",
        "nur offene Fragen",
        "Standardausgabe",
        "Zieldatei",
        "Ausgabeformat",
    ):
        assert phrase in text


def test_followup_from_a_file(capsys: pytest.CaptureFixture[str], tmp_path: Path, db_path: Path) -> None:
    out = tmp_path / "entwurf.docx"
    code, stdout, _ = _run(capsys, "--db", str(db_path), "followup", str(EXAMPLE), "--out", str(out))
    assert code == 0
    assert f"Entwurf geschrieben: {out}" in stdout
    assert "← 19/21876 Frage 10 (noch nicht abgeschlossen)" in stdout
    assert "← 19/21876 Frage 4 (keine Erkenntnisse)" in stdout
    assert "Unterschrift [Unterschrift fehlt]" in stdout
    assert "← 19/21876 Frage 3 mit 3a, 3b (noch nicht abgeschlossen)" in stdout
    assert "← 19/21876 Frage 12 mit 12a, 12b (keine Erkenntnisse)" in stdout  # partial: taken by default
    assert "Nicht aufgenommen" not in stdout
    text = "\n".join(p.text for p in WordDocument(str(out)).paragraphs)
    assert "Eurodac" in text and "Finanzmittel" in text and "EU-Ratsarbeitsgruppen" in text
    with Library(db_path) as library:
        assert library.get_document("19/21876") is not None  # imported
        saved = library.latest_draft()
    assert saved is not None and saved.title.endswith("Bundestagsdrucksache 19/21876)")


def test_followup_by_number_with_selection_as_markdown(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db_path: Path
) -> None:
    _run(capsys, "--db", str(db_path), "library", "import", str(EXAMPLE))
    out = tmp_path / "n.md"
    code, stdout, _ = _run(
        capsys, "--db", str(db_path), "followup", "19/21876", "--select", "3a,4", "--out", str(out)
    )
    assert code == 0 and "2 Fragen aufgenommen" in stdout
    markdown = out.read_text(encoding="utf-8")
    assert markdown.startswith("Deutscher Bundestag")
    assert "1. Steht inzwischen fest, in welchen EU-Ratsarbeitsgruppen" in markdown


def test_open_only_leaves_out_the_partial_answers_and_names_them(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db_path: Path
) -> None:
    out = tmp_path / "n.txt"
    argv = ["--db", str(db_path), "followup", str(EXAMPLE), "--open-only", "--out", str(out)]
    code, stdout, _ = _run(capsys, *argv)
    assert code == 0 and "← 19/21876 Frage 3a mit 3, 3b (teilweise – in der gemeinsamen Antwort" in stdout
    assert "teilweise beantwortet (ohne --open-only): 19/21876 Fragen 1, 7, 9, 12," in stdout
    text = out.read_text(encoding="utf-8")
    assert "EU-Ratsarbeitsgruppen" in text


def test_unknown_number_is_a_german_error(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    code, _, err = _run(capsys, "--db", str(db_path), "followup", "19/99999")
    assert code == 1
    assert "19/99999 ist nicht in der Fragenbibliothek" in err and "drafter fetch 19/99999" in err
    assert "drafter library import" in err and "Traceback" not in err


def test_missing_file_and_unwritable_path(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db_path: Path
) -> None:
    code, _, err = _run(capsys, "--db", str(db_path), "followup", str(tmp_path / "fehlt.txt"))
    assert code == 1 and "fehlt.txt gibt es nicht" in err
    code, _, err = _run(
        capsys, "--db", str(db_path), "followup", str(EXAMPLE), "--out", str(tmp_path / "x" / "n.docx")
    )
    assert code == 1 and "existiert nicht" in err
    with Library(db_path) as library:
        assert library.latest_draft() is not None  # saved before the failed write


def test_default_name_never_overwrites(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "nachfrage.docx").write_bytes(b"meine Arbeit")
    code, stdout, _ = _run(capsys, "--db", str(db_path), "followup", str(EXAMPLE))
    assert code == 0 and "nachfrage-2.docx" in stdout
    assert (tmp_path / "nachfrage.docx").read_bytes() == b"meine Arbeit"
    code, _, _ = _run(capsys, "--db", str(db_path), "followup", str(EXAMPLE), "--out", "nachfrage.docx")
    assert code == 0 and (tmp_path / "nachfrage.docx").read_bytes().startswith(b"PK")
    assert not [name for name in os.listdir(tmp_path) if name.endswith(".tmp")]


def test_signature_from_a_kleine_anfrage_of_the_faction_in_the_library(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db_path: Path, bundestag_dir: Path
) -> None:
    inquiry = (
        bundestag_dir / "21_1243-kleine-anfrage.txt"
    )  # Die Linke, signed "Heidi Reichinnek, Sören Pellmann"
    _run(capsys, "--db", str(db_path), "library", "import", str(inquiry))
    out = tmp_path / "n.txt"
    code, stdout, _ = _run(capsys, "--db", str(db_path), "followup", str(EXAMPLE), "--out", str(out))
    assert code == 0
    assert out.read_text(encoding="utf-8").rstrip().endswith("Heidi Reichinnek, Sören Pellmann und Fraktion")
    assert "Unterschrift fehlt" not in stdout


def test_signature_of_an_earlier_term_is_not_used(db_path: Path) -> None:
    """Faction leaders change between Wahlperioden: a 2020 inquiry must not sign a 2026 follow-up."""
    from drafter.draft.compose.sources import signature_from_library
    from drafter.models import Document, Kind

    inquiry = Document(
        "ka",
        Kind.KLEINE_ANFRAGE,
        "19/21516",
        "Wiener Plattform",
        (),
        faction="DIE LINKE.",
        signature="Amira Mohamed Ali, Dr. Dietmar Bartsch und Fraktion",
    )
    with Library(db_path) as library:
        library.import_document(inquiry, source_hash="ka-19")
        assert signature_from_library(library, "Die Linke", 21) is None
        assert signature_from_library(library, "Die Linke", 19) == inquiry.signature


def test_json_to_standard_output_is_valid_against_the_draft_schema(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    schema = json.loads((SCHEMA / "draft.schema.json").read_text(encoding="utf-8"))
    code, stdout, stderr = _run(
        capsys, "--db", str(db_path), "followup", str(EXAMPLE), "--format", "json", "--out", "-"
    )
    assert code == 0 and "Entwurf geschrieben: auf die Standardausgabe" in stderr
    draft = json.loads(stdout)
    jsonschema.validate(draft, schema)
    assert draft["sources"] == [{"drucksache": "19/21876", "inquiry": "19/21516"}]
    by_first = {q["presses_on"][0]["question"]: q for q in draft["questions"]}
    assert [p["question"] for p in by_first["3"]["presses_on"]] == ["3", "3a", "3b"]
    assert by_first["10"]["angle"] == "result_of_review"
    assert all(p["drucksache"] == "19/21876" for q in draft["questions"] for p in q["presses_on"])


def test_json_by_file_extension_and_docx_refused_on_standard_output(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db_path: Path
) -> None:
    out = tmp_path / "n.json"
    code, _, _ = _run(capsys, "--db", str(db_path), "followup", str(EXAMPLE), "--out", str(out))
    assert code == 0 and json.loads(out.read_text(encoding="utf-8"))["questions"]
    code, _, err = _run(
        capsys, "--db", str(db_path), "followup", str(EXAMPLE), "--format", "docx", "--out", "-"
    )
    assert code == 1 and "Standardausgabe" in err and "Traceback" not in err


def test_followup_on_a_pdf_keeps_and_drafts_from_the_dip_text_in_the_library(
    capsys: pytest.CaptureFixture[str], db_path: Path, bundestag_dir: Path, data_dir: Path
) -> None:
    """The draft from a worse copy must not replace the better one the library holds (and is
    built on the better one, as the app does)."""
    assert (
        _run(capsys, "--db", str(db_path), "library", "import", str(bundestag_dir / "21_2000-antwort.txt"))[0]
        == 0
    )
    with Library(db_path) as library:
        before = library.get_document("21/2000")
    pdf = data_dir / "pdf" / "21_2000-antwort.pdf"
    code, out, err = _run(
        capsys, "--db", str(db_path), "followup", str(pdf), "--format", "json", "--out", "-"
    )
    assert code == 0, err
    assert "behält den DIP-Text von 21/2000" in err
    assert json.loads(out)["questions"]
    with Library(db_path) as library:
        assert library.get_document("21/2000") == before
