"""One answer on its own: status and findings per TAXONOMY.md, on answers quoted from the real
Antworten in tests/data/bundestag/ (document and question named above each)."""

from __future__ import annotations

import pytest

from drafter.classify import classify_answer
from drafter.models import Category, Finding, Status
from drafter.text.spaces import evidence_form as fold


def _categories(answer: str) -> set[Category]:
    return {f.category for f in classify_answer(answer)[1]}


# -- each category, from real answers ------------------------------------------------------------

# 21/1023, answer 9
NO_INFORMATION = (
    "Hierzu liegen der Bundesregierung keine Erkenntnisse vor. Eine systematische Meldung über den "
    "Kriminalpolizeilichen Meldedienst in Fällen Politisch motivierter Kriminalität („KPMD-PMK“) und eine "
    "darauf basierende Speicherung in der zentralen PMK-Fallzahlendatei „Lagebild Auswertung politisch "
    "motivierter Straftaten“ (LAPOS) des Bundeskriminalamtes (BKA) erfolgen nicht."
)
# 21/2000, answer to 1, 2 and 4 to 7
PENDING = (
    "Die Bundesregierung prüft den Auftrag aus dem aktuellen Koalitionsvertrag.\nDanach soll die "
    "Karenzzeit für Fälle mit unverhältnismäßig hohen Kosten für die Unterkunft entfallen. Die Prüfung ist "
    "noch nicht abgeschlossen."
)
# 21/1521, joint answer to 1 to 5
CLASSIFIED = (
    "Nach sorgfältiger Abwägung können die Antworten zu den Fragen 1 bis 5 nicht in offener Form erfolgen. "
    "Die Einstufung als Verschlusssache mit dem Geheimhaltungsgrad „VS-Nur für den Dienstgebrauch“ ist im "
    "vorliegenden Fall im Hinblick auf das Staatswohl erforderlich. Nach § 2 Absatz 2 Nummer 4 der "
    "Allgemeinen Verwaltungsvorschrift zum materiellen Geheimschutz (Verschlusssachenanweisung, VSA) vom "
    "13. März 2023 sind Informationen, deren Kenntnisnahme durch Unbefugte für die Interessen der "
    "Bundesrepublik Deutschland oder eines ihrer Länder nachteilig sein kann, entsprechend einzustufen.\n"
    "Die erbetenen Auskünfte sind geheimhaltungsbedürftig, weil sie deutliche Rückschlüsse zu eigenen "
    "militärischen Handlungs- und Verteidigungsfähigkeiten erlauben. Sie enthalten eine Fülle an "
    "sicherheitsrelevanten Angaben, deren Bekanntwerden feindlich gesinnte Kräfte zum Nachteil der "
    "Bundeswehr und verbündeter Streitkräfte nutzen können und daher für die Interessen der Bundesrepublik "
    "Deutschland und ihrer Verbündeten nachteilig sein könnte.\nEs wird auf die als „VS-Nur für den "
    "Dienstgebrauch“ eingestufte Anlage* verwiesen."
)
# 21/434, answer 10
REFUSED_EFFORT = (
    "Solche Angaben werden zahlenmäßig nicht erfasst. Eine nachträgliche Ermittlung wäre mit einem "
    "unzumutbaren Aufwand verbunden. Hier wäre die Durchsicht jedes einzelnen Verfahrens im gesamten "
    "Verfahrensgang über zehn Jahre nötig. Dieser Umfang ist in der zur Verfügung stehenden Zeit nicht zu "
    "bewältigen."
)
# 21/1173, answer 8
NOT_RESPONSIBLE = (
    "Die Entscheidung, in welchen Regionen oder Gebieten der Ausbau der Windenergie erfolgen soll, liegt in "
    "der alleinigen Zuständigkeit der Länder."
)


@pytest.mark.parametrize(
    ("answer", "category"),
    [
        (NO_INFORMATION, Category.NO_INFORMATION),
        (PENDING, Category.PENDING),
        (CLASSIFIED, Category.CLASSIFIED),
        (REFUSED_EFFORT, Category.REFUSED),
        (NOT_RESPONSIBLE, Category.NOT_RESPONSIBLE),
    ],
)
def test_pure_non_answers_are_open_with_their_category(answer: str, category: Category) -> None:
    status, findings = classify_answer(answer)
    assert status is Status.OPEN
    assert category in {f.category for f in findings}


def test_classified_answer_is_not_also_called_refused() -> None:
    assert _categories(CLASSIFIED) == {Category.CLASSIFIED}


def test_evidence_is_the_sentence_verbatim_with_whitespace_folded() -> None:
    # the more explicit statement wins over "Die Bundesregierung prüft den Auftrag …"
    assert [f.evidence for f in classify_answer(PENDING)[1]] == ["Die Prüfung ist noch nicht abgeschlossen."]
    for finding in classify_answer(CLASSIFIED)[1]:
        assert finding.evidence in fold(CLASSIFIED)


def test_referral_to_another_question_names_its_target() -> None:
    # 21/890, answer 12
    status, findings = classify_answer(
        "Auf die Vorbemerkung der Bundesregierung sowie auf die Antwort zu Frage 10 wird verwiesen."
    )
    assert status is Status.OPEN
    assert [(f.category, f.refers_to) for f in findings] == [
        (Category.REFERRED, "Vorbemerkung"),
        (Category.REFERRED, "10"),
    ]


@pytest.mark.parametrize(
    ("answer", "targets"),
    [
        ("Es wird auf die Antwort der Bundesregierung auf Bundestagsdrucksache 21/88 verwiesen.", ["21/88"]),
        ("Auf die Antwort zu Frage 5 auf Drucksache 19/1234 wird verwiesen.", ["19/1234"]),
        ("Auf die Antwort zu den Fragen 4 bis 6 wird verwiesen.", ["4", "5", "6"]),
        ("Es wird auf die Antworten zu den Fragen 3a und 3b verwiesen.", ["3a", "3b"]),
        ("Siehe hierzu die Antwort zu Frage 2.", ["2"]),
        ("Es wird auf die Vorbemerkung verwiesen.", ["Vorbemerkung"]),
    ],
)
def test_referral_targets(answer: str, targets: list[str]) -> None:
    status, findings = classify_answer(answer)
    assert status is Status.OPEN
    assert [f.refers_to for f in findings if f.category is Category.REFERRED] == targets


def test_a_classified_annex_is_not_a_referral() -> None:
    answer = "Es wird auf die als „VS-Nur für den Dienstgebrauch“ eingestufte Anlage verwiesen."
    assert _categories(answer) == {Category.CLASSIFIED}


# -- definite negative facts are answers ---------------------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        # 19/21876, answer 6
        "Dem Internationalen Zentrum für die Entwicklung der Migrationspolitik (ICMPD) wurden nach Kenntnis "
        "der Bundesregierung im Rahmen der Konferenz keine Aufgaben übertragen.",
        # 21/1091, answers 81 and 13
        "Die DB InfraGO AG plant gegenüber dem Status quo keine Veränderungen.",
        "Die DB InfraGO AG hat keine differenzierte Bewertung der bereits ergriffenen Maßnahmen im Vorfeld "
        "der Korridorsanierung durchgeführt.",
        # 21/1521, answer 9: a bare "Keine." with a reference after it
        "Keine. Im Übrigen wird auf die Antwort zu Frage 8 verwiesen.",
        # TAXONOMY.md
        "Es fanden keine Treffen statt.",
        "Es liegen keine Hinweise darauf vor, dass die Veranstaltung aus dem Ausland finanziert wurde.",
        # 21/1091, answer 106: an answer followed by its reason
        "Nein, da u. a. die kommerziellen Rahmenbedingungen noch in Abstimmung sind.",
        # facts that merely contain the words of no-information and pending phrases
        "Eine Teilnahme der Ministerin war aus terminlichen Gründen nicht möglich.",
        "Es sind keine Soldaten der Bundeswehr vor Ort stationiert.",
        "Die Bundesregierung hat keine Maßnahmen getroffen.",
        # 21/612, answer 15: "ermittelten" qualifies a noun; nothing is being determined
        "Die bestehenden Oderbrücken werden auch für den mit aktuell bis zum Jahr 2040 erweiterten "
        "Prognosehorizont ermittelten Verkehr als ausreichend erachtet.",
    ],
)
def test_definite_negative_facts_are_answered(answer: str) -> None:
    assert classify_answer(answer) == (Status.ANSWERED, ())


def test_rules_see_across_abbreviations() -> None:
    # 19/21876, answer 11: "sog." sits between the subject and "wurden nicht getroffen"
    answer = (
        "Festlegungen zur Einbindung bereits existierender Initiativen und Zusammenschlüsse zur Bekämpfung "
        "illegaler Migration entlang der sog. Westbalkanroute wurden nicht getroffen."
    )
    assert classify_answer(answer) == (Status.OPEN, (Finding(Category.PENDING, answer),))


def test_no_knowledge_is_not_a_definite_negative() -> None:
    assert classify_answer("Hierzu liegen der Bundesregierung keine Erkenntnisse vor.")[0] is Status.OPEN
    assert classify_answer("Der Bundesregierung ist hierüber nichts bekannt.")[0] is Status.OPEN


# -- partial versus open -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        # 21/1521, answer 6: an amount, then the rest lies with the Länder
        "Die geschätzten Kosten des Landeskommandos Hamburg belaufen sich aktuell auf ca. 40 000 Euro.\n"
        "Im Übrigen erstreckt sich der parlamentarische Informationsanspruch nicht auf Gegenstände, die "
        "keinen Bezug zum Verantwortungsbereich der Regierung gegenüber dem Bundestag haben. Die "
        "Zuständigkeit für die übrigen Kosten liegt vorliegend bei den beteiligten Akteuren auf Landesebene.",
        # 19/21876, answer 20
        "Die vereinbarte Folgeveranstaltung auf Ministerebene soll im Herbst 2020 stattfinden. Ort und "
        "Zeitraum stehen noch nicht fest.",
        # 21/437, answer 4
        "Dem BMVg sind für das erste Quartal des Jahres 2025 acht Strafanträge bekannt, von denen "
        "gleichzeitig fünf eine Strafanzeige im Sinne der Fragestellung darstellten.\nDie Bundesregierung "
        "nimmt zu laufenden Ermittlungsverfahren grundsätzlich keine Stellung. Im Übrigen wird auf die "
        "Vorbemerkung der Bundesregierung verwiesen.",
        # 21/1792, answer 16: data only since 2022
        "Die Weitergewährungsanträge von Erwerbsminderungsrenten werden nicht in der Rentenantrags- und "
        "Erledigungsstatistik erfasst. Die Erledigung von Weitergewährungsanträgen wird erst seit dem "
        "Jahr 2022 in der Rentennachbehandlungsstatistik als gesonderte Unterfallgruppe erhoben. Die Daten "
        "für die Jahre 2022 bis 2024 können der Tabelle zu Frage 16 im Anhang* entnommen werden.",
    ],
)
def test_substance_with_a_withholding_statement_is_partial(answer: str) -> None:
    status, findings = classify_answer(answer)
    assert status is Status.PARTIAL
    assert findings


@pytest.mark.parametrize(
    "answer",
    [
        # 21/927, answer 9: the first sentence is the reason for the second ("daher")
        "Förderprogramme sind bezüglich der formeller und inhaltlicher Antrags- und "
        "Bewilligungsvoraussetzungen jeweils spezifisch ausgestaltet.\nVerallgemeinernde Aussagen oder "
        "Einteilungen nach Ablehnungsgründen sind daher nicht möglich.",
        # 21/2000, answer 13: legal background, then no data
        "Eine Darlehensgewährung für die Bedarfe für Heizung ist gesetzlich nur in sehr seltenen Fällen "
        "vorgesehen (§§ 22 Absatz 8, 24 Absatz 4 und 5 SGB II). Der Bundesregierung liegen dazu keine "
        "statistischen Daten vor.",
        # 21/927, answer 7: the plan for an evaluation, then no results before it ends
        "Die Evaluierung des Gesetzes zum Schutz vor Manipulationen an digitalen Grundaufzeichnungen vom "
        "22. Dezember 2016, mit dem die Belegausgabepflicht eingeführt worden ist, ist für Ende des Jahres "
        "2025 vorgesehen. Erst nach Abschluss der Evaluierung werden Evaluierungsergebnisse vorliegen.",
        # 21/434, answer 6: who is responsible, then nothing known
        "Der Abschluss von Strafverfahren obliegt den zuständigen Strafverfolgungsorganen, welche über Form "
        "und Art der Auskunft entscheiden. Dem Bundesministerium für Verkehr sind keine solchen "
        "Strafverfahren bekannt.",
        REFUSED_EFFORT,
        PENDING,
        CLASSIFIED,
    ],
)
def test_background_and_reasons_are_not_substance(answer: str) -> None:
    assert classify_answer(answer)[0] is Status.OPEN


@pytest.mark.parametrize(
    "answer",
    [
        "Im Jahr 2024 wurden 40 Verfahren geführt. Weitere Daten liegen daher nicht vor.",
        "Im Jahr 2024 wurden 40 Anträge nach § 5 SGB II gestellt. Weitere Daten liegen nicht vor.",
    ],
)
def test_background_that_states_a_number_is_substance(answer: str) -> None:
    assert classify_answer(answer)[0] is Status.PARTIAL


def test_reprinted_question_and_joint_answer_note_are_not_substance() -> None:
    answer = (
        "Wie viele Verfahren gab es? Die Fragen 3 bis 5 werden gemeinsam beantwortet. "
        "Der Bundesregierung liegen hierzu keine Erkenntnisse vor."
    )
    assert classify_answer(answer)[0] is Status.OPEN


def test_plain_answer_has_no_findings() -> None:
    assert classify_answer("Die Kosten belaufen sich auf 2,2 Mrd. Euro.") == (Status.ANSWERED, ())


def test_reference_after_own_content_is_answered() -> None:
    # 21/1206, answer 8 pattern: content, then a reference to another Drucksache
    answer = (
        "Die Bundesregierung fördert das Programm mit 12 Mio. Euro jährlich. Ergänzend wird auf die Antwort "
        "der Bundesregierung auf Bundestagsdrucksache 21/88 verwiesen."
    )
    assert classify_answer(answer) == (Status.ANSWERED, ())
