"""Today's ministry names (``drafter/draft/data/ministries.toml``) where the draft re-asks an old question."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from drafter.datafile import DataFileError
from drafter.draft import check_draft
from drafter.draft.ministries import current_names, former_mentions, load_ministries, ministries
from drafter.draft.records import DraftWarning
from drafter.models import Draft, DraftQuestion

DATA = Path(__file__).parents[2] / "drafter" / "draft" / "data" / "ministries.toml"


def test_every_ministry_has_a_real_example_and_every_split_known_successors() -> None:
    loaded = load_ministries(DATA)
    assert len(loaded.current) == 16
    for ministry in loaded.current:
        assert ministry.name.startswith(("Bundesministerium", "Auswärtiges Amt"))
    shorts = {m.short for m in loaded.current}
    assert {"BMLEH", "BMBFSFJ", "BMUKN", "BMFTR", "BMDS", "BMJV", "BMWE"} <= shorts
    assert all(set(split.successors) <= shorts for split in loaded.splits)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a 20th-Wahlperiode question re-asked today
        ("Welche Mittel hat das BMEL bereitgestellt?", "Welche Mittel hat das BMLEH bereitgestellt?"),
        (
            "Plant das Bundesministerium für Familie, Senioren, Frauen und Jugend eine Studie?",
            "Plant das Bundesministerium für Bildung, Familie, Senioren, Frauen und Jugend eine Studie?",
        ),
        # today's name begins with a former one: left alone
        (
            "Hat das Bundesministerium der Justiz und für Verbraucherschutz geprüft?",
            "Hat das Bundesministerium der Justiz und für Verbraucherschutz geprüft?",
        ),
        (
            "Hat das Bundesministerium der Justiz geprüft?",
            "Hat das Bundesministerium der Justiz und für Verbraucherschutz geprüft?",
        ),
        # a quotation stays verbatim
        ("Was folgt aus „Das BMEL prüft.“ für das BMEL?", "Was folgt aus „Das BMEL prüft.“ für das BMLEH?"),
        # a split Ressort: staff choose, nothing is renamed
        ("Welche Projekte fördert das BMBF?", "Welche Projekte fördert das BMBF?"),
        # a longer word is not an abbreviation
        ("Wie viele BMELV-Projekte gibt es?", "Wie viele BMELV-Projekte gibt es?"),
    ],
)
def test_former_names_become_todays(text: str, expected: str) -> None:
    assert current_names(text) == expected


def test_the_check_names_todays_ressort_or_the_candidates() -> None:
    notes = former_mentions("Welche Projekte fördern das BMBF und das BMEL?")
    assert "„BMEL“ heißt heute „Bundesministerium für Landwirtschaft, Ernährung und Heimat (BMLEH)“" in notes
    assert any(note.startswith("„BMBF“ gibt es nicht mehr") and "(BMFTR)" in note for note in notes)
    assert former_mentions("Was sagt „das BMBF“ dazu?") == []
    draft = Draft(title="Nachfrage", questions=(DraftQuestion("Welche Projekte fördert das BMBF?"),))
    warnings = [w for w in check_draft(draft) if w.rule == "Ressortname"]
    assert warnings == [
        DraftWarning(
            "Frage 1",
            "Ressortname",
            "„BMBF“ gibt es nicht mehr; zuständig ist heute „Bundesministerium für Forschung, Technologie "
            "und Raumfahrt (BMFTR)“ oder „Bundesministerium für Bildung, Familie, Senioren, Frauen und "
            "Jugend (BMBFSFJ)“. Bitte den heutigen Namen verwenden, außer wo das frühere Ministerium "
            "gemeint ist.",
        )
    ]


def test_a_successor_that_does_not_exist_is_a_data_error(tmp_path: Path) -> None:
    broken = tmp_path / "ministries.toml"
    text = DATA.read_text(encoding="utf-8").replace(
        'successors = ["BMV", "BMDS"]', 'successors = ["BMV", "BMX"]', 1
    )
    broken.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError, match="successors"):
        load_ministries(broken)
    assert ministries().current  # the shipped file still loads
    assert dataclasses.is_dataclass(ministries())
