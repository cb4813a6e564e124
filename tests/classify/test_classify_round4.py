"""Work under way, decisions still open, the Länder named as responsible, and a sentence that carries a
finding over to another matter: answers quoted from published Antworten of the 21st Wahlperiode
(Drucksache named in the comment), with the look-alike facts that must stay answers."""

from __future__ import annotations

import pytest

from drafter.classify import classify_answer
from drafter.models import Category, Status


@pytest.mark.parametrize(
    ("answer", "status", "category"),
    [
        # 21/1919, 29: work on the measures is under way, nothing of them is given
        (
            "Die Bundesregierung arbeitet derzeit an der konkreten Ausgestaltung der Maßnahmen zur "
            "Unterstützung der Arbeitsmarktintegration von Schutzberechtigten aus der Ukraine, die vom "
            "geplanten Rechtskreiswechsel umfasst sind.",
            Status.OPEN,
            Category.PENDING,
        ),
        # 21/959, 34b
        (
            "Zur Überführung der jährlichen Minderungsziele in Jahresemissionsgesamtmengen für den Zeitraum "
            "2031 bis 2040 sowie zur Festlegung von Jahresemissionsmengen für den Zeitraum 2031 bis 2040 ist "
            "derzeit ein Verordnungsentwurf in Arbeit.",
            Status.OPEN,
            Category.PENDING,
        ),
        # 21/744, 8: what a commission still has to examine
        (
            "Zur Stabilisierung der Beiträge zur GKV soll eine Kommission unter Beteiligung von Expertinnen "
            "und Experten und Sozialpartnern eingesetzt werden. Dort werden dann auch konkrete Maßnahmen bei "
            "der Beitragsbemessung zu prüfen sein.",
            Status.PARTIAL,
            Category.PENDING,
        ),
        # 21/1124, 9
        (
            "Ob und mit welchem Inhalt eine entsprechende Initiative in der 21. Legislaturperiode erneut "
            "eingebracht wird, ist derzeit offen.",
            Status.OPEN,
            Category.PENDING,
        ),
        # 21/2184, 15 and 21/961, 18: the Länder named as responsible
        (
            "Herdenschutz und Umsetzung der artenschutzrechtlichen Regelungen sind grundsätzlich "
            "Ländersache.",
            Status.OPEN,
            Category.NOT_RESPONSIBLE,
        ),
        (
            "Der Vollzug des Aufenthaltsgesetzes, wozu auch aufenthaltsbeendende Maßnahmen zählen, liegt in "
            "der Kompetenz der Länder.",
            Status.OPEN,
            Category.NOT_RESPONSIBLE,
        ),
        # 21/731, 4: "Dies gilt auch …" carries the finding before it over to what was asked
        (
            "Für das Schulwesen sind nach der föderalen Ordnung die Länder zuständig. Dies gilt auch für "
            "rechtliche Regelungen im Sinne der Fragestellung.",
            Status.OPEN,
            Category.NOT_RESPONSIBLE,
        ),
        # 21/1829, 1
        (
            "In der Polizeilichen Kriminalstatistik-Erfassung (PKS) wird grundsätzlich nicht nach "
            "ehrenamtlich und hauptberuflich arbeitenden Menschen unterschieden. Dies gilt somit auch bei "
            "Opfern von Feuerwehr- und Rettungsdiensten.",
            Status.OPEN,
            Category.NO_INFORMATION,
        ),
    ],
)
def test_unresolved(answer: str, status: Status, category: Category) -> None:
    got, findings = classify_answer(answer)
    assert got is status
    assert category in {f.category for f in findings}


@pytest.mark.parametrize(
    "answer",
    [
        # 21/1422, 29: after substance, "Dies gilt auch …" is substance itself
        "Neben den positiven Effekten auf das Selbstvertrauen wirkt sich die Teilnahme an § 16i SGB II auch "
        "wahrnehmbar positiv auf das Gefühl aus, das Leben selbst in der Hand zu haben, wie das IAB die "
        "Dimension der Kontrollüberzeugung beschreibt. Dies gilt auch für die Konfliktfähigkeit.",
        # 21/911, 1 and 21/1738, 17: a present state is a fact, not work under way
        "Die Bundespolizei verfügt derzeit über 301 Diensthundeführer mit ausgebildetem aktivem Diensthund.",
        "Lediglich drei Grenzkontrollstellen sind derzeit noch nicht mit einer Toilette ausgestattet.",
        # 21/1422, 24: work finished
        "Dafür hat das Bundesministerium für Arbeit und Soziales das Gesamtkonzept „MitArbeit“ erarbeitet.",
    ],
)
def test_answered(answer: str) -> None:
    assert classify_answer(answer) == (Status.ANSWERED, ())


def test_the_laender_competence_beside_no_knowledge_gives_nothing() -> None:
    """21/1957, 6: "keine Erkenntnisse" and the Länder's competence, nothing else: open, not partial."""
    status, findings = classify_answer(
        "Der Bundesregierung liegen hierzu keine Erkenntnisse vor. Ausgestaltende Regelungen der "
        "Berufsausübung im Bereich der ärztlichen und anderen Heilberufe fallen in die "
        "Gesetzgebungskompetenz der Länder."
    )
    assert status is Status.OPEN
    assert {f.category for f in findings} == {Category.NO_INFORMATION, Category.NOT_RESPONSIBLE}
