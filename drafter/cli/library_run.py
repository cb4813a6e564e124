"""The work behind ``drafter library`` (see ``library_cmd``), imported only when a library command
runs."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from drafter.cli.library_view import (
    import_with_progress,
    print_documents,
    print_followups,
    print_hits,
    print_related,
    print_report,
    print_stored_document,
)
from drafter.library import SearchHit, open_library


def run_import(args: argparse.Namespace) -> int:
    """Import with a progress bar; exit 1 if any file failed (the others are still imported)."""
    with open_library(args.db) as lib:
        report = import_with_progress(lib, [Path(p) for p in args.paths])
    print_report(report)
    return 0 if report.ok else 1


def run_search(args: argparse.Namespace) -> int:
    with open_library(args.db) as lib:
        hits = lib.search(" ".join(args.text), max(0, args.limit))
    if args.json:
        for hit in hits:
            sys.stdout.write(json.dumps(hit_to_dict(hit), ensure_ascii=False) + "\n")
    else:
        print_hits(hits)
    return 0


def hit_to_dict(hit: SearchHit) -> dict[str, object]:
    """The JSON line of one hit (search-result.schema.json, plus ``question_id``, ``date``, the
    Antwort of a Kleine Anfrage's question ``answered_in`` and the reasons it matched ``why``)."""
    return {
        "drucksache": hit.drucksache,
        "kind": hit.kind,
        "number": hit.number,
        "text": hit.text,
        "status": hit.status,
        "answer": hit.answer,
        "score": hit.score,
        "question_id": hit.question_id,
        "date": hit.date.isoformat() if hit.date else None,
        "answered_in": hit.answered_in,
        "why": list(hit.why),
    }


def run_list(args: argparse.Namespace) -> int:
    with open_library(args.db) as lib:
        print_documents(lib.documents())
    return 0


def run_show(args: argparse.Namespace) -> int:
    with open_library(args.db) as lib:
        print_stored_document(lib, args.number)
    return 0


def run_related(args: argparse.Namespace) -> int:
    with open_library(args.db) as lib:
        print_related(lib.related(args.number, args.question))
    return 0


def run_followups(args: argparse.Namespace) -> int:
    with open_library(args.db) as lib:
        print_followups(args.number, lib.followups_of(args.number))
    return 0
