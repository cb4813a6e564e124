"""``drafter library``: import into the question library and search it."""

from __future__ import annotations

import argparse
from typing import Any

NAME = "library"


def register(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        NAME, help="Fragenbibliothek: importieren, suchen, anzeigen", description="Die Fragenbibliothek."
    )
    sub = parser.add_subparsers(dest="library_command", metavar="AKTION", required=True)
    imp = sub.add_parser("import", help="Dateien und Ordner importieren")
    imp.add_argument("paths", nargs="+", metavar="PFAD")
    imp.set_defaults(func=run_import)
    search = sub.add_parser("search", help="ähnliche Fragen finden")
    search.add_argument("text", nargs="+", metavar="TEXT")
    search.add_argument("--json", action="store_true", help="je Treffer eine JSON-Zeile ausgeben")
    search.add_argument("--limit", type=int, default=10, metavar="N", help="höchstens N Treffer (Vorgabe 10)")
    search.set_defaults(func=run_search)


def run_import(args: argparse.Namespace) -> int:
    raise NotImplementedError


def run_search(args: argparse.Namespace) -> int:
    raise NotImplementedError
