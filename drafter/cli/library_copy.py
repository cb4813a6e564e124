"""``drafter library copy --to ZIEL``: copy the library into another one, with a progress bar.

The source is the library chosen as always (``--db``, ``DRAFTER_DB``, config); the target is a
``postgresql://`` URL (a personal library into the team's) or a file path (the team library into a
file for working offline). Running it again copies only what is missing (see ``library.transfer``).
"""

from __future__ import annotations

import argparse

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from drafter.errors import LibraryError
from drafter.library import Library, location, open_library, pg
from drafter.library.transfer import CopyReport, copy_library

OUTCOME = {"imported": "kopiert", "unchanged": "unverändert", "present": "vorhanden", "replaced": "ersetzt"}


def run_copy(args: argparse.Namespace) -> int:
    target_name = args.to.strip()
    if _same(location(args.db), target_name):
        raise LibraryError("Quelle und Ziel der Kopie sind dieselbe Bibliothek.")
    with open_library(args.db) as source, Library(target_name) as target:
        report = _with_progress(source, target)
    Console(highlight=False).print(f"Kopie nach „{target.label}“ abgeschlossen: {report.summary()}.")
    return 0


def _same(source: object, target: str) -> bool:
    if pg.is_url(target):
        return str(source).strip() == target
    return not pg.is_url(str(source)) and str(source) == str(target)


def _with_progress(source: Library, target: Library) -> CopyReport:
    total = int(source.conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("Kopiere", total=total)

        def step(done: int, _total: int, outcome: str) -> None:
            bar.update(task, completed=done, description=f"Kopiere: {OUTCOME.get(outcome, outcome)}")

        return copy_library(source, target, step)
