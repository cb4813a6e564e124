"""Wording templates: a user folder overrides by name, the sandbox blocks unsafe code, typos are errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from draft_support import TODAY

from drafter.draft import compose_followup
from drafter.draft.compose.angles import angle_rules
from drafter.draft.templating.environment import builtin_dir, render
from drafter.errors import TemplateError
from drafter.models import Document

ANGLES = sorted({rule.angle for rule in angle_rules()})


def test_every_angle_has_a_builtin_template() -> None:
    for name in (*ANGLES, "citation", "preamble", "title", "open_points"):
        assert (builtin_dir() / f"{name}.j2").is_file()


def test_user_folder_overrides_one_template(small_answer: Document, tmp_path: Path) -> None:
    (tmp_path / "new_findings.j2").write_text(
        "Was weiß die Bundesregierung heute über das, was sie am {{ number }}. "
        "Punkt nicht wusste ({{ brackets }})?\n",
        encoding="utf-8",
    )
    draft = compose_followup([small_answer], today=TODAY, templates_dir=tmp_path)
    texts = {q.source.question: q for q in draft.questions if q.source}
    assert texts["2"].text.startswith(
        "Was weiß die Bundesregierung heute über das, was sie am 2. Punkt nicht wusste"
    )
    assert texts["2"].subquestions == ()
    assert texts["3"].text.startswith("Hat die Bundesregierung inzwischen abschließend geprüft")  # built-in


def test_config_folder_templates_are_used(
    small_answer: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "conf" / "config.toml"
    (config.parent / "templates").mkdir(parents=True)
    (config.parent / "templates" / "title.j2").write_text("Eigener Titel {{ numbers }}", encoding="utf-8")
    monkeypatch.setenv("DRAFTER_CONFIG", str(config))
    assert compose_followup([small_answer], today=TODAY).title == "Eigener Titel 21/500"


@pytest.mark.parametrize(
    "source",
    [
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ number.__class__.__init__.__globals__ }}",
        "{% for x in ().__class__.__base__.__subclasses__() %}{{ x }}{% endfor %}",
    ],
)
def test_sandbox_blocks_unsafe_code(tmp_path: Path, source: str) -> None:
    (tmp_path / "evil.j2").write_text(source, encoding="utf-8")
    with pytest.raises(TemplateError, match=r"evil\.j2"):
        render("evil.j2", {"number": "4"}, tmp_path)


def test_unknown_variable_and_syntax_errors_name_the_template(tmp_path: Path) -> None:
    (tmp_path / "typo.j2").write_text("{{ nummer }}", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"typo\.j2.*nummer"):
        render("typo.j2", {"number": "4"}, tmp_path)
    (tmp_path / "broken.j2").write_text("{% if %}", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"broken\.j2"):
        render("broken.j2", {}, tmp_path)
    with pytest.raises(TemplateError, match=r"fehlt\.j2"):
        render("fehlt.j2", {}, tmp_path)
