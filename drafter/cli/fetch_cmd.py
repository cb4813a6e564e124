"""``drafter fetch``: fetch Drucksachen from the Bundestag's DIP API into the library.

Two forms: by number (``drafter fetch 19/21876 21/1521``, with each Antwort's Kleine Anfrage unless
``--no-related``) and in bulk (``drafter fetch --wahlperiode 21 --type Antwort --since 2025-09-01``),
which is resumable: run the same command again after an interruption and it continues. Progress
goes to stderr, the summary to stdout. This is the only command that goes on the network.
"""

from __future__ import annotations

import argparse
from typing import Any

from drafter.cli.deferred import deferred

NAME = "fetch"


def register(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        NAME,
        help="Drucksachen aus DIP abrufen",
        description="Ruft Drucksachen über die DIP-API des Bundestages ab.",
        epilog=(
            "Der API-Schlüssel kommt aus DIP_API_KEY oder der Konfigurationsdatei ([dip] api_key). "
            "Ein unterbrochener Massenabruf setzt beim nächsten gleichen Aufruf fort."
        ),
    )
    parser.add_argument("numbers", nargs="*", metavar="NR", help="Drucksachennummern, z. B. 19/21876")
    parser.add_argument(
        "--no-related",
        action="store_true",
        help="die zugehörige Kleine Anfrage nicht mitladen (Abruf nach Nummer)",
    )
    parser.add_argument(
        "--wahlperiode", type=int, metavar="WP", help="Massenabruf: alle Drucksachen dieser Wahlperiode"
    )
    parser.add_argument(
        "--type",
        dest="doc_type",
        choices=("Antwort", "Kleine Anfrage"),
        metavar="TYP",
        help="Massenabruf: Drucksachentyp „Antwort“ (Vorgabe) oder „Kleine Anfrage“",
    )
    parser.add_argument(
        "--since", metavar="DATUM", help="Massenabruf: Drucksachen ab diesem Datum (JJJJ-MM-TT)"
    )
    parser.add_argument(
        "--until", metavar="DATUM", help="Massenabruf: Drucksachen bis einschließlich diesem Datum"
    )
    parser.add_argument("--allow-pdf", action="store_true", help="ohne DIP-Text auf das PDF ausweichen")
    parser.set_defaults(func=deferred("drafter.cli.fetch_run", "run_fetch"))
