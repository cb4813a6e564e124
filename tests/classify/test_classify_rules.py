"""The phrase rule file: every rule matches its own real example sentence, and a broken rule file is
rejected with a German message that names the file and the rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.classify.rules import DEFAULT_RULES, Rule, RuleError, RuleKind, load_rules
from drafter.classify.sentences import prepared
from drafter.errors import DrafterError
from drafter.models import Category

RULES = load_rules()


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_rule_matches_its_example(rule: Rule) -> None:
    assert rule.matches(rule.example), f"{rule.id} does not match its example: {rule.example}"


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_every_alternative_matches_one_of_the_real_examples(rule: Rule) -> None:
    """Each alternative of ``patterns`` is exercised by a real sentence that the whole rule matches."""
    examples = [rule.example, *rule.examples]
    for example in examples:
        assert rule.matches(example), f"{rule.id} does not match its example: {example}"
    for source, (_, pattern) in zip(rule.sources, rule.alternatives, strict=True):
        assert any(pattern.search(prepared(e)[0]) for e in examples), f"{rule.id}: no example for {source}"


def test_every_category_but_evasive_has_finding_rules() -> None:
    """``evasive`` is no phrase: it comes from the coverage analysis of question and answer."""
    covered = {r.category for r in RULES if r.kind is RuleKind.FINDING}
    assert covered == set(Category) - {Category.EVASIVE}


def test_rule_ids_are_unique_and_namespaced_by_kind_or_category() -> None:
    for rule in RULES:
        prefix = rule.id.split(".")[0]
        assert prefix in {rule.kind.value, rule.category.value if rule.category else ""}, rule.id


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "rules.toml"
    path.write_text(text, encoding="utf-8")
    return path


GOOD = """
[[rule]]
id = "pending.test"
kind = "finding"
category = "pending"
pattern = 'noch nicht abgeschlossen'
example = "Die Prüfung ist noch nicht abgeschlossen."
"""


def test_a_small_valid_file_loads(tmp_path: Path) -> None:
    (rule,) = load_rules(_write(tmp_path, GOOD))
    assert rule.category is Category.PENDING
    assert rule.matches("Die Meinungsbildung ist NOCH NICHT abgeschlossen.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (GOOD.replace("'noch nicht abgeschlossen'", "'noch (nicht'"), "ungültiger regulärer Ausdruck"),
        (GOOD.replace('"pending"', '"vergessen"'), "unbekannte Kategorie „vergessen“"),
        (GOOD.replace('kind = "finding"', 'kind = "vielleicht"'), "unbekannte Art „vielleicht“"),
        (GOOD.replace('example = "Die Prüfung ist noch nicht abgeschlossen."', ""), "Beispielsatz"),
        (GOOD.replace("pattern = 'noch nicht abgeschlossen'\n", ""), "genau eines von „pattern“"),
        (GOOD + GOOD, "kommt doppelt vor"),
        (GOOD.replace("[[rule]]", "[[rule]"), "kein gültiges TOML"),
        ("# nothing here\n", "enthält keine Regeln"),
        (GOOD.replace("kind =", 'farbe = "rot"\nkind ='), "unbekannte Felder farbe"),
        (GOOD.replace('kind = "finding"', 'kind = "context"'), "nur Regeln der Art „finding“"),
        (GOOD.replace("kind =", "with_numbers = true\nkind ="), "„with_numbers“ ist nur für „context“"),
    ],
)
def test_broken_rule_files_get_a_clear_german_error(tmp_path: Path, text: str, expected: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(RuleError) as caught:
        load_rules(path)
    assert isinstance(caught.value, DrafterError)
    assert str(path) in caught.value.message
    assert expected in caught.value.message


def test_context_rules_need_the_categories_they_explain(tmp_path: Path) -> None:
    text = GOOD.replace('kind = "finding"\ncategory = "pending"', 'kind = "context"')
    with pytest.raises(RuleError, match="„with“ muss eine nicht leere Liste"):
        load_rules(_write(tmp_path, text))


def test_missing_rule_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(RuleError, match="kann nicht gelesen werden"):
        load_rules(tmp_path / "fehlt.toml")


def test_shipped_rule_file_is_the_default() -> None:
    assert DEFAULT_RULES.name == "rules.toml" and DEFAULT_RULES.is_file()
