"""``drafter fetch``: fetch Drucksachen from the Bundestag's DIP API into the library."""

from __future__ import annotations

import argparse
from typing import Any

NAME = "fetch"


def register(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        NAME, help="Drucksachen aus DIP abrufen", description="Ruft Drucksachen über die DIP-API des Bundestages ab."
    )
    parser.add_argument("numbers", nargs="*", metavar="NR", help="Drucksachennummern, z. B. 19/21876")
    parser.add_argument("--no-related", action="store_true", help="die zugehörige Kleine Anfrage nicht mitladen")
    parser.add_argument("--wahlperiode", type=int, metavar="WP")
    parser.add_argument("--type", dest="doc_type", choices=("Antwort", "Kleine Anfrage"), metavar="TYP")
    parser.add_argument("--since", metavar="DATUM")
    parser.add_argument("--until", metavar="DATUM")
    parser.add_argument("--allow-pdf", action="store_true", help="ohne DIP-Text auf das PDF ausweichen")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    raise NotImplementedError
