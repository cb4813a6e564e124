"""The page-level rules of PDF reading, on hand-made lines: PDFium's line marks, running heads, sizes."""

from __future__ import annotations

import pytest

from drafter.parse.pdf import _cut_running, _repeated_band_texts, body_size, small_flags
from drafter.parse.pdf_layout import Line, clean_text, group_lines, segments

PAGE = (0.0, 842.0)


def test_pdfium_hyphen_marks_end_a_line_with_a_hyphen() -> None:
    """PDFium runs "Zusammenar-" and "beit" together, marking the hyphen U+FFFE (or U+0002)."""
    text = "der Zusammenar\ufffebeit der\r\nEU-Staaten und Bekämp\x02fung"
    assert [line for _start, line in segments(text)] == [
        "der Zusammenar-",
        "beit der",
        "EU-Staaten und Bekämp-",
        "fung",
    ]
    assert [start for start, _line in segments(text)] == [0, 15, 25, 47]


def test_fragments_on_one_baseline_join_left_to_right() -> None:
    """Page 1 prints "Deutscher Bundestag" left and "Drucksache 19/21876" right on one baseline."""
    lines = [
        Line("Drucksache 19/21876", 800.0, 400.0, 12.0),
        Line("19. Wahlperiode", 785.0, 72.0, 12.0),
        Line("Deutscher Bundestag", 800.3, 72.0, 12.0),
        Line("Antwort", 700.0, 250.0, 14.0),
    ]
    grouped = group_lines(lines, PAGE)
    assert [line.text for line in grouped] == [
        "Deutscher Bundestag Drucksache 19/21876",
        "19. Wahlperiode",
        "Antwort",
    ]
    assert [line.in_band for line in grouped] == [True, True, False]


def _page(*texts: str, band: tuple[bool, ...] | None = None) -> list[Line]:
    flags = band or tuple(i in (0, len(texts) - 1) for i in range(len(texts)))
    return [Line(text, 0.0, 0.0, 10.7, flag) for text, flag in zip(texts, flags, strict=True)]


@pytest.mark.parametrize(
    ("head", "page_number"),
    [
        ("Deutscher Bundestag – 19. Wahlperiode – 5 – Drucksache 19/21876", 5),
        ("Drucksache 19/21876 – 6 – Deutscher Bundestag – 19. Wahlperiode", 6),
        ("– 7 –", 7),
        ("12", 12),
        ("Seite 3 von 9", 3),
    ],
)
def test_running_heads_with_page_numbers_are_cut(head: str, page_number: int) -> None:
    page = _page(head, "Die Fragen 2 bis 2b werden gemeinsam beantwortet.", "Text", "Ende")
    kept = _cut_running(page, page_number, frozenset())
    assert [line.text for line in kept] == [
        "Die Fragen 2 bis 2b werden gemeinsam beantwortet.",
        "Text",
        "Ende",
    ]


def test_a_head_with_another_page_number_is_body_text() -> None:
    """ "– 5 –" on page 7 is no page number of this page (a quoted range, a table cell)."""
    page = _page("Zeitraum – 5 – Angaben", "Text", "Ende")
    assert len(_cut_running(page, 7, frozenset())) == 3


def test_first_page_header_and_transmission_note_stay() -> None:
    page = _page(
        "Deutscher Bundestag Drucksache 21/1173",
        "Antwort",
        "Die Drucksache enthält zusätzlich – in kleinerer Schrifttype – den Fragetext.",
    )
    assert len(_cut_running(page, 1, frozenset())) == 3


def test_heads_without_page_number_are_cut_when_they_recur_on_many_pages() -> None:
    pages = [_page("Landtag Nordrhein-Westfalen", f"Text {n}", "Drucksache 17/1234") for n in range(6)]
    repeated = _repeated_band_texts(pages)
    assert [line.text for line in _cut_running(pages[2], 3, repeated)] == ["Text 2"]


def test_a_body_line_at_the_top_of_two_pages_is_not_a_running_head() -> None:
    """Only the outermost line counts, and only when three pages share it."""
    pages = [
        _page("Die Fragen 1 bis 3 werden gemeinsam beantwortet.", "Text", "Ende"),
        _page("Die Fragen 7 bis 9 werden gemeinsam beantwortet.", "Text", "Ende"),
        _page("Anderes", "Text", "Schluss"),
    ]
    repeated = _repeated_band_texts(pages)
    assert len(_cut_running(pages[1], 2, repeated)) == 3


def _sized(size: float, text: str = "x" * 60) -> Line:
    return Line(text, 0.0, 0.0, size)


def test_small_flags_questions_against_answers() -> None:
    lines = [_sized(14.0, "Antwort"), _sized(9.6), _sized(10.7), _sized(9.6), _sized(10.7), _sized(8.5)]
    assert small_flags(lines) == (False, True, False, True, False, True)


def test_body_size_is_the_answer_type_even_when_questions_are_longer() -> None:
    """Long questions, short answers ("Hierzu liegen keine Erkenntnisse vor."): body is still 10.7."""
    lines = [_sized(9.6)] * 7 + [_sized(10.7)] * 3
    assert body_size(lines) == 10.7


def test_one_size_only_means_nothing_is_small() -> None:
    assert small_flags([_sized(10.0)] * 5) == (False,) * 5


def test_a_raised_footnote_mark_stays_on_its_line() -> None:
    """ "… eingestufte Anlage*" with the star set smaller and raised (21/1521, answer 1 to 5)."""
    lines = [
        Line("Es wird auf die als „VS-Nur für den Dienstgebrauch“ eingestufte Anlage", 500.0, 72.0, 10.7),
        Line("*", 503.5, 420.0, 6.0),
        Line("verwiesen.", 485.0, 72.0, 10.7),
    ]
    assert [line.text for line in group_lines(lines, PAGE)] == [
        "Es wird auf die als „VS-Nur für den Dienstgebrauch“ eingestufte Anlage *",
        "verwiesen.",
    ]


def test_body_size_with_few_answer_characters() -> None:
    """Long questions, answers "Hierzu liegen keine Erkenntnisse vor." on an eighth of the text."""
    lines = [_sized(9.6)] * 7 + [_sized(10.7)]
    assert body_size(lines) == 10.7


def test_a_large_title_is_never_the_body() -> None:
    """A one-page Antwort whose header block and title in 14 pt carry a fifth of the characters."""
    lines = [_sized(14.0)] * 2 + [_sized(10.7)] * 6 + [_sized(9.6)] * 2
    assert body_size(lines) == 10.7
    assert small_flags(lines) == (False,) * 8 + (True,) * 2


def test_a_number_at_the_foot_that_is_not_the_page_number_stays() -> None:
    """A table whose last row on the page is just "2019" is no page foot."""
    page = _page("Text", "Jahr", "2019")
    assert [line.text for line in _cut_running(page, 4, frozenset())] == ["Text", "Jahr", "2019"]


def test_page_numbers_that_start_at_another_value_are_cut_when_they_recur() -> None:
    tops = ["Die Bundesregierung", "Nach Kenntnis", "Im Übrigen", "Hierzu", "Ferner", "Zudem"]
    pages = [_page(top, "Absatz", str(n + 10)) for n, top in enumerate(tops, start=1)]
    repeated = _repeated_band_texts(pages)
    assert [line.text for line in _cut_running(pages[1], 2, repeated)] == ["Nach Kenntnis", "Absatz"]


def test_the_bands_follow_a_crop_box_that_does_not_start_at_zero() -> None:
    lines = [
        Line("– 3 –", 110.0, 280.0, 9.0),
        Line("Text", 400.0, 72.0, 10.7),
        Line("Kopf", 880.0, 72.0, 9.0),
    ]
    grouped = group_lines(lines, (40.0, 882.0))
    expected = [("Kopf", True), ("Text", False), ("– 3 –", True)]
    assert [(line.text, line.in_band) for line in grouped] == expected


def test_body_size_above_long_tables() -> None:
    """Answers that are mostly 8 pt tables: the body is still the 10.7 pt answer type."""
    lines = [_sized(8.0)] * 10 + [_sized(9.6)] * 3 + [_sized(10.7)] * 3 + [_sized(14.0)]
    assert body_size(lines) == 10.7


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("die Auﬂage der Veröﬀentlichung", "die Auflage der Veröffentlichung"),
        ("Zusammenar\u00ad", "Zusammenar-"),
        ("Zusam\u00admenarbeit  ", "Zusammenarbeit"),
        ("Emoji \ud83d\ude00 bleibt", "Emoji \U0001f600 bleibt"),
    ],
)
def test_clean_text(raw: str, clean: str) -> None:
    assert clean_text(raw) == clean
