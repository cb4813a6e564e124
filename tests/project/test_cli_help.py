"""Every command has German help text, and the entry point handles user errors without tracebacks."""

from __future__ import annotations

import argparse
import subprocess
import sys
from typing import Any

import pytest

from drafter.cli.main import COMMANDS, build_parser


def _help(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "drafter", *args, "--help"], capture_output=True, text=True, timeout=60
    )


def test_top_level_help_lists_every_command() -> None:
    result = _help()
    assert result.returncode == 0
    for module in COMMANDS:
        assert module.NAME in result.stdout
    assert "Kleine Anfrage" in result.stdout


@pytest.mark.parametrize("command", [m.NAME for m in COMMANDS])
def test_each_command_has_help(command: str) -> None:
    result = _help(command)
    assert result.returncode == 0, result.stderr
    assert "Aufruf: drafter" in result.stdout
    for english in ("usage:", "positional arguments", "options:", "show this help"):
        assert english not in result.stdout
    description = build_parser()._subparsers._group_actions[0].choices[command].description  # type: ignore[union-attr]
    assert description and description in " ".join(result.stdout.split())


def _parsers(parser: argparse.ArgumentParser, name: str = "drafter") -> list[tuple[str, Any]]:
    """The parser and every nested subcommand parser, with their command paths."""
    found: list[tuple[str, Any]] = [(name, parser)]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub_name, sub in action.choices.items():
                found += _parsers(sub, f"{name} {sub_name}")
    return found


def test_every_option_and_subcommand_is_explained() -> None:
    parsers = _parsers(build_parser())
    assert "drafter library import" in dict(parsers)
    for name, parser in parsers:
        assert parser.description, f"{name} has no description"
        for action in parser._actions:
            if action.option_strings and action.dest != "help":
                assert action.help, f"{name} {action.option_strings} has no help text"


def test_argparse_errors_are_german() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "drafter", "library", "import"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2
    assert "Fehler: diese Argumente fehlen: PFAD" in result.stderr
    assert "error" not in result.stderr and "usage" not in result.stderr
