"""``drafter parse``: read Drucksachen and show what they leave open."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from drafter.errors import DrafterError
from drafter.models import Document
from drafter.serialize import document_to_dict

NAME = "parse"
_SUFFIXES = (".txt", ".pdf")


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
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Parse every input; a bad file reports to stderr and the batch goes on. Exit 1 if any failed."""
    from drafter.cli.parse_view import print_document
    from drafter.workflow import read_classified

    failed = 0
    for path in expand_paths(args.paths):
        try:
            doc = read_classified(path)
        except DrafterError as error:
            failed += 1
            print(f"drafter: {error.title}: {error.message}", file=sys.stderr)
            continue
        if args.json:
            _print_json(doc)
        else:
            print_document(doc)
    return 1 if failed else 0


def _print_json(doc: Document) -> None:
    sys.stdout.write(json.dumps(document_to_dict(doc), ensure_ascii=False) + "\n")


def expand_paths(paths: Iterable[str]) -> Iterator[Path]:
    """Files as given; folders expand to their .txt and .pdf files, sorted by name."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(f for f in path.iterdir() if f.is_file() and f.suffix.lower() in _SUFFIXES)
        else:
            yield path
