"""Question–answer coverage: what a question asks for, and evasive answers that talk around it.

The questions and answers are real, from Antworten of the 21st Wahlperiode (Drucksache and question
number beside each); a definite fact, negative ones included, stays an answer.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from drafter.classify import classify_questions
from drafter.classify.asks import asks
from drafter.classify.coverage import commits, evasive
from drafter.cli.main import main
from drafter.labels import finding_name
from drafter.models import Asked, Category, Finding, Question, Status


@pytest.mark.parametrize(
    ("question", "asked", "conditional"),
    [
        (  # 21/1635, Frage 13
            "Wie viele Projekte gab es im Haushaltsjahr 2024, die sich dem Phänomenbereich Islamismus "
            "gewidmet haben?",
            {Asked.FIGURE},
            set(),
        ),
        (  # 21/1832, Frage 10
            "Wie hat sich die Wahlbeteiligung bei der Wahl der Sprecherinnen und Sprecher für den "
            "Bundesfreiwilligendienst seit 2020 entwickelt (bitte nach Jahren und Bundesländern "
            "aufschlüsseln)?",
            {Asked.BREAKDOWN},
            set(),
        ),
        (  # 21/2328, Frage 5
            "Plant die Bundesregierung, die Mittel für die Wasserstraße im Verkehrsetat in der "
            "mittelfristigen "
            "Finanzplanung zu erhöhen, und wenn nein, warum nicht?",
            {Asked.DECISION},
            {Asked.REASONS},
        ),
        (  # 21/1262, Frage 6: a yes/no question of fact asks the amount only on a yes
            "Werden zertifizierte „Trusted Flagger“ finanziell entschädigt, und wenn ja, in welcher Höhe "
            "und auf welcher Grundlage geschieht dies (bitte einzeln nach Organisation und Haushaltstiteln "
            "angeben)?",
            set(),
            {Asked.FIGURE},
        ),
        (  # 21/1289, Frage 43
            "Welche diplomatischen Initiativen hat die Bundesregierung seit Veröffentlichung des „New York "
            "Times“-Berichts gegebenenfalls initiiert, um eine Eskalation zu vermeiden?",
            {Asked.MEASURES},
            set(),
        ),
        (  # 21/1471, Frage 15
            "Wann fanden die letzten Übungen des IBPdL im Zusammenhang mit einem Szenario des Spannungs- "
            "und Verteidigungsfalls statt?",
            {Asked.DATE},
            set(),
        ),
    ],
)
def test_what_a_question_asks_for(question: str, asked: set[Asked], conditional: set[Asked]) -> None:
    result = asks(question)
    assert set(result.asked) == asked
    assert conditional <= set(result.conditional)


def _classify(*pairs: tuple[str, str, str]) -> dict[str, Question]:
    questions = [Question(number, text, answer, (number,)) for number, text, answer in pairs]
    return {q.number: q for q in classify_questions(questions)}


def test_a_count_asked_and_the_organisation_rules_given_is_evasive() -> None:
    # 21/1675, Frage 14: the example of the taxonomy; what the units are is answered, the count is not
    q = _classify(
        (
            "14",
            "Was ist unter „fachlich spezialisierten Organisationseinheiten“ in der Zentralabteilung und "
            "in der "
            "Rechtsabteilung im AA zu verstehen, wie setzen sich diese Einheiten zusammen, wie viele "
            "Personen "
            "gehören ihr insgesamt an, und wie viele dieser Personen besitzen die Befähigung zum Richteramt?",
            "Bei den bezeichneten Organisationseinheiten handelt es sich um die Referate mit "
            "Zuständigkeiten für "
            "Grundsatzfragen des Personalwesens und des Personalrecht, Staats- und Verwaltungsrecht, "
            "Strafrecht, "
            "Internationales Privatrecht und Zivilrecht, sowie Verwaltungsgerichtliche Klageverfahren in "
            "Visumsangelegenheiten. Hinsichtlich der konkreten Ausgestaltung dieser Referate in Bezug auf "
            "Anzahl "
            "der eingesetzten Personalressourcen und Befähigung des eingesetzten Personals orientiert sich "
            "das "
            "AA an den Vorgaben der gemeinsamen Geschäftsordnung der Bundesministerien (GGO), insbesondere "
            "§ 4 "
            "Absatz 3 und 4, sowie an den Vorgaben und Verfahren des Organisationshandbuches des "
            "Bundesministeriums des Innern.",
        )
    )["14"]
    assert q.status is Status.PARTIAL
    (finding,) = q.findings
    assert finding.category is Category.EVASIVE
    assert finding.asked == (Asked.FIGURE,)
    assert finding.evidence.startswith("Hinsichtlich der konkreten Ausgestaltung")


def test_a_plan_asked_and_a_commitment_given_is_evasive_and_open() -> None:
    # 21/2328, Frage 5
    q = _classify(
        (
            "5",
            "Plant die Bundesregierung, die Mittel für die Wasserstraße im Verkehrsetat in der "
            "mittelfristigen "
            "Finanzplanung zu erhöhen, und wenn nein, warum nicht?",
            "Die Bundesregierung setzt sich für eine auskömmliche Finanzausstattung, um eine mittel- bis "
            "langfristig kalkulierbare Planungsgrundlage für die Bundeswasserstraßen zu haben.",
        )
    )["5"]
    assert q.status is Status.OPEN
    assert q.findings[0].category is Category.EVASIVE
    assert Asked.DECISION in q.findings[0].asked


def test_a_count_asked_and_a_description_given_is_evasive() -> None:
    # 21/1635, Frage 13
    q = _classify(
        (
            "13",
            "Wie viele Projekte gab es im Haushaltsjahr 2024, die sich dem Phänomenbereich Islamismus "
            "gewidmet "
            "haben?",
            "In der 2. Förderperiode waren die Partnerschaften für Demokratie dazu angehalten, "
            "phänomenbereichsübergreifend zu arbeiten.",
        )
    )["13"]
    assert (q.status, q.findings[0].asked) == (Status.OPEN, (Asked.FIGURE,))


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (  # 21/1262, Frage 6: a plain "Nein" answers the yes/no question and its "wenn ja" part
            "Werden zertifizierte „Trusted Flagger“ finanziell entschädigt, und wenn ja, in welcher Höhe "
            "und auf welcher Grundlage geschieht dies (bitte einzeln nach Organisation und Haushaltstiteln "
            "angeben)?",
            "Nein.",
        ),
        (  # 21/1992, Frage 4: a definite negative answers the amount
            "Wie hoch sind jeweils die Finanzbeiträge Dritter zu allen Teilvorhaben?",
            "Nach derzeitigem Stand sind Landesmittel und EU-Mittel nicht Teil der Finanzierung der Gäubahn.",
        ),
        (  # 21/472, Frage 5 (shortened): "Fehlanzeige" is a count of zero
            "Wie viele Strafanzeigen hat das BMWK bzw. dessen zuständiger Bundesminister im ersten Quartal "
            "erstattet?",
            "Das BMWE meldet Fehlanzeige.",
        ),
        (  # 21/2204, Frage 12: a pointer to the statistic that holds the figures
            "Wie viele syrische Staatsangehörige haben nach Kenntnis der Bundesregierung im Zeitraum vom "
            "8. Dezember 2024 bis zum 30. September 2025 monatlich einen Asylerstantrag in Deutschland "
            "gestellt?",
            "Die erfragten Angaben liegen nur für ganze Kalendermonate vor und sind öffentlich verfügbar. "
            "Sie "
            "können der Asylgeschäftsstatistik des BAMF entnommen werden, die unter dem folgenden Link "
            "abrufbar "
            "ist: www.bamf.de/DE/Themen/Statistik/Asylzahlen/asylzahlen-node.html.",
        ),
        (  # 21/1471, Frage 15 style: a date given
            "Wann fanden die letzten Übungen des IBPdL statt?",
            "Die letzte Übung fand im Mai 2024 statt.",
        ),
        (  # 21/785, Frage 13: the assessment asked for, given with the question's own verb
            "Wie bewertet die Bundesregierung Ansätze, mit Großbatteriesystemen eine virtuelle Trägheit im "
            "Netz zu erzeugen?",
            "Die Bundesregierung bewertet die Ansätze positiv. Zur kurzfristigen Nutzung des Potentials wird "
            "derzeit an der Weiterentwicklung der technischen Regeln innerhalb des VDE/FNN gearbeitet. "
            "Darüber hinaus werden Anreize im Rahmen der spätestens ab Anfang 2026 startenden "
            "marktgestützten Beschaffung von Momentanreserve durch die Netzbetreiber gesetzt.",
        ),
    ],
)
def test_definite_answers_stay_answered(question: str, answer: str) -> None:
    q = _classify(("1", question, answer))["1"]
    assert q.status is Status.ANSWERED, q.findings


def test_a_bare_pointer_to_an_answer_that_talks_around_is_evasive_with_the_chain() -> None:
    # 21/1961, Frage 8 gives the talk-around; a question pointing to it takes it on
    talk = (
        "Die Erwartung, dieser Verantwortung nachzukommen, drückt die Bundesregierung in Gesprächen mit der "
        "chinesischen Seite auf verschiedenen Ebenen immer wieder aus. Die Bundesregierung steht hierzu in "
        "engem Austausch mit ihren Partnern."
    )
    pointer = "Auf die Antwort zu Frage 8 wird verwiesen."
    questions = _classify(
        ("8", "Wie bewertet die Bundesregierung die Äußerungen des Bundesaußenministers?", talk),
        ("9", "Wie bewertet die Bundesregierung die Reaktion der chinesischen Seite?", pointer),
    )
    nine = questions["9"]
    assert nine.status is Status.OPEN
    (finding,) = nine.findings
    assert finding.category is Category.EVASIVE
    assert finding.evidence == "Auf die Antwort zu Frage 8 wird verwiesen."
    assert finding.via == ("8",)


DATA = Path(__file__).parents[1] / "data"


def test_parse_shows_evasive_findings_in_german_and_valid_json(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(DATA / "classify" / "21_1675-antwort.txt")
    assert main(["parse", path]) == 0
    shown = capsys.readouterr().out
    assert "ausweichend: gefragt war eine Zahl: „Hinsichtlich der konkreten Ausgestaltung" in shown
    assert main(["parse", "--json", path]) == 0
    document = json.loads(capsys.readouterr().out)
    schema = json.loads((DATA / "schema" / "parsed-document.schema.json").read_text(encoding="utf-8"))
    assert not list(jsonschema.Draft202012Validator(schema).iter_errors(document))
    (q14,) = [q for q in document["questions"] if q["number"] == "14"]
    assert q14["findings"][0]["category"] == "evasive"
    assert q14["findings"][0]["asked"] == ["figure"]


@pytest.mark.parametrize(
    ("asked", "text"),
    [
        ((Asked.FIGURE,), "ausweichend: gefragt war eine Zahl"),
        ((Asked.NAMES,), "ausweichend: gefragt waren Namen"),
        (
            (Asked.DECISION, Asked.REASONS),
            "ausweichend: gefragt waren eine Entscheidung oder Position und Gründe",
        ),
    ],
)
def test_the_german_label_names_what_was_asked(asked: tuple[Asked, ...], text: str) -> None:
    assert finding_name(Finding(Category.EVASIVE, "…", asked=asked)) == text


# 21/1214, answer to 5 (and 6), which real staff asked again verbatim in 21/1945: the posts were asked
# for; the answer names the rules the ministry follows and points to a chapter of the GGO
POSTS_QUESTION = (
    "Welche konkreten Posten (z. B. Referatsleitung, Sachbearbeitung, administrative Unterstützung) "
    "bestehen im Referat G11, und welche fachlichen Qualifikationen (z. B. akademische Abschlüsse, "
    "Berufserfahrung, spezifische Kenntnisse in Gender Studies oder Entwicklungspolitik) werden für diese "
    "Positionen vorausgesetzt (vgl. Vorbemerkung der Fragesteller)?"
)
POSTS_ANSWER = (
    "Hinsichtlich der konkreten Ausgestaltung des Referates G11 in Bezug auf Laufbahn und Anzahl der "
    "eingesetzten Personalressourcen orientiert sich das BMZ an den Vorgaben der gemeinsamen "
    "Geschäftsordnung der Bundesministerien (GGO), insbesondere § 4 Absatz 3 und 4, sowie an den Vorgaben "
    "und Verfahren des Organisationshandbuches des Bundesministeriums des Innern. Hinsichtlich der "
    "aufbauorganisatorischen Gestaltung von Arbeitseinheiten wird auf Kapitel 3 Aufbauorganisation "
    "(§ 7–10 GGO) verwiesen."
)


def test_rules_named_and_a_pointer_to_the_ggo_do_not_name_the_posts_asked() -> None:
    assert asks(POSTS_QUESTION).asked == (Asked.NAMES,)
    finding = evasive(POSTS_QUESTION, POSTS_ANSWER)
    assert finding is not None
    assert finding.asked == (Asked.NAMES,)
    assert finding.evidence.startswith("Hinsichtlich der konkreten Ausgestaltung des Referates G11")


@pytest.mark.parametrize(
    ("question", "answer", "evidence"),
    [
        (  # 21/890, Frage 19: the commitment asked is "einsetzen"; the answer speaks for something else
            "Wird sich die Bundesregierung im Rat der Europäischen Union oder auf anderen Gremienebenen für "
            "eine Reform der NGO-Förderpraxis einsetzen?",
            "Auf die Vorbemerkung der Bundesregierung und auf die dem Bundestag am 13. Juni 2025 "
            "übermittelte Position der Bundesregierung zum Mehrjährigen Finanzrahmen ab 2028 wird "
            "verwiesen.\nHinsichtlich des nächsten Mehrjährigen Finanzrahmens der EU spricht sich die "
            "Bundesregierung dafür aus, dass Bürokratie durch schlankere Strukturen, weniger Programme und "
            "konkrete Vereinfachungen für die Begünstigten abgebaut werden muss. Gleichzeitig muss die "
            "Governance gestärkt werden.",
            "Hinsichtlich des nächsten Mehrjährigen Finanzrahmens",
        ),
        (  # 21/1961, Frage 8: a view asked "aus Sicht der Bundesregierung"; China's role described instead
            "Sind die Äußerungen des Bundesaußenministers gegenüber China aus Sicht der Bundesregierung "
            "zielführend, um China dazu zu bewegen, eine Vermittlerrolle im Konflikt zwischen Russland und "
            "der Ukraine einzunehmen (vgl. Vorbemerkung der Fragesteller)?",
            "Chinas anhaltende, substantielle Unterstützung für Russland trägt entscheidend zum Fortdauern "
            "des völkerrechtswidrigen Angriffskriegs gegen die Ukraine bei. Als Mitglied des "
            "VN-Sicherheitsrats hat China eine besondere Verantwortung, zu Frieden und Sicherheit in der "
            "Ukraine beizutragen. Die Erwartung dieser Verantwortung nachzukommen drückt die "
            "Bundesregierung in Gesprächen mit der chinesischen Seite auf verschiedenen Ebenen immer wieder "
            "aus.",
            "Chinas anhaltende, substantielle Unterstützung",
        ),
        (  # 21/475, Frage 2 (answer shortened to its first two sentences)
            "Geht die Bundesregierung davon aus, dass aktuell eine aggressive Verschiebung von "
            "Unternehmensgewinnen aus Deutschland heraus noch möglich ist oder nicht, und wo sieht sie "
            "gegebenenfalls noch Handlungsbedarf, um eine solche Verschiebung zu unterbinden (bitte "
            "wichtige Themenfelder auflisten)?",
            "Die Bundesregierung setzt sich seit vielen Jahren engagiert und konstruktiv für die Bekämpfung "
            "aggressiver Steuervermeidung durch multinationale Unternehmen ein. Durch aktive Mitwirkung der "
            "Bundesregierung konnten auf internationaler Ebene bedeutende Fortschritte erzielt werden.",
            "Die Bundesregierung setzt sich seit vielen Jahren",
        ),
    ],
)
def test_a_view_or_decision_asked_and_talk_given_is_evasive(
    question: str, answer: str, evidence: str
) -> None:
    q = _classify(("1", question, answer))["1"]
    assert q.status is Status.OPEN
    (finding,) = q.findings
    assert finding.category is Category.EVASIVE
    assert Asked.DECISION in finding.asked
    assert finding.evidence.startswith(evidence)


def test_a_date_asked_and_regular_participation_given_is_evasive() -> None:
    # 21/1471, Frage 15: "regelmäßig" says how often, not when
    q = _classify(
        (
            "15",
            "Wann fanden die letzten Übungen des IBPdL im Zusammenhang mit einem Szenario des Spannungs- "
            "und Verteidigungsfalls statt?",
            "Der IBPdL in die Krisenmanagementübungen („LÜKEX“) eingebunden.\nDarüber hinaus erfolgt eine "
            "regelmäßige Teilnahme an bereitschaftspolizeilichen Übungsszenarien.",
        )
    )["15"]
    assert (q.status, q.findings[0].asked) == (Status.OPEN, (Asked.DATE,))


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (  # 21/1362, Frage 10b: going on with the exchange answers whether one is planned
            "Wenn nein, plant die Bundesregierung in absehbarer Zeit einen solchen Austausch?",
            "Die Bundesregierung stand und steht zum Thema der Stärkung der Digitalkompetenzen regelmäßig "
            "im Austausch mit den Ländern, Nachbarländern, Initiativen und Unternehmen. Dieser Austausch "
            "wird für die Erarbeitung der Kompetenzoffensive fortgesetzt.",
        ),
        (  # 21/2236, Frage 35: the noun of the verb asked commits ("planen" - "in Planung")
            "Plant die Bundesregierung, eine detaillierte Verfahrensordnung zu veröffentlichen, die "
            "(potenzielle) Beschwerdeführende auch über ihre Verfahrensrechte und Gestaltungsmöglichkeiten "
            "(z. B. Akteneinsichtsrecht) sowie die konkreten Maßnahmen zum Schutz ihrer Identität "
            "informiert, und wenn ja, wie, und bis wann?",
            "Das BAFA hat detaillierte Informationen über den Ablauf eines Antragsverfahrens und über die "
            "Möglichkeit anonymer Hinweise in mehreren Sprachen bereitgestellt. Eine Verfahrensordnung ist "
            "in Planung.",
        ),
        (  # 21/1347, Frage 10a: the breakdown stands in one table row
            "Wenn ja, inwieweit (bitte nach Phänomenbereich und Anzahl aufschlüsseln)?",
            "Die der ZMI BKA gemeldeten Fälle mit politisch motiviertem Hintergrund werden im Zuge der "
            "strafrechtlichen Erstbewertung durch die ZMI BKA entsprechend der fünf Phänomenbereiche von "
            "politisch motivierter Kriminalität (PMK) kategorisiert. Hierbei handelt es sich lediglich um "
            "eine Ersteinschätzung.\nPhänomenbereich Anzahl PMK - ausländische Ideologie 4.120 PMK - links "
            "233 PMK - sonstige Zuordnung 19.037 PMK - rechts 22.957 PMK - religiöse Ideologie 514",
        ),
        (  # 21/446, Frage 4: a table of channels and months, announced, with no figures in it
            "In welchen sozialen Medien hat das BfV vom 1. Januar 2025 bis heute eigene Accounts "
            "unterhalten (bitte nach Monat und Namen des Kanals aufschlüsseln)?",
            "Das BfV erstellte und betreibt auf dem sozialen Netzwerk X (ehemals Twitter) einen "
            "öffentlichen Account, der bereits vor dem 1. Januar 2025 existierte. Das BfV betreibt darüber "
            "hinaus zu Karrierezwecken folgende Social-Media-Accounts.\nPlattform Name des Kanals Monat "
            "LinkedIn Bundesamt für Verfassungsschutz (BfV) Januar 2025 bis heute Instagram "
            "verfassungsschutz_karriere Januar 2025 bis heute",
        ),
        (  # 21/912, Frage 2: the named report that holds the figure; the address's digits are no figure
            "Wie hoch beziffert die Bundesregierung den Wiederbeschaffungswert der Schieneninfrastruktur "
            "der DB InfraGO AG zum 31. Dezember 2024?",
            "Der Wiederbeschaffungswert der Schieneninfrastruktur wird durch die DB AG im "
            "InfraGO-Zustandsbericht ausgewiesen, abrufbar unter: www.dbinfrago.com/ "
            "web/unternehmen/zielbild-infrastruktur/InfraGO-Zustandsbericht-12636112.",
        ),
    ],
)
def test_answers_that_give_what_was_asked_stay_answered(question: str, answer: str) -> None:
    q = _classify(("1", question, answer))["1"]
    assert q.status is Status.ANSWERED, q.findings


def test_a_compound_that_begins_with_the_verb_asked_does_not_commit() -> None:
    # 21/2328, Frage 5: "Planungsgrundlage" is no plan; "in Planung" is
    plan = frozenset({"planen"})
    assert not commits("um eine mittel- bis langfristig kalkulierbare Planungsgrundlage zu haben", plan)
    assert commits("Eine Verfahrensordnung ist in Planung.", plan)


def test_a_definite_negative_beside_a_pointer_is_no_bare_pointer() -> None:
    # 21/447, Frage 18: the negative fact answers; the bracket only points to where it is explained
    question = (
        "Leistet nach Kenntnis oder Meinung der Bundesregierung die DIHK einen Beitrag zur "
        "sozialökologischen Transformation der Wirtschaft, und wenn ja, seit wann, und mit welchen "
        "konkreten Maßnahmen?"
    )
    answer = (
        "Die DIHK ist kein eigenständiger Akteur der Außenwirtschaftsförderung (siehe Vorbemerkung der "
        "Bundesregierung) und leistet daher im Rahmen der deutschen Außenwirtschaftsförderung auch keinen "
        "eigenen Beitrag zur sozial-ökologischen Transformation der Wirtschaft."
    )
    assert evasive(question, answer) is None


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (  # 21/1837, Frage 41: agreeing and pointing in one sentence gives the position asked
            "Teilt die Bundesregierung die Auffassung der Fragesteller, dass Partizipation von Kindern und "
            "Jugendlichen politisch gewollt, aktiv gestaltet und finanziell unterstützt werden muss?",
            "Die Bundesregierung teilt die Auffassung der Fragesteller und verweist auf die Ergebnisse zum "
            "Nationalen Aktionsplan für Kinder- und Jugendbeteiligung.",
        ),
        (  # 21/1682, Frage 10: nothing scheduled answers the dates asked as well
            "Welche weiteren personalwerblichen Bemühungen und Veranstaltungen im Bereich „Jugendmarketing“ "
            "außerhalb militärischer Liegenschaften stehen zum gegenwärtigen Zeitpunkt fest (bitte jeweils "
            "Anlass, Art der Maßnahmen, Ort mit Postleitzahl und Datum sowie Örtlichkeit der Maßnahmen "
            "nennen)?",
            "Zum gegenwärtigen Zeitpunkt stehen keine Veranstaltungen im Bereich des Jugendmarketings "
            "außerhalb militärischer Liegenschaften fest.",
        ),
        (  # 21/1237, Frage 7: an order of magnitude is a figure
            "Auf wie viele Mitglieder wird die „Antifa-Ost“ aktuell geschätzt?",
            "Das BfV rechnet dem Netzwerk „Antifa Ost“ gegenwärtig Angehörige im niedrigen zweistelligen "
            "Bereich zu.",
        ),
    ],
)
def test_definite_statements_of_other_forms_answer(question: str, answer: str) -> None:
    assert evasive(question, answer) is None


def test_data_asked_for_is_no_date_asked_for() -> None:
    # 21/728, Frage 7: "Daten" shares its lemma with "Datum"; only "welches Datum" asks a date
    question = (
        "Welche Erkenntnisse liegen über die verwendeten Lichtbilder und sonstigen personenbezogenen "
        "Daten vor, die der Bundespolizei zur Verfügung standen?"
    )
    assert asks(question).asked == ()


def test_a_yes_no_question_of_fact_answered_by_talk_alone_is_evasive() -> None:
    # 21/1139, Frage 20: being in exchange says neither yes nor no to the initiatives asked about
    q = _classify(
        (
            "20",
            "Gibt es Initiativen der Bundesregierung zur besseren Abstimmung mit den Ländern, um den "
            "Engpässen bei Fahrerlaubnisprüfungen (z. B. Technischer Überwachungsverein – TÜV) "
            "entgegenzuwirken, und wenn ja, welche sind dies?",
            "Die Bundesregierung steht hierzu in stetigem Austausch mit den Ländern und dem TÜV-Verband.",
        )
    )["20"]
    assert q.status is Status.OPEN
    assert (q.findings[0].category, q.findings[0].asked) == (Category.EVASIVE, (Asked.DECISION,))


def test_a_yes_no_question_of_fact_answered_with_its_own_verb_stays_answered() -> None:
    # 21/2144, Frage 3: talks are talk-around words, but "Gespräche … geführt" is what was asked
    question = (
        "Hat die Bundesregierung Gespräche mit Ryanair geführt oder beabsichtigt sie, solche zu führen, um "
        "den Rückzug von Ryanair aus deutschen Standorten zu verhindern?"
    )
    answer = (
        "Das BMV hat mit Ryanair Gespräche zur Attraktivität des Luftverkehrsstandort Deutschland geführt."
    )
    assert evasive(question, answer) is None


def test_a_view_asked_across_an_inserted_clause_and_competences_given_is_evasive() -> None:
    # 21/2186, Frage 13: "eine eigene Auffassung gebildet" stands after the reported statement
    finding = evasive(
        "Hat sich die Bundesregierung zu den Aussagen kommunaler Akteure, das Gesetz führe angesichts "
        "begrenzter Mittel zu einem Investitionsstau oder zur vollständigen Blockade kommunaler "
        "Flottenplanung, eine eigene Auffassung gebildet, und wenn ja, wie lautet diese?",
        "Für die Einhaltung der Mindestquoten durch öffentliche Auftraggeber und Sektorenauftraggeber im "
        "Zuständigkeitsbereich der Länder gilt, dass die Länder diese eigenverantwortlich für ihr "
        "Hoheitsgebiet regeln und sicherstellen müssen.",
    )
    assert finding is not None
    assert finding.asked == (Asked.DECISION,)


def test_a_view_asked_and_ongoing_review_given_is_evasive() -> None:
    # 21/1471, Frage 16: binding rules, "fortlaufend … geprüft": whether they are met is not said
    finding = evasive(
        "Sieht die neue Bundesregierung die Bestimmungen, Richtlinien, Anweisungen und Sammlungen von "
        "Katalogen und Nachschlagewerken (BRAS) 140.1 stets erfüllt?",
        "Bei den Bestimmungen, Richtlinien, Anweisungen und Sammlungen von Katalogen und Nachschlagewerken "
        "(BRAS) handelt es sich um verbindliche Regelungen, die einzuhalten sind. Sie werden fortlaufend auf "
        "Aktualisierungs-/ Anpassungsbedarf geprüft.",
    )
    assert finding is not None
    assert finding.evidence.startswith("Sie werden fortlaufend")


def test_a_plain_no_answers_when_it_was_asked() -> None:
    # 21/1340, Frage 20a: "Nein." to "Wenn ja, wann geschah dies?" leaves no date to give
    assert evasive("Wenn ja, wann geschah dies?", "Nein.") is None


def test_an_assessment_asked_and_given_with_the_questions_own_verb_is_answered() -> None:
    """21/785, Frage 13: "Wie bewertet die Bundesregierung Ansätze …?" – "Die Bundesregierung bewertet die
    Ansätze positiv.", followed by measures and a pointer to Frage 6 (a long answer on measures): the
    assessment is given."""
    from drafter.workflow import read_classified

    doc = read_classified(Path(__file__).parents[1] / "data" / "classify" / "21_785-antwort.txt")
    thirteen = doc.question("13")
    assert thirteen is not None and thirteen.status is Status.ANSWERED, thirteen
    assert asks(thirteen.text).predicate == {"bewerten"}


def test_an_assessment_asked_and_a_dependence_given_is_evasive() -> None:
    # 21/1315, Frage 32: what the plan depends on stands where the assessment should
    q = _classify(
        (
            "32",
            "Wie beurteilt die Bundesregierung vor dem Hintergrund der vorherigen Fragen und vor dem "
            "Hintergrund des aktuell bestehenden hausärztlichen und pädiatrischen Angebots die Möglichkeit, "
            "in Deutschland kurzfristig ein verpflichtendes Primärversorgungssystem einzuführen?",
            "Die konkrete Ausgestaltung des Vorhabens hängt von einer Vielzahl unterschiedlicher "
            "Fragestellungen ab, die es im weiteren Erarbeitungsprozess zu diskutieren und zu klären gilt.",
        )
    )["32"]
    assert q.status is Status.OPEN
    (finding,) = q.findings
    assert finding.category is Category.EVASIVE
    assert finding.asked == (Asked.DECISION,)


def test_the_form_asked_and_the_governing_law_named_is_evasive() -> None:
    # 21/2236, Frage 51: the law the procedure follows, not the forms of participation asked
    q = _classify(
        (
            "51",
            "In welcher konkreten Form (z. B. durch Anhörung, schriftliche Stellungnahmemöglichkeit, "
            "Einsicht in Akten oder anderweitige Beteiligung an Entscheidungsprozessen) werden "
            "Beschwerdeführende sowie weitere betroffene Personen oder Gruppen nach Kenntnis der "
            "Bundesregierung in das Beschwerdeverfahren des BAFA eingebunden (bitte tabellarisch darstellen "
            "und nach Jahren aufschlüsseln)?",
            "Die Beteiligung an Verfahren des BAFA und die Gewährung von Akteneinsicht richten sich nach dem "
            "Verwaltungsverfahrensgesetz.",
        )
    )["51"]
    assert q.status is Status.OPEN
    (finding,) = q.findings
    assert finding.category is Category.EVASIVE
    assert finding.evidence.startswith("Die Beteiligung an Verfahren des BAFA")


def test_a_further_factor_named_after_an_assessment_is_no_talk_around() -> None:
    # 21/891, Frage 42: the assessment is given; what further steps depend on follows it
    q = _classify(
        (
            "42",
            "Wie bewertet die Bundesregierung die möglichen Folgen von Friedensverhandlungen für die "
            "Umsetzung des Projekts, insbesondere in Bezug auf die Rückkehr von Binnenvertriebenen und den "
            "Wiederaufbau?",
            "Ein Friedensschluss würde Maßnahmen erleichtern, neu ausrichten und stärker auf Wiederaufbau "
            "fokussieren. Daher ist die Grundausrichtung des Projekts auch im veränderten Kontext weiterhin "
            "sinnvoll. Weitere Umsteuerungsmaßnahmen hängen von den genauen Friedensumständen und daraus "
            "folgenden Entwicklungen ab.",
        )
    )["42"]
    assert q.status is Status.ANSWERED
