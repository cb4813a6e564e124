"""``drafter library``: import into the question library, search it, show documents and links."""

from __future__ import annotations

import argparse
from typing import Any

from drafter.cli.deferred import deferred

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
    imp.set_defaults(func=deferred("drafter.cli.library_run", "run_import"))
    search = sub.add_parser(
        "search",
        help="ähnliche Fragen finden",
        description="Sucht Fragen, die TEXT ähneln (Stichwörter oder eine ganze Frage), beste zuerst.",
    )
    search.add_argument("text", nargs="+", metavar="TEXT", help="Suchwörter oder eine ganze Frage")
    search.add_argument("--json", action="store_true", help="je Treffer eine JSON-Zeile ausgeben")
    search.add_argument("--limit", type=int, default=10, metavar="N", help="höchstens N Treffer (Vorgabe 10)")
    search.set_defaults(func=deferred("drafter.cli.library_run", "run_search"))
    _register_views(sub)


def _register_views(sub: Any) -> None:
    listing = sub.add_parser(
        "list",
        help="alle Dokumente der Bibliothek zeigen",
        description="Zeigt alle Dokumente mit der Zahl ihrer Fragen je Status.",
    )
    listing.set_defaults(func=deferred("drafter.cli.library_run", "run_list"))
    show = sub.add_parser(
        "show",
        help="ein Dokument mit seinen Fragen zeigen",
        description="Zeigt ein Dokument der Bibliothek mit Fragen, Status und Verweisen.",
    )
    show.add_argument("number", metavar="DRUCKSACHE", help="Drucksachennummer, z. B. 19/21876")
    show.set_defaults(func=deferred("drafter.cli.library_run", "run_show"))
    related = sub.add_parser(
        "related",
        help="Vorgeschichte und Dubletten einer Frage",
        description="Zeigt frühere Fragen zum selben Punkt (mit ihren Antworten), spätere Antworten "
        "und nahezu gleiche Fragen.",
    )
    related.add_argument("number", metavar="DRUCKSACHE", help="Drucksachennummer, z. B. 19/21876")
    related.add_argument("question", metavar="FRAGE", help="Nummer der Frage, z. B. 10 oder 2a")
    related.set_defaults(func=deferred("drafter.cli.library_run", "run_related"))
    followups = sub.add_parser(
        "followups",
        help="welche offenen Punkte schon nachgefragt wurden",
        description="Zeigt, welche offenen Punkte einer Antwort spätere Anfragen aufgegriffen haben "
        "und wie die Nachfrage ausging.",
    )
    followups.add_argument("number", metavar="DRUCKSACHE", help="Drucksachennummer der Antwort")
    followups.set_defaults(func=deferred("drafter.cli.library_run", "run_followups"))
    _register_copy(sub)


def _register_copy(sub: Any) -> None:
    copy = sub.add_parser(
        "copy",
        help="Bibliothek in eine andere kopieren (z. B. in die Team-Bibliothek)",
        description="Kopiert alle Dokumente, Dateikennungen und Entwürfe der Bibliothek in die "
        "Bibliothek ZIEL: eine PostgreSQL-Adresse (postgresql://benutzer@server/datenbank) oder eine "
        "SQLite-Datei. Ein zweiter Lauf kopiert nur, was fehlt; ein abgebrochener setzt fort.",
    )
    copy.add_argument(
        "--to", required=True, metavar="ZIEL", help="Zielbibliothek: postgresql://… oder Pfad einer Datei"
    )
    copy.set_defaults(func=deferred("drafter.cli.library_copy", "run_copy"))
