"""Fetching Drucksachen from the Bundestag's DIP API (openapi v1.4) into the library.

Nothing here touches the network on import or construction; only ``fetch_numbers``,
``fetch_bulk`` and the ``DipClient`` methods do, and only when the user asked for a fetch.
Typical use (CLI, TUI worker thread)::

    with open_library(db) as library, open_client() as client:   # key: DIP_API_KEY or [dip] api_key
        report = fetch_numbers(library, client, ["19/21876"], progress=on_progress)
    print(summarize(report))                                      # German one-liner

``fetch_bulk(library, client, BulkQuery(wahlperiode=21), state=BulkState.for_library(library.path))``
lists a whole Wahlperiode and continues an interrupted run where it stopped.
"""

from drafter.dip.bulk import BulkQuery, fetch_bulk
from drafter.dip.client import DipClient, open_client
from drafter.dip.fetch import fetch_numbers
from drafter.dip.report import FetchOutcome, FetchReport, summarize
from drafter.dip.state import BulkState

__all__ = [
    "BulkQuery",
    "BulkState",
    "DipClient",
    "FetchOutcome",
    "FetchReport",
    "fetch_bulk",
    "fetch_numbers",
    "open_client",
    "summarize",
]
