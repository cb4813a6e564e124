"""The next-period ("update") angle: answered figures for a period asked again for the time since.

Off by default; ``--next-period`` or ``[draft] next_period = true`` turns it on.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from drafter.cli.main import main
from drafter.config import load_config
from drafter.draft import compose_followup
from drafter.draft.compose.period import asks_for_figures, next_period, without_period
from drafter.draft.grammar.check import question_problem
from drafter.errors import ConfigError
from drafter.workflow import read_classified

TODAY = dt.date(2026, 12, 3)
ANSWERED = dt.date(2025, 9, 23)
RENTEN = Path(__file__).parents[1] / "data" / "bundestag" / "21_1792-antwort.txt"

# 21/1792 question 1
VERSICHERTE = (
    "Wie viele Versicherte bezogen nach Kenntnis der Bundesregierung in den Jahren von 2015 bis 2024 eine "
    "Erwerbsminderungsrente (bitte jährlich aufschlüsseln)?"
)


@pytest.mark.parametrize(
    ("question", "since", "left"),
    [
        (
            VERSICHERTE,
            "seit Anfang 2025",
            "Wie viele Versicherte bezogen nach Kenntnis der Bundesregierung eine Erwerbsminderungsrente "
            "(bitte jährlich aufschlüsseln)?",
        ),
        (
            "Welche Kosten sind seit Mitte Oktober 2023 bis zum 30. April 2025 dafür entstanden?",
            "seit dem 1. Mai 2025",
            "Welche Kosten sind dafür entstanden?",
        ),
        ("Wie hoch waren die Ausgaben im Jahr 2024?", "seit Anfang 2025", "Wie hoch waren die Ausgaben?"),
        # 21/927 question 13: an open period runs on from the day of the answer
        (
            "Wie viele der seit 2021 gemeldeten Insolvenzen entfallen auf kleine Unternehmen?",
            "seit dem 23. September 2025",
            "Wie viele der gemeldeten Insolvenzen entfallen auf kleine Unternehmen?",
        ),
    ],
)
def test_the_next_period_and_the_question_without_the_old_one(question: str, since: str, left: str) -> None:
    period = next_period(question, ANSWERED, TODAY)
    assert period is not None and period.since == since
    assert without_period(question, period) == left


def test_no_period_or_one_not_yet_begun_offers_nothing() -> None:
    assert next_period("Wie viele Anträge gibt es?", ANSWERED, TODAY) is None
    assert next_period("Wie viele Anträge wurden zwischen 2020 und 2026 gestellt?", ANSWERED, TODAY) is None


def test_only_statistical_questions_are_offered() -> None:
    assert asks_for_figures(VERSICHERTE)
    assert asks_for_figures("In welcher Höhe wurden Mittel bereitgestellt?")
    assert not asks_for_figures("Welche Maßnahmen hat die Bundesregierung seit 2020 ergriffen?")


def test_off_by_default_and_asked_for_the_period_since_when_on() -> None:
    doc = read_classified(RENTEN)
    plain = compose_followup([doc], today=TODAY)
    assert all(q.angle != "next_period" for q in plain.questions)
    draft = compose_followup([doc], next_period=True, today=TODAY)
    updates = {q.source.question: q for q in draft.questions if q.angle == "next_period" and q.source}
    # question 11 "Wie viele Anträge … wurden in den Jahren von 2015 bis 2024 … gestellt": paraphrased
    eleven = updates["11"]
    assert eleven.text.startswith(
        "Welche Zahlen kann die Bundesregierung dazu nennen, wie viele Anträge auf die Gewährung einer "
        "Erwerbsminderungsrente gestellt wurden (bitte für die Zeit seit Anfang 2025 angeben;"
    )
    assert "2015 bis 2024" not in eleven.text
    # question 1: the paraphrase "… eine Erwerbsminderungsrente bezogen" is not verified, so the
    # question refers to the earlier one by number
    assert updates["1"].text.startswith(
        "Welche Zahlen kann die Bundesregierung zu den mit Frage 1 erfragten Angaben nennen (bitte für die "
        "Zeit seit Anfang 2025 angeben;"
    )
    assert updates["5"].source is not None and updates["5"].source.status is not None
    assert updates["5"].source.status.value == "answered"
    assert "seit dem 23. September 2025" in updates["5"].text  # "seit 2015": from the answer's day on
    for question in updates.values():
        assert question_problem(question.text) is None, question.text
    assert len(draft.questions) == len(plain.questions) + len(updates)


def test_cli_flag_adds_next_period_questions(
    capsys: pytest.CaptureFixture[str], db_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DRAFTER_CONFIG", str(tmp_path / "absent.toml"))
    code = main(
        ["--db", str(db_path), "followup", str(RENTEN), "--next-period", "--format", "json", "--out", "-"]
    )
    out, _ = capsys.readouterr()
    assert code == 0
    angles = [q["angle"] for q in json.loads(out)["questions"]]
    assert "next_period" in angles


def test_config_key_turns_it_on_and_a_wrong_value_is_named(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("[draft]\nnext_period = true\n", encoding="utf-8")
    assert load_config(path).draft.next_period is True
    path.write_text('[draft]\nnext_period = "ja"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert "next_period" in str(caught.value)
