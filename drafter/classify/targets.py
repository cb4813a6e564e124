"""Where a referring sentence points: question numbers of the same document, other Drucksachen, or
the Vorbemerkung der Bundesregierung.

Targets are returned in the order the sentence names them. A question number that belongs to another
Drucksache ("auf die Antwort zu Frage 5 auf Bundestagsdrucksache 20/1234") is not a target in this
document, so question numbers are only read from parts of the sentence that name no Drucksache.
"""

from __future__ import annotations

import re

VORBEMERKUNG = "Vorbemerkung"

_DRUCKSACHE = re.compile(
    r"(?:Bundestags-?)?(?:Drucksachen?|Drs\.|BT-Drs\.)\s*(?:Nr\.\s*)?((?:\d{1,2}\s*/\s*\d{1,6}(?:\s*(?:,|und|sowie)\s*)?)+)",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"(\d{1,2})\s*/\s*(\d{1,6})")
_PREAMBLE = re.compile(
    r"Vorbemerkung(?:en)?\b(?!\s+(?:der|des|zur|zu)\s+(?:Fragesteller|Kleinen|Anfrage))", re.IGNORECASE
)
_QUESTIONS = re.compile(
    r"\bFragen?\s+((?:\d{1,3}\s*(?:[a-z]\b\)?|Buchstabe\s+[a-z]\b)?(?:\s*(?:,|und|bis|sowie|–|-)\s*)?)+)",
    re.IGNORECASE,
)
_ITEM = re.compile(r"(\d{1,3})\s*(?:Buchstabe\s+)?([a-z])?\b\)?\s*(bis|–|-)?", re.IGNORECASE)
# "die Vorbemerkung der Bundesregierung zu den Fragen 1 bis 4": the numbers name a part of the
# Vorbemerkung, not answers to follow.
_PREAMBLE_PART = re.compile(
    r"Vorbemerkung\w*\s+(?:der\s+Bundesregierung\s+)?(?:zu|zur|zum)\s+(?:den\s+)?Fragen?\s+[\d\sa-z,–-]*?"
    r"(?=\s+(?:wird|werden|verwiesen|sowie|und\s+auf)\b|[.;)]|$)",
    re.IGNORECASE,
)
_GOVERNMENT = re.compile(r"\s+der\s+Bundesregierung\b(?!\s+(?:in|zu|zur)\s+(?:der|ihrer)\s+Antwort)")
_PARTS = re.compile(r"\s*(?:;|\bsowie\b|\bund\s+(?=auf\b))\s*")


def drucksachen(sentence: str) -> list[str]:
    """Every Drucksache number the sentence names, as "21/88"."""
    found: list[str] = []
    for match in _DRUCKSACHE.finditer(sentence):
        found.extend(f"{a}/{b}" for a, b in _NUMBER.findall(match.group(1)))
    return list(dict.fromkeys(found))


def _expand(first: str, last: str) -> list[str]:
    """Expand a range "4 bis 6" or "2a bis 2c"; mixed ranges ("2 bis 2b") keep their ends, the
    resolver adds the lettered members that exist in the document."""
    a, b = re.fullmatch(r"(\d+)([a-z]?)", first), re.fullmatch(r"(\d+)([a-z]?)", last)
    if not a or not b:
        return [first, last]
    if not a.group(2) and not b.group(2) and int(a.group(1)) < int(b.group(1)) <= int(a.group(1)) + 40:
        return [str(n) for n in range(int(a.group(1)), int(b.group(1)) + 1)]
    if a.group(1) == b.group(1) and a.group(2) and b.group(2) and a.group(2) < b.group(2):
        return [a.group(1) + chr(c) for c in range(ord(a.group(2)), ord(b.group(2)) + 1)]
    return [first, last]


def _numbers(run: str) -> list[str]:
    """Read "1, 3a und 4 bis 6" into ["1", "3a", "4", "5", "6"]."""
    out: list[str] = []
    pending_range = False
    for number, letter, dash in _ITEM.findall(run):
        item = number + (letter or "").lower()
        if pending_range and out:
            out[-1:] = _expand(out[-1], item)
        else:
            out.append(item)
        pending_range = bool(dash)
    return out


def question_targets(sentence: str) -> list[str]:
    """Question numbers of this document the sentence points to."""
    found: list[str] = []
    for part in _PARTS.split(_PREAMBLE_PART.sub("Vorbemerkung", sentence)):
        if _DRUCKSACHE.search(part):
            continue
        for match in _QUESTIONS.finditer(part):
            found.extend(_numbers(match.group(1)))
    return list(dict.fromkeys(found))


def drucksache_questions(sentence: str) -> dict[str, list[str]]:
    """The question numbers a sentence names for each Drucksache it names in the same part ("auf die
    Antwort zu Frage 3 der Kleinen Anfrage auf Bundestagsdrucksache 20/12334" -> {"20/12334": ["3"]});
    a Drucksache named without a question maps to []."""
    out: dict[str, list[str]] = {}
    for part in _PARTS.split(sentence):
        named = [f"{a}/{b}" for m in _DRUCKSACHE.finditer(part) for a, b in _NUMBER.findall(m.group(1))]
        rest = _DRUCKSACHE.sub(" ", part)
        questions = [n for m in _QUESTIONS.finditer(rest) for n in _numbers(m.group(1))]
        for number in named:
            known = out.setdefault(number, [])
            known.extend(q for q in questions if q not in known)
    return out


def _own_preamble(sentence: str, match: re.Match[str]) -> bool:
    """ "die Vorbemerkung der Antwort … auf Bundestagsdrucksache 20/14925" is another document's."""
    rest = sentence[match.end() :]
    if _GOVERNMENT.match(rest):
        return True
    start = sentence.rfind(";", 0, match.start()) + 1
    end = min((m.start() for m in _PARTS.finditer(rest)), default=len(rest))
    return not _DRUCKSACHE.search(sentence[start : match.end() + end])


def targets(sentence: str) -> list[str]:
    """All targets of a referring sentence in reading order: Vorbemerkung, questions, Drucksachen."""
    found = [
        (match.start(), VORBEMERKUNG)
        for match in _PREAMBLE.finditer(sentence)
        if _own_preamble(sentence, match)
    ]
    questions = question_targets(sentence)
    if questions:
        first = re.search(r"\bFragen?\b", sentence, re.IGNORECASE)
        found.extend((first.start() if first else 0, q) for q in questions)
    for match in _DRUCKSACHE.finditer(sentence):
        found.extend((match.start(), f"{a}/{b}") for a, b in _NUMBER.findall(match.group(1)))
    ordered = [t for _, t in sorted(found, key=lambda item: item[0])]
    return list(dict.fromkeys(ordered))
