"""The German texts DIP problems are reported with, in one place so CLI and TUI say the same.

Where to get a key: the Bundestag's DIP site, section "Über DIP" → "Hilfe" → "API"; the address
below is the one DIP's own 401 answer and its OpenAPI description give. The public test key is
published there; personal keys are issued by the Parlamentsdokumentation (contact from the spec).
"""

from __future__ import annotations

from pathlib import Path

KEY_PAGE = "https://dip.bundestag.de/über-dip/hilfe/api"
KEY_HELP = (
    "Einen Schlüssel finden Sie auf der DIP-Seite des Bundestages unter „Über DIP“ → „Hilfe“ → „API“ "
    f"({KEY_PAGE}): Dort steht ein öffentlicher Testschlüssel; einen persönlichen Schlüssel können "
    "Sie bei der Parlamentsdokumentation des Bundestages beantragen (parlamentsdokumentation@bundestag.de)."
)


def missing_key(config_file: Path) -> str:
    return (
        "Für den Abruf aus DIP fehlt ein API-Schlüssel. Tragen Sie ihn in der Konfigurationsdatei "
        f"{config_file} im Abschnitt [dip] als api_key ein oder setzen Sie die Umgebungsvariable "
        f"DIP_API_KEY. {KEY_HELP}"
    )


def rejected_key(status: int) -> str:
    return (
        f"DIP hat den API-Schlüssel abgelehnt (HTTP {status}). Prüfen Sie, ob er vollständig und noch "
        f"gültig ist; öffentliche Testschlüssel gelten nur befristet. {KEY_HELP}"
    )


def unreachable(url: str, problem: str, attempts: int) -> str:
    return f"DIP ist nicht erreichbar ({url}): {problem}. Aufgegeben nach {attempts} Versuchen."


def overloaded(status: int, attempts: int) -> str:
    what = "zu viele Anfragen (HTTP 429)" if status == 429 else f"Serverfehler (HTTP {status})"
    return f"DIP meldet {what}; aufgegeben nach {attempts} Versuchen. Bitte später erneut versuchen."


def bad_request(status: int, detail: str) -> str:
    return f"DIP hat die Anfrage zurückgewiesen (HTTP {status}): {detail}"


def unreadable(url: str) -> str:
    return f"DIP hat unter {url} keine lesbare JSON-Antwort geliefert."
