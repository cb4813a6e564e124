"""The question rewriter: direct questions of real Kleine Anfragen become indirect clauses."""

from __future__ import annotations

import pytest

from drafter.draft.grammar.paraphrase import as_pronoun, indirect, topic_of

CASES = [
    # a relative clause inside the W-phrase: the tagger finds the finite verb after it
    (
        "Wie viele Beamte, die die Befähigung zum Richteramt haben, sind beim BMVg beschäftigt?",
        "wie viele Beamte, die die Befähigung zum Richteramt haben, beim BMVg beschäftigt sind",
    ),
    # 21/414 question 13: a W-phrase with adverb, adjective and genitive before the verb
    (
        "Wie viele Mitglieder oder behördlich bekannte Unterstützer des „Königreichs Deutschland“ verfügen "
        "über waffenrechtliche Erlaubnisse?",
        "wie viele Mitglieder oder behördlich bekannte Unterstützer des „Königreichs Deutschland“ über "
        "waffenrechtliche Erlaubnisse verfügen",
    ),
    # 21/925 question 1: a number in the W-phrase ("in den Jahren 2015 bis 2024") and a second clause
    (
        "Wie viele Leistungsbezieher nach dem Zweiten Buch Sozialgesetzbuch (SGB II) wurden in den Jahren "
        "2015 bis 2024 in Haft genommen, und wie wurde jeweils mit deren Leistungsbezug verfahren?",
        "wie viele Leistungsbezieher nach dem Zweiten Buch Sozialgesetzbuch (SGB II) in den Jahren 2015 bis "
        "2024 in Haft genommen wurden und wie jeweils mit deren Leistungsbezug verfahren wurde",
    ),
    # 21/1028 question 4: a yes/no question coordinated after a W-question becomes "und ob …"
    (
        "Welche Kenntnisse hat die Bundesregierung über Ausgleichsflächen, und liegen hierzu Studien vor?",
        "welche Kenntnisse die Bundesregierung über Ausgleichsflächen hat und ob hierzu Studien vorliegen",
    ),
    # 21/710 question 3: "bzw. will sie …" without a comma
    (
        "Hat die Bundesregierung gegen diese Förderprogramme interveniert bzw. will sie intervenieren?",
        "ob die Bundesregierung gegen diese Förderprogramme interveniert hat bzw. ob sie intervenieren will",
    ),
    # 21/953 question 7: an apposition between commas does not end the main clause
    (
        "Hat sich die Bundesregierung festgelegt, und teilt sie die vom Beauftragten, Dr. Wolfram Weimer, "
        "genannte Höhe von 10 Prozent?",
        "ob sich die Bundesregierung festgelegt hat und ob sie die vom Beauftragten, Dr. Wolfram Weimer, "
        "genannte Höhe von 10 Prozent teilt",
    ),
    # 21/710 question 1: the main clause goes on after a relative and an infinitive clause
    (
        "Hat sich die Bundesregierung zu den Medienberichten (siehe Vorbemerkung der Fragesteller), wonach "
        "die EU-Kommission Umwelt-NGOs finanziert haben soll, um gezielt Kampagnen zu betreiben, eine "
        "Meinung gebildet?",
        "ob sich die Bundesregierung zu den Medienberichten (siehe Vorbemerkung der Fragesteller), wonach "
        "die EU-Kommission Umwelt-NGOs finanziert haben soll, um gezielt Kampagnen zu betreiben, eine "
        "Meinung gebildet hat",
    ),
    # 21/1779 question 11: an abbreviation bracket stays with its noun, the verb follows it
    (
        "Wie hoch sind die derzeitigen monatlichen Kosten der Unterkunft nach § 22 SGB II und § 35 des "
        "Zwölften Buches Sozialgesetzbuch (SGB XII)?",
        "wie hoch die derzeitigen monatlichen Kosten der Unterkunft nach § 22 SGB II und § 35 des Zwölften "
        "Buches Sozialgesetzbuch (SGB XII) sind",
    ),
    # 21/937 question 14 (Musikveranstaltungen der extremen Rechten):
    # "bzw. in welcher …" coordinates a W-question without a comma
    (
        "Welche sonstigen Beschlagnahmungen von Tonträgern der extremen Rechten gab es im ersten "
        "Halbjahr 2025, und welchen Inhalts waren diese Tonträger bzw. in welcher Stückzahl wurden sie "
        "beschlagnahmt?",
        "welche sonstigen Beschlagnahmungen von Tonträgern der extremen Rechten es im ersten "
        "Halbjahr 2025 gab und welchen Inhalts diese Tonträger waren bzw. in welcher Stückzahl sie "
        "beschlagnahmt wurden",
    ),
    # 21/684 question 29 (Generalsanierung Hamburg – Berlin):
    # "inklusive" joins the noun phrase, it is not the verb
    (
        "Wie viele Gleismagnete inklusive Geschwindigkeitsprüfeinrichtungen (GPE) sollen im Rahmen der "
        "Generalsanierung ersetzt werden?",
        "wie viele Gleismagnete inklusive Geschwindigkeitsprüfeinrichtungen (GPE) im Rahmen der "
        "Generalsanierung ersetzt werden sollen",
    ),
    # 19/21516 question 4 (W-question, coordinated W-clause, modal + passive infinitive)
    (
        "Welche Finanzmittel sollen nach Kenntnis der Bundesregierung für die „Plattform“ bzw. deren "
        "Initiativen und Maßnahmen aufgewendet werden, und woher stammen diese?",
        "welche Finanzmittel für die „Plattform“ bzw. deren Initiativen und Maßnahmen aufgewendet werden "
        "sollen und woher diese stammen",
    ),
    # 19/21516 question 10: source bracket dropped, infinitive clause kept after the moved verb
    (
        "Wie sollen die Länder des Westbalkan nach Kenntnis der Bundesregierung nach Vorbild der "
        "Fingerabdruckdatei Eurodac unterstützt werden (Ratsdokument 8622/20), und inwiefern wäre es aus "
        "Sicht der Bundesregierung rechtlich und technisch möglich, dieses System mit der "
        "Fingerabdruckdatei Eurodac zu vernetzen?",
        "wie die Länder des Westbalkan nach Vorbild der Fingerabdruckdatei Eurodac unterstützt werden sollen "
        "und inwiefern es aus Sicht der Bundesregierung rechtlich und technisch möglich wäre, dieses System "
        "mit der Fingerabdruckdatei Eurodac zu vernetzen",
    ),
    # 19/21516 question 13: separable verb "nehmen … teil" → "teilnehmen"
    (
        "Welche Behörden welcher Länder nehmen nach Kenntnis der Bundesregierung an der bei Eurojust "
        "eingerichteten Fachgruppe „Migrantenschleusung“ teil (vgl. "
        "Bundestagsdrucksache 18/8669, Antwort zu Frage 3)?",
        "welche Behörden welcher Länder an der bei Eurojust eingerichteten "
        "Fachgruppe „Migrantenschleusung“ teilnehmen",
    ),
    # 19/21516 question 3a: preposition before the W-word
    (
        "In welchen EU-Ratsarbeitsgruppen werden die Aktivitäten der „Plattform“ nach Kenntnis der "
        "Bundesregierung behandelt?",
        "in welchen EU-Ratsarbeitsgruppen die Aktivitäten der „Plattform“ behandelt werden",
    ),
    # 19/21516 question 20: "Wann, und wo soll …"
    (
        "Wann, und wo soll nach Kenntnis der Bundesregierung die Folgeveranstaltung stattfinden?",
        "wann und wo die Folgeveranstaltung stattfinden soll",
    ),
    # 21/1028 question 1b: yes/no question becomes "ob"; "und wenn ja, welche" is dropped
    (
        "Liegen hierzu Auswertungen oder aggregierte Länderberichte vor, und "
        "wenn ja, welche (bitte Verfasser "
        "und Titel angeben)?",
        "ob hierzu Auswertungen oder aggregierte Länderberichte vorliegen",
    ),
    # 21/1243 question 6: two coordinated W-questions
    (
        "Welche Kosten entstehen durch die Übung insgesamt, und wie werden diese "
        "auf die beteiligten Akteure verteilt?",
        "welche Kosten durch die Übung insgesamt entstehen und wie diese auf die "
        "beteiligten Akteure verteilt werden",
    ),
    # 19/21516 question 19b: "bezieht … mit ein" → "mit einbezieht", "bzw." coordination
    (
        "Inwiefern bezieht diese Analyse auch von Nicht-EU-Staaten durchgeführte "
        "Aktivitäten mit ein, bzw. welche "
        "Haltung vertritt die Bundesregierung hierzu?",
        "inwiefern diese Analyse auch von Nicht-EU-Staaten durchgeführte "
        "Aktivitäten mit einbezieht bzw. welche "
        "Haltung die Bundesregierung hierzu vertritt",
    ),
    # 21/1173-style W-phrase with a prepositional attribute before the verb
    (
        "Welche bereits existierenden Maßnahmen in den Bereichen Rückführung und Abschiebung hält die "
        "Bundesregierung für ausbaufähig?",
        "welche bereits existierenden Maßnahmen in den Bereichen Rückführung und "
        "Abschiebung die Bundesregierung "
        "für ausbaufähig hält",
    ),
    # relative clause after "in denen" stays behind the moved verb
    (
        "Welche Informationen liegen der Bundesregierung zu Fällen vor, in denen Ausnahmen erteilt wurden?",
        "welche Informationen der Bundesregierung zu Fällen vorliegen, in denen Ausnahmen erteilt wurden",
    ),
]


@pytest.mark.parametrize(("question", "expected"), CASES)
def test_indirect_clause(question: str, expected: str) -> None:
    assert indirect(question) == expected


@pytest.mark.parametrize(
    "question",
    [
        # a second finite verb coordinated without "sie"/"es" after it
        "Hat die Bundesregierung gegen diese Programme interveniert bzw. will intervenieren?",
        # not a question at all
        "Die Bundesregierung möge berichten.",
    ],
)
def test_unknown_shapes_give_none(question: str) -> None:
    assert indirect(question) is None


def test_topic_keeps_directions_and_again_form() -> None:
    topic = topic_of(
        "Welche Festlegungen wurden für die Arbeitsgruppen getroffen (bitte nach Jahren aufschlüsseln)?"
    )
    assert topic.directions == ("bitte nach Jahren aufschlüsseln",)
    assert topic.again == "Welche Festlegungen wurden inzwischen für die Arbeitsgruppen getroffen?"
    assert topic.about_decision
    assert topic.original == "Welche Festlegungen wurden für die Arbeitsgruppen getroffen?"


def test_original_drops_sources_but_keeps_abbreviation_brackets() -> None:
    topic = topic_of(
        "Welche Drittstaaten verfügen über Nationale Koordinierungszentren (NCC) (Ratsdokument 7896/20)?"
    )
    assert topic.original == "Welche Drittstaaten verfügen über Nationale Koordinierungszentren (NCC)?"


def test_again_puts_inzwischen_after_subject_and_pronoun() -> None:
    """21/1368 question 7: "Hält die Bundesregierung inzwischen es …" is wrong; the pronoun comes first."""
    topic = topic_of("Hält die Bundesregierung es für notwendig, die Selbstbezeichnung zu untersagen?")
    assert (
        topic.again
        == "Hält die Bundesregierung es inzwischen für notwendig, die Selbstbezeichnung zu untersagen?"
    )
    topic = topic_of("Welche Erkenntnisse liegen der Bundesregierung zu Aufenthaltsorten vor?")
    assert topic.again == "Welche Erkenntnisse liegen der Bundesregierung inzwischen zu Aufenthaltsorten vor?"
    assert topic.about_findings


def test_again_never_splits_a_noun_phrase_after_its_article() -> None:
    """21/1838 question 16: "das" opening "das ehrenamtlich ausgeführte Amt" is an article, and
    "wurde das inzwischen ehrenamtlich ausgeführte Amt" says something else; "das" alone is a pronoun."""
    question = "Aus welchen Gründen wurde das ehrenamtlich ausgeführte Amt nicht weitergeführt?"
    assert topic_of(question).again == (
        "Aus welchen Gründen wurde inzwischen das ehrenamtlich ausgeführte Amt nicht weitergeführt?"
    )
    again = topic_of("Hat die Bundesregierung das geprüft?").again
    assert again == "Hat die Bundesregierung das inzwischen geprüft?"


def test_again_leaves_a_closed_period_alone() -> None:
    """21/925 question 5: "Wie viele … waren inzwischen in den Jahren 2015 bis 2024 …" makes no sense."""
    question = "Wie viele Staatsangehörige waren in den Jahren 2015 bis 2024 im Register erfasst?"
    assert topic_of(question).again == question
    assert topic_of("Wie viele Stellen sind seit 2023 entstanden?").again == (
        "Wie viele Stellen sind inzwischen seit 2023 entstanden?"
    )


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # 21/612 question 8: the template's own subject is the government
        (
            "wie hoch die Bundesregierung die Dunkelziffer schätzt",
            "wie hoch sie die Dunkelziffer schätzt",
        ),
        ("ob die Bundesregierung es für notwendig hält", "ob sie es für notwendig hält"),
        # not right after the opening word: left alone
        ("welche Maßnahmen die Bundesregierung plant", "welche Maßnahmen die Bundesregierung plant"),
        ("ob der Bundesregierung Berichte vorliegen", "ob der Bundesregierung Berichte vorliegen"),
    ],
)
def test_the_government_as_subject_becomes_sie(clause: str, expected: str) -> None:
    assert as_pronoun(clause) == expected


def test_a_source_in_the_directions_bracket_is_dropped_and_the_direction_kept() -> None:
    """21/1447 question 35 ends "(vgl. www.bundesverfassungsgericht.de/…; bitte erläutern)": the
    follow-up's own brackets take the direction, not the web address."""
    topic = topic_of(
        "Bei welchen Anlässen hat die Bundesregierung Bedenken geäußert "
        "(vgl. www.bundesverfassungsgericht.de/SharedDocs/rs_2bvr050821.html?nn=68112; bitte erläutern)?"
    )
    assert topic.directions == ("bitte erläutern",)
    assert topic.clause == "bei welchen Anlässen die Bundesregierung Bedenken geäußert hat"


def test_the_comma_opening_a_clause_stays_when_nach_kenntnis_goes() -> None:
    """21/606 question 2: "… gab es nach Kenntnis der Bundesregierung, weil männliche Bewerber …";
    the comma belongs to the "weil" clause. A parenthetical pair of commas goes with the phrase."""
    topic = topic_of(
        "Wie viele Konkurrentenklagen gab es nach Kenntnis der Bundesregierung, weil männliche Bewerber "
        "sich benachteiligt gesehen haben (bitte nach Kalenderjahr aufstellen)?"
    )
    assert topic.original == (
        "Wie viele Konkurrentenklagen gab es, weil männliche Bewerber sich benachteiligt gesehen haben?"
    )
    assert topic_of(
        "Wie viele Verfahren gab es, nach Kenntnis der Bundesregierung, im Jahr 2024?"
    ).original == ("Wie viele Verfahren gab es im Jahr 2024?")


def test_a_clause_borrowing_its_subject_from_the_next_is_asked_again_directly() -> None:
    """21/1069 question 7: "Wie hoch waren im Jahr 2024" has no subject of its own; the indirect
    clause "wie hoch im Jahr 2024 waren und wie hoch aktuell Anzahl … sind" read as if nothing was
    high. Such a question is put again as printed, which keeps the shared subject."""
    question = (
        "Wie hoch waren im Jahr 2024 und wie hoch sind aktuell Anzahl sowie Anteil der erwerbstätigen "
        "Leistungsberechtigten im SGB II mit angerechnetem Einkommen aus Erwerbstätigkeit?"
    )
    topic = topic_of(question)
    assert topic.clause is None
    assert topic.again == question  # a closed period: no "inzwischen"
    # with a subject in each part the rewrite stands
    assert indirect("Wie hoch waren die Kosten im Jahr 2024, und wie hoch sind sie aktuell?") == (
        "wie hoch die Kosten im Jahr 2024 waren und wie hoch sie aktuell sind"
    )


def test_a_clause_borrowing_its_verb_from_the_first_is_not_rewritten() -> None:
    """21/1517 question 3: "…, wie viele als „Relevante Person“ eingestuft" shares "sind" with the
    first part; moving that verb gave "wie viele Personen … als „Gefährder“ sind, wie viele als …"."""
    question = (
        "Wie viele Personen des dschihadistischen, salafistischen und islamistischen Spektrums sind als "
        "„Gefährderin“ oder „Gefährder“, wie viele als „Relevante Person“ eingestuft?"
    )
    assert indirect(question) is None


def test_a_pronoun_before_the_government_follows_the_subject_pronoun() -> None:
    """21/2195 question 14: "ob sich die Bundesregierung eine Auffassung gebildet hat"."""
    assert as_pronoun("ob sich die Bundesregierung eine Auffassung gebildet hat") == (
        "ob sie sich eine Auffassung gebildet hat"
    )
