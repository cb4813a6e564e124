"""Header data read from the first page (and, for printed-PDF text, from the running heads)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from drafter.models import Kind, Origin
from drafter.parse import parse_file, parse_text

BUNDESTAG = Path(__file__).parents[1] / "data" / "bundestag"


def test_antwort_21_1521_header() -> None:
    doc = parse_file(BUNDESTAG / "21_1521-antwort.txt")
    assert doc.kind is Kind.ANTWORT
    assert doc.number == "21/1521"
    assert doc.date == dt.date(2025, 9, 8)
    assert doc.inquiry == "21/1243"
    assert doc.title == "Bundeswehrmanöver „Red Storm Bravo“"
    assert doc.askers == ("Cansu Özdemir", "Desiree Becker", "Gökay Akbulut")
    assert doc.faction == "Die Linke"
    assert doc.ministry == "Bundesministerium der Verteidigung"
    assert doc.ministry_date == dt.date(2025, 9, 8)
    assert doc.origin is Origin.DIP
    assert doc.preamble is not None and doc.preamble.startswith("Für Ende September 2025 plant")
    assert doc.government_preamble is not None
    assert doc.government_preamble.startswith("Die Bundesregierung nimmt die Vorbemerkung der Fragesteller")


def test_faction_broken_over_two_lines() -> None:
    """21/1210: "… Rebecca Lenhard und der Fraktion BÜNDNIS" / "90/DIE GRÜNEN"."""
    doc = parse_file(BUNDESTAG / "21_1210-antwort.txt")
    assert doc.faction == "BÜNDNIS 90/DIE GRÜNEN"
    assert doc.askers[-1] == "Rebecca Lenhard"
    assert len(doc.askers) == 9


def test_kleine_anfrage_with_faction_on_its_own_line() -> None:
    """21/711: "… Raimond Scheirich und der" / "Fraktion der AfD"."""
    doc = parse_file(BUNDESTAG / "21_711-kleine-anfrage.txt")
    assert doc.askers == ("Dirk Brandes", "Leif-Erik Holm", "Raimond Scheirich")
    assert doc.faction == "der AfD"
    assert doc.title == (
        "Bürokratische Belastung und wirtschaftliche Bedrohung kleiner und mittelständischer "
        "Unternehmen in Deutschland im Jahr 2025"
    )


def test_two_line_titles() -> None:
    assert parse_file(BUNDESTAG / "21_1048-kleine-anfrage.txt").title == (
        "Hintergründe einer in Aussicht gestellten Fachkräftesicherung durch die "
        "Erhöhung der Erwerbsbeteiligung von Frauen"
    )
    assert parse_file(BUNDESTAG / "21_2000-antwort.txt").title == (
        "Reformpläne der Bundesregierung zu den Kosten der Unterkunft und Heizung "
        "nach § 22 des Zweiten Buches Sozialgesetzbuch"
    )


def test_kleine_anfrage_closing_and_preamble() -> None:
    doc = parse_file(BUNDESTAG / "21_1243-kleine-anfrage.txt")
    assert doc.kind is Kind.KLEINE_ANFRAGE
    assert doc.number == "21/1243"
    assert doc.date == dt.date(2025, 8, 15)
    assert doc.inquiry is None
    assert doc.signed_on == dt.date(2025, 8, 14)
    assert doc.signature == "Heidi Reichinnek, Sören Pellmann und Fraktion"
    assert doc.preamble is not None and doc.preamble.startswith("Für Ende September 2025 plant")
    assert doc.preamble.endswith("Verteidigungsübung dieser Art in Hamburg werden.")
    assert len(doc.askers) == 18


def test_printed_pdf_text_takes_its_number_from_the_running_head() -> None:
    """19/21876 as extracted from the PDF has no first-page header block, only running heads."""
    doc = parse_file(BUNDESTAG / "19_21876-antwort-pdftext.txt")
    assert doc.origin is Origin.PDFTEXT
    assert doc.number == "19/21876"
    assert doc.inquiry == "19/21516"
    assert doc.faction == "DIE LINKE."
    assert doc.askers == ("Andrej Hunko", "Heike Hänsel", "Michel Brandt")
    assert doc.title == "Wiener „Plattform“ gegen Migration auf der sogenannten Westbalkanroute"
    assert doc.date is None


def test_references_are_cited_drucksachen_without_the_own_number_and_inquiry() -> None:
    assert "18/8669" in parse_file(BUNDESTAG / "19_21876-antwort-pdftext.txt").references
    doc = parse_file(BUNDESTAG / "21_1792-antwort.txt")
    assert doc.references == ("19/23203", "21/15087")
    assert "21/1792" not in doc.references and "21/1357" not in doc.references


def test_transmission_note_split_before_its_date() -> None:
    """21/434: "… mit Schreiben des Bundesministeriums für Verkehr vom" / "5. Juni 2025 übermittelt."."""
    doc = parse_file(BUNDESTAG / "21_434-antwort.txt")
    assert doc.ministry == "Bundesministerium für Verkehr"
    assert doc.ministry_date == dt.date(2025, 6, 5)
    assert doc.question("5") is not None
    assert doc.question("5").text.startswith("Wie viele Strafanzeigen hat das BMDV")  # type: ignore[union-attr]


def test_kleine_anfrage_title_running_on_after_an_adjective() -> None:
    """21/1020's Kleine Anfrage: "Berichte über Mobbing an Schulen durch religiös motivierte" /
    "Bekleidungsvorschriften und insbesondere …" is one title, followed by the preamble."""
    text = (BUNDESTAG / "21_1243-kleine-anfrage.txt").read_text(encoding="utf-8")
    title = (
        "Berichte über Mobbing an Schulen durch religiös motivierte\n"
        "Bekleidungsvorschriften und insbesondere durch Kopftuchzwang"
    )
    doc = parse_text(text.replace("Bundeswehrmanöver „Red Storm Bravo“", title, 1), "titel.txt")
    assert doc.title == " ".join(title.split())
    assert doc.preamble is not None and doc.preamble.startswith("Für Ende September 2025")


def test_faction_broken_after_its_slash() -> None:
    """21/1126: "… und der Fraktion BÜNDNIS 90/" / "DIE GRÜNEN"."""
    text = (BUNDESTAG / "21_1210-antwort.txt").read_text(encoding="utf-8")
    broken = text.replace("BÜNDNIS \n90/DIE GRÜNEN", "BÜNDNIS 90/\nDIE GRÜNEN")
    assert broken != text
    assert parse_text(broken, "fraktion.txt").faction == "BÜNDNIS 90/DIE GRÜNEN"
