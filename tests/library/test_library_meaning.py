"""Words as staff type them: compound parts, lemmas and case find the question that means it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from drafter.library import Library
from drafter.library.compounds import parts
from drafter.library.importer import import_paths
from drafter.models import Document

DATA = Path(__file__).parents[1] / "data"


@pytest.fixture(scope="module")
def lib(
    tmp_path_factory: pytest.TempPathFactory, parse_once: Callable[[Path], Document]
) -> Iterator[Library]:
    paths = [
        DATA / "library" / "21_405-antwort.txt",
        DATA / "library" / "21_748-kleine-anfrage.txt",
        DATA / "bundestag" / "21_1243-kleine-anfrage.txt",
        DATA / "bundestag" / "21_1521-antwort.txt",
        DATA / "bundestag" / "19_21876-antwort-pdftext.txt",
    ]
    with Library(tmp_path_factory.mktemp("meaning") / "library.sqlite") as library:
        assert import_paths(library, paths, parse=parse_once).ok
        yield library


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Abschiebungshaftplätze", {"abschiebungshaft", "abschiebung", "haft", "plätze"}),
        ("Bundeswehrübung", {"bundeswehr", "bundes", "wehr", "übung"}),
        ("Verschlusssache", {"verschluss", "sache"}),
        ("Heizkosten", {"heiz", "kosten"}),
        ("Erkenntnisse", set()),  # a derivation, not "Erkennt" + "Nisse"
        ("Unternehmen", set()),  # a particle verb's noun, not "Unter" + "Nehmen"
        ("Personen", set()),
    ],
)
def test_compound_parts(word: str, expected: set[str]) -> None:
    assert set(parts(word)) == expected


def test_a_reworded_question_is_found_by_its_meaning(lib: Library) -> None:
    # 21/405 Frage 6: "… die Anzahl der Abschiebungshaftplätze in Deutschland …"
    hits = lib.search("Wie viele Plätze in der Abschiebungshaft gab es?", 3)
    assert (hits[0].drucksache, hits[0].number) == ("21/405", "6")


@pytest.mark.parametrize(
    ("query", "wanted"),
    [
        ("Heizkosten", "Heizkosten"),  # 21/748 Frage 13
        ("wohnkosten", "wohnkosten"),  # lower case, a part of "Wohnkostenlücke" (21/748)
        ("Bundeswehrübung", "Bundeswehr"),  # 21/1243: "Bundeswehr-Manöver", "Übung"
    ],
)
def test_words_staff_type_find_the_text_holding_them(lib: Library, query: str, wanted: str) -> None:
    hits = [h for h in lib.search(query, 5) if h.kind != "seed"]
    assert hits and wanted.lower() in hits[0].text.lower()


def test_a_compound_finds_its_parts_written_apart(lib: Library) -> None:
    # 21/748 asks about "Heizkosten" in Frage 13 and about "Kosten der Unterkunft und Heizung" in Frage 1
    hits = [h for h in lib.search("Heizkosten", 10) if h.kind != "seed"]
    assert "Heizkosten" in hits[0].text
    apart = [h for h in hits if "Kosten der Unterkunft und Heizung" in h.text]
    assert apart and "gemeinsame Begriffe: heiz, kost" in apart[0].why
