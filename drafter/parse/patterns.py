"""Precompiled patterns for the printed forms of Bundestag Drucksachen.

One place for every regular expression the parser stages share, compiled once at import so that
parsing a folder of DIP texts stays linear and fast. Each pattern names the real passage it was
written for.
"""

from __future__ import annotations

import re

from drafter.text.months import MONTHS

# "Januar" ... "Dezember": lines like "13. Juni 2025 übermittelte Position ..." are dates, not questions.
MONTH_NAMES = "|".join(MONTHS)

# " 1. Welche neuen Zusammenarbeitsformen ..." (number padded with EN/FIGURE SPACE before normalising)
QUESTION_START = re.compile(r"^([1-9]\d{0,2})\s?\.\s+(\S.*)$")
# "a) Welche Regierungen ... nahmen daran teil?"
SUB_START = re.compile(r"^([a-z])\)\s*(\S.*)$")
# "1. Februar 2018", "13. Juni 2025 übermittelte ...", "21. Wahlperiode", "27. Lebensjahres": an
# ordinal that starts a line is no question number
ORDINAL_START = re.compile(
    rf"^\d{{1,3}}\.\s*(?:{MONTH_NAMES}|Wahlperiode|Legislaturperiode|Lebensjahr\w*|Jahrhundert\w*"
    r"|Kalenderwoche|Quartal\w*|Halbjahr\w*|Sitzung|Lesung|Kapitel\w*|Buch\w*|Abschnitt\w*"
    r"|Mal|Änderung\w*|Verordnung\w*|Gesetz\w*|Nachtrag\w*|Klasse|Stufe|Platz|Stelle|Woche)\b"
)
# a line ending like this is continued by the next one, which therefore cannot start a question
OPEN_END = re.compile(
    r"(?:[A-Za-zÄÖÜäöüß]-|\b(?:der|die|das|den|dem|des|ein|eine|einer|eines|einem|einen|und|oder|sowie|von|vor|zu|zur"
    r"|zum|in|im|an|am|auf|aus|bei|mit|nach|über|unter|für|gegen|durch|um|ohne|seit|bis|als|wie|bzw\.|vom"
    r"|sogenannten|sog\.|deren|dessen|dass|ob|wenn|sich|nicht|auch|noch|ab|je|pro|gemäß|laut|Nr\.|Abs\.))$"
)
# how a further sentence of the same question starts ("… Empfehlungen?" / "Gibt es …?")
QUESTION_WORD = re.compile(
    r"^(?:W(?:ie|ann|as|o|er|en|em|arum|eshalb|ieso|eswegen|o\w+)|Welche\w*|Inwie\w+|Gibt|Gab|Ist|Sind|War"
    r"|Waren|Hat|Haben|Hatte|Hatten|Wird|Werden|Wurde|Wurden|Plant|Kann|Können|Könnte|Soll|Sollen|Sollte"
    r"|Liegen|Liegt|Teilt|Sieht|Hält|Beabsichtigt|Bestehen|Besteht|Trifft|Falls|Wenn|Sofern|Und|Oder"
    r"|Bzw\.|(?:In|Aus|Mit|Auf|Nach|Für|Bei|Um|Zu|Von|An|Durch|Bis|Seit|Ab)\s+w\w+)\b"
)
# a line that closes a question: "... (bitte auflisten)?" or "... „Plattform“?“"
QUESTION_END = re.compile(r"\?[\s)\]“”\"'»«’*]*$")
# "(bitte nach Jahren aufschlüsseln)" printed after the question mark
TRAILING_REQUEST = re.compile(r"^\((?:bitte|Bitte)\b")

# "Die Fragen 2 bis 2b werden gemeinsam beantwortet." and variants (zusammen, im Zusammenhang,
# "aufgrund ihres Sachzusammenhangs gemeinsam", "Die Antworten zu den Fragen ... erfolgen gemeinsam")
_ITEM = r"\d{1,3}\s?[a-z]?\)?"
_LIST = rf"{_ITEM}(?:(?:\s*,\s*|\s+und\s+|\s+sowie\s+|\s+bis\s+|\s*[–-]\s*)(?:Frage\s+)?{_ITEM})*"
JOINT_NOTE = re.compile(
    rf"\bFragen?\s+(?P<list>{_LIST})\s+(?:(?:werden|wurden|sind)\b[^.]{{0,120}}?)?"
    r"\b(?:gemeinsam|zusammen|zusammengefasst|zusammenhängend|im\s+Zusammenhang)\b[^.]{0,40}?\bbeantwortet"
)
JOINT_NOTE_START = re.compile(r"^(?:(?:Die|Aufgrund|Wegen)\b.{0,60}?\b)?Fragen?\s+\d")
# a question that closes with its request instead of "?": "… (bitte nach Jahren aufschlüsseln)."
REQUEST_CLOSE = re.compile(r"\)[.:]?$")
REQUEST_OPEN = re.compile(r"\([^()]*\b[Bb]itte\b")
# an option list run past "z)": "aa) Lisa Michalek (Ulrike Lempel),", "aaa) EDGE Group,"; the Kleine
# Anfrage reads these as the text of item "z)"
DOUBLED_ITEM = re.compile(r"^([a-z])\1+\)\s")
# a list item of a question: "a) Kinderzuschlag,", "b) EU-Bürgern und"
ITEM_END = re.compile(r"(?:[,;]|\b(?:und|oder|sowie|bzw\.))$")
# "Zu Frage 3:", "Zu den Fragen 3 und 4:", "Zu 3.:", "Antwort zu Frage 3:"
ANSWER_MARKER = re.compile(
    r"^(?:Antwort\s+)?[Zz]u\s+(?:den\s+)?(?:Fragen?\s+)?(?P<list>\d{1,3}\s?[a-z]?\)?"
    r"(?:(?:\s*,\s*|\s+und\s+|\s+bis\s+)\d{1,3}\s?[a-z]?\)?)*)\s*[.:]?\s*:?$"
)

# headings after collapsing letter-spacing: "Vorbemerkung der Fragesteller", "... der Bundesregierung"
_WORD = r"[A-Za-zÄÖÜäöüß]{3,40}"
HEADING = re.compile(
    rf"^Vorbemerkung(?:en)?(?:\s+(?:der|des)\s+(?P<who>{_WORD}(?:\s+und\s+{_WORD})?))?\s*:?$"
)
ASK_LINE = re.compile(r"(?:[Ww]ir\s+fragen\s+die|fragen\s+wir\s+die)\s+(?:Bundes|Landes)?[Rr]egierung\b")
SIGNED = re.compile(r"^Berlin,\s+den\b")

# "Deutscher Bundestag – 19. Wahlperiode – 5 – Drucksache 19/21876" and its mirror on even pages
RUNNING_HEAD = re.compile(
    r"^(?:Deutscher\s+Bundestag\s+[–-]\s+\d{1,2}\.\s+Wahlperiode\s+[–-]\s+\d+\s+[–-]\s+"
    r"Drucksache\s+(?P<a>\d{1,2}/\d{1,6})(?:\s*\(neu\))?"
    r"|Drucksache\s+(?P<b>\d{1,2}/\d{1,6})(?:\s*\(neu\))?\s+[–-]\s+\d+\s+[–-]\s+Deutscher\s+Bundestag\s+[–-]\s+"
    r"\d{1,2}\.\s+Wahlperiode)\s*$"
)
PAGE_NUMBER = re.compile(r"^\d{1,3}$")
PAGE_NUMBER_DASHED = re.compile(r"^[–-]\s*\d{1,3}\s*[–-]$")
# running heads split over two lines by some extractors: "Deutscher Bundestag – 19. Wahlperiode – 5 –"
HEAD_PART = re.compile(
    r"^(?:Deutscher\s+Bundestag\s+[–-]\s+\d{1,2}\.\s+Wahlperiode(?:\s+[–-]\s+\d+\s+[–-])?"
    r"|Drucksache\s+(?P<number>\d{1,2}/\d{1,6})\s+[–-]\s+\d+\s+[–-])\s*$"
)
TRAILER = re.compile(r"^(?:Gesamtherstellung:|Vertrieb:|ISSN\s+\d{4}-\d{3}[\dX])")
TRANSMISSION_START = re.compile(r"^Die\s+Antwort\s+wurde\s+namens\s+der\s+Bundesregierung\b")
TRANSMISSION_END = re.compile(r"\bübermittelt\.?\s*$")
TRANSMISSION = re.compile(
    r"mit\s+Schreiben\s+(?:des|der)\s+(?P<who>.+?)\s+vom\s+(?P<day>\d{1,2})\.\s*"
    rf"(?P<month>{MONTH_NAMES})\s+(?P<year>\d{{4}})\s+übermittelt"
)
# an annex after the last answer: "Anlage 1 zur Frage Nr. 1", "Tabellenanhang zu der Kleinen Anfrage 21/1357"
# "Anlage zur Kleinen Anfrage der Abgeordneten Lamya Kaddor u. a. und der Fraktion", "Anlage zu BT.-Drs.
# 21/758 /": abbreviations, but named after the inquiry and not closing a sentence
ANNEX = re.compile(
    r"^(?:Anlagen?|Anhang|Tabellenanhang)\b(?:[^.!?]{0,80}$"
    r"|(?=.{0,60}\b(?:Anfrage|Fragen?|Drucksache|Drs|KA)\b).{0,120}(?<![.,;:!?*]))$"
    r"|^Kleine Anfrage der Abgeordneten\b"
)
PRINT_NOTE = re.compile(r"^Die\s+Drucksache\s+enthält\s+zusätzlich\b")
FOOTNOTE = re.compile(r"^\*{1,3}\s+\S")

# header: "Deutscher Bundestag Drucksache 21/1521" / "21. Wahlperiode 08.09.2025"
OWN_NUMBER = re.compile(r"\bDrucksache\s+(\d{1,2}/\d{1,6})\b")
PERIOD_DATE = re.compile(r"^\d{1,2}\.\s+Wahlperiode\s+(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$")
INQUIRY_LINE = re.compile(r"^[–-]\s*Drucksache\s+(\d{1,2}/\d{1,6})\s*[–-]$")
ASKERS_START = re.compile(r"\b(?:der|des)\s+Abgeordneten\s+")
FACTION = re.compile(r"(?:\b(?:und\s+)?(?:der|die)\s+)?\b(?P<kind>Fraktion|Gruppe)\b\s*(?P<name>.*)$")
# cited Drucksachen: "Bundestagsdrucksache 18/8669", "Drucksache 21/617", "BT-Drs. 19/1234"
REFERENCE = re.compile(r"(?:rucksachen?\s+(?:Nr\.\s*)?|\bDrs\.\s*)(\d{1,2}/\d{1,6})")
REFERENCE_MORE = re.compile(r"^(?:\s*(?:,|und|sowie)\s*(\d{1,2}/\d{1,6}))")

GERMAN_DATE = re.compile(rf"(\d{{1,2}})\.\s*({MONTH_NAMES})\s+(\d{{4}})\b")
