"""``drafter followup``: draft a follow-up Kleine Anfrage from earlier answers."""

from __future__ import annotations

import argparse
from typing import Any

from drafter.cli.deferred import deferred

NAME = "followup"


def register(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        NAME,
        help="Nachfrage zu offenen Punkten entwerfen",
        description=(
            "Entwirft aus den offenen Punkten einer oder mehrerer Antworten eine neue Kleine Anfrage."
        ),
    )
    parser.add_argument(
        "sources", nargs="+", metavar="QUELLE", help="Datei oder Drucksachennummer (z. B. 19/21876)"
    )
    parser.add_argument("--select", metavar="NR", help="nur diese Fragen, z. B. 4,8,10a")
    parser.add_argument(
        "--include-partial",
        action="store_true",
        help="auch teilweise beantwortete Fragen (Vorgabe; bleibt für ältere Aufrufe erhalten)",
    )
    parser.add_argument(
        "--open-only", action="store_true", help="nur offene Fragen, keine teilweise beantworteten"
    )
    parser.add_argument(
        "--next-period",
        action="store_true",
        help="auch beantwortete Zahlenfragen für den Zeitraum seit der Antwort erneut stellen "
        "(Fortschreibung; Vorgabe: [draft] next_period der Konfiguration)",
    )
    parser.add_argument(
        "--out", metavar="DATEI", help="Zieldatei (Vorgabe: nachfrage.docx; „-“ für die Standardausgabe)"
    )
    parser.add_argument(
        "--format", choices=("docx", "md", "txt", "json"), help="Ausgabeformat (Vorgabe: nach Endung)"
    )
    parser.set_defaults(func=deferred("drafter.cli.followup_run", "run_followup"))
