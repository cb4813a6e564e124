"""Importing the real corpus: pairing in either order, idempotency, replacement, bad files."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from drafter.library import Library
from drafter.library.importer import import_paths
from drafter.models import Document

Parse = Callable[[Path], Document]

# The corpus pairs (Antwort ← Kleine Anfrage), as tests/data/SOURCES.md lists them.
PAIRS = {
    "21/1521": "21/1243",
    "21/1206": "21/1048",
    "21/927": "21/711",
    "21/1210": "21/953",
    "21/1023": "21/937",
    "21/434": "21/247",
    "21/890": "21/710",
    "21/437": "21/245",
    "21/2000": "21/1779",
    "21/1792": "21/1357",
    "21/1091": "21/684",
    "21/1173": "21/1028",
}


def _files(folder: Path, pattern: str) -> list[Path]:
    return sorted(folder.glob(pattern))


@pytest.mark.parametrize("first", ["antwort", "kleine-anfrage"])
def test_corpus_pairs_up_whichever_comes_first(
    db_path: Path, bundestag_dir: Path, first: str, parse_once: Parse
) -> None:
    second = "kleine-anfrage" if first == "antwort" else "antwort"
    with Library(db_path) as lib:
        one = import_paths(lib, _files(bundestag_dir, f"21_*-{first}.txt"), parse=parse_once)
        assert all(lib.partner(number) is None for number in PAIRS)
        two = import_paths(lib, _files(bundestag_dir, f"21_*-{second}.txt"), parse=parse_once)
        assert len(one.imported) == len(two.imported) == 12 and one.ok and two.ok
        for answer, inquiry in PAIRS.items():
            assert lib.partner(answer) == inquiry
            assert lib.partner(inquiry) == answer
        summaries = {s.number: s for s in lib.documents()}
    assert summaries["21/1521"].paired_with == "21/1243"
    assert summaries["21/1243"].counts == {"unanswered": 9}


def test_answered_inquiry_questions_are_listed_once_with_their_answer(
    db_path: Path, bundestag_dir: Path, parse_once: Parse
) -> None:
    """The Antwort reprints its Kleine Anfrage's questions: one point, named where it was asked."""
    with Library(db_path) as lib:
        import_paths(lib, [bundestag_dir / "21_1243-kleine-anfrage.txt"], parse=parse_once)
        before = lib.search("Red Storm Bravo Hamburg", 20)
        import_paths(lib, [bundestag_dir / "21_1521-antwort.txt"], parse=parse_once)
        after = lib.search("Red Storm Bravo Hamburg", 20)
    assert {(h.drucksache, h.status, h.answered_in) for h in before} == {("21/1243", "unanswered", None)}
    assert {(h.drucksache, h.kind, h.answered_in) for h in after} == {
        ("21/1243", "kleine_anfrage", "21/1521")
    }
    assert len({h.number for h in after}) == len(after)
    assert {h.status for h in after} <= {"answered", "partial", "open"} and all(h.answer for h in after)


def test_reimport_is_unchanged_and_a_new_version_replaces(
    db_path: Path, bundestag_dir: Path, tmp_path: Path, parse_once: Parse
) -> None:
    source = bundestag_dir / "21_1521-antwort.txt"
    with Library(db_path) as lib:
        assert len(import_paths(lib, [bundestag_dir], parse=parse_once).imported) == 25
        again = import_paths(lib, [bundestag_dir], parse=parse_once)
        assert (len(again.unchanged), again.imported, again.replaced) == (25, [], [])
        edited = tmp_path / "21_1521-antwort.txt"
        text = source.read_text(encoding="utf-8")
        edited.write_text(text.replace("ca. 40 000 Euro", "ca. 45 000 Euro"), encoding="utf-8")
        replaced = import_paths(lib, [edited])
        assert replaced.replaced == [edited]
        doc = lib.get_document("21/1521")
        question = doc.question("6") if doc else None
        assert question is not None and question.answer and "45 000 Euro" in question.answer
        assert len(lib.documents()) == 25
        assert lib.integrity_ok()


def test_bad_files_fail_with_reasons_and_the_rest_imports(
    db_path: Path, bundestag_dir: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "eingang"
    folder.mkdir()
    shutil.copy(bundestag_dir / "21_1243-kleine-anfrage.txt", folder)
    (folder / "kaputt.pdf").write_bytes(b"%PDF-1.4 kein echtes PDF")
    (folder / "einkaufsliste.txt").write_text("Milch, Brot, Eier\n", encoding="utf-8")
    (folder / "notiz.docx").write_text("wird ignoriert", encoding="utf-8")
    seen: list[tuple[int, int, str, str]] = []
    with Library(db_path) as lib:
        report = import_paths(
            lib,
            [folder, tmp_path / "fehlt.txt"],
            progress=lambda done, total, path, outcome: seen.append((done, total, path.name, outcome)),
        )
        assert [s.number for s in lib.documents()] == ["21/1243"]
    assert report.imported == [folder / "21_1243-kleine-anfrage.txt"]
    failed = {path.name: reason for path, reason in report.failed}
    assert set(failed) == {"kaputt.pdf", "einkaufsliste.txt", "fehlt.txt"}
    assert "nicht gefunden" in failed["fehlt.txt"]
    assert "PDF" in failed["kaputt.pdf"]
    assert all(len(reason) > 20 for reason in failed.values())
    assert [s[0] for s in seen] == [1, 2, 3] and {s[1] for s in seen} == {3}
    assert report.summary() == "1 importiert, 0 ersetzt, 0 unverändert, 3 fehlgeschlagen"
