"""Is a generated German sentence well-formed? A check by part-of-speech analysis (HanTa).

A follow-up that a clerk of the Parlamentssekretariat would bounce is worse than none, so every
question drafter words from an earlier question is checked before it is used, and where the check
fails the template falls back to a form that is safe by construction (the earlier question quoted).
The check tags the words with the Hanover Tagger (HanTa ships its model inside the wheel; nothing
is downloaded) and reads the clause structure German word order demands:

- the text is cut at commas into clauses; a clause *opens* with a subordinating conjunction
  ("ob", "dass", "wenn"), a W-word ("wie viele", "in welchen"), a relative pronoun ("die", "denen",
  "in dem") or an infinitive conjunction ("um", "ohne"); a piece that opens nothing continues the
  innermost clause not yet closed (so "Kinder, Schwangere" is one enumeration, and the outer
  clause resumes after a relative clause);
- a subordinate clause ends in its finite verb ("… aufgewendet werden sollen"; the substitute
  infinitive "… hat vertreten lassen" too) and holds no other finite verb and no separated verb
  particle ("an", "teil" stay glued to their verb: "teilnehmen");
- an infinitive clause ("um … zu reagieren", "… festzulegen") holds no finite verb;
- a main question is verb-first ("Hat die Bundesregierung …") or verb-second after its W-phrase
  ("Aus welchen Gründen hat …"), with one finite verb.

Quoted text („…“) counts as one noun, brackets are left out: both are taken over verbatim. The
check is deliberately strict: a false alarm costs only elegance (the safe form is used), a missed
error costs the staffer's trust.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from drafter.draft.grammar.lexicon import COORDINATORS, PREPOSITIONS, SIMPLE_W, W_DETERMINERS
from drafter.draft.grammar.tagger import tag

_FINITE = frozenset({"VV(FIN)", "VA(FIN)", "VM(FIN)"})
_INFINITE = frozenset({"VV(INF)", "VA(INF)", "VM(INF)", "VV(PP)", "VA(PP)", "VM(PP)", "VV(IZU)"})
_SUBORDINATORS = frozenset(
    {
        "ob",
        "dass",
        "wenn",
        "falls",
        "sofern",
        "soweit",
        "weil",
        "da",
        "obwohl",
        "nachdem",
        "bevor",
        "während",
        "damit",
        "indem",
        "wobei",
    }
)
_INFINITIVE_OPENERS = frozenset({"um", "ohne", "statt", "anstatt"})
_RELATIVE = frozenset(
    {
        "der",
        "die",
        "das",
        "dem",
        "den",
        "deren",
        "dessen",
        "denen",
        "welche",
        "welcher",
        "welches",
        "welchem",
        "welchen",
    }
)
_W_EXTRA = frozenset({"wie", "wieviel", "wieviele"})
_ELLIPSIS = re.compile(r"^(?:und |oder )?(?:wenn|falls) (?:ja|nein|nicht)\b", re.IGNORECASE)
_TOKEN = re.compile(r"„[^“]*“|\w+(?:[-./]\w+)*\.?|[,;:?!]", re.UNICODE)


@dataclass
class _Clause:
    kind: str  # "main", "sub" (verb-final), "inf" (infinitive), "ellipsis"
    words: list[tuple[str, str]] = field(default_factory=list)

    @property
    def closed(self) -> bool:
        """A verb-final clause is closed once it ends in its finite verb, an infinitive clause once it
        ends in its infinitive with "zu"; what follows then belongs to the clause around it."""
        if self.kind == "inf":
            return _has_zu_infinitive(self.words[-2:])
        return self.kind == "sub" and _finite_at_end(self.words)


def tokens(text: str) -> list[str]:
    """Words, quotations and punctuation of ``text`` with every "(…)" group left out."""
    previous = None
    while previous != text:
        previous, text = text, re.sub(r"\s*\([^()]*\)", "", text)
    return _TOKEN.findall(text)


def _pieces(words: list[tuple[str, str]]) -> list[list[tuple[str, str]]]:
    """Cut at commas, and before "und"/"oder" that joins a new W- or "ob"-clause to one with a verb
    ("… aufgewendet werden sollen und woher diese stammen")."""
    pieces: list[list[tuple[str, str]]] = [[]]
    for index, (word, tag_) in enumerate(words):
        if word in (",", ";", ":"):
            pieces.append([])
            continue
        if word in ("?", "!"):
            continue
        rest = words[index + 1 :]
        if (
            word.lower() in COORDINATORS
            and rest
            and (
                rest[0][0].lower() in ("ob", "dass")
                or (
                    any(_is_verb(t) for _, t in pieces[-1])
                    and (w_phrase_end(list(rest)) is not None or rest[0][0].lower() in _SUBORDINATORS)
                )
            )
        ):
            pieces.append([])
        pieces[-1].append((word, tag_))
    return [piece for piece in pieces if piece]


def _opening(piece: list[tuple[str, str]]) -> str | None:
    """The kind of clause a comma piece opens ("sub", "inf", "w"), or None if it continues one."""
    words = _without_coordinator(piece)
    first = words[0][0].lower()
    if w_phrase_end(words) is not None and not _comparison(words):
        return "w"  # "um wie viele Tage …" too
    if first in _INFINITIVE_OPENERS and _has_zu_infinitive(words):
        return "inf"
    if first == "um" and words[0][1] == "KOUI":
        return "inf"  # "…, um gezielt Kinder, Schwangere und Ältere zu schützen" (the rest follows)
    if _has_zu_infinitive(words[-2:]) and not _finite_positions(words):
        return "inf?"  # "…, Schritte zu unternehmen", unless it ends an enumeration inside one
    if first in _SUBORDINATORS:
        return "sub"
    if words[0][1].startswith("PREL"):
        return "sub"
    relative = words[1:] if first in PREPOSITIONS else words
    if relative and relative[0][0].lower() in _RELATIVE and _verb_last(relative):
        return "sub"  # "…, die die Chancenkarte erhalten haben" (HanTa often says ART), "…, in dem …"
    return None


_COMPARISON_NEXT = frozenset({"etwa", "beispielsweise", "bspw.", "z.", "zum", "insbesondere", "u.", "unter"})
_ASIDE = frozenset(
    {"insbesondere", "etwa", "auch", "beispielsweise", "bspw.", "z.", "vor", "jeweils", "sowohl"}
)


def _comparison(words: list[tuple[str, str]]) -> bool:
    """ "wie etwa der Feldlerche", "wie z. B. …": a comparison, not a W-question."""
    return words[0][0].lower() == "wie" and len(words) > 1 and words[1][0].lower() in _COMPARISON_NEXT


def _aside(piece: list[tuple[str, str]]) -> bool:
    """ "…, insbesondere im Hinblick auf …": an extraposed phrase without a verb, allowed after the verb."""
    return piece[0][0].lower() in _ASIDE and not any(_is_verb(t) for _, t in piece)


def _without_coordinator(piece: list[tuple[str, str]]) -> list[tuple[str, str]]:
    if len(piece) > 1 and piece[0][0].lower() in COORDINATORS:
        return piece[1:]
    return piece


def w_phrase_end(words: list[tuple[str, str]]) -> int | None:
    """Index after the W-word that opens ``words`` ("in wie vielen", "Bis wann", "Welche"), or None."""
    at = 1 if words and words[0][0].lower() in PREPOSITIONS | {"bis", "ab", "seit"} else 0
    if at >= len(words):
        return None
    word = words[at][0].lower()
    if word in SIMPLE_W or word in W_DETERMINERS or word in _W_EXTRA or word in ("inwiefern", "inwieweit"):
        return at + 1
    return None


def _finite_positions(words: list[tuple[str, str]]) -> list[int]:
    """Finite verbs, leaving out participles used as adjectives ("die bestätigte Schutzpflicht")."""
    return [
        i
        for i, (_, t) in enumerate(words)
        if t in _FINITE and not (i + 1 < len(words) and words[i + 1][1] in ("NN", "ADJ(A)", "NE"))
    ]


def _is_verb(tag_: str) -> bool:
    return tag_ in _FINITE or tag_ in _INFINITE


def _verb_last(words: list[tuple[str, str]]) -> bool:
    return bool(words) and _is_verb(words[-1][1])


def _has_zu_infinitive(words: list[tuple[str, str]]) -> bool:
    tags = [t for _, t in words]
    return "VV(IZU)" in tags or any(
        w.lower() == "zu" and i + 1 < len(words) and tags[i + 1] in _INFINITE
        for i, (w, _) in enumerate(words)
    )


def _cluster_start(words: list[tuple[str, str]]) -> int:
    """Where the verb cluster at the end of ``words`` begins (``len(words)`` if none)."""
    start = len(words)
    while start and (
        _is_verb(words[start - 1][1])
        or (
            words[start - 1][1] == "ADJ(D)"
            and start < len(words)
            and start >= 2
            and _is_verb(words[start - 2][1])
        )
    ):
        start -= 1  # "hat vertreten lassen": the tagger may read the participle as an adverb
    return start


def _finite_at_end(words: list[tuple[str, str]]) -> bool:
    """The clause ends in its finite verb: tagged finite, or a plural form the tagger read as infinitive
    ("teilnehmen"), or finite before substitute infinitives ("hat vertreten lassen")."""
    if words and words[-1][0].startswith("„"):
        return True  # the verb stands inside the verbatim quotation
    start = _cluster_start(words)
    cluster = words[start:]
    if not cluster:
        return False
    last_word, last_tag = cluster[-1]
    if last_tag in _FINITE or (last_tag in ("VV(INF)", "VA(INF)", "VM(INF)") and last_word.endswith("n")):
        return True
    if (
        len(cluster) == 1
        and last_tag == "VV(PP)"
        and last_word.endswith("t")
        and not last_word.startswith("ge")
    ):
        return True  # "bewertet", "definiert": third person and participle look alike
    return any(t in _FINITE for _, t in cluster[:-1]) and cluster[-1][1] in ("VV(INF)", "VM(INF)", "VA(INF)")


def _problem_in_sub(clause: _Clause) -> str | None:
    words = clause.words
    if not _finite_at_end(words):
        return f"Nebensatz „{_show(words)}“ endet nicht mit dem gebeugten Verb"
    start = _cluster_start(words)
    if any(i < start for i in _finite_positions(words)):
        return f"Nebensatz „{_show(words)}“ hat ein gebeugtes Verb an falscher Stelle"
    if any(t == "PTKVZ" for _, t in words):
        return f"Nebensatz „{_show(words)}“ hat eine abgetrennte Verbpartikel"
    return None


def _problem_in_inf(clause: _Clause) -> str | None:
    if _finite_positions(clause.words):
        return f"Infinitivsatz „{_show(clause.words)}“ enthält ein gebeugtes Verb"
    if not _has_zu_infinitive(clause.words):
        return f"Infinitivsatz „{_show(clause.words)}“ hat keinen Infinitiv mit „zu“"
    return None


def _problem_in_main(clause: _Clause) -> str | None:
    """Verb first, or verb second after the W-phrase; another finite verb only in a coordinated
    W-question or in the verb cluster at the end (a participle the tagger read as finite)."""
    words = _without_coordinator(clause.words)
    verbs = [i for i, (_, t) in enumerate(words) if _is_verb(t)]
    if not verbs:
        return f"Hauptsatz „{_show(words)}“ hat kein Verb"
    first = verbs[0]
    if first > 0 and w_phrase_end(words[:first]) is None:
        return f"Fragesatz „{_show(words)}“ beginnt weder mit dem Verb noch mit einem Fragewort"
    end = _cluster_start(words)
    middle = [
        i
        for i in _finite_positions(words)
        if first < i and (i < end or not words[i][0].endswith("t"))  # "bemüht" may be read as finite
    ]
    if middle and not _coordinated_main(words, first):
        return f"Hauptsatz „{_show(words)}“ hat mehr als ein gebeugtes Verb"
    if first > 0 and first >= end and _second_noun_phrase(words[:first]):
        return f"Fragesatz „{_show(words)}“ hat das gebeugte Verb am Ende wie ein Nebensatz"
    return None


def _second_noun_phrase(prefix: list[tuple[str, str]]) -> bool:
    """A noun phrase of its own after the W-phrase ("Welche Maßnahmen *die Bundesregierung* ergreift")."""
    head = w_phrase_end(prefix) or 0
    rest = prefix[head:]
    after_noun = next((i for i, (_, t) in enumerate(rest) if t in ("NN", "NE")), None)
    if after_noun is None:
        return False
    return any(t in ("ART", "PPER", "PDS") for _, t in rest[after_noun + 1 :])


def _coordinated_main(words: list[tuple[str, str]], first: int) -> bool:
    """ "Wann wurde … beschlossen und wer soll … durchführen": a second V2 clause after "und"."""
    for i in range(first + 1, len(words)):
        if words[i][0] in ("und", "oder") and w_phrase_end(words[i + 1 :]) is not None:
            return _v2(words[i:])
    return False


def _show(words: list[tuple[str, str]]) -> str:
    return " ".join(word for word, _ in words)


def _clauses(tagged: list[tuple[str, str]], first_kind: str) -> list[_Clause] | str:
    """Build the clauses of a text whose first piece is of ``first_kind`` ("main" or "sub")."""
    pieces = _pieces(tagged)
    if not pieces:
        return "leerer Text"
    done: list[_Clause] = []
    stack = [_Clause(first_kind, pieces[0])]
    for piece in pieces[1:]:
        opening = _opening(piece)
        if _ELLIPSIS.match(_show(piece)):
            done.append(_Clause("ellipsis", piece))
        elif done and done[-1].kind == "ellipsis" and not any(_is_verb(t) for _, t in piece):
            done[-1].words.extend(piece)  # "wenn ja, bei welchen Stellen"
        elif done and done[-1].kind == "ellipsis" and _is_verb(piece[0][1]):
            stack.append(_Clause("main", piece))  # "und wenn ja, hat die Regierung … gemacht"
        elif _aside(piece) and stack[-1].closed:
            done.append(_Clause("aside", piece))
        elif done and done[-1].kind == "aside" and opening is None and not any(_is_verb(t) for _, t in piece):
            done[-1].words.extend(piece)  # "insbesondere hinsichtlich der Rechte, Ressourcen und …"
        elif opening == "w":
            outer = stack[0].kind
            stack.append(_Clause("main" if outer == "main" and _v2(piece) else "sub", piece))
        elif opening == "inf?" and stack[-1].kind == "inf" and not stack[-1].closed:
            stack[-1].words.extend(piece)  # "um gezielt Kinder, Schwangere und Ältere zu schützen"
        elif opening is not None:
            stack.append(_Clause(opening.rstrip("?"), piece))
        elif stack[-1].closed and _is_verb(piece[0][1]) and _finite_at_end(piece):
            stack[-1].words.extend(piece)  # "… abgelehnt, eingeschränkt oder widerrufen wurden"
        else:
            while len(stack) > 1 and stack[-1].closed:
                done.append(stack.pop())
            stack[-1].words.extend(piece)
    return done + stack


def _v2(piece: list[tuple[str, str]]) -> bool:
    """A W-question in verb-second order: "…, und welche Teile kann die Bundesregierung …"."""
    words = _without_coordinator(piece)
    finite = _finite_positions(words)
    return w_phrase_end(words) is not None and bool(finite) and finite[0] < len(words) - 1


def _problems(clauses: list[_Clause]) -> str | None:
    for clause in clauses:
        if clause.kind == "sub":
            problem = _problem_in_sub(clause)
        elif clause.kind == "inf":
            problem = _problem_in_inf(clause)
        elif clause.kind == "main":
            problem = _problem_in_main(clause)
        else:
            problem = None
        if problem:
            return problem
    return None


def clause_problem(clause: str) -> str | None:
    """Why the indirect question ``clause`` ("wie viele … sind") is not well-formed, or None."""
    words = tokens(clause)
    tagged = list(tag(tuple(words)))
    if not tagged or not (tagged[0][0].lower() in _SUBORDINATORS or w_phrase_end(tagged) is not None):
        return "der indirekte Fragesatz beginnt nicht mit „ob“ oder einem Fragewort"
    clauses = _clauses(tagged, "sub")
    return clauses if isinstance(clauses, str) else _problems(clauses)


def question_problem(sentence: str) -> str | None:
    """Why the question sentence ``sentence`` ("Welche … hat die Bundesregierung …?") is ill-formed."""
    words = tokens(sentence)
    if not words or words[-1] != "?":
        return "der Satz endet nicht mit einem Fragezeichen"
    tagged = list(tag(tuple(words)))
    if _ELLIPSIS.match(sentence):
        return None
    if tagged[0][0].lower() in _SUBORDINATORS and "," in words:
        # "Wenn sie sich noch keine Meinung gebildet hat, bis wann wird sie das tun?"
        cut = words.index(",")
        leading = _problems([_Clause("sub", tagged[:cut])])
        clauses = _clauses(tagged[cut + 1 :], "main")
        return leading or (clauses if isinstance(clauses, str) else _problems(clauses))
    clauses = _clauses(tagged, "main")
    return clauses if isinstance(clauses, str) else _problems(clauses)
