"""Figures for a period: which answered question invites an update, and from when.

A third of real follow-ups ask the same figures again for the time since the earlier answer: the
licences "vom 26. Juni 2025 bis zum 8. August 2025" after an answer with that cut-off date, the
court cases of the first half of 2025 after an answer up to 2024. ``next_period`` finds in an
earlier question the period it asked about and says from when the next period runs:

- a closed period ("in den Jahren 2015 bis 2024", "im Jahr 2024", "bis zum 30. April 2025") runs
  on from the day after its end ("seit dem 1. Mai 2025", "seit Anfang 2025");
- an open one ("seit 2020", "bis heute", "derzeit") runs on from the day of the answer.

Only questions asking for figures ("Wie viele …", "In welcher Höhe …", ``data/asks.toml``) are
offered, and only when the next period has begun by ``today``. The period phrase is taken out of the
question so the follow-up can name the new period instead (``without_period``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from drafter.draft.wording import german_date
from drafter.text.months import MONTH_NUMBER, MONTH_PATTERN

_YEAR = r"(?:19|20)\d\d"
_DAY = rf"(\d{{1,2}})\.\s*({MONTH_PATTERN})\s+({_YEAR})"
_START = (
    rf"(?:(?:Anfang|Beginn|Mitte|Ende)\s+)?(?:(?:dem\s+)?\d{{1,2}}\.\s*)?(?:(?:{MONTH_PATTERN})\s+)?{_YEAR}"
)
# "in den Jahren 2015 bis 2024", "vom 1. Januar 2024 bis zum 30. April 2025", "zwischen 2020 und 2024"
_RANGE = re.compile(
    rf"\b(?:in\s+den\s+Jahren(?:\s+vo[nm])?|im\s+Zeitraum(?:\s+vo[nm])?|vo[nm]|zwischen|seit)\s+"
    rf"{_START}\s+(?:bis|und)\s+(?:(?:zum|Ende)\s+)?(?:{_DAY}|({_YEAR})|heute)",
    re.IGNORECASE,
)
_ONE_YEAR = re.compile(rf"\b(?:im|für\s+das)\s+(?:(?:Kalender|Haushalts)?[Jj]ahr)\s+({_YEAR})\b")
_OPEN = re.compile(
    rf"\bseit\s+(?:(?:Anfang|Beginn|Mitte|Ende)\s+des\s+Jahres\s+)?{_START}\b|\bbis\s+heute\b", re.IGNORECASE
)


# How a statistical question opens ("Wie viele …", "In welcher Höhe …", "Welche Kosten …").
_FIGURES = re.compile(
    r"^(?:\w+ )?wie (?:viele|viel|hoch)\b|^in welcher Höhe|^welche (?:Summe|Kosten|Anzahl)", re.IGNORECASE
)


def asks_for_figures(question: str) -> bool:
    """A statistical question: one whose figures can be asked again for a later period."""
    return bool(_FIGURES.search(" ".join(question.split())))


@dataclass(frozen=True)
class NextPeriod:
    """The next period of an earlier question: ``since`` ("seit Anfang 2025", "seit dem 1. Mai 2025")
    and the ``phrase`` of the earlier question that named the old period."""

    since: str
    phrase: str


def next_period(question: str, answered: dt.date | None, today: dt.date) -> NextPeriod | None:
    """The period to ask for now, or None if the question names no period or the next has not begun."""
    text = " ".join(question.split())
    found = _closed_end(text)
    if found is not None:
        phrase, start, label = found
    elif (match := _RANGE.search(text) or _OPEN.search(text)) and answered is not None:
        phrase, start, label = match.group(0), answered, f"seit dem {german_date(answered)}"
    else:
        return None
    return NextPeriod(label, phrase) if start <= today else None


def without_period(question: str, period: NextPeriod) -> str:
    """The question with the old period's phrase taken out ("… wurden in Haft genommen?")."""
    text = " ".join(question.split())
    return " ".join(text.replace(period.phrase, "", 1).split()).replace(" ?", "?").replace(" ,", ",")


def _closed_end(text: str) -> tuple[str, dt.date, str] | None:
    """(phrase, first day after the period, "seit …") for a period that ended, else None."""
    match = _RANGE.search(text)
    if match and match.group(1):
        end = dt.date(int(match.group(3)), MONTH_NUMBER[match.group(2).lower()], int(match.group(1)))
        start = end + dt.timedelta(days=1)
        return match.group(0), start, f"seit dem {german_date(start)}"
    year = match.group(4) if match else None
    if match is None and (single := _ONE_YEAR.search(text)):
        match, year = single, single.group(1)
    if match is None or year is None:
        return None
    start = dt.date(int(year) + 1, 1, 1)
    return match.group(0), start, f"seit Anfang {start.year}"
