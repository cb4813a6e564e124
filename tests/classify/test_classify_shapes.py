"""The shape rules (``shapes.toml``): every rule matches its real examples, every alternative of every
group is exercised by one of them, word order and inserted phrases do not matter, and a broken file
gets a German message naming the file and the rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.classify import classify_answer
from drafter.classify.lemmas import clause_terms, sentence_terms, words
from drafter.classify.rules import RuleError
from drafter.classify.shapes import Shape, ShapeKind, group_hits, load_shapes
from drafter.models import Category, Status

SHAPES = load_shapes()


@pytest.mark.parametrize("shape", SHAPES, ids=[s.id for s in SHAPES])
def test_shape_matches_each_of_its_examples(shape: Shape) -> None:
    for example in shape.examples:
        assert shape.matches(example), f"{shape.id} does not match: {example}"


def _scopes(shape: Shape, sentence: str) -> tuple[frozenset[str], ...]:
    lexicon = shape.words()
    return (sentence_terms(sentence, lexicon),) if shape.sentence_scope else clause_terms(sentence, lexicon)


def _alternative_used(shape: Shape, alternative: str) -> bool:
    """Some example matches the rule in a clause that holds this alternative."""
    single = frozenset({alternative.lower()})
    for example in shape.examples:
        clauses_hit = (shape.holds(f) and group_hits(single, f) for f in _scopes(shape, example))
        if shape.matches(example) and any(clauses_hit):
            return True
    return False


@pytest.mark.parametrize("shape", SHAPES, ids=[s.id for s in SHAPES])
def test_every_alternative_of_every_group_has_an_example(shape: Shape) -> None:
    unused = [a for group in shape.raw_groups for a in group if not _alternative_used(shape, a)]
    assert not unused, f"{shape.id}: no example uses {unused}"


@pytest.mark.parametrize("shape", [s for s in SHAPES if s.first], ids=lambda s: s.id)
def test_every_first_word_has_an_example(shape: Shape) -> None:
    assert shape.first is not None
    for alternative in shape.first:
        single = frozenset({alternative})
        found = any(
            shape.matches(e) and group_hits(single, shape.words().terms(words(e)[0])) for e in shape.examples
        )
        assert found, f"{shape.id}: no example starts with {alternative}"


def test_every_kind_has_rules() -> None:
    assert {s.kind for s in SHAPES} == set(ShapeKind) - {ShapeKind.ANSWER}


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        # the same shape, in either word order and with phrases inserted
        ("Derzeit prüft das Ministerium die Möglichkeiten.", Category.PENDING),
        ("Das Ministerium prüft im Lichte der Entwicklungen derzeit die Möglichkeiten.", Category.PENDING),
        ("Schlussfolgerungen bleiben insoweit dem Gesetzgebungsverfahren vorbehalten.", Category.PENDING),
        (
            "Die steuerliche Situation einzelner Steuerpflichtiger unterliegt dem Steuergeheimnis.",
            Category.REFUSED,
        ),
        ("Zu Einzelheiten der Gespräche äußert sich die Bundesregierung nicht öffentlich.", Category.REFUSED),
        ("Die Bundesregierung nimmt insoweit keine Einzelfallbewertung vor.", Category.REFUSED),
        (
            "Eine parallele Ermittlung der Aufwendungen ist innerhalb der Kürze der Antwortfrist nicht "
            "möglich.",
            Category.REFUSED,
        ),
        (
            "Im Übrigen sind für die Verwaltung der Ertragsteuern in Deutschland in erster Linie die Länder "
            "zuständig.",
            Category.NOT_RESPONSIBLE,
        ),
        (
            "Die Förderung der Radverkehrsinfrastruktur ist nach der grundgesetzlichen Aufgabenverteilung "
            "Aufgabe der Länder und Kommunen.",
            Category.NOT_RESPONSIBLE,
        ),
    ],
)
def test_general_shapes_find_non_answers_the_phrases_miss(sentence: str, category: Category) -> None:
    status, findings = classify_answer(sentence)
    assert status.unresolved  # "Im Übrigen …" speaks of a rest, so it is partial
    assert category in {f.category for f in findings}


@pytest.mark.parametrize(
    "sentence",
    [
        # the federal government's own responsibility is an answer, not a pointer elsewhere
        "Für die Förderung ist der Bund zuständig, nicht die Länder.",
        # a check that was done is no pending process
        "Nach aktuellem Kenntnisstand wurden im PRAC Veränderungen des Menstruationszyklus nach Impfung "
        "gegen SARS-CoV-2 untersucht.",
        # an attributive "zuständigen" names no one as responsible
        "Der Entscheidung der zuständigen Gerichte lagen Sachverhalte zu Straftaten von erheblicher "
        "Bedeutung zugrunde.",
    ],
)
def test_shapes_leave_answers_alone(sentence: str) -> None:
    assert classify_answer(sentence)[0] is Status.ANSWERED


GOOD = """
[[shape]]
id = "finding.pending.test"
kind = "finding"
category = "pending"
all = [["prüfen"], ["derzeit"]]
examples = ["Die Bundesregierung prüft derzeit unterschiedliche Ausgestaltungen einer möglichen Abgabe."]
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (GOOD.replace('"pending"', '"vergessen"'), "vergessen"),
        (GOOD.replace('kind = "finding"', 'kind = "vielleicht"'), "vielleicht"),
        (GOOD.replace('category = "pending"\n', ""), "genau die Regeln der Art „finding“"),
        (GOOD.replace('examples = ["Die', 'examples = "Die').replace('Abgabe."]', 'Abgabe."'), "examples"),
        (GOOD.replace('all = [["prüfen"], ["derzeit"]]\n', ""), "„all“ oder „first“ fehlt"),
        (GOOD + GOOD, "kommt doppelt vor"),
        (GOOD.replace("[[shape]]", "[[shape]"), "kein gültiges TOML"),
        ("# nothing\n", "enthält keine Regeln"),
        (GOOD.replace("kind =", 'farbe = "rot"\nkind ='), "unbekannte Felder farbe"),
    ],
)
def test_broken_shape_files_get_a_german_error(tmp_path: Path, text: str, expected: str) -> None:
    path = tmp_path / "shapes.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RuleError) as caught:
        load_shapes(path)
    assert str(path) in caught.value.message
    assert expected in caught.value.message


def test_a_valid_file_loads(tmp_path: Path) -> None:
    path = tmp_path / "shapes.toml"
    path.write_text(GOOD, encoding="utf-8")
    (shape,) = load_shapes(path)
    assert shape.matches("Derzeit prüft das Ministerium die Möglichkeiten.")
