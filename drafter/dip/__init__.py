"""Fetching Drucksachen from the Bundestag's DIP API (openapi v1.4) into the library.

Nothing here touches the network on import or construction; only ``fetch_numbers``,
``fetch_bulk`` and the ``DipClient`` methods do, and only when the user asked for a fetch.
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
