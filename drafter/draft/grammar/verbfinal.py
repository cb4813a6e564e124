"""Verb-final clauses: the grammar behind ``paraphrase``'s indirect questions.

Works on text whose brackets and quotations are masked (``\x00N\x00``, ``\x01N\x01``), so commas
inside them never split clauses. A question is cut into comma pieces; pieces that open a clause
(conjunction, relative pronoun, W-word, infinitive with "zu", an apposition) stay behind the moved
verb, pieces that continue the main clause ("…, eine Meinung gebildet") belong to the core. The
finite verb moves to the end of the core, a separable particle joins it ("nehmen … teil" →
"teilnehmen"), a yes/no question becomes an "ob" clause. Whatever is not recognised returns None,
and the caller quotes the original instead.
"""

from __future__ import annotations

import itertools
import re

from drafter.draft.grammar.lexicon import (
    AUXILIARIES,
    CLAUSE_STARTS,
    COORDINATORS,
    PARTICLES,
    PREPOSITIONS,
    SIMPLE_W,
    W_DETERMINERS,
)
from drafter.draft.grammar.tagger import tag
from drafter.draft.grammar.wphrase import finite_verb, is_w, looks_verb


def _is_paren(word: str) -> bool:
    return bool(re.fullmatch(r"\x00\d+\x00", word))


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
        verb = finite_verb(words)
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
    if first in PREPOSITIONS and len(words) > 1 and (words[1] in _RELATIVE or is_w(words[1])):
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


def indirect_masked(masked: str) -> str | None:
    """Convert every question clause of the masked text; None if any clause is not understood."""
    masked = re.sub(r"^(\w+), (und|oder) ", r"\1 \2 ", masked)  # "Wann, und wo soll …"
    parts: list[str] = []
    clauses = _clauses(_segments(_drop_followups(masked)))
    for clause, following in itertools.zip_longest(clauses, clauses[1:]):
        if any(tail.split()[0] in COORDINATORS for tail in clause[1:]):
            return None  # "…, und liegen hierzu … vor": a coordinated clause the rewriter cannot turn
        if _elliptical(clause, following):
            return None
        converted = _convert_clause(clause)
        if converted is None:
            return None
        joiner = " " if converted.split()[0] in COORDINATORS else ", "
        parts.append(joiner + converted if parts else converted)
    return "".join(parts) if parts else None


_SUBJECT_TAGS = frozenset({"NN", "NE", "PPER", "PDS", "PIS", "PRELS", "PPOSS"})
_PP_TAGS = frozenset({"APPR", "APPRART", "APPO"})


def _elliptical(clause: list[str], following: list[str] | None) -> bool:
    """A question clause that borrows its subject or its verb from its neighbour, which no
    verb-final rewrite can keep: German shares them only in the direct question.

    - "Wie hoch waren im Jahr 2024 und wie hoch sind aktuell Anzahl sowie Anteil …" (21/1069):
      the first clause has no subject of its own (only "im Jahr 2024"); moved to the end, its verb
      leaves "wie hoch im Jahr 2024 waren" with nothing that was high.
    - "Wie viele Personen … sind als „Gefährderin“ oder „Gefährder“, wie viele als „Relevante
      Person“ eingestuft" (21/1517): the second part has no finite verb of its own.
    """
    if any(is_w(tail.split()[0].lower()) and not _has_finite(tail.split()) for tail in clause[1:]):
        return True
    if following is None or following[0].split()[0] not in COORDINATORS:
        return False
    words = clause[0].split()
    return finite_verb(words) is not None and not _has_subject(words)


def _tags(words: list[str]) -> tuple[tuple[str, str], ...]:
    return tag(tuple("Zitat" if re.fullmatch(r"\x01\d+\x01", word) else word for word in words))


def _has_finite(words: list[str]) -> bool:
    return any(tag_.endswith("(FIN)") for _, tag_ in _tags(words))


def _has_subject(words: list[str]) -> bool:
    """Is there a noun or pronoun outside a prepositional phrase ("im Jahr 2024" is none)?"""
    in_phrase = False
    for word, tag_ in _tags(words):
        if _is_paren(word):
            continue
        if tag_ in _PP_TAGS:
            in_phrase = True
        elif tag_ in _SUBJECT_TAGS:
            if not in_phrase:
                return True
            in_phrase = False  # the noun closes the prepositional phrase
    return False


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
    verb_at = 0 if coordinator and _coordinated_yes_no(words) else finite_verb(words)
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
    if verb.lower() not in AUXILIARIES | _BE and rest[last] in PARTICLES:
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
        and looks_verb(words[0])
        and not is_w(words[0])
        and words[0] not in PREPOSITIONS
        and words[1] in _V1_FOLLOWERS
    )


# forms of "sein": a particle-like word before them is a predicate ("… der Bundesregierung bekannt
# sind"), never part of the verb as in "gibt … bekannt" → "bekanntgibt"
_BE = frozenset({"ist", "sind", "war", "waren", "wäre", "wären", "sei", "seien"})
_HAVE_BE = frozenset({"hat", "haben", "hatte", "hatten", "ist", "sind", "war", "waren"})


def _coordinated_verb(words: list[str]) -> bool:
    """ "… interveniert bzw. will sie intervenieren": a second finite verb the rewriter cannot place."""
    return any(
        word in COORDINATORS and following in AUXILIARIES | _HAVE_BE
        for word, following in itertools.pairwise(words)
    )


_DOUBLE_INFINITIVE = frozenset({"lassen", "können", "müssen", "sollen", "wollen", "dürfen"})


def _with_verb(rest: list[str], verb: str) -> list[str]:
    """Verb last, except before a double infinitive: "… hat … vertreten lassen" keeps "hat" first;
    and after a participle whose prepositional phrase the question put after it ("Hat sich die
    Bundesregierung eine Auffassung gebildet zu den internationalen Erfahrungen …?", 21/2195) →
    "ob sie sich eine Auffassung gebildet hat zu den internationalen Erfahrungen …"."""
    if verb in ("hat", "haben", "hatte", "hatten") and len(rest) > 1 and rest[-1] in _DOUBLE_INFINITIVE:
        return [*rest[:-2], verb, *rest[-2:]]
    if verb in _HAVE_BE | AUXILIARIES:
        for index, word in enumerate(rest[:-1]):
            if _is_participle(word) and rest[index + 1] in PREPOSITIONS:
                return [*rest[: index + 1], verb, *rest[index + 1 :]]
    return [*rest, verb]


def _ends_verbally(word: str) -> bool:
    """An infinitive, participle or predicative adjective: lower-case, not a mask."""
    return word.isalpha() and word.islower()


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
            and finite_verb(rest) is not None
        )
    return words[0] in W_DETERMINERS and finite_verb(words) not in (None, len(words) - 1)


def _is_w_start(words: list[str]) -> bool:
    first = words[0].lower()
    if first in PREPOSITIONS and len(words) > 1:
        first = words[1].lower()
    return is_w(first)
