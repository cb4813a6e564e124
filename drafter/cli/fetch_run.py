"""The work behind ``drafter fetch`` (see ``fetch_cmd``), imported only when the command runs: the DIP
client and httpx are loaded for no other command."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn
from rich.progress import Progress as Bar

from drafter.config import load_config
from drafter.dip import (
    BulkQuery,
    BulkState,
    DipClient,
    FetchReport,
    fetch_bulk,
    fetch_numbers,
    open_client,
    summarize,
)
from drafter.dip.report import Progress, notes
from drafter.errors import DipError
from drafter.library import Library, open_library


def run_fetch(args: argparse.Namespace) -> int:
    bulk = _bulk_query(args)
    if bool(args.numbers) == (bulk is not None):
        raise DipError(
            "Bitte entweder Drucksachennummern angeben (drafter fetch 19/21876) oder einen Massenabruf "
            "(drafter fetch --wahlperiode 21 --type Antwort [--since DATUM] [--until DATUM])."
        )
    config = load_config()
    allow_pdf = bool(args.allow_pdf or config.dip.allow_pdf)
    with open_client(config, notify=_tell) as client, open_library(args.db) as library:
        library.require_writable("Abrufen in die Bibliothek")
        if bulk is None:
            report = _by_number(library, client, args, allow_pdf)
        else:
            report = _in_bulk(library, client, bulk, allow_pdf)
    _print_report(report)
    return 0 if report.ok else 1


def _by_number(library: Library, client: DipClient, args: argparse.Namespace, allow_pdf: bool) -> FetchReport:
    related = not args.no_related
    return _with_bar(
        lambda tick: fetch_numbers(
            library, client, args.numbers, related=related, allow_pdf=allow_pdf, progress=tick
        )
    )


def _in_bulk(library: Library, client: DipClient, query: BulkQuery, allow_pdf: bool) -> FetchReport:
    """Run a bulk fetch; when it stops after some pages, say that the next identical call resumes."""
    state = BulkState.for_library(library.path)
    try:
        return _with_bar(
            lambda tick: fetch_bulk(library, client, query, state=state, allow_pdf=allow_pdf, progress=tick),
            title=query.describe(),
        )
    except DipError as error:
        raise DipError(error.message + _resume_note(state, query)) from None
    except KeyboardInterrupt:
        print("drafter: Abruf unterbrochen." + _resume_note(state, query), file=sys.stderr)
        raise


def _resume_note(state: BulkState, query: BulkQuery) -> str:
    if state.load(query.key()) is None:
        return ""
    return " Der Fortschritt ist gespeichert; derselbe Aufruf setzt später dort fort."


def _bulk_query(args: argparse.Namespace) -> BulkQuery | None:
    """The bulk query the options describe, None when none of them is given."""
    if args.wahlperiode is None and args.doc_type is None and args.since is None and args.until is None:
        return None
    if args.wahlperiode is None and args.since is None:
        raise DipError("Ein Massenabruf braucht --wahlperiode oder --since, sonst wären es alle Drucksachen.")
    since, until = _date(args.since, "--since"), _date(args.until, "--until")
    if since and until and since > until:
        raise DipError(f"--since ({since:%d.%m.%Y}) liegt nach --until ({until:%d.%m.%Y}).")
    return BulkQuery(
        wahlperiode=args.wahlperiode, doc_type=args.doc_type or "Antwort", since=since, until=until
    )


def _date(value: str | None, option: str) -> dt.date | None:
    """ "2025-09-01" or "01.09.2025"; anything else is a German error naming the option."""
    if value is None:
        return None
    for pattern in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(value.strip(), pattern).date()
        except ValueError:
            continue
    raise DipError(f"{option} „{value}“ ist kein Datum; erwartet wird JJJJ-MM-TT oder TT.MM.JJJJ.")


def _with_bar(job: Callable[[Progress], FetchReport], title: str = "Abruf aus DIP") -> FetchReport:
    """Run ``job(tick)`` under a rich progress bar on stderr (shown only when stderr is a terminal)."""
    console = Console(stderr=True)
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Bar(*columns, console=console, transient=True) as bar:
        task = bar.add_task(title, total=None)

        def tick(done: int, total: int | None, label: str) -> None:
            bar.update(task, completed=done, total=total, description=f"{title}: {label}")

        return job(tick)


def _tell(text: str) -> None:
    """Waiting for DIP: printed above the progress bar (rich redirects stderr while it runs)."""
    print(f"drafter: {text}", file=sys.stderr)


def _print_report(report: FetchReport) -> None:
    for line in notes(report.outcomes):
        print(line)
    print(summarize(report))
