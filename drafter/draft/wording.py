"""Small pieces of German parliamentary wording that several parts of the draft need.

Question lists the Bundestag way ("Frage 10", "den Fragen 4 und 8", "den Fragen 19 bis 19b"),
dates ("28. November 2026"), nested quotation marks („… ‚…‘ …“) and the Wahlperiode of a date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from drafter.text.months import MONTHS

# First day of each Wahlperiode (constituent sitting of the Bundestag).
TERMS = (
    (21, dt.date(2025, 3, 25)),
    (20, dt.date(2021, 10, 26)),
    (19, dt.date(2017, 10, 24)),
    (18, dt.date(2013, 10, 22)),
)


def german_date(day: dt.date) -> str:
    """ "28. November 2026": the form of "Berlin, den …" (no leading zero, month written out)."""
    return f"{day.day}. {MONTHS[day.month - 1]} {day.year}"


def wahlperiode(day: dt.date) -> int:
    """The Wahlperiode running on ``day`` (the newest one for later dates)."""
    return next((term for term, start in TERMS if day >= start), TERMS[-1][0])


def _sort_key(number: str) -> tuple[int, str]:
    match = re.match(r"(\d+)(.*)", number)
    return (int(match.group(1)), match.group(2)) if match else (10**6, number)


def join_german(items: Sequence[str]) -> str:
    """ "a", "a und b", "a, b und c"."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} und {items[-1]}"


def question_list(numbers: Sequence[str], *, dative: bool = True) -> str:
    """ "Frage 10" / "den Fragen 4, 8 und 19 bis 19b": runs of one question family use "bis"."""
    ordered = sorted(dict.fromkeys(numbers), key=_sort_key)
    if len(ordered) == 1:
        return f"Frage {ordered[0]}"
    parts: list[str] = []
    for run in _runs(ordered):
        parts.extend([f"{run[0]} bis {run[-1]}"] if len(run) > 2 else run)
    article = "den " if dative else "die "
    return f"{article}Fragen {join_german(parts)}"


def _runs(ordered: list[str]) -> list[list[str]]:
    """Group "19", "19a", "19b" (one family) and consecutive plain numbers ("16", "17", "18")."""
    runs: list[list[str]] = []
    for number in ordered:
        if runs and _follows(runs[-1][-1], number):
            runs[-1].append(number)
        else:
            runs.append([number])
    return runs


def _follows(previous: str, number: str) -> bool:
    base_prev, suffix_prev = _sort_key(previous)
    base, suffix = _sort_key(number)
    if base == base_prev:
        return suffix == (chr(ord(suffix_prev) + 1) if suffix_prev else "a")
    return base == base_prev + 1 and not suffix and not suffix_prev


def nest_quotes(text: str) -> str:
    """„…“ inside text that will itself be quoted become ‚…‘ (German nested quotation marks)."""
    return text.replace("„", "‚").replace("“", "‘")


def typographic_quotes(text: str) -> str:
    """Straight quotes to German ones: "x" → „x“, 'x' → ‚x‘, an apostrophe → ’."""
    text = re.sub(r'"([^"\n]*)"', "„\\1“", text)
    text = re.sub(r"(?<![\w])'([^'\n]*)'(?![\w])", "‚\\1‘", text)
    return text.replace("'", "’")


# "in Frage 1", "zu den Fragen 3 und 4", "(siehe Vorbemerkung der Fragesteller)": inside a question
# of the earlier inquiry these point into that inquiry, not into the new one.
_EARLIER_QUESTIONS = re.compile(
    r"\b(Fragen? \d{1,3}[a-z]?(?:(?:,| und| bis| sowie) \d{1,3}[a-z]?)*)(?! (?:der|auf|in) )(?=\W)"
)
_EARLIER_PREAMBLE = re.compile(
    r"\b(Vorbemerkung der Fragesteller(?:innen und Fragesteller)?)(?! (?:der|auf) )"
)


_ANSWER_BEFORE = re.compile(r"Antwort(?: der Bundesregierung)? (?:zu|auf) (?:den |die )?$")


def earlier_references(text: str, inquiry: str | None, answer: str | None = None) -> str:
    """``text`` of a question of the Kleine Anfrage ``inquiry`` with its references to that
    inquiry's questions and Vorbemerkung made explicit ("von den in Frage 1 erfragten Personen" →
    "… in Frage 1 der Kleinen Anfrage auf Bundestagsdrucksache 21/189 …"; "laut Antwort der
    Bundesregierung zu Frage 1" → "… zu Frage 1 auf Bundestagsdrucksache ``answer``"): re-asked in
    a new inquiry, "Frage 1" would name the new inquiry's first question."""
    if not inquiry:
        return text

    def explicit(match: re.Match[str]) -> str:
        if answer and _ANSWER_BEFORE.search(text, 0, match.start()):
            return f"{match.group(1)} auf Bundestagsdrucksache {answer}"
        return f"{match.group(1)} der Kleinen Anfrage auf Bundestagsdrucksache {inquiry}"

    text = _EARLIER_QUESTIONS.sub(explicit, text)
    return _EARLIER_PREAMBLE.sub(lambda m: f"{m.group(1)} auf Bundestagsdrucksache {inquiry}", text)
