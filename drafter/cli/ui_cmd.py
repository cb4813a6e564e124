"""``drafter [FILE...]``: the terminal UI."""

from __future__ import annotations

import argparse
from typing import Any

NAME = "ui"


def register(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        NAME,
        help="Oberfläche starten (Vorgabe)",
        description="Startet die Oberfläche; Dateien werden importiert und geöffnet.",
    )
    parser.add_argument("paths", nargs="*", metavar="DATEI")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Open the library, or import the given files and open the first; user errors show in the app."""
    from pathlib import Path

    from drafter.tui.app import create_app

    paths = [Path(p) for p in args.paths]
    create_app(args.db, paths).run()
    return 0
