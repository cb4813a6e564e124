"""``drafter parse``: read Drucksachen and show what they leave open."""

from __future__ import annotations

import argparse
from typing import Any

from drafter.cli.deferred import deferred

NAME = "parse"


def register(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        NAME,
        help="Drucksachen lesen und offene Punkte zeigen",
        description=(
            "Liest Antworten und Kleine Anfragen (.txt oder .pdf) und zeigt je Frage den Status "
            "(beantwortet, teilweise, offen) mit den Belegsätzen."
        ),
    )
    parser.add_argument("paths", nargs="+", metavar="PFAD", help="Text- oder PDF-Dateien, auch Ordner")
    parser.add_argument("--json", action="store_true", help="je Dokument eine JSON-Zeile ausgeben")
    parser.set_defaults(func=deferred("drafter.cli.parse_run", "run_parse"))
