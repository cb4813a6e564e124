"""``drafter [FILE...]``: the terminal UI."""

from __future__ import annotations

import argparse
from typing import Any

NAME = "ui"


def register(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        NAME, help="Oberfläche starten (Vorgabe)", description="Startet die Oberfläche; Dateien werden importiert und geöffnet."
    )
    parser.add_argument("paths", nargs="*", metavar="DATEI")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    raise NotImplementedError
