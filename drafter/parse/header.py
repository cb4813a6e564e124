"""Stage 4, header: what kind of Drucksache this is and the data of its first page.

The DIP text of an Antwort opens with "Deutscher Bundestag Drucksache 21/1521", "21. Wahlperiode
08.09.2025", "Antwort", "der Bundesregierung", "auf die Kleine Anfrage der Abgeordneten …, weiterer
Abgeordneter und der Fraktion Die Linke", "– Drucksache 21/1243 –" and the title. A Kleine Anfrage
opens the same way with "Kleine Anfrage", "der Abgeordneten … und der Fraktion …" and the title,
followed by the preamble without a heading. Text extracted from a printed PDF may lack the whole
block; then the number comes from the running page heads.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from drafter.errors import InputError
from drafter.models import Kind
from drafter.parse import patterns as p
from drafter.parse.text import join_lines
from drafter.text.spaces import collapse

_KIND_SCAN_LINES = 12
_MAX_TITLE_LINES = 4
_SHORT_TITLE_LINE = 45
_OTHER_KINDS = (
    "Gesetzentwurf", "Große Anfrage", "Antrag", "Entschließungsantrag", "Änderungsantrag",
    "Beschlussempfehlung und Bericht", "Beschlussempfehlung", "Bericht", "Unterrichtung",
    "Schriftliche Fragen", "Fragen für die Fragestunde", "Verordnung", "Wahlvorschlag",
    "Stellungnahme", "Mitteilung", "Dringlichkeitsfragen",
)  # fmt: skip
_FACTION_SLASH = re.compile(r"/\s*-?\s*")
_KNOWN_FACTIONS = ("BÜNDNIS 90/DIE GRÜNEN", "DIE LINKE.", "Die Linke", "CDU/CSU")


@dataclass(frozen=True)
class Header:
    """Header data of one Drucksache; ``rest`` holds head lines after the title (a preamble)."""

    kind: Kind
    number: str | None = None
    date: dt.date | None = None
    inquiry: str | None = None
    askers: tuple[str, ...] = ()
    faction: str | None = None
    title: str = ""
    rest: tuple[str, ...] = ()


def detect_kind(lines: Sequence[str], name: str) -> Kind:
    """Antwort or Kleine Anfrage from the type line; anything else is an ``InputError``."""
    for index, line in enumerate(lines[:_KIND_SCAN_LINES]):
        kind = _kind_of_line(line, lines[index + 1] if index + 1 < len(lines) else "")
        if kind is not None:
            return kind
        other = next((k for k in _OTHER_KINDS if collapse(line).casefold() == k.casefold()), None)
        if other:
            raise InputError(f"{name}: ist keine Antwort oder Kleine Anfrage ({other}).")
    if any(p.ASK_LINE.search(line) for line in lines):
        return Kind.KLEINE_ANFRAGE
    if any(_government_heading(line) for line in lines):
        return Kind.ANTWORT
    raise InputError(f"{name}: ist keine Antwort oder Kleine Anfrage (weder Kopfzeile noch Fragen erkannt).")


def _kind_of_line(line: str, following: str) -> Kind | None:
    lowered = line.casefold()
    if lowered in ("antwort", "antwort der bundesregierung") or "mit antwort der" in lowered:
        return Kind.ANTWORT
    if lowered == "kleine anfrage" and not following.casefold().startswith("zur schriftlichen"):
        return Kind.KLEINE_ANFRAGE
    return None


def _government_heading(line: str) -> bool:
    heading = p.HEADING.match(line)
    return bool(heading and "regierung" in (heading.group("who") or "regierung").lower())


def parse_header(kind: Kind, head: Sequence[str], running_number: str | None = None) -> Header:
    """Read number, date, inquiry, askers, faction and title from the head lines."""
    number = _first(p.OWN_NUMBER, head[:3]) or running_number
    inquiry_at = next((i for i, line in enumerate(head) if p.INQUIRY_LINE.match(line)), None)
    askers_at = next(
        (i for i, line in enumerate(head[:_KIND_SCAN_LINES]) if p.ASKERS_START.search(line)), None
    )
    askers_end = _askers_end(head, askers_at, inquiry_at)
    askers, faction = _askers(head[askers_at:askers_end] if askers_at is not None else ())
    title_from = inquiry_at + 1 if inquiry_at is not None else askers_end
    title_lines, rest = _split_title(head[title_from:], whole=kind is Kind.ANTWORT)
    return Header(
        kind=kind,
        number=number,
        date=_period_date(head[:5]),
        inquiry=p.INQUIRY_LINE.match(head[inquiry_at]).group(1) if inquiry_at is not None else None,  # type: ignore[union-attr]
        askers=askers,
        faction=faction,
        title=join_lines(title_lines),
        rest=tuple(rest),
    )


def _first(pattern: re.Pattern[str], lines: Sequence[str]) -> str | None:
    for line in lines:
        match = pattern.search(line)
        if match:
            return match.group(1)
    return None


def _period_date(lines: Sequence[str]) -> dt.date | None:
    for line in lines:
        match = p.PERIOD_DATE.match(line)
        if match:
            day, month, year = (int(g) for g in match.groups())
            try:
                return dt.date(year, month, day)
            except ValueError:
                return None
    return None


def _askers_end(head: Sequence[str], start: int | None, inquiry_at: int | None) -> int:
    """Index after the askers block: the inquiry line, or the line completing the faction."""
    if start is None:
        return inquiry_at if inquiry_at is not None else min(len(head), 3)
    if inquiry_at is not None and inquiry_at > start:
        return inquiry_at
    for index in range(start, min(start + 12, len(head))):
        faction = p.FACTION.search(head[index])
        if faction:
            complete = _faction_complete(faction.group("name"))
            return index + 1 if complete or index + 1 >= len(head) else index + 2
    return start + 1


def _faction_complete(name: str) -> bool:
    name = collapse(name)
    if not name:
        return False
    return not any(known.startswith(name) and known != name for known in _KNOWN_FACTIONS)


def _askers(lines: Sequence[str]) -> tuple[tuple[str, ...], str | None]:
    text = join_lines(lines)
    start = p.ASKERS_START.search(text)
    if not start:
        return (), None
    text = text[start.end() :]
    faction_match = p.FACTION.search(text)
    faction = _FACTION_SLASH.sub("/", collapse(faction_match.group("name"))) if faction_match else None
    names_text = text[: faction_match.start()] if faction_match else text
    names = [collapse(n) for n in re.split(r",|\s+und\s+", names_text)]
    askers = tuple(n for n in names if n and not n.startswith("weitere"))
    return askers, faction or None


def _split_title(lines: Sequence[str], *, whole: bool) -> tuple[list[str], list[str]]:
    """Title lines and what follows. An Antwort's head ends at the title; a Kleine Anfrage's title
    runs on only while a line ends in a function word or hyphen or the next starts in lower case."""
    lines = [line for line in lines if line]
    if whole and len(lines) <= _MAX_TITLE_LINES:
        return lines, []
    count = 1
    while count < min(len(lines), _MAX_TITLE_LINES) and _title_continues(lines[count - 1], lines[count]):
        count += 1
    return lines[:count], lines[count:]


def _title_continues(line: str, following: str) -> bool:
    """Title lines run on after a lower-case word, a comma or a hyphen ("… religiös motivierte" /
    "Bekleidungsvorschriften …"), or into a short line or one opening in lower case or with "("."""
    last = line.rsplit(" ", 1)[-1]
    if last[:1].islower() or line.endswith((",", "-", "–", "/")) or following[:1].islower():
        return True
    short = len(following) < _SHORT_TITLE_LINE and not following.endswith((".", ":", "?", "!"))
    return following.startswith("(") or short
