"""Typical sentences of federal government answers beyond the development corpus, each with the
category a careful reader gives it. They are quoted from published Antworten of the 21st Wahlperiode
(Drucksache named in the comment); they guard the phrase rules against regressions in both
directions: the non-answer is found, and a look-alike fact is left alone."""

from __future__ import annotations

import pytest

from drafter.classify import classify_answer
from drafter.models import Category, Status

NO_INFORMATION = Category.NO_INFORMATION
PENDING = Category.PENDING
REFUSED = Category.REFUSED
CLASSIFIED = Category.CLASSIFIED
NOT_RESPONSIBLE = Category.NOT_RESPONSIBLE
REFERRED = Category.REFERRED


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        # 21/175
        (
            "Eine statistische Erfassung nach Geschlecht im Sinne der Fragestellung erfolgt nicht.",
            NO_INFORMATION,
        ),
        # 21/1969
        (
            "Die Erbschaft- und Schenkungsteuerstatistik enthält keine Informationen zu Stundungen.",
            NO_INFORMATION,
        ),
        ("Hierzu liegen der Bundesregierung keine Bezifferungen vor.", NO_INFORMATION),
        (
            "Das künftige Erbvolumen wird von der Bundesregierung nicht prognostiziert, weil das "
            "Erbvolumen von "
            "einer Bewertung der individuellen Vermögen im Todeszeitpunkt der Erblasser abhängt.",
            NO_INFORMATION,
        ),
        # 21/193
        (
            "Eine genaue Aufschlüsselung ist aufgrund der unter Frage 10 aufgeführten Beantwortung "
            "nicht möglich.",
            NO_INFORMATION,
        ),
        # 21/203
        (
            "Der Bundesregierung sind keine Strafnormen im Sinne der Fragestellung bekannt.",
            NO_INFORMATION,
        ),
        # 21/283
        (
            "Hierzu kann derzeit keine Angabe gemacht werden, da das zweite Gebotsverfahren noch "
            "nicht gestartet "
            "wurde.",
            PENDING,
        ),
        ("Die Entscheidung über die Ausgestaltung künftiger Gebotsverfahren steht aus.", PENDING),
        (
            "Die Bezifferung der tatsächlichen CO2-Vermeidungskosten des Förderprogramms "
            "Klimaschutzverträge ist "
            "aufgrund des Auszahlungsmechanismus der Klimaschutzverträge erst nach dem jeweiligen "
            "Projektstart "
            "und ab dem Beginn der Auszahlungsphase möglich.",
            PENDING,
        ),
        # 21/126
        (
            "Die Erhebung zum Stichtag 31. März 2025 ist mit Stand 24. April 2025 noch nicht abgeschlossen.",
            PENDING,
        ),
        # typical deferrals
        ("Der Entwurf dazu befindet sich derzeit in der Ressortabstimmung.", PENDING),
        (
            "Die Daten für das Jahr 2024 werden derzeit erhoben und können daher noch nicht "
            "mitgeteilt werden.",
            PENDING,
        ),
        # 21/195
        (
            "Nach Ansicht der Bundesregierung können diese Fragen ausnahmsweise nicht beantwortet werden, da "
            "der Arbeitsaufwand zur Recherche der erfragten Informationen unzumutbar ist.",
            REFUSED,
        ),
        ("Demzufolge kann derzeit keine abschließende Auskunft gegeben werden.", PENDING),
        # 21/124
        (
            "Die Bundesregierung hat keine eigenen Erkenntnisse über die politische Verfolgung von "
            "Assad-Anhängern.",
            NO_INFORMATION,
        ),
        # further Antworten of the 21st Wahlperiode
        (
            "Die Bundesregierung hat keine Zuständigkeit für eine regelmäßige Sicherheitsüberprüfung. Dies "
            "liegt in der Hoheit des jeweiligen Bundeslandes.",
            NOT_RESPONSIBLE,
        ),
        (
            "Eine Aussage hinsichtlich der Erreichung der Ziele des Bundes-Klimaschutzgesetzes ist daher zum "
            "aktuellen Zeitpunkt nicht möglich.",
            PENDING,
        ),
        (
            "In der zentralen PMK-Fallzahlendatei des BKA erfolgt die Erfassung in anonymisierter Form. Eine "
            "Beantwortung im Sinne der Fragestellung ist daher nicht möglich.",
            NO_INFORMATION,
        ),
        (
            "Eine Ausdifferenzierung danach, auf welche angefallenen Daten entweder nach der einen oder der "
            "anderen Rechtsgrundlage zugegriffen wurde, ist technisch nicht möglich.",
            NO_INFORMATION,
        ),
        ("Derzeit sind etwaig erforderliche Änderungen und Ergänzungen nicht abschätzbar.", PENDING),
        ("Diese wird derzeit noch entwickelt.", PENDING),
        (
            "Hierzu können aus Gründen des polizeilichen Methodenschutzes keine Angaben gemacht werden.",
            REFUSED,
        ),
        (
            "Die erbetenen Informationen sind Ermittlungsdaten, die gegebenenfalls Rückschlüsse auf einzelne "
            "Maßnahmen zulassen, daher können hier keine Angaben gemacht werden.",
            REFUSED,
        ),
        ("Diese Aufgaben fallen nicht in den Zuständigkeitsbereich der Bundesregierung.", NOT_RESPONSIBLE),
        (
            "Die kommunale Planungshoheit liegt bei der Landeshauptstadt Wiesbaden, etwaige Fragen zu "
            "Grundstücksthemen können von hiesiger Stelle daher nicht beantwortet werden.",
            NOT_RESPONSIBLE,
        ),
        # further Antworten of the 21st Wahlperiode (21/305, 21/394, 21/449, 21/456, 21/496, 21/1214,
        # 21/1489, 21/1615, 21/1738, 21/1993)
        (
            "Eine lückenlose Auflistung aller Veranstaltungen im betreffenden Zeitraum erfolgte nicht, da "
            "eine Erfassung sämtlicher diesbezüglicher Daten in der angefragten Detailtiefe nicht "
            "verpflichtend ist.",
            NO_INFORMATION,
        ),
        (
            "Die daraus geleisteten Zahlungen können aus Datenschutz- und Wettbewerbsgründen (Schutz von "
            "Betriebs- und Geschäftsgeheimnissen) nicht einzelnen Mandaten zuordenbar aufgeschlüsselt, "
            "jedoch in ihrer Gesamthöhe angegeben werden.",
            REFUSED,
        ),
        (
            "Für das Haushaltsjahr 2024 liegen die Informationen zum jetzigen Zeitpunkt nicht in der "
            "nachgefragten Form vor.",
            NO_INFORMATION,
        ),
        (
            "Das Bundesministerium der Finanzen kann für die Vergangenheit keine Antwort anhand der "
            "Personalverwaltungssysteme ermitteln.",
            NO_INFORMATION,
        ),
        ("Darüber hinaus ist eine Beantwortung für die Vergangenheit nicht möglich.", NO_INFORMATION),
        ("Eine Datenerhebung findet daher nicht statt.", NO_INFORMATION),
        ("Zu laufenden Vorhaben liegen dementsprechend noch keine Evaluationen vor.", PENDING),
        (
            "Die Bundesregierung erteilt grundsätzlich keine Auskünfte zu operativen polizeilichen "
            "Maßnahmen im Rahmen von laufenden Ermittlungsverfahren.",
            REFUSED,
        ),
        ("Eine Antwort steht derzeit noch aus.", PENDING),
        ("Detailinformationen zu Regionen oder Produktionen liegen nicht vor.", NO_INFORMATION),
        (
            "Es erfolgt insofern auch keine systematische Erfassung der Maßnahmen, die sich auf die "
            "Versorgung mit Seltenen Erden auswirken.",
            NO_INFORMATION,
        ),
        (
            "Zum aktuellen Zeitpunkt können dazu keine Aussagen getroffen werden, da dies erst im Rahmen "
            "der Verwendungsnachweislegung ermittelt wird.",
            PENDING,
        ),
        ("Weitergehende Angaben hierzu sind aus Gründen des Personaldatenschutzes nicht möglich.", REFUSED),
        # 21/519, 21/969, 21/545
        (
            "Welche Maßnahmen dazu beitragen können, wird sich aus den gegenwärtig noch nicht vorliegenden "
            "Vorschlägen der Europäischen Kommission zur GAP ergeben.",
            PENDING,
        ),
        ("Die Klimawirkungskette für das Handlungsfeld Gewerbe wird derzeit weiterentwickelt.", PENDING),
        (
            "Es ist keine Aussage auf Grundlage der Prüfung der Internen Revision der Bundesagentur für "
            "Arbeit möglich, siehe die Antwort zu Frage 6.",
            REFERRED,
        ),
        # 21/417, 21/2328, 21/177
        (
            "Da die Länder das AsylbLG als eigene Angelegenheit ausführen, sind entsprechende Fragen an "
            "diese zu richten.",
            NOT_RESPONSIBLE,
        ),
        (
            "Die dadurch erhobenen Daten sind nicht mehr aussagekräftig und geben kein verlässliches Bild "
            "der tatsächlichen Verkehre wieder.",
            NO_INFORMATION,
        ),
        (
            "Die Entwicklung der Anzahl der Stellen im Auswärtigen Amt kann den Übersichten des "
            "Bundeshaushaltsplans des jeweiligen Jahres entnommen werden.",
            REFERRED,
        ),
        # common formulations of deferral and refusal
        ("Die Bundesregierung hat sich hierzu noch keine abschließende Meinung gebildet.", PENDING),
        ("Die Antwort wird zu einem späteren Zeitpunkt nachgereicht.", PENDING),
        ("Die Bundesregierung sieht sich außerstande, hierzu Angaben zu machen.", REFUSED),
        # 21/968
        (
            "Die bereitgestellten Mittel werden im Rahmen der laufenden, noch nicht abgeschlossenen "
            "Haushaltsaufstellungsverfahren festgelegt.",
            PENDING,
        ),
        # 21/283
        (
            "Die konkreten Namen der Unternehmen, die am ersten oder am zweiten vorbereitenden Verfahren "
            "teilgenommen haben, können aufgrund des wettbewerblichen Charakters des Gebotsverfahrens nicht "
            "genannt werden.",
            REFUSED,
        ),
        # 21/177
        (
            "Die erwünschte Aufschlüsselung nach internen und externen Leistungen kann nicht bzw. nicht mit "
            "zumutbarem Aufwand ermittelt werden.",
            REFUSED,
        ),
        # 21/203
        (
            "Zu konkreten Planungen zu weiteren Vereinsverboten nimmt das BMI grundsätzlich keine Stellung.",
            REFUSED,
        ),
        (
            "Um jeden Anschein einer unzulässigen Einflussnahme auf die Gerichte zu vermeiden, sieht die "
            "Bundesregierung daher grundsätzlich davon ab, zu einzelnen Strafverfahren und Urteilen "
            "Stellung zu "
            "nehmen.",
            REFUSED,
        ),
        # 21/193
        (
            "Nach sorgfältiger Abwägung gelangt die Bundesregierung zu dem Ergebnis, dass sie "
            "vorliegend keine "
            "Auskunft – auch nicht in eingestufter Form – erteilen kann.",
            REFUSED,
        ),
        # 21/309
        (
            "Die Bundesregierung kann die fragegegenständlichen Informationen nicht öffentlich zur Verfügung "
            "stellen. Die Antwort wird daher in einer separaten Anlage mit dem Geheimhaltungsgrad "
            "„VS-Nur für "
            "den Dienstgebrauch“ zugeleitet.",
            CLASSIFIED,
        ),
        # 21/2124
        (
            "Zuständig für die Durchführung der Ausbildungsregelungen sind grundsätzlich die Länder.",
            NOT_RESPONSIBLE,
        ),
        (
            "Aufgrund der grundgesetzlichen Kompetenzverteilung zwischen Bund und Ländern hat die "
            "Bundesregierung "
            "keinen Einfluss auf die Erhöhung der Ausbildungskapazitäten.",
            NOT_RESPONSIBLE,
        ),
        # 21/203
        (
            "Die Bewertung einzelner Meinungsäußerungen im Hinblick auf strafrechtliche Relevanz obliegt "
            "ausschließlich den Gerichten.",
            NOT_RESPONSIBLE,
        ),
        # 21/233
        (
            "Die erfragten Informationen können dem Dokumentations- und Informationssystem für "
            "Parlamentsmaterialien entnommen werden (siehe: https://dip.bundestag.de/).",
            REFERRED,
        ),
        # 21/337
        (
            "Auf die Antwort der Bundesregierung zu Frage 1 der Kleinen Anfrage der Fraktion der AfD "
            "„Beschaffung "
            "und Einsatz von Lagevrio mit dem Wirkstoff Molnupiravir“ auf Bundestagsdrucksache 20/7473 wird "
            "verwiesen.",
            REFERRED,
        ),
    ],
)
def test_typical_non_answer(sentence: str, category: Category) -> None:
    status, findings = classify_answer(sentence)
    # open, or partial where the sentence itself says "weitere …" (so something else was given)
    assert status.unresolved
    assert category in {f.category for f in findings}


@pytest.mark.parametrize(
    "sentence",
    [
        # 21/2330, 21/2320, 21/1091, 21/2259: definite facts
        "Die Veranstaltung wurde nicht im Rahmen des Gemeinsamen Extremismus- und "
        "Terrorismusabwehrzentrums – "
        "Rechts behandelt.",
        "Externe Beratungsunternehmen wurden nicht einbezogen.",
        "Die DB InfraGO AG plant gegenüber dem Status quo keine Veränderungen.",
        "Keine.",
        # a rule described, not a decision pending (21/175 style)
        "Sie wird ausgestellt, wenn die Ausländerbehörde noch nicht über den Antrag entschieden hat.",
        # routine checks and duties are not pending decisions
        "Die Bundesregierung prüft laufend die Einsatzmöglichkeiten innovativer technologischer Lösungen.",
        "Soweit Anfragen Umstände betreffen, die geheimhaltungsbedürftig sind, hat die Bundesregierung zu "
        "prüfen, ob und auf welche Weise die Geheimhaltungsbedürftigkeit mit dem Informationsanspruch in "
        "Einklang gebracht werden kann.",
        # a past event dated by a law, not a deferral (21/305)
        "Der Begriff der externen Personen wurde erst mit Inkrafttreten der Vorschrift eingeführt.",
        "Es steht außer Frage, dass die Regelung gilt.",
        # plans and running programmes stated as facts (21/192, 21/2320)
        "Weitere Herkunftsländer sollen zu einem späteren Zeitpunkt einbezogen werden.",
        "Betroffen sind im Rahmen des laufenden IPCEI ME/KT die Projekte der Applied Materials GmbH.",
        # something that must not become known is not something unknown (21/126)
        "Die Einstufung darf dem Betroffenen aus polizeitaktischen Erwägungen nicht bekannt werden.",
    ],
)
def test_look_alike_facts_are_answers(sentence: str) -> None:
    assert classify_answer(sentence) == (Status.ANSWERED, ())


def test_data_in_an_annex_is_substance_even_beside_a_gap() -> None:
    # 21/1969, answer 10
    answer = (
        "Die verfügbaren statistischen Daten zu Verschonungsbedarfsprüfungen nach § 28a des Erbschaft- und "
        "Schenkungsteuergesetzes (ErbStG) wurden vom Statistischen Bundesamt bereitgestellt und können der "
        "beigefügten Anlage 1* entnommen werden. Für die Jahre bis 2020 sind keine statistischen Angaben "
        "verfügbar."
    )
    assert classify_answer(answer)[0] is Status.PARTIAL


def test_a_definite_negative_beside_a_gap_is_substance() -> None:
    # 21/1954, answer 15 (shortened)
    answer = (
        "Zu den Sozial- und Landessozialgerichten liegen der Bundesregierung keine Erkenntnisse vor. "
        "Beim Bundessozialgericht sind aktuell keine über die Antwort zu Frage 13 hinausgehenden "
        "Planungen vorhanden."
    )
    assert classify_answer(answer)[0] is Status.PARTIAL


def test_a_count_in_a_finding_sentence_answers_in_part() -> None:
    # 21/176: the count of pending proceedings is itself an answer
    answer = (
        "Seit dem 1. April 2024 bis heute wurden in den Bundesbehörden insgesamt 496 Disziplinarverfahren "
        "eingeleitet und derzeit noch nicht abgeschlossen."
    )
    assert classify_answer(answer)[0] is Status.PARTIAL
