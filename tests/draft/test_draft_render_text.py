"""Markdown and plain text output carry the same manuscript as the Word file."""

from __future__ import annotations

import datetime as dt

import pytest

from drafter.draft import render_text
from drafter.errors import DraftError
from drafter.models import Draft, DraftQuestion

DRAFT = Draft(
    title="Kosten & Nutzen <2026>",
    askers=("Erika Muster", "Max Beispiel"),
    faction="DIE LINKE.",
    preamble=('Die "Plattform" ist neu.',),
    questions=(
        DraftQuestion("Was kostet sie?", ("Wenn ja, wo?", "Wenn nein, warum nicht?")),
        DraftQuestion("Wer zahlt?"),
    ),
    signed_on=dt.date(2026, 11, 28),
    signature="Heidi Reichinnek, Sören Pellmann und Fraktion",
)


def test_plain_text() -> None:
    text = render_text(DRAFT, "txt")
    assert text.splitlines()[:3] == [
        "Deutscher Bundestag – Drucksache 21/…",
        "",
        "21. Wahlperiode – 28.11.2026",
    ]
    for line in (
        "Kleine Anfrage",
        "der Abgeordneten Erika Muster, Max Beispiel und der Fraktion DIE LINKE.",
        "Kosten & Nutzen <2026>",
        "Die „Plattform“ ist neu.",
        "Wir fragen die Bundesregierung:",
        "1. Was kostet sie?",
        "    a) Wenn ja, wo?",
        "    b) Wenn nein, warum nicht?",
        "2. Wer zahlt?",
        "Berlin, den 28. November 2026",
        "Heidi Reichinnek, Sören Pellmann und Fraktion",
    ):
        assert line in text.splitlines()


def test_markdown_escapes_and_headings() -> None:
    text = render_text(DRAFT, "md")
    assert "# Kleine Anfrage" in text.splitlines()
    assert "**Kosten & Nutzen \\<2026\\>**" in text.splitlines()
    assert "1. Was kostet sie?" in text.splitlines()


def test_unknown_format() -> None:
    with pytest.raises(DraftError, match="pdf"):
        render_text(DRAFT, "pdf")
