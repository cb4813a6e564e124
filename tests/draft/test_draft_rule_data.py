"""Every phrase rule of the draft's data files catches the example written beside it."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from drafter.draft.checks import rules
from drafter.draft.compose.bare import bare_rules
from drafter.draft.compose.followup import asked_kind, process_kind, refusal_kind, responsible_kind

DATA = Path(__file__).parents[2] / "drafter" / "draft" / "data"


@pytest.mark.parametrize(
    "rule", [*rules.loaded_words(), *rules.claim_markers(), *rules.competences(), *rules.placeholders()]
)
def test_phrase_rule_catches_its_example(rule: rules.PhraseRule) -> None:
    assert rule.pattern.search(rule.example), rule.example


def test_process_rules_classify_their_examples() -> None:
    raw = tomllib.loads((DATA / "processes.toml").read_text(encoding="utf-8"))
    for rule in raw["rule"]:
        assert process_kind(rule["example"]) == rule["kind"], rule["example"]


def test_refusal_rules_classify_their_examples() -> None:
    raw = tomllib.loads((DATA / "refusals.toml").read_text(encoding="utf-8"))
    for rule in raw["rule"]:
        assert refusal_kind(rule["example"]) == rule["kind"], rule["example"]


def test_responsibility_rules_classify_their_examples() -> None:
    raw = tomllib.loads((DATA / "responsibilities.toml").read_text(encoding="utf-8"))
    for rule in raw["rule"]:
        assert responsible_kind(rule["example"]) == rule["kind"], rule["example"]


def test_known_abbreviations_are_not_exempt() -> None:
    known, common = rules.abbreviations()
    assert not set(known) & common
    assert known["BMI"] == "Bundesministerium des Innern"


def test_asked_kind_rules_classify_their_examples() -> None:
    raw = tomllib.loads((DATA / "asks.toml").read_text(encoding="utf-8"))
    for rule in raw["rule"]:
        assert asked_kind(rule["example"]) == rule["kind"], rule["example"]


@pytest.mark.parametrize(("pattern", "example"), bare_rules())
def test_bare_evidence_rule_matches_its_example_sentence(pattern: re.Pattern[str], example: str) -> None:
    sentence = example.split(" (")[0]  # the sentence, without the note on where it was seen
    assert pattern.fullmatch(sentence), example
