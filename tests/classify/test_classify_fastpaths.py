"""The classifier's fast paths give what the plain definitions give: the literal sets a rule
alternative requires, the features of a whole sentence read in one pass, the shape rules' terms
(a group holds where one of its words or compound heads is among the features), and whitespace
folding without a regular expression. Checked on every sentence of the real Antworten in tests/data."""

from __future__ import annotations

import re
import sys
from functools import cache
from pathlib import Path

import pytest

from drafter.classify.coverage import _surely_gives, gives
from drafter.classify.gate import Vocabulary, required_sets
from drafter.classify.lemmas import Lexicon, clause_terms, clauses, sentence_features, sentence_terms
from drafter.classify.shapes import default_shapes
from drafter.parse import parse_file
from drafter.text.sentences import split_sentences
from drafter.text.spaces import evidence_form

DATA = Path(__file__).parents[1] / "data"


@cache
def _sentences() -> tuple[str, ...]:
    """Every answer and question sentence of the Antworten in tests/data (the broken ones aside)."""
    out: list[str] = []
    for path in sorted(p for p in DATA.glob("*/*-antwort*.txt") if p.parent.name != "bad"):
        for question in parse_file(path).questions:
            out += split_sentences(question.text) + split_sentences(question.answer or "")
    return tuple(dict.fromkeys(out))


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # every window of the no_information rule needs its own words, not only the longest one
        (
            r"\bkeine\b[^.]{0,150}\b(erkenntnisse|daten)\b[^.]{0,40}\bvor\b",
            [{"keine"}, {"erkenntnisse", "daten"}, {"vor"}],
        ),
        # a required group is read word by word; an optional one adds nothing
        (r"\b(liegen (der bundesregierung )?nicht)\b", [{"liegen "}, {"nicht"}]),
        (r"(?:\bim\b)?\s*rahmen\b[^.]{0,20}\bmöglich", [{"rahmen"}, {"möglich"}]),
        (r"[a-z]+", []),
    ],
)
def test_required_sets(source: str, expected: list[set[str]]) -> None:
    assert [set(s) for s in required_sets(source)] == expected


def test_vocabulary_words_in_finds_words_inside_compounds() -> None:
    vocabulary = Vocabulary({"angaben", "nicht möglich", "möglichkeit"})
    assert vocabulary.words_in("es können keine detailangaben gemacht werden") == {"angaben"}
    assert vocabulary.words_in("dies ist nicht möglich") == {"möglich"}  # the key word of the phrase


def test_sentence_features_are_those_of_its_clauses_on_real_sentences() -> None:
    sentences = _sentences()
    assert len(sentences) > 1500
    for sentence in sentences:
        assert sentence_features(sentence) == frozenset().union(*clauses(sentence)), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Anteil lag bei 1,5 Prozent (2023: 2,25 Prozent; 2024 – 3,0 Prozent).",
        "Zur Solar Radiation Modification (SRM) liegen keine Erkenntnisse vor.",
        "Ein Wort - ein anderes Wort, und Ende.",
        " ".join(f"Zeile{i} Wert {i}," for i in range(300)),  # longer than the word limit per clause
        "",
    ],
)
def test_sentence_features_on_edge_cases(sentence: str) -> None:
    assert sentence_features(sentence) == frozenset().union(*clauses(sentence))


_EVIDENCE_SPACE = re.compile(r"[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+")


def test_evidence_form_folds_exactly_the_unicode_spaces() -> None:
    """Every character that the former regular expression folded is folded, and no other."""
    for code in range(sys.maxunicode + 1):
        text = f"a{chr(code)}\u00adb"
        assert evidence_form(text) == _EVIDENCE_SPACE.sub(" ", text.replace("\u00ad", "")).strip()


def test_evidence_form_on_real_answers() -> None:
    for path in sorted((DATA / "bundestag").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert evidence_form(text) == _EVIDENCE_SPACE.sub(" ", text.replace("\u00ad", "")).strip()


def _plain_terms(feats: frozenset[str], lexicon: Lexicon) -> frozenset[str]:
    """The definition of a clause's terms: its features that are words of the rules, and every
    compound head ("~geheimnis") that ends one of them."""
    ending = [f for f in feats if f.endswith(lexicon.heads)]
    heads = {f"~{h}" for h in lexicon.heads for f in ending if f.endswith(h)}
    return (feats & lexicon.words) | heads


def test_shape_terms_are_the_plain_terms_of_the_features_on_real_sentences() -> None:
    lexicon = default_shapes()[0].words()
    assert all(s.lexicon is lexicon for s in default_shapes())
    for sentence in _sentences():
        whole = _plain_terms(sentence_features(sentence), lexicon)
        assert sentence_terms(sentence, lexicon) == whole, sentence
        each = tuple(_plain_terms(c, lexicon) for c in clauses(sentence))
        assert clause_terms(sentence, lexicon) == each, sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Zur Solar Radiation Modification (SRM)-Strategie liegen keine Erkenntnisse vor.",
        " ".join(f"Zeile{i} Wert {i}," for i in range(300)),  # longer than the word limit
        "Das Steuergeheimnis, das Betriebs- und Geschäftsgeheimnis sowie der Datenschutz.",
        "",
    ],
)
def test_shape_terms_on_edge_cases(sentence: str) -> None:
    lexicon = default_shapes()[0].words()
    assert sentence_terms(sentence, lexicon) == _plain_terms(sentence_features(sentence), lexicon)
    assert "~geheimnis" in sentence_terms("Das unterliegt dem Steuergeheimnis.", lexicon)


def test_what_a_sentence_surely_gives_it_gives_on_real_sentences() -> None:
    """The coverage analysis may stop at a figure, date or negation before asking the give shapes."""
    for sentence in _sentences():
        assert _surely_gives(sentence) <= gives(sentence), sentence
