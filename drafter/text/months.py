"""German month names, for reading dates in answers and writing them in drafts."""

from __future__ import annotations

MONTHS = (
    "Januar", "Februar", "März", "April", "Mai", "Juni",
    "Juli", "August", "September", "Oktober", "November", "Dezember",
)  # fmt: skip

# Lower-case alternation for case-insensitive patterns; "Jänner" is the Austrian January that
# quoted EU and Austrian documents use.
MONTH_PATTERN = "|".join(name.lower() for name in MONTHS) + "|jänner"

MONTH_NUMBER = {name.lower(): index for index, name in enumerate(MONTHS, start=1)}
