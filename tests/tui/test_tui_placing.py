"""Where the draft's warnings appear: under their question, or under the head."""

from __future__ import annotations

from drafter.draft import DraftWarning
from drafter.models import Draft
from drafter.tui.placing import place_warnings, same_content


def test_warnings_go_under_their_question_or_the_head() -> None:
    warnings = [
        DraftWarning("Frage 2", "Fragesatz", "Kein Fragesatz."),
        DraftWarning("Frage 2b", "Abkürzung", "„NCC“ wird nicht ausgeschrieben."),
        DraftWarning("Vorbemerkung, Absatz 1", "Quelle fehlt", "Zitat ohne Quelle."),
        DraftWarning("Unterschrift", "Unterschrift fehlt", "Noch nicht eingetragen."),
        DraftWarning("Frage 9", "Fragesatz", "Kein Fragesatz."),
    ]
    by_question, head = place_warnings(warnings, questions=3)
    assert by_question == {
        1: ["Fragesatz: Kein Fragesatz.", "Frage 2b - Abkürzung: „NCC“ wird nicht ausgeschrieben."]
    }
    assert head == [
        "Vorbemerkung, Absatz 1 - Quelle fehlt: Zitat ohne Quelle.",
        "Unterschrift: Noch nicht eingetragen.",
        "Frage 9 - Fragesatz: Kein Fragesatz.",
    ]


def test_saving_only_adds_the_id() -> None:
    draft = Draft(title="Nachfrage")
    assert same_content(draft, Draft(title="Nachfrage", id=7))
    assert not same_content(draft, Draft(title="Andere"))
    assert same_content(None, None) and not same_content(draft, None)
