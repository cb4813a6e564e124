"""The angle rules (drafter/draft/data/angles.toml): each example picks its own angle, in order."""

from __future__ import annotations

import pytest

from drafter.draft.compose.angles import AngleRule, angle_rules, choose_angle
from drafter.draft.templating.environment import builtin_dir
from drafter.models import Asked, Category, Finding


def _finding(rule: AngleRule, category: str) -> Finding:
    return Finding(Category(category), rule.example, asked=tuple(Asked(kind) for kind in sorted(rule.asked)))


@pytest.mark.parametrize("rule", angle_rules(), ids=lambda rule: rule.angle)
def test_each_example_picks_its_angle(rule: AngleRule) -> None:
    for category in sorted(rule.categories):
        assert choose_angle([_finding(rule, category)]).name == rule.angle, (rule.example, category)


@pytest.mark.parametrize("rule", angle_rules(), ids=lambda rule: rule.angle)
def test_each_angle_has_a_template_and_a_source(rule: AngleRule) -> None:
    assert (builtin_dir() / f"{rule.angle}.j2").is_file()
    assert rule.source and rule.example.endswith((".", "“"))
    assert rule.categories <= {c.value for c in Category}
    assert rule.asked <= {a.value for a in Asked}


def test_an_evasive_answer_asks_for_exactly_the_missing_kind() -> None:
    """21/1179 Frage 7 asked when building starts; the answer named who plans it."""
    evidence = angle_rules()[0].example
    finding = Finding(Category.EVASIVE, evidence, asked=(Asked.DATE,))
    assert choose_angle([finding]).name == "ask_missing_date"
    both = Finding(Category.EVASIVE, evidence, asked=(Asked.FIGURE, Asked.BREAKDOWN))
    assert choose_angle([both]).name == "ask_missing_figure"


def test_a_refusal_outranks_a_missing_statistic_in_the_same_answer() -> None:
    """21/462, Frage 3: effort refused, and 'nicht zentral erfasst': the refusal is contested."""
    findings = [
        Finding(Category.NO_INFORMATION, "Die außergerichtlichen Verfahren werden nicht zentral erfasst."),
        Finding(
            Category.REFUSED,
            "Die Ermittlung aller außergerichtlichen Verfahren seit 2015 ist mit einem unzumutbaren "
            "Aufwand verbunden.",
        ),
    ]
    angle = choose_angle(findings)
    assert angle.name == "contest_refusal" and angle.finding is findings[1]


def test_unrecorded_data_asks_for_collection_plain_ignorance_for_new_findings() -> None:
    recorded = Finding(Category.NO_INFORMATION, "Eine statistische Erfassung erfolgt nicht.")
    unknown = Finding(Category.NO_INFORMATION, "Der Bundesregierung liegen hierzu keine Erkenntnisse vor.")
    assert choose_angle([recorded]).name == "collect_data"
    assert choose_angle([unknown]).name == "new_findings"
    assert choose_angle([]).name == "follow_reference"


def test_a_joint_answer_is_pressed_on_what_the_own_question_asked() -> None:
    """21/1177, Fragen 3, 4 und 7 jointly answered with "stehen … in regelmäßigem Austausch": Frage 3
    asked for an assessment, Frage 7 for names; the follow-up to Frage 3 asks for the assessment."""
    from drafter.draft.compose.followup import angle_of
    from drafter.draft.compose.select import Item
    from drafter.models import Document, Kind, Question, Status

    evidence = "Die Bundesregierung und die Bundespolizei stehen auf allen Ebenen in regelmäßigem Austausch."
    three = Question(
        "3",
        "Wie bewertet die Bundesregierung den Umstand, dass der Kontrollpunkt ungenutzt bleibt?",
        evidence,
        status=Status.OPEN,
        findings=(Finding(Category.EVASIVE, evidence, asked=(Asked.DECISION,)),),
    )
    seven = Question(
        "7",
        "Welche Gespräche wurden seit 2022 mit der polnischen Regierung geführt?",
        evidence,
        status=Status.OPEN,
        findings=(Finding(Category.EVASIVE, evidence, asked=(Asked.NAMES,)),),
    )
    doc = Document(
        source="test", kind=Kind.ANTWORT, number="21/1177", title="Grenzkontrollen", questions=(three, seven)
    )
    assert angle_of(Item(doc, three, joint=(seven,))).name == "ask_missing_decision"
    assert angle_of(Item(doc, seven, joint=(three,))).name == "ask_missing_names"
