"""More phrasings of federal government answers, quoted from published Antworten of the 21st
Wahlperiode (Drucksache named in the comment): non-answers the phrase rules once missed, and the
look-alike facts next to them that must stay answers."""

from __future__ import annotations

import pytest

from drafter.classify import classify_answer
from drafter.models import Category, Finding, Status


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        # 21/839: a classified annex named as "nur als Verschlusssache"
        (
            "Die Bundesregierung ist nach sorgfältiger Abwägung zu der Auffassung gelangt, dass die "
            "Beantwortung Ihrer Frage nach der Nutzung des Systems „Starlink“ des Unternehmens SpaceX für "
            "die Bundespolizei (BPOL) nur als Verschlusssache (VS) in der Anlage 1* mit dem "
            "Geheimhaltungsgrad „VS-Nur für den Dienstgebrauch“ (VS-NfD) erfolgen kann.",
            Category.CLASSIFIED,
        ),
        # 21/1143: a compound noun ("Opfererfassung") and a long gap before "findet … nicht statt"
        (
            "Eine Opfererfassung nach Herkunftsländern im Sinne der Staaten, wo die Opfer geboren sind oder "
            "aus welchen sie emigriert sind, findet in der Bundes-PKS nicht statt.",
            Category.NO_INFORMATION,
        ),
        # 21/305
        (
            "Daher wurde eine solche umfassende Dokumentation auch nicht durchgeführt.",
            Category.NO_INFORMATION,
        ),
        # 21/315: a survey not yet made is pending, not a definite negative fact
        (
            "Für den Zeitraum vom 1. Januar bis 13. Mai 2025 wurde noch keine Erhebung durchgeführt.",
            Category.PENDING,
        ),
        # 21/1141
        ("Entsprechende Regelungsvorschläge bleiben abzuwarten.", Category.PENDING),
        # 21/726: withheld because of ongoing investigations, reason after the refusal
        (
            "Die Sachverhaltsdarstellungen des KPMD-PMK beruhen auf Angaben der Länder, die nicht mitgeteilt "
            "werden können, da nicht auszuschließen ist, dass sie Informationen enthalten, die laufende "
            "Ermittlungsverfahren in Zuständigkeit der Länder gefährden.",
            Category.REFUSED,
        ),
        # 21/315, 21/960: time and effort
        ("Diese Datenerhebung ist innerhalb der Frist nicht möglich.", Category.REFUSED),
        ("Die Ermittlung der Daten wäre auch unzumutbar.", Category.REFUSED),
        (
            "Aus Sicht der Bundesregierung ist die Grenze zur administrativen Überkontrolle angesichts der "
            "Detailtiefe der Fragen erreicht.",
            Category.REFUSED,
        ),
        # 21/305 (shortened)
        (
            "Es ist weder rechtlich geboten noch im Sinne einer effizienten und ressourcenschonenden "
            "öffentlichen Verwaltung leistbar, sämtliche Informationen und Daten vollständig zu erfassen.",
            Category.REFUSED,
        ),
        # 21/315, 21/305: outside parliamentary control
        (
            "Es ist daher nicht Bestandteil der parlamentarischen Kontrollfunktion des Deutschen "
            "Bundestages, frei verfügbare Informationen durch die Bundesregierung zusammentragen und "
            "aufbereiten zu lassen.",
            Category.REFUSED,
        ),
        (
            "Nach Auffassung der Bundesregierung ist das Verhalten einzelner Beschäftigter unterhalb der "
            "Leitungsebene nicht Gegenstand der parlamentarischen Kontrolle.",
            Category.REFUSED,
        ),
        # 21/290
        (
            "Die Berichte ab dem Jahr 2014 sind auf der Homepage des Bundesministeriums des Innern "
            "veröffentlicht.",
            Category.REFERRED,
        ),
    ],
)
def test_non_answer_found(sentence: str, category: Category) -> None:
    status, findings = classify_answer(sentence)
    assert status is Status.OPEN
    assert category in {f.category for f in findings}


def test_hingewiesen_points_to_the_preamble() -> None:
    # 21/755: "auf … hingewiesen" refers like "auf … verwiesen"
    answer = "Im Übrigen wird auf die Vorbemerkung der Bundesregierung hingewiesen."
    status, findings = classify_answer(answer)
    assert status is Status.OPEN
    assert [(f.category, f.refers_to) for f in findings] == [(Category.REFERRED, "Vorbemerkung")]


def test_darauf_verwiesen_dass_states_its_point() -> None:
    # 21/1970: "wird darauf verwiesen, dass …" says the point itself; here the Länder are responsible
    status, findings = classify_answer(
        "Wie bereits in der Vorbemerkung der Bundesregierung der Kleinen Anfrage der Fraktion der AfD auf "
        "Bundestagsdrucksache 20/12316 wird darauf verwiesen, dass für strafrechtlich relevante Sachverhalte "
        "die Zuständigkeit bei der jeweiligen Polizeibehörde und damit bei den Ländern liegt."
    )
    assert status is Status.OPEN
    assert {f.category for f in findings} == {Category.NOT_RESPONSIBLE}


@pytest.mark.parametrize(
    "sentence",
    [
        # 21/963: a definite negative, not a pending check
        "Die Bundesregierung prüft Beteiligungen an kritischer Infrastruktur anderer europäischer "
        "Länder nicht.",
        # 21/2315: an assessment that uses "unzumutbar", no refusal
        "Der Einsatz von Herdenschutzhunden und Nachtpferchen für den Herdenschutz in den Alpen wird von der "
        "Bundesregierung nicht als generell unzumutbar eingeschätzt.",
        # 21/960: "darauf hingewiesen, dass" introduces a fact
        "Schließlich wird erneut darauf hingewiesen, dass nach Kenntnis der Bundesregierung in den "
        "Fraktionen Anwesenheitslisten über die Teilnahme an ihren Sitzungen geführt werden.",
    ],
)
def test_look_alike_stays_answered(sentence: str) -> None:
    assert classify_answer(sentence) == (Status.ANSWERED, ())


@pytest.mark.parametrize(
    ("sentence", "categories"),
    [
        # 21/669
        ("Die Bundespolizei erhebt hierzu keine statistischen Daten.", {Category.NO_INFORMATION}),
        # 21/1970: no data collected, and why
        (
            "Die Bundesregierung erhebt aufgrund der Länderzuständigkeit für die Durchführung der Wahlen "
            "keine solchen Informationen.",
            {Category.NO_INFORMATION, Category.NOT_RESPONSIBLE},
        ),
    ],
)
def test_data_not_collected(sentence: str, categories: set[Category]) -> None:
    status, findings = classify_answer(sentence)
    assert status is Status.OPEN
    assert {f.category for f in findings} == categories


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        # 21/1143
        (
            "Krankheitskosten liegen nach Aussage des Statistischen Bundesamts nicht in dieser "
            "Detailtiefe vor.",
            Category.NO_INFORMATION,
        ),
        # 21/1141, 21/1320, 21/1636
        (
            "Eine Auflistung sämtlicher Arbeitsgruppen, Anhörungen oder Fachbeiratssitzungen liegt "
            "nicht vor.",
            Category.NO_INFORMATION,
        ),
        ("Hierzu hat die Bundesregierung keine Schätzungen angestellt.", Category.NO_INFORMATION),
        (
            "Über den genauen Zeitpunkt für eine erste Kontaktaufnahme der Initiative mit einem Mitglied der "
            "Bundesregierung lässt sich daher keine Aussage treffen.",
            Category.NO_INFORMATION,
        ),
        # 21/970
        ("Konkrete Vorhaben liegen noch nicht vor.", Category.PENDING),
        # 21/305: public sources
        (
            "Die Details und der Stand des jeweiligen Gesetzgebungsverfahrens kann über den Internetauftritt "
            "des Deutschen Bundestages recherchiert werden.",
            Category.REFERRED,
        ),
        (
            "Die vom Bundesministerium für wirtschaftliche Zusammenarbeit und Entwicklung (BMZ) in der "
            "20. Wahlperiode erstellten Gesetzesentwürfe, die in den Bundestag eingebracht wurden, sind "
            "öffentlich und können den Bundestagsdrucksachen entnommen werden.",
            Category.REFERRED,
        ),
    ],
)
def test_more_non_answers(sentence: str, category: Category) -> None:
    status, findings = classify_answer(sentence)
    assert status is Status.OPEN
    assert category in {f.category for f in findings}


def test_a_table_on_internet_crime_is_no_public_source() -> None:
    # 21/794: "im Internet" names the crime, the numbers follow in the answer's own table
    sentence = (
        "Den nachstehenden Tabellen kann die Zahl der Propagandadelikte im Internet, die über die ZMI "
        "gemeldet wurden, entnommen werden."
    )
    assert classify_answer(sentence) == (Status.ANSWERED, ())


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        # 21/1007, 21/1419, 21/427, 21/903
        (
            "Erhebungen zum Anteil der Umwandlung von landwirtschaftlicher Nutzfläche in SuV liegen der "
            "Bundesregierung nicht vor.",
            Category.NO_INFORMATION,
        ),
        ("Entsprechende Berechnungen liegen der Bundesregierung nicht vor.", Category.NO_INFORMATION),
        ("Weitere Kenntnisse liegen der Bundesregierung nicht vor.", Category.NO_INFORMATION),
        (
            "Zu den direkten Investitionskosten nimmt die Bundesregierung keine eigenen Abschätzungen vor.",
            Category.NO_INFORMATION,
        ),
        # 21/1203, 21/1038, 21/1041
        ("Die Details der Kraftwerksstrategie sind noch nicht finalisiert.", Category.PENDING),
        (
            "Die Förderkosten für neue Kraftwerke hängen dabei von vielen Faktoren ab, insbesondere dem "
            "Umfang der Ausschreibungen und können daher derzeit nicht abgeschätzt werden.",
            Category.PENDING,
        ),
        # 21/1338, 21/1412, 21/1959
        (
            "Eine parallele Ermittlung der Aufwendungen ist innerhalb der Kürze der Antwortfrist "
            "nicht möglich.",
            Category.REFUSED,
        ),
        ("Zu Personaleinzelangelegenheiten kann keine Auskunft erteilt werden.", Category.REFUSED),
        (
            "Die Beantwortung der Frage betrifft Informationen, die in besonders hohem Maße das Staatswohl "
            "berühren und daher selbst in eingestufter Form nicht beantwortet werden können.",
            Category.REFUSED,
        ),
        # 21/820
        (
            "Auch zu vertraulichen Gesprächen des Bundeskanzlers mit Vertretern ausländischer Regierungen "
            "macht die Bundesregierung keine Angaben.",
            Category.REFUSED,
        ),
    ],
)
def test_further_non_answers(sentence: str, category: Category) -> None:
    status, findings = classify_answer(sentence)
    assert status.unresolved
    assert category in {f.category for f in findings}


@pytest.mark.parametrize(
    "sentence",
    [
        # 21/1134, 21/1074: "sieht … nicht vor" describes a rule, it withholds nothing
        "Einen separaten Sektor für die Bundeswehr sieht das Bundes-Klimaschutzgesetz nicht vor.",
        "Die vom Statistischen Bundesamt (Destatis) erhobenen Beendigungsgründe sehen die genannten "
        "Verfahrensergebnisse nicht vor.",
    ],
)
def test_a_rule_that_provides_nothing_is_an_answer(sentence: str) -> None:
    assert classify_answer(sentence) == (Status.ANSWERED, ())


@pytest.mark.parametrize(
    "sentence",
    [
        # 21/1075
        "Der Bundesregierung liegt eine entsprechende Liste nicht vor.",
        # 21/1139: a long clause between the survey and "liegt … nicht vor"
        "Eine bundeseinheitliche Erhebung, wie viele Stellenbesetzungsverfahren in der Bundesverwaltung "
        "aktuell den Besitz eines Führerscheins der Klasse B als Einstellungsvoraussetzung enthalten, liegt "
        "der Bundesregierung nicht vor.",
    ],
)
def test_lists_and_surveys_not_at_hand(sentence: str) -> None:
    assert classify_answer(sentence) == (
        Status.OPEN,
        (Finding(Category.NO_INFORMATION, sentence),),
    )
