"""A sub-question that would stand under several questions of one angle is asked once, at the end."""

from __future__ import annotations

from pathlib import Path

from draft_support import TODAY

from drafter.draft import compose_followup
from drafter.draft.compose.closing import with_closing
from drafter.models import Document, DraftQuestion, SourceRef
from drafter.tui.session import covered_keys

SOFERN = "Sofern der Bundesregierung dazu weiterhin keine Erkenntnisse vorliegen"
CLOSING = "Sofern der Bundesregierung zu einzelnen der vorstehenden Fragen weiterhin keine Erkenntnisse"


def test_the_no_information_sub_question_is_asked_once_after_the_last_question(
    small_answer: Document,
) -> None:
    # questions 2 and 9 (the latter through its referral to 2) both had no information
    draft = compose_followup([small_answer], today=TODAY)
    assert not [sub for q in draft.questions for sub in q.subquestions if sub.startswith(SOFERN)]
    closing = draft.questions[-1]
    assert closing.text.startswith(CLOSING) and closing.text.endswith("und wenn nein, warum nicht?")
    assert closing.source is None and closing.angle == "new_findings"
    assert {ref.question for ref in closing.presses_on} == {"2", "9"}
    assert sum(q.text.startswith("Sofern") for q in draft.questions) == 1


def test_a_single_no_information_point_keeps_its_sub_question(small_answer: Document) -> None:
    draft = compose_followup([small_answer], select=["2", "3"], today=TODAY)
    assert [q.subquestions[-1].startswith(SOFERN) for q in draft.questions] == [True, False]
    assert not any(q.text.startswith("Sofern") for q in draft.questions)


def test_a_closing_template_that_words_nothing_keeps_the_sub_questions(
    small_answer: Document, tmp_path: Path
) -> None:
    (tmp_path / "closing.j2").write_text("{# keep every sub-question where it stands #}\n", encoding="utf-8")
    draft = compose_followup([small_answer], today=TODAY, templates_dir=tmp_path)
    assert sum(sub.startswith(SOFERN) for q in draft.questions for sub in q.subquestions) == 2


def test_only_a_sub_question_of_the_same_angle_is_merged() -> None:
    ref = SourceRef("21/1434", "3")
    shared = "Welche anderen Quellen, etwa Geschäftsbereichsbehörden, enthalten entsprechende Angaben?"
    questions = [
        DraftQuestion("Plant die Bundesregierung, A zu erfassen?", (shared,), ref, (ref,), "collect_data"),
        DraftQuestion("Wie hoch ist B?", (shared,), ref, (ref,), "ask_missing_figure"),
    ]
    assert with_closing(questions) == questions


def test_the_closing_question_covers_no_item_when_items_are_marked(small_answer: Document) -> None:
    """Taking item 2 out of the draft in the workbench must leave it unmarked, although the closing
    question still presses on it: the closing question was drafted for no item of its own."""
    closing = compose_followup([small_answer], today=TODAY).questions[-1]
    assert covered_keys(closing) == set()
