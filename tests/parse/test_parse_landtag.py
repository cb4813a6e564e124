"""State parliament answers need not be fully supported, but never crash the parser."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.errors import InputError
from drafter.models import Kind
from drafter.parse import parse_file

LANDTAG = Path(__file__).parents[1] / "data" / "landtag"


@pytest.mark.parametrize("path", sorted(LANDTAG.glob("*.txt")), ids=lambda p: p.name)
def test_landtag_answer_parses_or_gives_a_clear_error(path: Path) -> None:
    try:
        doc = parse_file(path)
    except InputError as error:
        assert str(path) in error.message
        return
    assert doc.kind is Kind.ANTWORT
    assert doc.questions
    assert all(q.answer for q in doc.questions)


def test_niedersachsen_answer_finds_its_questions() -> None:
    doc = parse_file(LANDTAG / "NI-19-11141_Antwort.txt")
    assert doc.number == "19/11141"
    assert [q.number for q in doc.questions] == [str(n) for n in range(1, 11)]
