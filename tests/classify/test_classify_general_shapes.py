"""General shapes of non-answers found by reading the unlabelled Antworten of the 21st Wahlperiode:
information that is not at hand ("liegt … nicht vor") whatever the noun, a record that is not kept, a
process examined now or not yet decided, a condition put on assessing, the federal government named
as not responsible, and the reason given for a non-answer. Each sentence is quoted from a real
Antwort (Drucksache and answer named beside it); the definite facts beside them must stay answers."""

from __future__ import annotations

import pytest

from drafter.classify import classify_answer
from drafter.models import Category, Status


@pytest.mark.parametrize(
    ("answer", "category"),
    [
        # 21/1145, 45: a noun of information the phrase rules do not list
        ("Prognosen oder Schätzungen für 2025 liegen nicht vor.", Category.NO_INFORMATION),
        # 21/416, 17: the singular "Information"
        ("Diese Information liegt der Bundesregierung nicht vor.", Category.NO_INFORMATION),
        # 21/1785, 7: the government as holder, whatever the object
        (
            "Der Bundesregierung liegen die Baulandpreise der letzten zwanzig Jahre für die Landkreise und "
            "kreisfreien Städten in Rheinland-Pfalz nicht vor.",
            Category.NO_INFORMATION,
        ),
        # 21/412, 7: a record negated as kept
        ("Eine dies belastbar erfassende Übersicht wird im BMI nicht geführt.", Category.NO_INFORMATION),
        # 21/967, 7: the same with the verb first and the record last
        (
            "Die Bundesregierung führt über Einbestellungen in die Außenministerien von Empfangsstaaten "
            "keine Statistiken.",
            Category.NO_INFORMATION,
        ),
        # 21/1145, 35: examining now, as a noun
        (
            "Die Bundesregierung führt derzeit eine umfassende Prüfung im Rahmen der Erstellung des "
            "Klimaschutzprogramms durch.",
            Category.PENDING,
        ),
        # 21/1312, 26b: a decision that has not yet been taken, with a phrase between
        (
            "Die Regelung zur Verstetigung der Anerkennungs- und Qualifizierungsberatung ist noch nicht "
            "innerhalb der Bundesregierung konsentiert.",
            Category.PENDING,
        ),
        # 21/1336, 17: a condition put on taking a position
        (
            "Eine diesbezügliche Positionierung der Bundesregierung kann jedoch erst auf Basis eines "
            "entsprechenden Vorschlags der Europäischen Kommission und der zugrunde liegenden Analysen "
            "erfolgen.",
            Category.PENDING,
        ),
        # 21/1172, 14 and 21/2311, 11: the federal government named as not responsible
        (
            "Die Beauskunftung zu eingesetzten Software-Produkten und deren Einsatzzwecken der Länder "
            "obliegt nicht der Bundesregierung.",
            Category.NOT_RESPONSIBLE,
        ),
        ("Der Bund ist nicht für die Finanzierung der WfbM zuständig.", Category.NOT_RESPONSIBLE),
        # 21/1286, 10: declining to comment, with "beziehen"
        ("Zu einzelnen Presseberichten bezieht die Bundesregierung keine Stellung.", Category.REFUSED),
        # 21/971, 1: an act of giving information negated as possible
        ("Eine Bilanzierung bezogen auf Bundesländer ist daher nicht möglich.", Category.NO_INFORMATION),
        # 21/677, 18: not yet possible
        (
            "Zu diesem frühen Zeitpunkt der Umsetzung ist eine Bewertung noch nicht möglich.",
            Category.PENDING,
        ),
        # 21/1353, 2: not possible for a named reason of protection
        ("Eine weitere Aufschlüsselung ist aus Datenschutzgründen nicht möglich.", Category.REFUSED),
        # 21/1727, 26: a modal with a negated verb of stating
        ("Angaben zu einzelnen Bundesländern können nicht gemacht werden.", Category.NO_INFORMATION),
        # 21/889, 7: work under way
        ("Die Arbeiten am kommenden Investitionsrahmenplan laufen.", Category.PENDING),
        # 21/688, 1: results that will be at hand only later
        ("Die finalen Daten werden voraussichtlich erst Ende 2026 vorliegen.", Category.PENDING),
        # 21/1522, 18: a referral with the infinitive the Antwort printed
        ("Im Übrigen wird auf die Antwort zu Frage 14 verweisen.", Category.REFERRED),
        # 21/1990, 6: an answer that must not be given
        ("Eine darüberhinausgehende Beantwortung der Fragen muss unterbleiben.", Category.REFUSED),
        # 21/1447, 37: the Kernbereich in another word order
        (
            "Der Willensbildungsprozess in der Regierung, der sich insbesondere auch in "
            "ressortübergreifenden und -internen Abstimmungsprozessen vollzieht, gehört zum Kernbereich "
            "ihrer exekutiven Eigenverantwortung.",
            Category.REFUSED,
        ),
        # 21/1472, 3: the question sent to the Länder
        ("Nähere Auskünfte zu Einzelfällen sind bei den Ländern zu erfragen.", Category.NOT_RESPONSIBLE),
        # 21/1784, 4: results still to be awaited
        (
            "Die im Herbst 2026 zu erwartenden Ergebnisse des unabhängigen wissenschaftlichen Berichts sind "
            "abzuwarten.",
            Category.PENDING,
        ),
        # 21/1814, 8: an authority that does not record what was asked
        ("Das BAFzA erhebt im BFD nicht die jeweiligen Schulabschlüsse.", Category.NO_INFORMATION),
        # 21/2238, 17: a survey said not to exist
        (
            "Es gibt keine systematische Erhebung von Kennzahlen zur aktiven Führung der ePA durch die "
            "Versicherten.",
            Category.NO_INFORMATION,
        ),
        # 21/1775, 4: a draft in a process of agreement
        (
            "Der Gesetzentwurf zur EUDR befindet sich aktuell in der Hausabstimmung im federführenden "
            "Bundesministerium für Landwirtschaft, Ernährung und Heimat.",
            Category.PENDING,
        ),
        # 21/755, 41: the subject of deliberations inside the government
        (
            "Details zur Ausgestaltung sind derzeit noch Gegenstand von regierungsinternen Überlegungen.",
            Category.PENDING,
        ),
        # 21/1177, 9: a breakdown not carried out
        (
            "Ebenso erfolgt keine Differenzierung der Kosten in Bezug auf einzelne Kontrollstellen.",
            Category.NO_INFORMATION,
        ),
        # 21/668, 1: data that allow no statement
        (
            "Diese erlauben keine Aussagen über die zwischen den Zeitpunkten erfolgten Umstellungen der "
            "Betriebe von Haupt- auf Nebenerwerb bzw. von Neben- auf Haupterwerb.",
            Category.NO_INFORMATION,
        ),
        # 21/1422, 32: not yet to be named
        (
            "Zeitliche Vorgaben zu Rechtsänderungen können zum jetzigen Zeitpunkt noch nicht benannt werden.",
            Category.PENDING,
        ),
        # 21/2202, 12: a document being finalised
        (
            "Das Bundeslagebild „Kriminalität im Kontext von Zuwanderung – Fokus: Fluchtmigration“ 2024 wird "
            "derzeit finalisiert und anschließend veröffentlicht.",
            Category.PENDING,
        ),
    ],
)
def test_a_general_shape_leaves_the_answer_open(answer: str, category: Category) -> None:
    status, findings = classify_answer(answer)
    assert status is Status.OPEN
    assert category in {f.category for f in findings}


@pytest.mark.parametrize(
    "answer",
    [
        # 21/1580, 9 and 21/1175, 6: no application, no case: definite facts
        "Ein Folgeantrag liegt der AMIF-Verwaltungsbehörde nicht vor.",
        "Zum Stichtag 30. Juni 2025 liegt der Bundesregierung für das zweite Quartal 2025 kein Fall mit dem "
        "Angriffsziel „Ehrenamtlicher/freiwilliger Helfer“ vor.",
        # 21/1092, 11: a legal condition, not a statement about what is known
        "Liegen die Voraussetzungen für die Ausschreibung nicht mehr vor, ist der Zweck der Maßnahme "
        "erreicht, oder zeigt sich, dass er nicht erreicht werden kann, ist die Ausschreibung unverzüglich "
        "zu löschen.",
        # 21/412, 3: an attributive "noch nicht entschiedenen" states where a case stands
        "In einem Fall im Jahr 2022 führte sie zu einer außergerichtlichen Einigung mit Anwaltskosten in "
        "Höhe von 16 574 Euro, im anderen Fall im Jahr 2024 mündete sie in einer noch nicht entschiedenen "
        "Klage.",
        # 21/1298, 22: a rule of procedure, not an unfinished decision
        "Sie wird ausgestellt, wenn die Ausländerbehörde noch nicht über den Antrag entschieden hat und die "
        "Antragstellerin/der Antragsteller weiterhin im Bundesgebiet bleiben möchte.",
        # 21/1075, 7 and 21/1298, 25: a legal impossibility is a definite answer
        "Eine Nutzung der im Rahmen des DPI-Verfahrens erhaltenen Informationen zur Verfolgung illegaler "
        "Zweckentfremdung von Wohnraum ist rechtlich nicht möglich.",
        "Die Anerkennung von Kindererziehungszeiten in der gesetzlichen Rentenversicherung ist bei diesen "
        "Personen nicht möglich.",
        # 21/1840, 3: an adjective "laufende" is no work under way
        "Zum Zeitpunkt der Anordnung der Eingriffe handelte es sich jeweils um laufende "
        "Ermittlungsverfahren.",
        # 21/1058, 15: a regular publication is no result still to come
        "Das Bundeslagebild wird jährlich auf der Website des Bundeskriminalamtes veröffentlicht.",
        # 21/1422, 33: a table run together; "Keine Zuordnung möglich" labels a row of figures
        "- 1 1 1 - - 7 Keine Angabe - 1 1 1 0 - 9 Keine Zuordnung möglich 226 361 387 422 447 381",
        # 21/1914, 14: "erhebt keinen Anspruch" records nothing
        "Die Anabin-Datenbank erhebt keinen Anspruch auf Vollständigkeit.",
        # 21/1813, 11: no study commissioned is a definite fact
        "Es wurde keine diesbezügliche Untersuchung in Auftrag gegeben.",
        # 21/1727, 2: a survey result in the past tense
        "Etwa 23 Prozent befanden sich zum Zeitpunkt der Befragung in der Vorbereitung bzw. im Prozess der "
        "Erstellung eines solchen Konzepts.",
        # 21/2327, 4: a funding not carried out is a definite fact
        "Eine Förderung im Sinne des Zuwendungsrechtes erfolgt nicht.",
        # 21/2276, 12: "erster Lesung" is no "erst"
        "Nach der Festlegung des Standpunktes des Rates in erster Lesung ist dieser Standpunkt gemäß "
        "Artikel 294 Absatz 5 des Vertrags über die Arbeitsweise der Europäischen Union (AEUV) an das "
        "Europäische Parlament zu übermitteln.",
    ],
)
def test_definite_facts_stay_answered(answer: str) -> None:
    assert classify_answer(answer)[0] is Status.ANSWERED


# 21/1315, answer to 6
NO_DATA_AND_WHY = (
    "Der Bundesregierung liegen hierzu keine Daten vor. Hintergrund ist, dass in Deutschland, anders als "
    "in anderen Ländern, keine Wartezeitenlisten oder ähnliches geführt werden."
)


def test_the_reason_for_a_non_answer_is_no_substance() -> None:
    """TAXONOMY: open is 'nothing substantive beyond non-answer statements (and … the reasons for not
    answering)'; the reason may follow the non-answer as well as precede it."""
    status, findings = classify_answer(NO_DATA_AND_WHY)
    assert status is Status.OPEN
    assert [f.category for f in findings] == [Category.NO_INFORMATION]


def test_a_reason_beside_an_answer_is_still_an_answer() -> None:
    """Without a non-answer beside it the same sentence is ordinary substance."""
    assert classify_answer(NO_DATA_AND_WHY.split(". ", 1)[1])[0] is Status.ANSWERED
