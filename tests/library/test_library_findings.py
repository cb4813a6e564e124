"""What a finding says beyond its category survives the library on both engines: the kinds an
evasive answer leaves out (``asked``) and the parts a finding concerns (``parts``), stored by
migration 0011; a library written before it reads back with both empty."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from drafter.classify import classify_questions
from drafter.library import Library
from drafter.library.importer import follow_references, stored_answer
from drafter.library.migrations import MIGRATIONS
from drafter.models import Document, Kind, Question, Status
from drafter.workflow import read_classified

DATA = Path(__file__).parents[1] / "data"


def test_asked_and_parts_come_back_from_the_library(library_target: str) -> None:
    # 21/1675: answer 14 talks around the staff numbers asked for (issue example of an evasive answer)
    doc = read_classified(DATA / "classify" / "21_1675-antwort.txt")
    findings = [f for q in doc.questions for f in q.findings if f.asked]
    assert findings, "the document has an evasive finding"
    with Library(library_target) as lib:
        lib.import_document(doc, source_hash="hash-21-1675")
        assert doc.number is not None
        stored = lib.get_document(doc.number)
    assert stored is not None
    assert stored.questions == doc.questions


def test_a_library_written_before_0011_is_upgraded_with_empty_lists(tmp_path: Path) -> None:
    doc = read_classified(DATA / "classify" / "21_1675-antwort.txt")
    assert doc.number is not None
    path = tmp_path / "library.sqlite"
    with Library(path) as lib:
        lib.import_document(doc, source_hash="hash-21-1675")
    with sqlite3.connect(path) as conn:  # the file as drafter wrote it before migration 0011
        conn.execute("ALTER TABLE findings DROP COLUMN asked")
        conn.execute("ALTER TABLE findings DROP COLUMN parts")
        conn.execute("DELETE FROM migrations WHERE name = '0011_finding_asked_parts'")
        conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) - 1}")
    with Library(path) as lib:
        assert "0011_finding_asked_parts" in lib.applied_migrations()
        stored = lib.get_document(doc.number)
    assert stored is not None
    findings = [f for q in stored.questions for f in q.findings]
    assert findings and all(f.asked == () and f.parts == () for f in findings)


def test_a_reference_to_a_stored_drucksache_is_followed_through_its_kleine_anfrage(
    library_target: str,
) -> None:
    """21/1521 answers the Kleine Anfrage 21/1243; a pointer to "Frage 7 … Drucksache 21/1243" (in the
    form of 21/1440, answer 3) reaches the stored Antwort, which answered question 7."""
    referring = (
        "Es wird auf die Antwort der Bundesregierung zu Frage 7 der Kleinen Anfrage auf "
        "Bundestagsdrucksache 21/1243 verwiesen."
    )
    questions = classify_questions([Question("1", "Wie hoch waren die Kosten?", referring, ("1",))])
    doc = Document("test", Kind.ANTWORT, "21/9999", "Test", questions)
    assert doc.questions[0].status is Status.OPEN
    with Library(library_target) as lib:
        assert follow_references(lib, doc) == doc  # nothing stored yet: stays referred
        for name in ("21_1243-kleine-anfrage.txt", "21_1521-antwort.txt"):
            path = DATA / "bundestag" / name
            lib.import_document(read_classified(path), source_hash=name)
        assert stored_answer(lib, "21/1243") == lib.get_document("21/1521")
        (followed,) = follow_references(lib, doc).questions
    assert (followed.status, followed.findings) == (Status.ANSWERED, ())
