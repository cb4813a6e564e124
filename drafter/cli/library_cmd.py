"""``drafter library``: import into the question library, search it, show documents and links."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from drafter.cli import library_copy
from drafter.library import SearchHit, open_library

NAME = "library"


def register(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        NAME, help="Fragenbibliothek: importieren, suchen, anzeigen", description="Die Fragenbibliothek."
    )
    sub = parser.add_subparsers(dest="library_command", metavar="AKTION", required=True)
    imp = sub.add_parser(
        "import",
        help="Dateien und Ordner importieren",
        description="Importiert Antworten und Kleine Anfragen (.txt, .pdf; Ordner rekursiv). "
        "Bereits importierte Dateien bleiben unverändert, neuere Fassungen ersetzen ältere.",
    )
    imp.add_argument("paths", nargs="+", metavar="PFAD", help="Text- oder PDF-Dateien, auch Ordner")
    imp.set_defaults(func=run_import)
    search = sub.add_parser(
        "search",
        help="ähnliche Fragen finden",
        description="Sucht Fragen, die TEXT ähneln (Stichwörter oder eine ganze Frage), beste zuerst.",
    )
    search.add_argument("text", nargs="+", metavar="TEXT", help="Suchwörter oder eine ganze Frage")
    search.add_argument("--json", action="store_true", help="je Treffer eine JSON-Zeile ausgeben")
    search.add_argument("--limit", type=int, default=10, metavar="N", help="höchstens N Treffer (Vorgabe 10)")
    search.set_defaults(func=run_search)
    _register_views(sub)


def _register_views(sub: Any) -> None:
    listing = sub.add_parser(
        "list",
        help="alle Dokumente der Bibliothek zeigen",
        description="Zeigt alle Dokumente mit der Zahl ihrer Fragen je Status.",
    )
    listing.set_defaults(func=run_list)
    show = sub.add_parser(
        "show",
        help="ein Dokument mit seinen Fragen zeigen",
        description="Zeigt ein Dokument der Bibliothek mit Fragen, Status und Verweisen.",
    )
    show.add_argument("number", metavar="DRUCKSACHE", help="Drucksachennummer, z. B. 19/21876")
    show.set_defaults(func=run_show)
    related = sub.add_parser(
        "related",
        help="Vorgeschichte und Dubletten einer Frage",
        description="Zeigt frühere Fragen zum selben Punkt (mit ihren Antworten), spätere Antworten "
        "und nahezu gleiche Fragen.",
    )
    related.add_argument("number", metavar="DRUCKSACHE", help="Drucksachennummer, z. B. 19/21876")
    related.add_argument("question", metavar="FRAGE", help="Nummer der Frage, z. B. 10 oder 2a")
    related.set_defaults(func=run_related)
    followups = sub.add_parser(
        "followups",
        help="welche offenen Punkte schon nachgefragt wurden",
        description="Zeigt, welche offenen Punkte einer Antwort spätere Anfragen aufgegriffen haben "
        "und wie die Nachfrage ausging.",
    )
    followups.add_argument("number", metavar="DRUCKSACHE", help="Drucksachennummer der Antwort")
    followups.set_defaults(func=run_followups)
    library_copy.register(sub)


def run_import(args: argparse.Namespace) -> int:
    """Import with a progress bar; exit 1 if any file failed (the others are still imported)."""
    from drafter.cli.library_view import import_with_progress, print_report

    with open_library(args.db) as lib:
        report = import_with_progress(lib, [Path(p) for p in args.paths])
    print_report(report)
    return 0 if report.ok else 1


def run_search(args: argparse.Namespace) -> int:
    from drafter.cli.library_view import print_hits

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
    from drafter.cli.library_view import print_documents

    with open_library(args.db) as lib:
        print_documents(lib.documents())
    return 0


def run_show(args: argparse.Namespace) -> int:
    from drafter.cli.library_view import print_stored_document

    with open_library(args.db) as lib:
        print_stored_document(lib, args.number)
    return 0


def run_related(args: argparse.Namespace) -> int:
    from drafter.cli.library_view import print_related

    with open_library(args.db) as lib:
        print_related(lib.related(args.number, args.question))
    return 0


def run_followups(args: argparse.Namespace) -> int:
    from drafter.cli.library_view import print_followups

    with open_library(args.db) as lib:
        print_followups(args.number, lib.followups_of(args.number))
    return 0
