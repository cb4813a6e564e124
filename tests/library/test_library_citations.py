"""Citations in real follow-ups: found in the text, resolved into question links both ways."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from drafter.library import Library
from drafter.library.citations import Citation, citations, question_numbers
from drafter.library.importer import import_paths
from drafter.models import Document

DATA = Path(__file__).parents[1] / "data"
EARLIER = DATA / "followups" / "21_670-antwort.txt"
FOLLOWUP = DATA / "library" / "21_1303-kleine-anfrage.txt"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 21/1303, Frage 2 (as printed, hyphenated over a line break in other documents)
        (
            "(siehe Vorbemerkung der Fragesteller und Antwort der Bundesregierung zu Frage 2 auf "
            "Bundestagsdrucksache 21/670), erbracht",
            [Citation("21/670", ("2",))],
        ),
        # 21/1633, Frage 8
        (
            "Frage 2 der Kleinen Anfrage auf Bundestagsdrucksache 21/843 (Stichtag:",
            [Citation("21/843", ("2",))],
        ),
        # 21/930, Frage 13
        ("Frage 20c auf Bundestagsdrucksache 21/612, bitte einzeln", [Citation("21/612", ("20c",))]),
        # 21/2316, Vorbemerkung
        ("nicht beantworten (vgl. Bundestagsdrucksache 21/615).", [Citation("21/615")]),
        (
            "Antwort der Bundesregierung zu Frage 3 auf Bundestags-\ndrucksache 21/617",
            [Citation("21/617", ("3",))],
        ),
        ("BT-Drs. 21/617", [Citation("21/617")]),
        ("vgl. Drucksache 21/617", [Citation("21/617")]),
        (
            "zu den Fragen 1 bis 3 auf Drucksache 21/5 und Drucksache 21/6, Antwort zu Frage 4",
            [Citation("21/5", ("1", "2", "3")), Citation("21/6", ("4",))],
        ),
    ],
)
def test_citations_name_the_drucksache_and_its_questions(text: str, expected: list[Citation]) -> None:
    assert citations(text) == expected


def test_question_number_lists() -> None:
    assert question_numbers("2, 5 und 7a") == ("2", "5", "7a")
    assert question_numbers("1 bis 3") == ("1", "2", "3")


@pytest.fixture(scope="module", params=["earlier first", "follow-up first"])
def pair(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    parse_once: Callable[[Path], Document],
) -> Iterator[Library]:
    """The real Antwort 21/670 and its real follow-up 21/1303, imported in either order."""
    order = [EARLIER, FOLLOWUP] if request.param == "earlier first" else [FOLLOWUP, EARLIER]
    with Library(tmp_path_factory.mktemp("pair") / "library.sqlite") as lib:
        for path in order:
            assert import_paths(lib, [path], parse=parse_once).ok
        yield lib


def _text(lib: Library, number: str, question: str) -> str:
    doc = lib.get_document(number)
    assert doc is not None
    found = doc.question(question)
    assert found is not None
    return found.text


def test_the_earlier_question_finds_the_follow_up_that_cites_it(pair: Library) -> None:
    hits = pair.search(_text(pair, "21/670", "2"), 5)
    where = [(h.drucksache, h.number) for h in hits]
    assert where[0] == ("21/670", "2")
    linked = next(h for h in hits if (h.drucksache, h.number) == ("21/1303", "2"))
    assert "zitiert 21/670 Frage 2" in linked.why


def test_the_follow_up_finds_the_earlier_question_it_cites(pair: Library) -> None:
    hits = pair.search(_text(pair, "21/1303", "2"), 5)
    assert ("21/670", "2") in [(h.drucksache, h.number) for h in hits[:3]]


def test_a_search_citing_a_question_ranks_it_first(pair: Library) -> None:
    hits = pair.search("Antwort der Bundesregierung zu Frage 3 auf Bundestagsdrucksache 21/670", 3)
    assert (hits[0].drucksache, hits[0].number) == ("21/670", "3")
    assert hits[0].why[0].startswith("in der Suche zitiert")


def test_a_search_citing_a_drucksache_ranks_its_questions_first(pair: Library) -> None:
    hits = pair.search("Strafanträge vgl. BT-Drs. 21/670", 3)
    assert {h.drucksache for h in hits} == {"21/670"}
    assert "Strafantr" in hits[0].text
