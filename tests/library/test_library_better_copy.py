"""A file never replaces a better copy of its Drucksache: DIP text beats PDF text, newer beats older
only within the same kind, and the import says which copy it kept."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from drafter.library import Library
from drafter.library.importer import better_copy, import_paths
from drafter.models import Document, Kind, Origin
from drafter.parse import parse_file


def _doc(origin: Origin, date: dt.date | None) -> Document:
    return Document(
        source="x", kind=Kind.ANTWORT, number="21/2000", title="T", questions=(), origin=origin, date=date
    )


OCT, NOV = dt.date(2025, 10, 7), dt.date(2025, 11, 3)


@pytest.mark.parametrize(
    ("stored", "new", "kept"),
    [
        (_doc(Origin.DIP, OCT), _doc(Origin.PDF, NOV), True),  # a newer PDF does not beat DIP text
        (_doc(Origin.DIP, OCT), _doc(Origin.PDFTEXT, OCT), True),
        (_doc(Origin.PDF, NOV), _doc(Origin.DIP, OCT), False),  # DIP text replaces any PDF text
        (_doc(Origin.DIP, OCT), _doc(Origin.DIP, NOV), False),  # same kind: the newer one wins
        (_doc(Origin.DIP, NOV), _doc(Origin.DIP, OCT), True),  # ... and an older one does not
        (_doc(Origin.PDF, OCT), _doc(Origin.PDFTEXT, OCT), False),  # two PDF texts of one day
        (_doc(Origin.PDF, OCT), _doc(Origin.PDF, None), True),  # undated never displaces dated
    ],
)
def test_which_copy_stays(stored: Document, new: Document, kept: bool) -> None:
    assert (better_copy(stored, new) is not None) is kept


def test_opening_the_pdf_keeps_the_dip_text_and_says_so(
    tmp_path: Path, bundestag_dir: Path, data_dir: Path
) -> None:
    """The reported case: 21/2000 as DIP text in the library, then its PDF imported."""
    text, pdf = bundestag_dir / "21_2000-antwort.txt", data_dir / "pdf" / "21_2000-antwort.pdf"
    with Library(tmp_path / "lib.sqlite") as lib:
        import_paths(lib, [text])
        before = lib.get_document("21/2000")
        report = import_paths(lib, [pdf])
        after = lib.get_document("21/2000")
    assert before is not None and before.origin is Origin.DIP
    assert report.replaced == [] and report.imported == []
    assert [k.path for k in report.kept] == [pdf] and report.kept[0].number == "21/2000"
    assert "DIP-Text" in report.kept[0].reason and "nicht ersetzt" in report.summary()
    assert after == before


def test_the_pdf_is_replaced_by_the_dip_text(tmp_path: Path, bundestag_dir: Path, data_dir: Path) -> None:
    text, pdf = bundestag_dir / "21_2000-antwort.txt", data_dir / "pdf" / "21_2000-antwort.pdf"
    with Library(tmp_path / "lib.sqlite") as lib:
        import_paths(lib, [pdf])
        assert lib.get_document("21/2000").origin is Origin.PDF  # type: ignore[union-attr]
        report = import_paths(lib, [text])
        assert report.replaced == [text] and not report.kept
        assert lib.get_document("21/2000").origin is Origin.DIP  # type: ignore[union-attr]


def test_an_older_copy_of_the_same_kind_is_kept_out(tmp_path: Path, bundestag_dir: Path) -> None:
    source = bundestag_dir / "21_2000-antwort.txt"
    doc = parse_file(source)
    assert doc.date is not None
    older = tmp_path / "alt" / "21_2000-antwort.txt"
    older.parent.mkdir()
    older.write_bytes(source.read_bytes() + b"\n")  # another file (hash) of the same Drucksache
    with Library(tmp_path / "lib.sqlite") as lib:
        import_paths(lib, [source])
        earlier = replace(doc, date=doc.date - dt.timedelta(days=30))
        report = import_paths(lib, [older], parse=lambda _path: earlier)
        assert [k.path for k in report.kept] == [older] and "neuere Fassung" in report.kept[0].reason
        assert lib.get_document("21/2000").date == doc.date  # type: ignore[union-attr]
