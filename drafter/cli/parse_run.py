"""The work behind ``drafter parse`` (see ``parse_cmd``): read, classify, print."""

from __future__ import annotations

import argparse
import json
import sys

from drafter.cli.parse_view import print_document
from drafter.errors import DrafterError, InputError
from drafter.inputs import collect, require_files
from drafter.models import Document
from drafter.serialize import document_to_dict
from drafter.workflow import read_classified


def run_parse(args: argparse.Namespace) -> int:
    """Parse every input; a bad file reports to stderr and the batch goes on. Exit 1 if any failed,
    and when nothing was there to read (see ``drafter.inputs``)."""
    inputs = collect(args.paths)
    require_files(inputs, args.paths)
    for _, reason in inputs.problems:
        print(f"drafter: {InputError.title}: {reason}", file=sys.stderr)
    failed = len(inputs.problems)
    for path in inputs.files:
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
