"""Old answers: what an answer announced for a date that has since passed.

A 2020 answer that says the autumn conference "steht noch nicht fest" or that a meeting will take
place "am 23. und 24. September 2020" cannot be asked in 2026 whether it "steht inzwischen fest":
the date has passed, so the follow-up asks what happened. ``passed_dates`` finds dates in a text
("23. und 24. September 2020", "September 2020", "Herbst 2020") that lay after the answer and lie
before today; ``age_in_months`` says how old an answer is, for the draft check that warns.
"""

from __future__ import annotations

import datetime as dt
import re

from drafter.draft.wording import TERMS
from drafter.text.months import MONTHS

_SEASONS = {"Frühjahr": 4, "Sommer": 7, "Herbst": 10, "Winter": 12, "Jahresende": 12, "Ende": 12}
_DATE = re.compile(
    r"(?:(?P<day>\d{1,2})\.\s*(?:(?:und|bis|–|-)\s*\d{1,2}\.\s*)?)?"
    r"(?P<month>" + "|".join(MONTHS) + "|" + "|".join(_SEASONS) + r")\s+(?P<year>(?:19|20)\d{2})\b"
)


def _day(match: re.Match[str]) -> dt.date:
    name, year = match.group("month"), int(match.group("year"))
    month = MONTHS.index(name) + 1 if name in MONTHS else _SEASONS[name]
    day = int(match.group("day")) if match.group("day") else 1
    try:
        return dt.date(year, month, day)
    except ValueError:
        return dt.date(year, month, 1)


def passed_dates(text: str, answered: dt.date | None, today: dt.date) -> list[str]:
    """The dates named in ``text`` that were still ahead when the answer was given and have passed."""
    if answered is None:
        return []
    found = []
    for match in _DATE.finditer(text):
        when = _day(match)
        if answered < when < today:
            found.append(" ".join(match.group(0).split()))
    return list(dict.fromkeys(found))


def age_in_months(answered: dt.date, today: dt.date) -> int:
    """Whole months between the answer and ``today``."""
    return (today.year - answered.year) * 12 + today.month - answered.month - (today.day < answered.day)


def answered_on(date: dt.date | None, ministry_date: dt.date | None, number: str | None) -> dt.date | None:
    """When the answer was given: its date, else the ministry's letter, else (as the earliest it can
    be) the first day of the Wahlperiode its Drucksache number names ("19/21876" → 24.10.2017)."""
    if date or ministry_date:
        return date or ministry_date
    match = re.match(r"(\d{1,2})/", number or "")
    starts = dict(TERMS)
    return starts.get(int(match.group(1))) if match else None
