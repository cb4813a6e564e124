"""The literal pre-check only makes matching faster: on every sentence of the real Antworten, the
gated matching gives exactly what the plain regular expressions give."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.classify.gate import Vocabulary, required_literals
from drafter.classify.match import matching
from drafter.classify.rules import default_rules
from drafter.classify.sentences import prepared
from drafter.text.sentences import split_sentences

DATA = Path(__file__).parents[1] / "data" / "bundestag"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (r"\bkeine\b[^.]{0,40}\berkenntnisse\b", {"erkenntnisse"}),
        (r"\b(nicht|keine)\b[^.]{0,20}\bbekannt\b", {"bekannt"}),
        # the parser factors out a common prefix: "steh" is in every match
        (r"\b(steht|stehen) (noch )?aus\b", {"steh"}),
        (r"(aufwand|aufwände)\w*\b", {"aufw"}),
        (r"§", {"§"}),
        (r"\b(noch )?(nicht|keine)\b", {"nicht", "keine"}),
        (r"^(nein|ja)\s*[.,]", {"nein", "ja"}),
    ],
)
def test_required_literals(source: str, expected: set[str]) -> None:
    assert required_literals(source) == expected


@pytest.mark.parametrize("source", [r"\w+(der|)", r"[a-z]+", r"(?:x)?y?"])
def test_no_gate_where_no_literal_is_required(source: str) -> None:
    assert required_literals(source) is None


def test_vocabulary_finds_words_inside_compounds_and_phrases() -> None:
    vocabulary = Vocabulary({"angaben", "nicht möglich", "§"})
    assert vocabulary.present("es können keine detailangaben gemacht werden") == {"angaben"}
    assert vocabulary.present("eine auswertung ist nicht möglich nach § 3") == {"nicht möglich", "§"}
    assert vocabulary.present("nichts davon") == set()


def _sentences() -> list[str]:
    out: list[str] = []
    for path in sorted(DATA.glob("*-antwort*.txt")):
        out.extend(split_sentences(path.read_text(encoding="utf-8")))
    return out


def test_gated_matching_equals_plain_regular_expressions() -> None:
    rules = default_rules()
    sentences = _sentences()
    assert len(sentences) > 1000
    for sentence in sentences:
        text, _ = prepared(sentence)
        plain = [r.id for r in rules if r.pattern.search(text) and not (r.unless and r.unless.search(text))]
        assert [r.id for _, r in matching(rules, sentence)] == plain, sentence
        assert [r.id for r in rules if r.matches(sentence)] == plain, sentence
