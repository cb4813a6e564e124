"""Every rule and word-list file is read through ``drafter.datafile``: shipped files load, and a
broken file gets a German message naming the file and the entry, never a KeyError."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from drafter.classify.asks import load_words
from drafter.classify.parts import load_parts
from drafter.classify.rules import RuleError, load_rules
from drafter.classify.shapes import load_shapes
from drafter.classify.silence import load_silence
from drafter.classify.uncovered import load_plain
from drafter.datafile import DataFileError
from drafter.draft.checks.rules import load_abbreviations, load_phrase_rules
from drafter.draft.compose.angles import load_angle_rules
from drafter.draft.compose.bare import load_bare_rules
from drafter.draft.compose.coverage import load_ignored
from drafter.draft.compose.followup import load_kind_rules
from drafter.draft.grammar.lexicon import load_word_classes
from drafter.draft.ministries import load_ministries
from drafter.errors import DrafterError
from drafter.library.normalize import load_lexicon
from drafter.parse.dehyphenate import load_hyphen_rules
from drafter.text.sentences import load_abbreviations as load_abbreviations_stop
from drafter.text.sentences import load_opener_names

PACKAGE = Path(__file__).parents[2] / "drafter"
DRAFT_DATA = PACKAGE / "draft" / "data"

LOADERS: dict[str, Callable[[Path], object]] = {
    "classify/asks.toml": load_words,
    "classify/parts.toml": load_parts,
    "classify/plain.toml": load_plain,
    "classify/rules.toml": load_rules,
    "classify/shapes.toml": load_shapes,
    "classify/silence.toml": load_silence,
    "draft/data/abbreviations.toml": load_abbreviations,
    "draft/data/angles.toml": load_angle_rules,
    "draft/data/asks.toml": load_kind_rules,
    "draft/data/bare_evidence.toml": load_bare_rules,
    "draft/data/claims.toml": load_phrase_rules,
    "draft/data/competences.toml": lambda path: load_phrase_rules(path, "who"),
    "draft/data/coverage_words.toml": load_ignored,
    "draft/data/grammar.toml": load_word_classes,
    "draft/data/loaded_words.toml": load_phrase_rules,
    "draft/data/ministries.toml": load_ministries,
    "draft/data/placeholders.toml": load_phrase_rules,
    "draft/data/processes.toml": load_kind_rules,
    "draft/data/refusals.toml": load_kind_rules,
    "draft/data/responsibilities.toml": load_kind_rules,
    "library/lexicon.toml": load_lexicon,
    "parse/hyphenation.toml": load_hyphen_rules,
    "text/abbreviations.toml": load_abbreviations_stop,
    "text/names.toml": load_opener_names,
}


def test_every_shipped_data_file_has_a_validating_loader() -> None:
    shipped = {p.relative_to(PACKAGE).as_posix() for p in PACKAGE.rglob("*.toml")}
    assert shipped == set(LOADERS)


@pytest.mark.parametrize("name", sorted(LOADERS))
def test_every_shipped_data_file_loads(name: str) -> None:
    assert LOADERS[name](PACKAGE / name)


def _broken(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


KIND_RULE = '[[rule]]\nkind = "pruefung"\npattern = "Prüfung"\nexample = "Die Prüfung läuft."\n'
PHRASE_RULE = '[[rule]]\npattern = "\\\\blaut\\\\b"\nexample = "Laut Presse ist das so."\n'
ANGLE_RULE = (
    '[[rule]]\nangle = "contest_refusal"\ncategories = ["refused"]\npattern = "Aufwand"\n'
    'example = "Eine Antwort wäre nur mit unvertretbarem Aufwand möglich."\nsource = "19/21876"\n'
)


@pytest.mark.parametrize(
    ("loader", "text", "expected"),
    [
        (load_kind_rules, KIND_RULE.replace('example = "Die Prüfung läuft."\n', ""), "„example“ fehlt"),
        (load_kind_rules, KIND_RULE.replace('Prüfung"', 'Prüfung("'), "kein gültiger regulärer Ausdruck"),
        (
            load_kind_rules,
            KIND_RULE.replace('kind = "pruefung"', "kind = 3"),
            "„kind“ muss ein nicht leerer Text",
        ),
        (load_kind_rules, "# leer\n", "enthält keine Einträge [[rule]]"),
        (load_kind_rules, KIND_RULE.replace("[[rule]]", "[[rule]"), "kein gültiges TOML"),
        (load_phrase_rules, PHRASE_RULE.replace("example", "beispiel"), "„example“ fehlt"),
        (load_phrase_rules, PHRASE_RULE + "case = 1\n", "„case“ muss true oder false sein"),
        (load_angle_rules, ANGLE_RULE.replace('categories = ["refused"]', "categories = []"), "„categories“"),
        (load_angle_rules, ANGLE_RULE.replace('source = "19/21876"\n', ""), "„source“ fehlt"),
        (load_abbreviations, 'common = ["EU"]\n[known]\nBMI = 1\n', "[known] BMI"),
        (load_abbreviations, '[known]\nBMI = "Bundesministerium des Innern"\n', "„common“ fehlt"),
        (load_word_classes, 'simple_w = ["wann"]\n', "„w_determiners“ fehlt"),
        (load_ignored, 'function_words = ["aber", 3]\n', "„function_words“ muss eine Liste"),
        (load_lexicon, 'stopwords = ["der"]\n[[synonyms]]\nwords = "Vernetzung"\n', "„words“ muss"),
        (load_lexicon, '[[synonyms]]\nwords = ["Vernetzung"]\n', "„stopwords“ fehlt"),
        (load_hyphen_rules, 'hyphens = ["-"]\nconjunctions = ["und"]\n', "„adjective_endings“ fehlt"),
    ],
)
def test_a_broken_file_is_named_with_its_entry_in_german(
    tmp_path: Path, loader: Callable[[Path], object], text: str, expected: str
) -> None:
    path = _broken(tmp_path, "daten.toml", text)
    with pytest.raises(DataFileError) as caught:
        loader(path)
    assert isinstance(caught.value, DrafterError)
    assert caught.value.message.startswith(f"Datendatei {path}: ")
    assert expected in caught.value.message


def test_the_entry_is_named_by_number_and_id(tmp_path: Path) -> None:
    text = KIND_RULE + KIND_RULE.replace("pruefung", "festlegung").replace(
        'example = "Die Prüfung läuft."\n', ""
    )
    with pytest.raises(DataFileError, match=r"\[\[rule\]\] Nr\. 2 \(festlegung\): das Feld „example“ fehlt"):
        load_kind_rules(_broken(tmp_path, "processes.toml", text))


@pytest.mark.parametrize("loader", [load_kind_rules, load_lexicon, load_rules])
def test_unreadable_files_are_named(tmp_path: Path, loader: Callable[[Path], object]) -> None:
    missing = tmp_path / "fehlt.toml"
    with pytest.raises(DataFileError, match="kann nicht gelesen werden") as caught:
        loader(missing)
    assert str(missing) in caught.value.message
    latin = tmp_path / "latin1.toml"
    latin.write_bytes('stopwords = ["für"]\n'.encode("latin-1"))
    with pytest.raises(DataFileError, match="nicht in UTF-8"):
        loader(latin)


def test_the_classifier_rules_keep_their_own_title(tmp_path: Path) -> None:
    with pytest.raises(RuleError) as caught:
        load_rules(_broken(tmp_path, "rules.toml", "[[rule]\n"))
    assert caught.value.title == "Regeldatei" and isinstance(caught.value, DataFileError)
    assert caught.value.message.startswith("Regeldatei ")
