"""German written dates ("8. September 2025") to ``datetime.date``."""

from __future__ import annotations

import datetime as dt

from drafter.parse.patterns import GERMAN_DATE
from drafter.text.months import MONTH_NUMBER


def german_date(text: str) -> dt.date | None:
    """The first "8. September 2025" style date in ``text``; None when absent or impossible."""
    match = GERMAN_DATE.search(text)
    if not match:
        return None
    try:
        return dt.date(int(match.group(3)), MONTH_NUMBER[match.group(2).lower()], int(match.group(1)))
    except ValueError:
        return None
