"""Which parts a finding concerns: the questions of a joint answer or of the Vorbemerkung it names,
and the years and Länder a withholding statement is restricted to (``parts.toml``). Sentences are
quoted from real Antworten of the 21st Wahlperiode (named above each)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from drafter.classify import classify_questions
from drafter.classify.parts import default_parts, load_parts, named_members, restricted_to
from drafter.classify.rules import RuleError
from drafter.labels import finding_name
from drafter.models import Category, Question, Status
from drafter.serialize import finding_to_dict

DATA = Path(__file__).parents[1] / "data"


def test_every_year_pattern_matches_an_example() -> None:
    rules = default_parts()
    for pattern in rules.years:
        assert any(pattern.search(e) for e in rules.examples), pattern.pattern


@pytest.mark.parametrize(
    ("sentence", "parts"),
    [
        ("Die Zahlen für das Jahr 2024 liegen derzeit noch nicht vor.", ("2024",)),  # 21/1312
        ("Vor 2006 liegen der Bundesregierung hierzu keine jährlichen Daten vor.", ("vor 2006",)),  # 21/1369
        (  # 21/1335
            "Hinweis: Für das Land Mecklenburg-Vorpommern werden für das Jahr 2021 keine Ergebnisse "
            "ausgewiesen.",
            ("2021", "Mecklenburg-Vorpommern"),
        ),
        (  # 21/1471: the years named are the ones given
            "Für die Bundesbereitschaftspolizei sind nur die erstattungsfähigen Kosten für die Jahre "
            "2020 bis 2025 wie folgt erfasst.",
            (),
        ),
    ],
)
def test_years_and_laender_a_statement_is_restricted_to(sentence: str, parts: tuple[str, ...]) -> None:
    assert restricted_to(sentence) == parts


def test_sachsen_anhalt_is_not_also_sachsen() -> None:
    assert restricted_to("In Sachsen-Anhalt liegen keine Daten vor.") == ("Sachsen-Anhalt",)


def test_questions_named_at_the_start_of_a_sentence() -> None:
    # 21/2289, Vorbemerkung der Bundesregierung
    sentence = (
        "Die Antworten zu den Fragen 6, 6a, 9, 9a und 12 sind in Teilen als „VS-Nur für den "
        "Dienstgebrauch“ eingestuft."
    )
    numbers = ("6", "6a", "6b", "7", "9", "9a", "12")
    assert named_members(sentence, numbers) == ("6", "6a", "9", "9a", "12")
    # 21/1023: another answer cited as the source of the reasons names no part
    cited = (
        "Eine Nennung kann insofern aus den bereits in der Antwort zu Frage 1 dargestellten Gründen "
        "nicht erfolgen."
    )
    assert named_members(cited, ("1", "2")) == ()


# 21/2289: the Vorbemerkung classifies some questions and refuses others; 7b refers to it as well
PREAMBLE = (
    "Im Einzelnen:\nDie Antworten zu den Fragen 6, 6a, 9, 9a und 12 sind in Teilen als „VS-Nur für den "
    "Dienstgebrauch“ eingestuft.\nHinsichtlich der Fragen 6, 6a, 6b, 7, 7a, 7b, 7c, 7d, 7e und 13b ist die "
    "Bundesregierung nach sorgfältiger Abwägung zu der Auffassung gelangt, dass diese für die "
    "Nachrichtendienste des Bundes nicht beantwortet werden können."
)


def test_a_preamble_statement_on_other_questions_does_not_reach_this_one() -> None:
    refer = "Es wird auf die Vorbemerkung der Bundesregierung verwiesen."
    asked = {"6": "Welche Software wird eingesetzt?", "6a": "Seit wann?", "6b": "Von welchen Behörden?"}
    asked["9"] = "Welche Software setzt das BKA ein?"
    questions = [Question(n, text, refer, (n,)) for n, text in asked.items()]
    out = {q.number: q for q in classify_questions(questions, government_preamble=PREAMBLE)}
    assert Category.CLASSIFIED not in {f.category for f in out["6b"].findings}
    assert Category.CLASSIFIED in {f.category for f in out["9"].findings}


# a joint answer in the form of 21/1521's answers (counts given, one question of the group withheld)
JOINT = (
    "Die Fragen 6 bis 8 werden gemeinsam beantwortet. Die geschätzten Kosten des Landeskommandos Hamburg "
    "belaufen sich aktuell auf ca. 40 000 Euro. Zu Frage 8 liegen der Bundesregierung keine Erkenntnisse vor."
)


def test_a_joint_answer_leaves_open_only_the_question_it_names() -> None:
    group = ("6", "7", "8")
    questions = [Question(n, f"Wie hoch sind die Kosten {n}?", JOINT, group) for n in group]
    out = {q.number: q for q in classify_questions(questions)}
    assert out["6"].status is Status.ANSWERED and out["7"].status is Status.ANSWERED
    assert out["8"].status is Status.PARTIAL
    (finding,) = out["8"].findings
    assert finding.parts == ("8",)
    assert finding_name(finding) == "keine Erkenntnisse (zu 8)"


def test_a_broken_parts_file_gets_a_german_error(tmp_path: Path) -> None:
    path = tmp_path / "parts.toml"
    path.write_text('years = ["(unclosed"]\nlaender = ["Bremen"]\nexamples = ["x"]\n', encoding="utf-8")
    with pytest.raises(RuleError, match="ungültiger regulärer Ausdruck"):
        load_parts(path)
    path.write_text('years = []\nlaender = ["Bremen"]\nexamples = ["x"]\n', encoding="utf-8")
    with pytest.raises(RuleError, match="„years“ muss eine nicht leere Liste"):
        load_parts(path)


def test_parts_are_in_the_json_and_the_schema_knows_them() -> None:
    group = ("6", "7", "8")
    questions = [Question(n, f"Wie hoch sind die Kosten {n}?", JOINT, group) for n in group]
    (finding,) = classify_questions(questions)[2].findings
    data = finding_to_dict(finding)
    assert data["parts"] == ["8"]
    schema = json.loads((DATA / "schema" / "parsed-document.schema.json").read_text(encoding="utf-8"))
    finding_schema = schema["properties"]["questions"]["items"]["properties"]["findings"]["items"]
    assert not list(jsonschema.Draft202012Validator(finding_schema).iter_errors(data))
    assert {"parts", "via"} <= set(finding_schema["properties"])
