"""The shared German text helpers: abbreviations as data, whitespace forms, one stemmer."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.datafile import DataFileError
from drafter.text.months import MONTH_NUMBER, MONTH_PATTERN, MONTHS
from drafter.text.sentences import (
    abbreviations,
    load_abbreviations,
    load_opener_names,
    opener_names,
    split_sentences,
)
from drafter.text.spaces import collapse, evidence_form
from drafter.text.stems import INFLECTIONS, search_form, stem


@pytest.mark.parametrize("word", sorted(abbreviations()))
def test_every_listed_abbreviation_keeps_the_sentence_whole(word: str) -> None:
    text = f"Die Regelung gilt {word}. Bundesweit seit 2024."
    assert split_sentences(text) == [text]


def test_an_unlisted_word_before_a_full_stop_ends_the_sentence() -> None:
    assert split_sentences("Die Regelung gilt bundesweit. Seit 2024 auch hier.") == [
        "Die Regelung gilt bundesweit.",
        "Seit 2024 auch hier.",
    ]


def test_a_broken_abbreviation_file_names_the_file_and_the_list(tmp_path: Path) -> None:
    path = tmp_path / "abbreviations.toml"
    path.write_text('stop = ["nr", 3]\n', encoding="utf-8")
    with pytest.raises(DataFileError, match=r"abbreviations\.toml.*„stop“"):
        load_abbreviations(path)


def test_layout_folding_keeps_soft_hyphens_and_evidence_folding_drops_them() -> None:
    text = " Zusammen\u00adarbeit\n der\u2007Länder "
    assert collapse(text) == "Zusammen\u00adarbeit der Länder"
    assert evidence_form(text) == "Zusammenarbeit der Länder"


def test_one_month_table_for_reading_and_writing_dates() -> None:
    assert MONTHS[2] == "März" and MONTH_NUMBER["märz"] == 3
    assert "jänner" in MONTH_PATTERN.split("|")


def test_the_library_and_the_draft_stem_alike_with_different_suffix_sets() -> None:
    assert search_form("Straßen-Überwachung") == "strassen-ueberwachung"
    assert stem(search_form("Länder")) == "land"
    assert stem("finanzierung") == "finanzier"
    assert stem("finanzierung", suffixes=INFLECTIONS) == "finanzierung"
    assert stem("lose") == "lose" and stem("lose", keep=3) == "los"


@pytest.mark.parametrize("name", opener_names())
def test_every_listed_name_stays_inside_its_sentence(name: str) -> None:
    head = (
        "Zu den Jahren 2015 bis 2023 und den Fragen 17, 18 und 19 wird auf die Antwort zu Frage 4 "
        "der Kleinen Anfrage"
    )
    sentence = f"{head} von {name} auf Bundestagsdrucksache 20/12534 nach dem Stand vom Mai verwiesen."
    assert split_sentences(sentence) == [sentence]


def test_a_broken_name_file_names_the_file_and_the_list(tmp_path: Path) -> None:
    path = tmp_path / "names.toml"
    path.write_text('names = "Die Linke"\n', encoding="utf-8")
    with pytest.raises(DataFileError, match=r"names\.toml.*„names“"):
        load_opener_names(path)
