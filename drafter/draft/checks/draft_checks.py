"""Check a draft against the Parlamentssekretariat's rules for Kleine Anfragen.

Every finding is a ``DraftWarning`` naming the place ("Frage 3b", "Vorbemerkung, Absatz 2",
"Unterschrift") and the rule; the draft itself is never changed, because staff decide. Phrase
lists live in ``data/`` (see ``rules.py``); the checks that need more than a phrase (question
sentences, abbreviations at first use, duplicates, the library) are code here and in
``textchecks.py``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from drafter.draft.checks import rules
from drafter.draft.checks.textchecks import (
    abbreviation_warnings,
    non_question_sentence,
    sentences,
    strip_brackets,
)
from drafter.draft.compose.stale import age_in_months, answered_on
from drafter.draft.ministries import former_mentions
from drafter.draft.records import DraftWarning, Part
from drafter.draft.wording import german_date
from drafter.models import Draft, DraftQuestion

if TYPE_CHECKING:
    from drafter.library import Library
    from drafter.library.records import SearchHit

DUPLICATE_SCORE = 90.0
ANSWERED_SCORE = 90.0


def parts(draft: Draft) -> Iterator[Part]:
    """The draft's texts in reading order (the order that decides "first use")."""
    yield Part("Titel", "title", draft.title)
    for index, paragraph in enumerate(draft.preamble, 1):
        yield Part(f"Vorbemerkung, Absatz {index}", "preamble", paragraph)
    for number, question in enumerate(draft.questions, 1):
        yield Part(f"Frage {number}", "question", question.text)
        for letter, sub in zip("abcdefghijklmnopqrstuvwxyz", question.subquestions, strict=False):
            yield Part(f"Frage {number}{letter}", "sub", sub)
    yield Part("Unterschrift", "signature", draft.signature)


def check_draft(draft: Draft, library: Library | None = None) -> list[DraftWarning]:
    """All warnings for ``draft``, in reading order per rule; ``library`` adds "schon beantwortet"."""
    all_parts = list(parts(draft))
    warnings: list[DraftWarning] = _empty_title(draft)
    for check in (_question_sentences, _loaded_words, _claims, _competences, _placeholders, _ministries):
        warnings.extend(w for part in all_parts for w in check(part))
    warnings.extend(abbreviation_warnings(all_parts, draft.faction))
    warnings.extend(_signature(draft))
    warnings.extend(_duplicates(draft.questions))
    if library is not None:
        warnings.extend(_stale_sources(draft, library))
        warnings.extend(_answered_before(draft.questions, library))
    return warnings


def _empty_title(draft: Draft) -> list[DraftWarning]:
    """An empty title (a blank ``title.j2``, or one deleted by hand) would go out unnoticed."""
    if draft.title.strip():
        return []
    return [
        DraftWarning(
            "Titel",
            "Titel fehlt",
            "Der Entwurf hat keinen Titel (die Vorlage title.j2 ergibt keinen Text). "
            "Bitte einen Titel eintragen oder die Vorlage prüfen.",
        )
    ]


def _question_sentences(part: Part) -> list[DraftWarning]:
    if part.kind not in ("question", "sub"):
        return []
    problem = non_question_sentence(part.text)
    if problem is None:
        return []
    return [DraftWarning(part.place, "Fragesatz", problem)]


_QUOTED = re.compile(r"„[^“]*“")


def _placeholders(part: Part) -> list[DraftWarning]:
    """Every slot left for staff to fill (an ellipsis, a bracketed gap, a run of X; the patterns are
    ``data/placeholders.toml``) outside quotations; the signature has its own rule."""
    if part.kind == "signature":
        return []
    text = _without_nested_brackets(_QUOTED.sub("", part.text))
    return [
        DraftWarning(
            part.place,
            "Platzhalter",
            f"„{slot}“ ist ein offener Platzhalter; bitte ausfüllen oder streichen, bevor der Entwurf "
            "eingereicht wird.",
        )
        for slot in _distinct_matches(rules.placeholders(), text)
    ]


def _ministries(part: Part) -> list[DraftWarning]:
    """A Ressort named as it was called before the Organisationserlass of 6 May 2025 (outside quotations)."""
    if part.kind == "signature":
        return []
    return [
        DraftWarning(
            part.place,
            "Ressortname",
            f"{note}. Bitte den heutigen Namen verwenden, außer wo das frühere Ministerium gemeint ist.",
        )
        for note in former_mentions(part.text)
    ]


def _distinct_matches(phrase_rules: Sequence[rules.PhraseRule], text: str) -> list[str]:
    """What the rules match in ``text``, each wording once, in reading order per rule."""
    return list(dict.fromkeys(m.group(0) for rule in phrase_rules for m in rule.pattern.finditer(text)))


def _without_nested_brackets(text: str) -> str:
    """``text`` without square brackets inside round ones: German nests brackets that way ("(bitte …
    Position in der Gemeinsamen Liste [Anhang I der Verordnung (EU) 2021/821] angeben)", 21/843;
    "(… Deutsche Rentenversicherung Knappschaft-Bahn-See [DRV KBS] …)", 21/1792), so they are text
    the earlier question wrote, not a slot left open."""
    kept: list[str] = []
    depth = square = 0
    for char in text:
        if char == "(":
            depth += 1
        elif char == ")" and depth:
            depth -= 1
        elif char == "[" and depth:
            square += 1
        elif char == "]" and square:
            square -= 1
            continue
        if not square:
            kept.append(char)
    return "".join(kept)


def _loaded_words(part: Part) -> list[DraftWarning]:
    if part.kind == "signature":
        return []
    return [
        DraftWarning(
            part.place,
            "Wertung (§ 104 GO-BT)",
            f"„{word}“ ist eine Wertung; Kleine Anfragen dürfen keine unsachlichen "
            "Feststellungen oder Wertungen enthalten. Bitte sachlich formulieren.",
        )
        for word in _distinct_matches(rules.loaded_words(), part.text)
    ]


def _claims(part: Part) -> list[DraftWarning]:
    """Preamble sentences with a quotation or "laut …" but no source in brackets."""
    if part.kind != "preamble":
        return []
    warnings = []
    for sentence in sentences(part.text):
        claim = _claim_in(sentence)
        if claim and not _has_source(sentence):
            warnings.append(
                DraftWarning(
                    part.place,
                    "Quelle fehlt",
                    f"Für „{claim}“ fehlt die Quelle in Klammern "
                    "(z. B. Zeitung und Datum, Internetadresse oder Drucksache).",
                )
            )
    return warnings


def _claim_in(sentence: str) -> str | None:
    outside = strip_brackets(sentence)
    for quote in re.findall(r"„([^“]*)“", outside):
        if len(quote.split()) >= 4:
            return _short(quote)
    for rule in rules.claim_markers():
        match = rule.pattern.search(outside)
        if match:
            return match.group(0)
    return None


def _short(text: str) -> str:
    words = text.split()
    return " ".join(words[:6]) + (" …" if len(words) > 6 else "")


def _has_source(sentence: str) -> bool:
    brackets = re.findall(r"\(([^()]*)\)", sentence)
    return any(_SOURCE.search(inside) for inside in brackets)


_SOURCE = re.compile(
    r"https?://|www\.|drucksache|vgl\.|\bebd\.|\b(?:19|20)\d\d\b|\d{1,2}\.\s*\w+\s+\d{4}", re.IGNORECASE
)


def _competences(part: Part) -> list[DraftWarning]:
    if part.kind not in ("question", "sub"):
        return []
    warnings = []
    for rule in rules.competences():
        match = rule.pattern.search(part.text)
        if match:
            warnings.append(
                DraftWarning(
                    part.place,
                    "Zuständigkeit des Bundes",
                    f"„{match.group(0)}“ liegt in der Zuständigkeit {rule.note}; die "
                    "Bundesregierung antwortet darauf meist nicht. Bitte nach dem fragen, "
                    "was der Bund weiß oder verantwortet.",
                )
            )
    return warnings


def _signature(draft: Draft) -> list[DraftWarning]:
    text = draft.signature.strip()
    if not text or "[" in text or "N. N." in text:
        return [
            DraftWarning(
                "Unterschrift",
                "Unterschrift fehlt",
                "Die Unterschrift (Fraktionsvorsitzende: „Name, Name und Fraktion“) ist noch "
                "nicht eingetragen.",
            )
        ]
    return []


def _plain(text: str) -> str:
    return " ".join(strip_brackets(text).split())


def _duplicates(questions: tuple[DraftQuestion, ...]) -> list[DraftWarning]:
    """A main question nearly identical to an earlier one (brackets with citations ignored)."""
    warnings = []
    texts = [_plain(q.text) for q in questions]
    for later in range(len(texts)):
        for earlier in range(later):
            if _same_question(texts[earlier], texts[later]):
                warnings.append(
                    DraftWarning(
                        f"Frage {later + 1}",
                        "Frage doppelt",
                        f"Frage {later + 1} fragt fast wörtlich dasselbe wie Frage {earlier + 1}.",
                    )
                )
                break
    return warnings


def _same_question(first: str, second: str) -> bool:
    """Nearly the same words, and no name or number that differs.

    Kleine Anfragen often ask the same question for two parties or two years ("… der Partei „Die
    Heimat“ …" / "… der Partei „Der III. Weg“ …"): those are parallel questions, not duplicates.
    """
    if fuzz.ratio(first.lower(), second.lower()) < DUPLICATE_SCORE:
        return False
    differing = set(first.split()) ^ set(second.split())
    return not any(word[:1].isupper() or any(ch.isdigit() for ch in word) for word in differing)


STALE_MONTHS = 12


def _stale_sources(draft: Draft, library: Library) -> list[DraftWarning]:
    """An answer a year old or more: its "noch nicht abgeschlossen" may long be settled."""
    today = draft.signed_on or dt.date.today()
    warnings = []
    for number in draft.cites:
        doc = library.get_document(number)
        answered = answered_on(doc.date, doc.ministry_date, doc.number) if doc else None
        if answered is None or age_in_months(answered, today) < STALE_MONTHS:
            continue
        exact = doc is not None and (doc.date or doc.ministry_date)
        when = f"vom {german_date(answered)}" if exact else f"aus der {number.split('/')[0]}. Wahlperiode"
        years = age_in_months(answered, today) // 12
        warnings.append(
            DraftWarning(
                "Quellen",
                "Alte Antwort",
                f"Die Antwort auf Bundestagsdrucksache {number} ist {when}, also "
                f"{'mindestens ' if not exact else ''}{years} {'Jahr' if years == 1 else 'Jahre'} alt: "
                "Bitte prüfen, ob angekündigte Vorhaben und Termine inzwischen überholt sind und ob es "
                "neuere Antworten zum Thema gibt.",
            )
        )
    return warnings


def _answered_before(questions: tuple[DraftQuestion, ...], library: Library) -> list[DraftWarning]:
    """Questions the library already holds with an answer: asking again invites "vgl. Antwort zu …"."""
    warnings = []
    for number, question in enumerate(questions, 1):
        hit = _answered_hit(question, library)
        if hit is not None:
            warnings.append(
                DraftWarning(
                    f"Frage {number}",
                    "Schon beantwortet",
                    f"Eine sehr ähnliche Frage wurde bereits beantwortet: Frage {hit.number} "
                    f"auf Bundestagsdrucksache {hit.drucksache} („{_short(hit.text)}“).",
                )
            )
    return warnings


def _answered_hit(question: DraftQuestion, library: Library) -> SearchHit | None:
    """An answered question of another inquiry that asks the same thing about the same subject.

    Never the earlier answer itself (any of its questions), and never a sibling inquiry: the same
    question put to another ministry or about another year ("… das BMAS …" / "… das AA …") reads
    almost alike but answers nothing here.
    """
    pressed = {ref.drucksache for ref in (*question.presses_on, question.source) if ref and ref.drucksache}
    original = _original_text(question, library)
    query = original or strip_brackets(question.text)
    for hit in library.search(query, limit=10):
        if hit.kind == "seed" or hit.status != "answered" or hit.score < ANSWERED_SCORE:
            continue
        if hit.drucksache in pressed or not _same_subject(query, hit.text):
            continue
        return hit
    return None


_SUBJECT = re.compile(r"\b(?:[A-ZÄÖÜ]{2,}[a-z]?|\d{4}|\d+/\d+)\b")


def _same_subject(one: str, other: str) -> bool:
    """The same abbreviations (ministries, agencies), years and Drucksache numbers in both texts."""
    return set(_SUBJECT.findall(one)) == set(_SUBJECT.findall(other))


def _original_text(question: DraftQuestion, library: Library) -> str | None:
    """The earlier question a follow-up presses on: what the library should be searched for."""
    source = question.source
    if source is None or source.drucksache is None:
        return None
    doc = library.get_document(source.drucksache)
    original = doc.question(source.question) if doc else None
    return original.text if original else None
