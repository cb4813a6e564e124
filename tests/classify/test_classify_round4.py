"""Work under way, decisions still open, the Länder named as responsible, and a sentence that carries a
finding over to another matter: answers quoted from published Antworten of the 21st Wahlperiode
(Drucksache named in the comment), with the look-alike facts that must stay answers."""

from __future__ import annotations

import pytest

from drafter.classify import answer, classify_answer
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
        # 21/2145, 1: the verb-final order of a subordinate clause
        (
            "„Online-Banking-Betrugsfälle“ sind keine Kategorie dieser offiziellen Statistiken, sodass die "
            "Fragen 1 und 2 nicht konkret beantwortet werden können.",
            Status.OPEN,
            Category.NO_INFORMATION,
        ),
        # 21/671, 2b and 21/2204, 7: a record not kept, with an adverb or a register between
        (
            "Wie in der Antwort zu Frage 2a ausgeführt, werden Angaben im Sinne der Fragestellung nicht "
            "numerisch erfasst.",
            Status.OPEN,
            Category.NO_INFORMATION,
        ),
        (
            "Die Förderung der freiwilligen Rückkehr wird nicht im AZR erfasst.",
            Status.OPEN,
            Category.NO_INFORMATION,
        ),
        # 21/910, 9: a name with digits ("23-Prozentziel") is no count given in part
        (
            "Die Inanspruchnahme der Öko-Regelungen ist erst mit Meldung der begünstigungsfähigen Flächen "
            "durch die Länder zum November eines jeden Jahres bekannt. Folglich kann derzeit auch keine "
            "Aussage über das Erreichen des 23-Prozentziels getroffen werden.",
            Status.OPEN,
            Category.PENDING,
        ),
        # 21/1832, 1: the digits of a web address are no figure; a pointer to a portal is no answer
        (
            "Die Daten können dem nachfolgenden Link zu der entsprechenden Statistik entnommen werden: "
            "www.bundesfreiwilligendienst.de/fileadmin/de.bundesfreiwilligendienst/content.de/Service_Menue_Kopf/"
            "Presse/Statistiken/BFD_Statistik_08_2025.pdf.",
            Status.OPEN,
            Category.REFERRED,
        ),
        # 21/425, 3: the classified annex sent separately
        (
            "Daher ist der Antwort als Verschlusssache mit dem Geheimhaltungsgrad „VS – Nur für den "
            "Dienstgebrauch“* eingestuft. Die Verschlusssache wird dem Deutschen Bundestag gesondert "
            "übermittelt (Anlage).",
            Status.OPEN,
            Category.CLASSIFIED,
        ),
        # 21/668, 12: "vorliegen" at the end of a subordinate clause
        (
            "Das Merkmal der Hofnachfolge wurde mit der zuletzt durchgeführten Agrarstrukturerhebung 2023 "
            "nicht abgefragt, weshalb der Bundesregierung hierzu keine Kenntnisse vorliegen.",
            Status.OPEN,
            Category.NO_INFORMATION,
        ),
        # 21/416, 11: "keine Kenntnis … beauftragt" is knowledge denied, not a commission that did not happen
        (
            "Ebenso liegt der Bundesregierung keine Kenntnis darüber vor, auf welchem Weg etwaige externe "
            "Dienstleister beauftragt wurden – z. B. Eigenleistungen, bestehende Rahmenverträge oder durch "
            "Ausschreibungen.",
            Status.OPEN,
            Category.NO_INFORMATION,
        ),
        # 21/1969, 20 and 21: what is not possible is a figure the question asked for
        (
            "Da nicht alle Grundstücksübertragungen steuerlich veranlagt und auf diese Weise statistisch zu "
            "erfassen sind, ist keine Durchschnittsbildung der Übertragungswerte möglich.",
            Status.OPEN,
            Category.NO_INFORMATION,
        ),
        # 21/1920, 1: "in offener Form" before the negation
        (
            "Die Beantwortung der Fragen kann in offener Form nicht erfolgen.",
            Status.OPEN,
            Category.CLASSIFIED,
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
        # 21/1259, 12 and 21/1058, 19: a negated modal passive that states a fact or a condition
        "Einige Sachschäden wurden gemeldet, die nicht eindeutig auf die seismischen Ereignisse "
        "zurückgeführt werden konnten; keines der Ereignisse hat zu Personenschäden geführt.",
        "Das Jugendamt ist zu informieren, falls die Gefährdung nicht anders abgewendet werden kann.",
        # 21/1298, 11: a condition under which information is missing withholds nothing
        "Ein gesonderter Antrag ist lediglich in einigen wenigen, besonderen Fallkonstellationen "
        "erforderlich, in denen den Trägern der gesetzlichen Rentenversicherung notwendige Informationen "
        "nicht vorliegen.",
        # 21/1091, 94 and 21/1732, 13: what is not possible in the world is a fact, not information
        # withheld ("keine … möglich" speaks of information only with a noun of stating or counting)
        "In Büchen sind keine vorbereitenden Maßnahmen für die eingleisige höhenfreie Kreuzung möglich. "
        "Grund hierfür ist die notwendige Planrechtserfordernis.",
        "Während des Aussetzungszeitraums sind keine neuen Registrierungen auf der Warteliste sowie keine "
        "Visumanträge nach § 36a AufenthG möglich.",
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


@pytest.mark.parametrize(
    ("sentence", "concrete"),
    [
        ("Im Berichtsjahr 2024 wurden insgesamt 1 832 Straftaten erfasst.", True),
        ("Schwerpunkt auf 17- bis 20-jährige Mitglieder", True),
        ("Über das Erreichen des 23-Prozentziels kann keine Aussage getroffen werden.", False),
        ("Diagnosen werden nur in der Unterposition ICD-10 Z91.7 ausgewiesen.", False),
        (
            "Der Bericht ist hier abrufbar: www.sifo.de/sifo/shareddocs/Downloads/files/Evaluation_2022.pdf.",
            False,
        ),
    ],
)
def test_what_counts_as_a_figure(sentence: str, concrete: bool) -> None:
    """Names with digits and web addresses state no count (the last three are shortened from 21/910,
    21/1143 and 21/1970); a count or an age does (the first two from 21/987 and 21/1990)."""
    assert answer.concrete(sentence) is concrete
