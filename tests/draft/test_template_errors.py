"""A user's own wording templates, broken the ways real ones break: every failure is a German message
naming the template file and line, never a traceback or a hang; Windows-1252 files load."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from drafter.cli.main import main
from drafter.draft.templating import limits as template_limits
from drafter.draft.templating.environment import builtin_dir, render

EXAMPLE = Path(__file__).parents[2] / "examples" / "19_21876-antwort.txt"


@pytest.fixture
def own_templates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the shipped templates, set as the user's templates_dir in config.toml."""
    folder = tmp_path / "Vorlagen"
    shutil.copytree(builtin_dir(), folder, ignore=shutil.ignore_patterns("*.py", "*.docx"))
    config = tmp_path / "config.toml"
    config.write_text(f'[draft]\ntemplates_dir = "{folder.as_posix()}"\n', encoding="utf-8")
    monkeypatch.setenv("DRAFTER_CONFIG", str(config))
    return folder


def _append(template: Path, text: str) -> None:
    template.write_text(template.read_text(encoding="utf-8").rstrip("\n") + "\n" + text, encoding="utf-8")


def _followup(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    out = tmp_path / "nachfrage.docx"
    code = main(["--db", str(tmp_path / "lib.sqlite"), "followup", str(EXAMPLE), "--out", str(out)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _line_count(template: Path) -> int:
    return len(template.read_text(encoding="utf-8").splitlines())


BROKEN = [
    ("{{ 1 / 0 }}", "teilt durch null"),
    ("{{ sources[0].title + 1 }}", "passt nicht zu den Daten: falscher Datentyp"),
    ("{{ sources[0].title | truncate(1, 2, 3, 4, 5, 6) }}", "falsche Argumente"),
    ("{% macro again(n) %}{{ again(n) }}{% endmacro %}{{ again(1) }}", "ruft sich endlos selbst auf"),
    ('{{ "x" * 10**10 }}', "überschreitet eine Grenze: Der Text wird länger als 1.000.000 Zeichen"),
    ("{% for i in range(10**7) %}{{ i }}{% endfor %}", "überschreitet eine Grenze: Die Zahl 10000000"),
    ("{{ sources[0].title | center(10**9) }}", "überschreitet eine Grenze: Die Zahl 1000000000"),
    (
        "{% set ns = namespace(t='ab') %}{% for i in range(64) %}{% set ns.t = ns.t ~ ns.t %}{% endfor %}",
        "Der Text wird länger als 1.000.000 Zeichen",
    ),
]


@pytest.mark.parametrize(("line", "problem"), BROKEN, ids=[b[1][:30] for b in BROKEN])
def test_a_broken_title_template_names_file_and_line(
    own_templates: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], line: str, problem: str
) -> None:
    title = own_templates / "title.j2"
    _append(title, line)
    started = time.monotonic()
    code, _, err = _followup(tmp_path, capsys)
    assert time.monotonic() - started < 30
    assert code == 1 and "Traceback" not in err
    assert f"Die Vorlage {title}, Zeile {_line_count(title)}, " in err
    assert problem in err
    assert not (tmp_path / "nachfrage.docx").exists()


def test_a_loop_that_runs_too_long_is_stopped(own_templates: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(template_limits, "MAX_SECONDS", 0.3)
    (own_templates / "slow.j2").write_text(
        "{% for i in range(10000) %}{% for j in range(10000) %}{% endfor %}{% endfor %}", encoding="utf-8"
    )
    started = time.monotonic()
    with pytest.raises(Exception, match=r"slow\.j2, Zeile 1, .*dauert länger als 0 Sekunden"):
        render("slow.j2", {}, own_templates)
    assert time.monotonic() - started < 5


def test_a_missing_include_names_the_including_template_and_the_missing_file(
    own_templates: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    title = own_templates / "title.j2"
    _append(title, "{% include 'briefkopf.j2' %}")
    code, _, err = _followup(tmp_path, capsys)
    assert code == 1
    assert (
        f"Die Vorlage {title}, Zeile {_line_count(title)}, bindet „briefkopf.j2“ ein, die es nicht gibt"
        in err
    )


def test_a_template_saved_in_windows_1252_loads(
    own_templates: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    title = own_templates / "title.j2"
    text = "Maßnahmen gegen Schleusung – {{ sources[0].number }} („Nachfrage“)"
    title.write_bytes(text.encode("cp1252"))
    code, _, err = _followup(tmp_path, capsys)
    assert code == 0, err
    assert "Maßnahmen gegen Schleusung – 19/21876 („Nachfrage“)" in _docx_text(tmp_path / "nachfrage.docx")


def _docx_text(path: Path) -> str:
    from docx import Document

    return "\n".join(p.text for p in Document(str(path)).paragraphs)


def test_an_empty_title_template_gives_a_warning(
    own_templates: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (own_templates / "title.j2").write_text("{# Titel bewusst leer #}\n", encoding="utf-8")
    code, out, _ = _followup(tmp_path, capsys)
    assert code == 0
    assert (
        "Titel [Titel fehlt]: Der Entwurf hat keinen Titel (die Vorlage title.j2 ergibt keinen Text)" in out
    )
