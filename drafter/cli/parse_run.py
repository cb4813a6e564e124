"""The work behind ``drafter parse`` (see ``parse_cmd``): read, classify, print."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from drafter.cli.parse_view import print_document
from drafter.errors import DrafterError
from drafter.models import Document
from drafter.serialize import document_to_dict
from drafter.workflow import read_classified

_SUFFIXES = (".txt", ".pdf")


def run_parse(args: argparse.Namespace) -> int:
    """Parse every input; a bad file reports to stderr and the batch goes on. Exit 1 if any failed."""
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
