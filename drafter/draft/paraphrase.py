"""Turn an original question into the pieces a follow-up needs: its topic as an indirect clause.

A follow-up must name what was asked, and the natural German way is an embedded question:
"Welche Finanzmittel sollen … aufgewendet werden, und woher stammen diese?" becomes "welche
Finanzmittel … aufgewendet werden sollen und woher diese stammen", which a template can embed
("Welche Erkenntnisse hat die Bundesregierung inzwischen darüber, …?"). The conversion moves the
finite verb of each question clause to the end (joining a separable particle: "nehmen … teil" →
"teilnehmen"), turns a yes/no question into an "ob" clause and keeps subordinate clauses (", um …
zu …") after the verb. Whenever the clause shape is not recognised, ``indirect`` returns None and
the templates quote the original question instead: a quoted question is always grammatical, a
badly converted one is not.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from drafter.draft.lexicon import (
    AUXILIARIES,
    CLAUSE_STARTS,
    COORDINATORS,
    NON_VERBS,
    PARTICLES,
    PREPOSITIONS,
    SIMPLE_W,
    W_DETERMINERS,
)

_MASK = re.compile(r"([\x00\x01])(\d+)\1")
_SOURCE_HINT = re.compile(r"https?://|www\.|vgl\.|Drucksache|Ratsdok|Pressemitteilung|Ratsdokument|\d{4}\)$")
_KENNTNIS = re.compile(r",?\s*nach (?:Kenntnis|Kenntnisstand) der Bundesregierung,?(?=\s)")
_DIRECTION = re.compile(r"^\(\s*(?:bitte|ggf\. bitte)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Topic:
    """What a follow-up template gets from one original question.

    ``clause``: the indirect question (lower-case start), or None when the shape was not
    recognised. ``original``: the question cleaned of sources and of "nach Kenntnis der
    Bundesregierung", ending with "?". ``again``: the original re-asked with "inzwischen" after its
    finite verb, or None. ``directions``: bracketed directions ("bitte nach Jahren aufschlüsseln").
    ``about_decision``: the question itself asks for decisions ("Welche Festlegungen …"), so a
    wording like "Ist inzwischen festgelegt, welche Festlegungen …" would repeat itself.
    """

    clause: str | None
    original: str
    again: str | None
    directions: tuple[str, ...]
    about_decision: bool


_DECISION_WORDS = re.compile(r"Festlegung|festgelegt|Entscheidung|entschieden|beschlossen|Beschluss")


def topic_of(question: str) -> Topic:
    """All topic pieces of one original question text."""
    text, directions = _clean(question)
    masked, store = _mask(text)
    clause = _indirect_masked(masked)
    again = _again_masked(masked)
    return Topic(
        clause=_unmask(clause, store) if clause else None,
        original=_unmask(masked, store) + "?",
        again=_unmask(again, store) + "?" if again else None,
        directions=directions,
        about_decision=bool(_DECISION_WORDS.search(text)),
    )


def indirect(question: str) -> str | None:
    """The question as an indirect clause without final punctuation, or None if not recognised."""
    return topic_of(question).clause


def _clean(question: str) -> tuple[str, tuple[str, ...]]:
    """Fold whitespace, drop the final "?", sources in brackets and "nach Kenntnis der Bundesregierung".

    Bracketed directions ("(bitte … aufschlüsseln)") are taken out and returned separately so a
    template can put them at the end of the follow-up.
    """
    text = " ".join(question.split()).rstrip(" ?")
    directions: list[str] = []
    for group in _parentheticals(text):
        if _DIRECTION.match(group) or (text.endswith(group) and re.search(r"\bbitte\b", group)):
            directions.append(group[1:-1].strip())
            text = text.replace(" " + group, "", 1).replace(group, "", 1)
        elif _SOURCE_HINT.search(group):
            text = text.replace(" " + group, "", 1).replace(group, "", 1)
    text = _KENNTNIS.sub("", text)
    return " ".join(text.split()).strip(" ,"), tuple(directions)


def _parentheticals(text: str) -> list[str]:
    """Top-level "(…)" groups in order (nested brackets stay inside their group)."""
    groups: list[str] = []
    depth, start = 0, 0
    for index, char in enumerate(text):
        if char == "(":
            start = index if depth == 0 else start
            depth += 1
        elif char == ")" and depth:
            depth -= 1
            if depth == 0:
                groups.append(text[start : index + 1])
    return groups


def _mask(text: str) -> tuple[str, list[str]]:
    """Replace "(…)" by ``\x00N\x00`` and „…“ by ``\x01N\x01`` so commas inside never split clauses."""
    store: list[str] = []
    out: list[str] = []
    index = 0
    while index < len(text):
        end = _group_end(text, index)
        if end is None:
            out.append(text[index])
            index += 1
            continue
        store.append(text[index:end])
        mark = "\x00" if text[index] == "(" else "\x01"
        out.append(f"{mark}{len(store) - 1}{mark}")
        index = end
    return "".join(out), store


def _group_end(text: str, index: int) -> int | None:
    """End (exclusive) of a bracket or quote group opening at ``index``, else None."""
    closing = {"(": ")", "„": "“", "»": "«"}.get(text[index])
    if closing is None:
        return None
    depth = 0
    for pos in range(index, len(text)):
        if text[pos] == text[index]:
            depth += 1
        elif text[pos] == closing:
            depth -= 1
            if depth == 0:
                return pos + 1
    return None


def _unmask(text: str, store: list[str]) -> str:
    while _MASK.search(text):
        text = _MASK.sub(lambda m: store[int(m.group(2))], text)
    return text


def _is_paren(word: str) -> bool:
    return bool(re.fullmatch(r"\x00\d+\x00", word))


def _is_mask(word: str) -> bool:
    return bool(_MASK.fullmatch(word))


def _segments(masked: str) -> list[str]:
    """Split at ", " where a clause begins; enumeration commas ("Grenzkontrolle, Abschiebungen") stay."""
    segments: list[str] = []
    for part in re.split(r",\s+|(?<=\w):\s+", masked):
        words = part.split()
        if segments and not _opens_clause(words):
            segments[-1] = f"{segments[-1]}, {part}"
        else:
            segments.append(part)
    return [piece for segment in segments for piece in _split_coordinated(segment)]


def _split_coordinated(segment: str) -> list[str]:
    """Split "… waren diese Tonträger bzw. in welcher Stückzahl wurden sie …" without a comma."""
    for match in re.finditer(r"\s(?=(?:und|oder|bzw\.)\s)", segment):
        left, right = segment[: match.start()], segment[match.end() :]
        words = left.split()
        words = words[1:] if words and words[0] in COORDINATORS else words
        verb = _finite_verb(words)
        if verb is not None and verb < len(words) - 1 and _starts_question(right.split()):
            return [left, *_split_coordinated(right)]
    return [segment]


def _opens_clause(words: list[str]) -> bool:
    """A conjunction, relative pronoun or W-word, or an infinitive clause ("dieses System … zu vernetzen")."""
    if not words:
        return False
    first = words[0]
    if first in CLAUSE_STARTS or first in COORDINATORS or first in W_DETERMINERS or first in SIMPLE_W:
        return True
    if first in PREPOSITIONS and len(words) > 1 and (words[1] in _RELATIVE or _is_w(words[1])):
        return True  # "…, in denen …", "…, in wie vielen Fällen …"
    if first.islower() and first.isalpha() and len(words) > 1 and words[1] in PREPOSITIONS:
        return True  # an apposition after the verb: "…, getrennt nach Geschlecht"
    return (len(words) > 1 and words[-2] == "zu") or bool(re.fullmatch(r"\w+zu\w+en", words[-1]))


_RELATIVE = frozenset({"denen", "deren", "dessen", "welchen", "welcher", "welchem", "welche", "welches"})


def _drop_followups(masked: str) -> str:
    """Cut ", und wenn ja, …" tails: the follow-up asks anew, the topic is the first part."""
    return re.split(r",\s+(?:(?:und|bzw\.|oder)\s+)?(?:wenn|falls)\s+(?:ja|nein)\b", masked)[0]


def _clauses(segments: list[str]) -> list[list[str]]:
    """Group segments into question clauses, each with the subordinate segments that follow it."""
    clauses: list[list[str]] = []
    for segment in segments:
        if not clauses or _starts_question(segment.split()):
            clauses.append([segment])
        else:
            clauses[-1].append(segment)
    return clauses


def _indirect_masked(masked: str) -> str | None:
    """Convert every question clause of the masked text; None if any clause is not understood."""
    masked = re.sub(r"^(\w+), (und|oder) ", r"\1 \2 ", masked)  # "Wann, und wo soll …"
    parts: list[str] = []
    for clause in _clauses(_segments(_drop_followups(masked))):
        if any(tail.split()[0] in COORDINATORS for tail in clause[1:]):
            return None  # "…, und liegen hierzu … vor": a coordinated clause the rewriter cannot turn
        converted = _convert_clause(clause)
        if converted is None:
            return None
        joiner = " " if converted.split()[0] in COORDINATORS else ", "
        parts.append(joiner + converted if parts else converted)
    return "".join(parts) if parts else None


def _convert_clause(clause: list[str]) -> str | None:
    """Move the verb to the end of the shortest core that ends like a German verb-final clause.

    The core may end after the first comma piece, after a piece that continues the main clause
    (no conjunction or relative pronoun: "…, eine Meinung gebildet"), or at the end of a segment.
    """
    pieces = _pieces(clause)
    for size in _core_sizes(pieces):
        if size < len(pieces) and not _opens_clause(pieces[size][0].split()):
            continue  # the main clause goes on after this comma ("…, Dr. Wolfram Weimer, …")
        result = _verb_last(", ".join(text for text, _ in pieces[:size]))
        tails = _tail_runs(pieces[size:])
        if result is not None and all(_closed(tail) for tail in tails):
            return ", ".join([result, *tails])
    return None


def _pieces(clause: list[str]) -> list[tuple[str, bool]]:
    """Comma pieces of a clause with a flag: does the piece end a segment (a clause boundary)?"""
    pieces: list[tuple[str, bool]] = []
    for segment in clause:
        parts = re.split(r",\s+", segment)
        pieces.extend((part, index == len(parts) - 1) for index, part in enumerate(parts))
    return pieces


def _core_sizes(pieces: list[tuple[str, bool]]) -> list[int]:
    """Candidate core lengths: every piece boundary except inside a subordinate clause's enumeration.

    "Hat sich die Bundesregierung zu den Berichten, wonach …, eine Meinung gebildet?" ends in a
    participle after a continuation piece: the main clause runs to the end, so only the full
    length is a candidate.
    """
    last = pieces[-1][0].split()
    if len(pieces) > 1 and not _opens_clause(last) and last and _is_participle(last[-1]):
        return [len(pieces)]
    starts = {0} | {i for i, (text, _) in enumerate(pieces) if _opens_clause(text.split())}
    return [
        size
        for size in range(1, len(pieces) + 1)
        if size == 1 or pieces[size - 1][1] or (size - 1) not in starts
    ]


def _tail_runs(pieces: list[tuple[str, bool]]) -> list[str]:
    """Join the pieces after the core back into segments (one per subordinate clause)."""
    runs: list[str] = []
    current: list[str] = []
    for text, ends in pieces:
        current.append(text)
        if ends:
            runs.append(", ".join(current))
            current = []
    if current:
        runs.append(", ".join(current))
    return runs


def _is_participle(word: str) -> bool:
    """A past participle that closes a main clause: "gebildet", "eingebunden", "informiert"."""
    return word.isalpha() and word.islower() and bool(re.search(r"ge\w{2,}(?:t|en)$|iert$", word))


def _closed(tail: str) -> bool:
    """A subordinate clause after the verb must end in its own verb; otherwise the main clause went on.

    "In welchem Umfang erhalten Bestandsrentner, deren Rente … begonnen hat, seit 2024 den Zuschlag"
    has a relative clause inside the main clause, which the rewriter does not handle.
    """
    words = tail.split()
    opens = (words[0] in CLAUSE_STARTS and words[0] != "insbesondere") or words[0] in _RELATIVE
    if not opens and not (words[0] in PREPOSITIONS and len(words) > 1 and words[1] in _RELATIVE):
        return True
    while words and _is_paren(words[-1]):
        words.pop()
    return bool(words) and _ends_verbally(words[-1])


def _verb_last(core: str) -> str | None:
    """One question clause in verb-final order, with "ob" for a yes/no question."""
    words = core.split()
    coordinator = [words.pop(0)] if words and words[0] in COORDINATORS else []
    verb_at = 0 if coordinator and _coordinated_yes_no(words) else _finite_verb(words)
    if verb_at is None:
        return None
    head, verb, rest = words[:verb_at], words[verb_at], words[verb_at + 1 :]
    last = max((i for i, word in enumerate(rest) if not _is_paren(word)), default=None)
    if (
        last is None
        or (verb.lower() in AUXILIARIES and not _ends_verbally(rest[last]))
        or _coordinated_verb(rest)
    ):
        return None
    if verb.lower() not in AUXILIARIES and rest[last] in PARTICLES:
        verb = rest.pop(last) + verb.lower()  # "nehmen … teil (JOO)" → "… (JOO) teilnehmen"
    opening = [head[0].lower(), *head[1:]] if head else ["ob"]  # "und teilt sie …" → "und ob sie … teilt"
    return " ".join([*coordinator, *opening, *_with_verb(rest, verb.lower())])


_V1_FOLLOWERS = frozenset(
    {
        "sie",
        "es",
        "sich",
        "dies",
        "das",
        "die",
        "der",
        "den",
        "hierzu",
        "dazu",
        "hier",
        "diese",
        "dieser",
        "dieses",
        "ihr",
        "ihre",
        "ein",
        "eine",
        "er",
    }
)


def _coordinated_yes_no(words: list[str]) -> bool:
    """ "… und teilt sie …", "… und liegen hierzu … vor": a yes/no question after "und", as "ob"."""
    return (
        len(words) > 2
        and words[0].islower()
        and _looks_verb(words[0])
        and not _is_w(words[0])
        and words[0] not in PREPOSITIONS
        and words[1] in _V1_FOLLOWERS
    )


_HAVE_BE = frozenset({"hat", "haben", "hatte", "hatten", "ist", "sind", "war", "waren"})


def _coordinated_verb(words: list[str]) -> bool:
    """ "… interveniert bzw. will sie intervenieren": a second finite verb the rewriter cannot place."""
    return any(
        word in COORDINATORS and following in AUXILIARIES | _HAVE_BE
        for word, following in itertools.pairwise(words)
    )


_DOUBLE_INFINITIVE = frozenset({"lassen", "können", "müssen", "sollen", "wollen", "dürfen"})


def _with_verb(rest: list[str], verb: str) -> list[str]:
    """Verb last, except before a double infinitive: "… hat … vertreten lassen" keeps "hat" first."""
    if verb in ("hat", "haben", "hatte", "hatten") and len(rest) > 1 and rest[-1] in _DOUBLE_INFINITIVE:
        return [*rest[:-2], verb, *rest[-2:]]
    return [*rest, verb]


def _ends_verbally(word: str) -> bool:
    """An infinitive, participle or predicative adjective: lower-case, not a mask."""
    return word.isalpha() and word.islower()


def _again_masked(masked: str) -> str | None:
    """The first clause re-asked with "inzwischen" right after its finite verb."""
    words = masked.split()
    verb = _finite_verb(words)
    if verb is None:
        return None
    at = verb + 1
    while at < len(words) and words[at] in _PRONOUNS:
        at += 1  # "Hat sich die Bundesregierung inzwischen …", "Soll es sich inzwischen …"
    if words[at : at + 2] == ["die", "Bundesregierung"]:
        at += 2
    return " ".join([*words[:at], "inzwischen", *words[at:]])


_PRONOUNS = frozenset({"sich", "es", "sie", "er", "ihr", "ihm", "ihnen", "uns", "dies", "das"})


def _starts_question(words: list[str]) -> bool:
    """A coordinated question clause: "und wer soll …", "bzw. wie …", or an asyndetic V2 question."""
    if not words:
        return False
    if words[0] in COORDINATORS:
        rest = words[1:]
        if _coordinated_yes_no(rest):
            return True
        return (
            bool(rest)
            and rest[0] not in ("wenn", "falls")
            and _is_w_start(rest)
            and _finite_verb(rest) is not None
        )
    return words[0] in W_DETERMINERS and _finite_verb(words) not in (None, len(words) - 1)


def _is_w_start(words: list[str]) -> bool:
    first = words[0].lower()
    if first in PREPOSITIONS and len(words) > 1:
        first = words[1].lower()
    return _is_w(first)


def _finite_verb(words: list[str]) -> int | None:
    """Index of the finite verb of a direct question (V1 or after the W-phrase), or None."""
    if not words:
        return None
    first = words[0].lower()
    start = 1 if first in PREPOSITIONS and len(words) > 1 and _is_w(words[1].lower()) else 0
    head = words[start].lower()
    if start == 0 and not _is_w(head):
        return 0 if words[0][:1].isupper() and _looks_verb(head) else None
    if head == "wie" and _next_word(words, start) in ("viel", "viele", "vielen"):
        return _after_phrase(words, start + 2)
    if head == "wie" and _next_word(words, start) in ("hoch", "lange", "oft", "groß", "weit", "schnell"):
        return start + 2 if start + 2 < len(words) and _looks_verb(words[start + 2]) else None
    if head in SIMPLE_W:
        return _after_simple(words, start)
    if head in W_DETERMINERS:
        return _after_phrase(words, start + 1)
    return None


def _is_w(word: str) -> bool:
    return word in SIMPLE_W or word in W_DETERMINERS


def _next_word(words: list[str], start: int) -> str:
    return words[start + 1].lower() if start + 1 < len(words) else ""


def _after_simple(words: list[str], start: int) -> int | None:
    """ "Wann und wo soll …": skip coordinated W-words, then the verb must follow."""
    index = start + 1
    while index + 1 < len(words) and words[index] in ("und", "oder") and _is_w(words[index + 1].lower()):
        index += 2
    return index if index < len(words) and _looks_verb(words[index]) else None


def _after_phrase(words: list[str], index: int) -> int | None:
    """Skip the noun phrase after "welche"/"wie viele" (adjectives, nouns, genitives, PPs)."""
    seen_noun = False
    start = index
    while index < len(words):
        word = words[index]
        if word in _PRONOMINAL and index == start:
            seen_noun = True  # "welche davon liegen …"
        elif _is_mask(word) or word[:1].isupper():
            seen_noun = seen_noun or word[:1].isupper()
        elif word in ("und", "oder", "sowie", "bzw.") or (seen_noun and _joins_phrase(word)):
            seen_noun = False
        elif seen_noun:
            return index if _looks_verb(word) else None
        elif index == start and word in ("der", "die", "das", "den", "dem"):
            return None  # "welche die Plattform …": a relative clause, not a question
        index += 1
    return None


_PRONOMINAL = frozenset({"davon", "hiervon", "darunter", "hierunter", "daraus", "dazu"})


def _joins_phrase(word: str) -> bool:
    """A genitive article or preposition after a noun continues the W-phrase ("Maßnahmen in den …")."""
    return word in ("der", "des", "einer", "eines", "welcher", "welches") or word in PREPOSITIONS


def _looks_verb(word: str) -> bool:
    """A finite verb candidate: letters only and not a known non-verb."""
    return word.isalpha() and word.lower() not in NON_VERBS
