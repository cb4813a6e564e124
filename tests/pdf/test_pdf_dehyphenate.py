"""German-aware joining of words broken at a line end (drafter.parse.dehyphenate)."""

from __future__ import annotations

import itertools
import tomllib
from importlib import resources
from pathlib import Path

import pytest

from drafter.parse.dehyphenate import dehyphenate_lines, is_abbreviation, join_pair

RULE_FILE = tomllib.loads(
    resources.files("drafter.parse").joinpath("hyphenation.toml").read_text(encoding="utf-8")
)


def _examples(section: str) -> list[tuple[str, str, str]]:
    return [(rule["rule"], line, nxt) for rule in RULE_FILE[section] for line, nxt in rule["examples"]]


@pytest.mark.parametrize(("rule", "line", "following"), _examples("keep"))
def test_rule_file_keep_examples_keep_their_hyphen(rule: str, line: str, following: str) -> None:
    assert join_pair(line, following) is None, rule


@pytest.mark.parametrize(("rule", "line", "following"), _examples("join"))
def test_rule_file_join_examples_are_joined(rule: str, line: str, following: str) -> None:
    joined = join_pair(line, following)
    assert joined is not None, rule
    first, rest = joined
    assert first == line.rstrip()[:-1] + following.split()[0]
    assert rest == following.split(maxsplit=1)[1]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["der Zusammenar-", "beit der EU-Staaten"], ["der Zusammenarbeit", "der EU-Staaten"]),
        (["zur Bekämp-", "fung"], ["zur Bekämpfung", ""]),
        (["eine Ministerkon-", "ferenz zur"], ["eine Ministerkonferenz", "zur"]),
        (["die EU-", "Kommission"], ["die EU-", "Kommission"]),
        (["die Reha-", "Leistungen"], ["die Reha-", "Leistungen"]),
        (["im Widerspruchs-", "und Klageverfahren"], ["im Widerspruchs-", "und Klageverfahren"]),
        (["Bundes-", "oder Landesrecht"], ["Bundes-", "oder Landesrecht"]),
        (["Einreise-", "bzw. Ausreiseverbote"], ["Einreise-", "bzw. Ausreiseverbote"]),
        (["Bund-", "sowie Länderebene"], ["Bund-", "sowie Länderebene"]),
        (["sowohl Bundes-", "als auch Landesmittel"], ["sowohl Bundes-", "als auch Landesmittel"]),
        (["NATO-", "Truppen"], ["NATO-", "Truppen"]),
        (["G7-", "Staaten"], ["G7-", "Staaten"]),
        (["2020-", "2021"], ["2020-", "2021"]),
        (["BAföG-", "berechtigte"], ["BAföG-", "berechtigte"]),
        (["die so-", "wie"], ["die sowie", ""]),
    ],
)
def test_issue_examples(lines: list[str], expected: list[str]) -> None:
    assert dehyphenate_lines(lines) == expected


def test_a_dash_standing_alone_is_no_broken_word() -> None:
    assert dehyphenate_lines(["Center -", "wird geändert"]) == ["Center -", "wird geändert"]


def test_a_blank_next_line_ends_the_paragraph() -> None:
    assert dehyphenate_lines(["Grenz-", "", "kontrolle"]) == ["Grenz-", "", "kontrolle"]


def test_soft_hyphen_and_pdfium_hyphen_marker_count_as_hyphens() -> None:
    assert dehyphenate_lines(["Zusammenar\u00ad", "beit"]) == ["Zusammenarbeit", ""]
    assert dehyphenate_lines(["Zusammenar\x02", "beit"]) == ["Zusammenarbeit", ""]


def test_a_compound_keeps_its_inner_hyphen_when_its_last_part_is_joined() -> None:
    """19/21876, question 7: "… einer zentralen EU-Koordinierungs-" / "stelle für den …"."""
    assert dehyphenate_lines(["zentralen EU-Koordinierungs-", "stelle für den"]) == [
        "zentralen EU-Koordinierungsstelle",
        "für den",
    ]


@pytest.mark.parametrize("part", ["NATO", "EU", "G7", "2020", "mRNA", "BAföG", "ICMPD"])
def test_abbreviations(part: str) -> None:
    assert is_abbreviation(part)


@pytest.mark.parametrize("part", ["Zusammenar", "Bekämp", "so", "Bundes", "Platt"])
def test_syllables_are_no_abbreviations(part: str) -> None:
    assert not is_abbreviation(part)


# Real passages of 19/21876 as extracted from the printed PDF, each: lines in, lines out.
REAL_PASSAGES = [
    # Vorbemerkung der Fragesteller, first paragraph
    (
        ["hat die österreichische Regierung eine Ministerkon-", "ferenz zur Bekämpfung von „illegaler"],
        ["hat die österreichische Regierung eine Ministerkonferenz", "zur Bekämpfung von „illegaler"],
    ),
    # the pdftotext line that starts with a space: "Tschechi-" / " en, Ungarn, Schweiz"
    (
        ["Slowenien, Slowakei, Tschechi-", " en, Ungarn, Schweiz und die sechs Westbalkanstaaten"],
        ["Slowenien, Slowakei, Tschechien,", "Ungarn, Schweiz und die sechs Westbalkanstaaten"],
    ),
    # answer 2: a capital after the hyphen is a real compound
    (
        [
            "von Migranten und zu Flüchtlingen in Nordafrika stattgefunden, an der die EU-",
            "Kommissare für innere Angelegenheiten und für Nachbarschaft und Erweite-",
            "rung sowie",
        ],
        [
            "von Migranten und zu Flüchtlingen in Nordafrika stattgefunden, an der die EU-",
            "Kommissare für innere Angelegenheiten und für Nachbarschaft und Erweiterung",
            "sowie",
        ],
    ),
    # question 5
    (
        ["von Migration entlang der sogenannten Westbalkanroute von 15 EU-", "Mitgliedstaaten in der Region"],
        ["von Migration entlang der sogenannten Westbalkanroute von 15 EU-", "Mitgliedstaaten in der Region"],
    ),
    # quotes around the broken word: "„Platt-" / "form“ nach Kenntnis"
    (
        ["a) In welchen EU-Ratsarbeitsgruppen werden die Aktivitäten der „Platt-", "form“ nach Kenntnis"],
        ["a) In welchen EU-Ratsarbeitsgruppen werden die Aktivitäten der „Plattform“", "nach Kenntnis"],
    ),
    # English words broken the same way: "Eas-" / "tern", "Sou-" / "theast"
    (
        ["„Operational Platform – Eas-", "tern Mediterranean Route“"],
        ["„Operational Platform – Eastern", "Mediterranean Route“"],
    ),
    # "so-" / "wie" is the word "sowie", not a suspended compound
    (
        ["(EASO), der Europäischen Agentur für Grenz- und Küstenwache (Frontex) so-", "wie Vertreter"],
        ["(EASO), der Europäischen Agentur für Grenz- und Küstenwache (Frontex) sowie", "Vertreter"],
    ),
]


@pytest.mark.parametrize(("lines", "expected"), REAL_PASSAGES)
def test_real_passages_of_19_21876(lines: list[str], expected: list[str]) -> None:
    assert dehyphenate_lines(lines) == expected


def test_whole_19_21876_text(bundestag_dir: Path) -> None:
    """The file has 97 hyphenated line ends: 95 syllable breaks, and two real compounds
    before a capital ("EU-" / "Kommissare" in answer 2, "EU-" / "Mitgliedstaaten" in question 5).
    """
    lines = (bundestag_dir / "19_21876-antwort-pdftext.txt").read_text(encoding="utf-8").split("\n")
    assert sum(line.rstrip().endswith("-") for line in lines) == 97
    out = dehyphenate_lines(lines)
    assert len(out) == len(lines)
    kept = [(a.split()[-1], b.split()[0]) for a, b in itertools.pairwise(out) if a.endswith("-")]
    assert kept == [("EU-", "Kommissare"), ("EU-", "Mitgliedstaaten")]
    text = " ".join(out)
    for word in [
        "Zusammenarbeit",
        "Bekämpfung",
        "Ministerkonferenz",
        "Mitgliedstaaten,",
        "Eurodac",
        "EU-Koordinierungsstelle",
        "EU-Westbalkannkonferenz",
        "Nicht-EU-Staaten",
        "durchgeführte",
    ]:
        assert word in text.split(), word
