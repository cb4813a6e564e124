"""Non-answers in general shapes: knowledge denied across a long noun phrase, a negated modal of
assessing, data given only in part, a bare pointer to a web portal, and two withholding statements in
a row. Every answer is quoted from a real Antwort of the 21st Wahlperiode (named above each)."""

from __future__ import annotations

from drafter.classify import classify_answer
from drafter.classify.lemmas import clauses
from drafter.models import Category, Status


def _categories(answer: str) -> set[Category]:
    return {f.category for f in classify_answer(answer)[1]}


# 21/2338, answer to 1 and 2: the negation stands 90 characters and an abbreviation before "bekannt"
NOT_KNOWN = (
    "Der Bundesregierung sind keine geostrategischen oder militärischen Anwendungen von Solar Radiation "
    "Modification (SRM) durch Staaten oder einzelne Akteure bekannt."
)


def test_knowledge_denied_across_a_long_noun_phrase_is_no_information() -> None:
    assert classify_answer(NOT_KNOWN)[0] is Status.OPEN
    assert _categories(NOT_KNOWN) == {Category.NO_INFORMATION}


def test_an_abbreviation_in_brackets_does_not_end_the_clause() -> None:
    assert len(clauses(NOT_KNOWN)) == 1
    assert len(clauses("Die Kosten (vgl. Antwort zu Frage 2) sind gestiegen.")) == 3


def test_knowledge_that_may_become_known_is_no_finding() -> None:
    """'bekannt werden' speaks of disclosure, not of what the government knows (rules.toml,
    context.harm_from_disclosure)."""
    sentence = "Die Einstufung darf dem Betroffenen aus polizeitaktischen Erwägungen nicht bekannt werden."
    assert Category.NO_INFORMATION not in _categories(sentence)


# 21/925, answer to 12
NO_VALID_STATEMENT = (
    "Valide Aussagen zur durchschnittlichen Fahndungsdauer bei offenen Haftbefehlen können nicht getroffen "
    "werden. Dies liegt unter anderem daran, dass z. B. teilweise Haftbefehle gegen ausländische "
    "Staatsbürger, die nach Verbüßen eines Großteils ihrer Haftstrafe abgeschoben wurden, dazu dienen, "
    "deren Wiedereinreise in das Bundesgebiet für den Zeitraum der Restfreiheitsstrafe zu verhindern."
)


def test_a_negated_modal_of_assessing_is_no_information() -> None:
    status, findings = classify_answer(NO_VALID_STATEMENT)
    assert status.unresolved
    assert findings[0].category is Category.NO_INFORMATION
    assert findings[0].evidence.startswith("Valide Aussagen")


# 21/1471, answer to 4 (the table shortened to two rows)
ONLY_PART = (
    "Stichtag Personal-IST (PVB, VB, TB) 01.01.2024 7 021,90 01.01.2025 7 088,50 Die Personalentwicklung "
    "für die Direktion Bundesbereitschaftspolizei kann aufgrund der Speicherfristen nur für die Jahre 2020 "
    "bis 2025 zur Verfügung gestellt werden."
)


def test_figures_given_only_for_some_years_are_partial() -> None:
    status, findings = classify_answer(ONLY_PART)
    assert status is Status.PARTIAL
    assert {f.category for f in findings} == {Category.NO_INFORMATION}


# 21/1436, answer to 2
PORTAL = (
    "Die Anzahl der im Jahr 2024 in Berlin durchgeführten Arbeitgeberprüfungen, differenziert nach "
    "Branchen, kann der Statistikveröffentlichung im Internet (www.zoll.de/DE/Fachthemen/Arbeit/"
    "Bekaempfung-der-Schwarzarbeit-und-illegalen-Beschaeftigung/Statistikveroeffentlichung/"
    "statistikveroeffentlichung_node.html) entnommen werden."
)


def test_a_bare_pointer_to_a_portal_is_open_and_referred() -> None:
    status, findings = classify_answer(PORTAL)
    assert status is Status.OPEN
    assert [f.category for f in findings] == [Category.REFERRED]


def test_a_figure_with_its_web_source_is_an_answer() -> None:
    """21/1298: the sentence states the figure; the address only names where it comes from."""
    sentence = (
        "Allein im Jahr 2023 beliefen sich die damit verbundenen Kosten auf rund 20,3 Mrd. Euro "
        "(DRV-Broschüre „Nicht beitragsgedeckte Leistungen und Bundeszuschüsse 2023“, abrufbar unter "
        "www.deutsche-rentenversicherung.de/Bund/DE/Presse/Presseseminare/presseseminare_node.html)."
    )
    assert classify_answer(sentence) == (Status.ANSWERED, ())


# 21/475, answer to 6 and 7
TWO_WITHHOLDINGS = (
    "Die steuerliche Situation einzelner Steuerpflichtiger unterliegt dem Steuergeheimnis. Im Übrigen sind "
    "für die Verwaltung der Ertragsteuern in Deutschland in erster Linie die Länder zuständig."
)


def test_the_rest_after_another_withholding_gives_nothing() -> None:
    status, findings = classify_answer(TWO_WITHHOLDINGS)
    assert status is Status.OPEN
    assert {f.category for f in findings} == {Category.REFUSED, Category.NOT_RESPONSIBLE}


def test_the_rest_after_an_answer_is_partial() -> None:
    """21/1521, answer to 6: a cost given, the rest lies with the Länder."""
    answer = (
        "Die geschätzten Kosten des Landeskommandos Hamburg belaufen sich aktuell auf ca. 40 000 Euro. Im "
        "Übrigen erstreckt sich der parlamentarische Informationsanspruch nicht auf Gegenstände, die keinen "
        "Bezug zum Verantwortungsbereich der Regierung gegenüber dem Bundestag haben. Die Zuständigkeit für "
        "die übrigen Kosten liegt vorliegend bei den beteiligten Akteuren auf Landesebene."
    )
    assert classify_answer(answer)[0] is Status.PARTIAL


# 21/1999, answer to 4: the second sentence only explains why no information exists
REASONED_NO_INFORMATION = (
    "Der Bundesregierung liegen keine Informationen im Sinne der Fragestellung vor. Die von den Ländern dem "
    "Bundeskriminalamt (BKA) übermittelten PKS-Einzeldatensätze sind anonymisiert und enthalten keine "
    "entsprechenden Daten."
)


def test_data_sets_without_the_data_explain_the_non_answer() -> None:
    assert classify_answer(REASONED_NO_INFORMATION)[0] is Status.OPEN
