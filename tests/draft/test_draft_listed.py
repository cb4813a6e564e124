"""Questions printed as a list of lettered parts are asked as whole sentences (real Antwort 21/1404)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from drafter.draft import compose_followup
from drafter.draft.compose.listed import listed_sentence, whole_sentence, whole_sentences
from drafter.models import Document
from drafter.workflow import read_classified

DATA = Path(__file__).parents[1] / "data" / "draft"


@pytest.fixture(scope="module")
def heating() -> Document:
    return read_classified(DATA / "21_1404-antwort.txt")


def test_a_lead_in_is_completed_by_its_parts(heating: Document) -> None:
    eight = heating.question("8")
    assert eight is not None and eight.text.endswith("an Standorten in")
    listed = listed_sentence(heating, eight)
    assert [part.number for part in listed.parts] == ["8a", "8b"]
    assert listed.text.endswith(
        "an Standorten in Deutschland und anderen EU-Mitgliedstaaten geleistet haben (bitte nach Art der "
        "Leistung – Maschinen, Personal, Werkshallen etc. – auflisten)?"
    )
    part = heating.question("8b")
    assert part is not None and whole_sentence(heating, part).text == listed.text


def test_questions_of_their_own_stay_as_they_are(heating: Document) -> None:
    five = heating.question("5")
    assert five is not None and listed_sentence(heating, five).text == five.text
    assert not listed_sentence(heating, five).parts


def test_parts_folded_without_their_lead_in_become_the_whole_sentence_once(heating: Document) -> None:
    parts = [q for q in heating.questions if q.number in ("6a", "6b")]
    (whole,) = whole_sentences(heating, parts)
    assert whole.number == "6"
    assert "von Gas- und Ölheizungen und Wärmepumpen beteiligt" in whole.text


def test_the_follow_up_never_asks_a_fragment(heating: Document) -> None:
    draft = compose_followup([heating], today=dt.date(2026, 12, 3))
    texts = [text for q in draft.questions for text in (q.text, *q.subquestions)]
    assert not [text for text in texts if "zu dem Punkt „" in text]
    eight = next(q for q in draft.questions if q.source and q.source.question == "8")
    assert "an Standorten in Deutschland und anderen EU-Mitgliedstaaten geleistet haben" in eight.text
