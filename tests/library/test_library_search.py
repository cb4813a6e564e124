"""Search over the real corpus: keyword queries, whole questions, links and follow-ups."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from drafter.errors import LibraryError
from drafter.library import Library
from drafter.library.importer import import_paths
from drafter.models import Document

DATA = Path(__file__).parents[1] / "data"


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def corpus(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    parse_once: Callable[[Path], Document],
) -> Iterator[Library]:
    """The whole Bundestag corpus plus the follow-up pair of tests/data/library/, in one library,
    once per engine: every test below runs on a SQLite file and on a PostgreSQL database."""
    if request.param == "sqlite":
        path: Path | str = tmp_path_factory.mktemp("corpus") / "library.sqlite"
    else:
        path = request.getfixturevalue("new_pg_database")()
    with Library(path) as lib:
        report = import_paths(lib, [DATA / "bundestag", DATA / "library"], parse=parse_once)
        assert report.ok, report.failed
        yield lib


def test_keyword_query_finds_the_eurodac_question_first(corpus: Library) -> None:
    # 19/21876 Frage 10: "... dieses System mit der Fingerabdruckdatei Eurodac zu vernetzen?"
    hits = corpus.search("Eurodac Interoperabilität")
    assert (hits[0].drucksache, hits[0].number, hits[0].kind) == ("19/21876", "10", "antwort")
    assert hits[0].status == "open" and hits[0].answer and hits[0].answer.startswith("Die Prüfung")


def test_topic_words_without_the_name_still_find_it(corpus: Library) -> None:
    hits = corpus.search("Anbindung nationaler Fingerabdrucksysteme Westbalkan")
    assert (hits[0].drucksache, hits[0].number) == ("19/21876", "10")


def test_a_partial_word_is_searched_as_a_prefix(corpus: Library) -> None:
    hits = corpus.search("Fingerabdr")
    assert (hits[0].drucksache, hits[0].number) == ("19/21876", "10")


def test_whole_question_finds_itself_with_top_score(corpus: Library) -> None:
    text = (
        "Welche Kosten entstehen durch die Übung insgesamt, und wie werden diese auf die beteiligten "
        "Akteure verteilt?"
    )
    hits = corpus.search(text, 3)
    # Asked in Kleine Anfrage 21/1243, reprinted and answered in Antwort 21/1521: one point. The
    # follow-up 21/2950 asks it again in other tenses ("sind … entstanden"): the same concepts.
    top = {(h.drucksache, h.number, h.answered_in) for h in hits[:2]}
    assert top == {("21/1243", "6", "21/1521"), ("21/2950", "2", "21/3100")}
    assert max(h.score for h in hits) == 100.0


def test_scores_are_bounded_and_sorted_and_limit_holds(corpus: Library) -> None:
    hits = corpus.search("Bundeswehr Hamburg", 7)
    assert len(hits) == 7
    assert all(0 <= h.score <= 100 for h in hits)
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert corpus.search("", 5) == [] and corpus.search("Bundeswehr", 0) == []


@pytest.mark.parametrize(
    "query", ['"Eurodac" AND (', "Eurodac* OR NOT", "EURODAC; DROP TABLE questions", "eurodac:"]
)
def test_query_syntax_characters_are_plain_text(corpus: Library, query: str) -> None:
    hits = corpus.search(query)
    assert (hits[0].drucksache, hits[0].number) == ("19/21876", "10")


def test_unknown_words_find_nothing(corpus: Library) -> None:
    assert corpus.search("Xylophonmanufaktur Quarkspeise") == []


def test_citations_connect_both_ways(corpus: Library) -> None:
    followup = corpus.get_document("21/2950")
    assert followup is not None and "21/1521" in followup.references
    assert corpus.citing("21/1521") == ["21/2950", "21/3100"]
    assert corpus.partner("21/2950") == "21/3100"


def test_followups_show_what_was_pressed_on_and_how_it_ended(corpus: Library) -> None:
    followups = {f.item: f for f in corpus.followups_of("21/1521")}
    costs = followups["6"]
    assert (costs.item_status, costs.pressed_in, costs.question, costs.answered_in) == (
        "partial",
        "21/2950",
        "2",
        "21/3100",
    )
    assert costs.outcome == "answered" and costs.answer and "410 000 Euro" in costs.answer
    places = followups["1"]
    assert (places.question, places.outcome) == ("1", "open")
    assert corpus.followups_of("21/2000") == []


def test_related_shows_the_history_of_an_evasion(corpus: Library) -> None:
    related = corpus.related("21/3100", "2")
    prior = [(h.drucksache, h.number, h.status, h.answered_in) for h in related.prior]
    assert prior[:1] == [("21/1243", "6", "partial", "21/1521")]
    assert ("21/1243", "6") in {(h.drucksache, h.number) for h in related.duplicates}
    assert all(h.drucksache not in {"21/3100", "21/2950"} for h in related.prior + related.duplicates)


def test_related_shows_later_answers(corpus: Library) -> None:
    related = corpus.related("21/1521", "6")
    assert [(h.drucksache, h.number, h.answered_in) for h in related.later][:1] == [
        ("21/2950", "2", "21/3100")
    ]
    done = related.resolved_by  # the follow-up's Antwort answered it in full: the history is closed
    assert done is not None and (done.answered_in, done.number, done.status) == ("21/3100", "2", "answered")
    assert related.prior == []


def test_related_for_an_unknown_question_is_a_german_error(corpus: Library) -> None:
    with pytest.raises(LibraryError, match=r"Frage 99 der Drucksache 21/1521"):
        corpus.related("21/1521", "99")
