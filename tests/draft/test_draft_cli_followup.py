"""``drafter followup`` end to end: real parser, real SQLite library, real files on disk."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from docx import Document as WordDocument

from drafter.cli.main import build_parser, main
from drafter.library import Library

EXAMPLE = Path(__file__).parents[2] / "examples" / "19_21876-antwort.txt"


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
        "auch teilweise beantwortete Fragen",
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
    assert (
        "← 19/21876 Frage 3a (teilweise – in der gemeinsamen Antwort nicht behandelt; "
        "noch nicht abgeschlossen)" in stdout
    )
    assert "teilweise beantwortet (mit --include-partial): 19/21876 Fragen 1, 3, 7, 9, 12," in stdout
    text = "\n".join(p.text for p in WordDocument(str(out)).paragraphs)
    assert "Eurodac" in text and "Finanzmittel" in text and "EU-Ratsarbeitsgruppen" in text
    with Library(db_path) as library:
        assert library.get_document("19/21876") is not None  # imported
        saved = library.latest_draft()
    assert saved is not None and saved.title.startswith("Nachfrage zu Bundestagsdrucksache 19/21876")


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
    assert "1. Ist inzwischen festgelegt, in welchen EU-Ratsarbeitsgruppen" in markdown


def test_include_partial_adds_the_undecided_working_groups(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db_path: Path
) -> None:
    out = tmp_path / "n.txt"
    argv = ["--db", str(db_path), "followup", str(EXAMPLE), "--include-partial", "--out", str(out)]
    code, stdout, _ = _run(capsys, *argv)
    assert code == 0 and "← 19/21876 Frage 3 mit 3a, 3b (noch nicht abgeschlossen)" in stdout
    text = out.read_text(encoding="utf-8")
    assert "In welchen EU-Ratsarbeitsgruppen werden die Aktivitäten der „Plattform“ behandelt?" in text
    assert "Nicht aufgenommen" not in stdout


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
    from drafter.draft.sources import signature_from_library
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
