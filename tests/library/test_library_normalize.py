"""German-aware folding: every spelling of a word meets the others in the index and the query."""

from __future__ import annotations

import pytest

from drafter.library import Library
from drafter.library.normalize import concepts, query_terms, tokens
from drafter.models import Document, Kind, Question
from drafter.text.stems import search_form as fold
from drafter.text.stems import stem


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Straßen", "STRASSEN"),
        ("Übermittlung", "Uebermittlung"),
        ("Äußerung", "aeusserung"),
        ("Öffentlichkeit", "oeffentlichkeit"),
        ("Café", "cafe"),
    ],
)
def test_spellings_fold_alike(a: str, b: str) -> None:
    assert tokens(a) == tokens(b)


def test_unicode_spaces_of_bundestag_texts_separate_words() -> None:
    # U+2002 pads single-digit numbers in Antworten, U+2007 in Kleine Anfragen, U+00A0 everywhere.
    assert tokens("1.\u2002Wie\u00a0viele\u2007Fälle") == ["1", "wie", "viele", "faelle"]


def test_hyphenated_compound_yields_parts_and_joined_word() -> None:
    assert tokens("EU-Kommission") == ["eu", "kommission", "eukommission"]
    assert tokens("Bundeswehr\u2011Manöver") == ["bundeswehr", "manoever", "bundeswehrmanoever"]


def test_stems_meet_across_inflection() -> None:
    assert stem(fold("Straßen")) == stem(fold("Strasse"))
    assert stem("vernetzung") == stem("vernetzen") == "vernetz"
    assert stem("eu") == "eu"  # too short to cut
    assert stem(fold("Zugänge")) == stem(fold("Zugang")) == "zugang"
    assert stem(fold("Länder")) == stem(fold("Land"))


def test_synonyms_fold_to_one_concept() -> None:
    assert concepts("Interoperabilität")[0] == concepts("vernetzen")[0] == concepts("Anbindung")[0]


def test_stopwords_dropped_and_repeats_merged() -> None:
    assert query_terms("Welche Kenntnisse hat die Bundesregierung über Eurodac und EURODAC") == ["eurodac"]
    assert query_terms("die Bundesregierung") == []


def _doc(number: str, text: str) -> Document:
    return Document(
        source="test",
        kind=Kind.KLEINE_ANFRAGE,
        number=number,
        title="t",
        questions=(Question(number="1", text=text),),
    )


@pytest.mark.parametrize(
    ("stored", "query"),
    [
        ("Wie viele Straßen wurden saniert?", "Strassen"),
        ("Wie viele Strassen wurden saniert?", "Straßen"),
        ("Welche Straße wurde gesperrt?", "Strassen"),
        ("Wie viele Übergriffe gab es?", "Uebergriffe"),
        ("Welche Rolle spielt die EU-Kommission?", "EU Kommission"),
        ("Welche Rolle spielt die EU-Kommission?", "Kommission"),
        ("Wie\u2002viele\u00a0Anträge\u2007wurden gestellt?", "Anträge"),
    ],
)
def test_search_meets_every_spelling(stored: str, query: str) -> None:
    with Library(":memory:") as lib:
        lib.import_document(_doc("21/1", stored), source_hash="h")
        hits = [h for h in lib.search(query, 5) if h.kind != "seed"]
    assert hits and hits[0].text == stored


def test_compound_parts_count_towards_coverage() -> None:
    from drafter.library.ranking import coverage

    assert coverage(["fingerabdruck"], ["fingerabdruckdatei"]) == 1.0
    assert coverage(["sanier"], ["generalsanier"]) == 1.0
    assert coverage(["fingerabdruckdatei"], ["fingerabdruck"]) == 1.0
    assert coverage(["rent", "eurodac"], ["unterrent", "eurodac"]) == 0.5
