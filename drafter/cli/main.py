"""Entry point of the ``drafter`` console script.

``drafter`` alone opens the terminal UI on the library; ``drafter FILE`` imports FILE and opens it.
Every other job is a subcommand (``parse``, ``library``, ``followup``, ``fetch``) that scripts can
call. User errors (``DrafterError``) print a German message to stderr and exit 1; Ctrl-C exits 130.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from drafter import __version__
from drafter.cli import fetch_cmd, followup_cmd, german, library_cmd, parse_cmd, ui_cmd
from drafter.errors import DrafterError

COMMANDS = (parse_cmd, library_cmd, followup_cmd, fetch_cmd, ui_cmd)


def build_parser() -> argparse.ArgumentParser:
    german.install()
    parser = argparse.ArgumentParser(
        prog="drafter",
        description=(
            "Antworten der Bundesregierung lesen, offene Punkte finden und die Nachfrage "
            "(Kleine Anfrage) entwerfen. Ohne Befehl startet die Oberfläche."
        ),
    )
    parser.add_argument(
        "--version", action="version", version=f"drafter {__version__}", help="die Version zeigen und beenden"
    )
    parser.add_argument(
        "--db",
        metavar="PFAD|URL",
        help="Fragenbibliothek: SQLite-Datei oder Team-Bibliothek postgresql://benutzer@server/datenbank; "
        "Vorgabe: $DRAFTER_DB, [library] url der Konfiguration oder das Datenverzeichnis des Nutzers",
    )
    commands = parser.add_subparsers(dest="command", metavar="BEFEHL")
    for module in COMMANDS:
        module.register(commands)
    return parser


def _with_default_command(argv: list[str], known: set[str]) -> list[str]:
    """``drafter`` and ``drafter FILE...`` mean ``drafter ui [FILE...]``; global options stay first."""
    index = 0
    while index < len(argv) and argv[index].startswith("-"):
        index += 2 if argv[index] == "--db" else 1
    if index >= len(argv):
        return [*argv, "ui"] if not {"-h", "--help", "--version"} & set(argv) else argv
    if argv[index] not in known:
        return [*argv[:index], "ui", *argv[index:]]
    return argv


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args_list = list(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(_with_default_command(args_list, {m.NAME for m in COMMANDS}))
    try:
        result: int = args.func(args)
        return result
    except DrafterError as error:
        print(f"drafter: {error.title}: {error.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("drafter: abgebrochen.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
