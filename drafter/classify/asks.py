"""What a question asks for: the kinds of information (``Asked``) and, for a yes/no question, its
predicate, the verb an answer that commits itself repeats.

The ``ask`` shape rules (``shapes.toml``) read the kinds from a question's interrogatives, verbs and
brackets ("Wie viele …" asks a figure, "bitte nach Jahren aufschlüsseln" a breakdown). A yes/no
question ("Hat die Bundesregierung sichergestellt, dass …?", "Wird die Bundesregierung sich … für eine
Reform einsetzen?") asks outright for a decision or position where its verb is one of deciding or
assessing, or where it asks for a view ("Hat sich die Bundesregierung eine Auffassung gebildet …",
"Sind die Äußerungen … aus Sicht der Bundesregierung zielführend"). Its predicate is the verb bracket
of the main clause: the finite verb in first place unless it is an auxiliary, and the word closing
the clause (participle, infinitive, predicative adjective), a separable particle joined to its verb
("Liegen … vor" -> "vorliegen"). German writes nouns capitalised, so a lower-case word closing the
main clause is the verb part of the bracket; the word lists in ``asks.toml`` hold the exceptions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from drafter.classify.answer import sentences_of
from drafter.classify.lemmas import lemma, words
from drafter.classify.rules import RuleError
from drafter.classify.shapes import ShapeKind, matching_shapes
from drafter.datafile import read_toml
from drafter.models import Asked

DEFAULT_ASKS = Path(__file__).with_name("asks.toml")
_ORDER = tuple(Asked)


@dataclass(frozen=True)
class Question:
    """What one question asks for. ``asked``: the kinds it asks outright; ``conditional``: kinds
    asked only on a yes ("Werden … entschädigt, und wenn ja, in welcher Höhe?") or in the brackets of
    a yes/no question, which a plain "Nein" or any definite negative answers. ``predicate``: the
    lemmas of the verb bracket of a yes/no question ("Hat … sichergestellt" -> "sicherstellen");
    an answer sentence that repeats one commits itself. ``yes_no``: the question asks whether."""

    asked: tuple[Asked, ...]
    conditional: tuple[Asked, ...] = ()
    predicate: frozenset[str] = frozenset()
    other_parts: bool = False
    yes_no: bool = False


@dataclass(frozen=True)
class Words:
    """The word lists of ``asks.toml``: verbs in first place that carry no predicate, separable
    particles, and lower-case words that may close a main clause without being part of its verb."""

    auxiliaries: frozenset[str]
    particles: frozenset[str]
    fillers: frozenset[str]
    examples: tuple[tuple[str, frozenset[str]], ...]


def _list(path: Path, data: dict[str, object], key: str) -> frozenset[str]:
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise RuleError(f"Regeldatei {path}: „{key}“ muss eine Liste von Wörtern sein.")
    return frozenset(v.lower() for v in value)


def _examples(path: Path, raw: object) -> tuple[tuple[str, frozenset[str]], ...]:
    if not isinstance(raw, list) or not raw:
        raise RuleError(f"Regeldatei {path}: es fehlen Beispiele ([[example]]).")
    out: list[tuple[str, frozenset[str]]] = []
    for number, item in enumerate(raw, start=1):
        question = item.get("question") if isinstance(item, dict) else None
        predicate = item.get("predicate") if isinstance(item, dict) else None
        if not isinstance(question, str) or not isinstance(predicate, list):
            raise RuleError(f"Regeldatei {path}: Beispiel Nr. {number} braucht „question“ und „predicate“.")
        out.append((question, frozenset(str(p) for p in predicate)))
    return tuple(out)


def load_words(path: Path = DEFAULT_ASKS) -> Words:
    """Read and check the word lists; a broken file raises ``RuleError`` in German."""
    data = read_toml(path, RuleError)
    return Words(
        auxiliaries=_list(path, data, "auxiliaries"),
        particles=_list(path, data, "particles"),
        fillers=_list(path, data, "fillers"),
        examples=_examples(path, data.get("example")),
    )


@cache
def default_words() -> Words:
    return load_words()


_W_WORD = re.compile(
    r"\b(?:wie|welche[mnrs]?|was|wann|wo|wer|wen|wem|wessen|warum|weshalb|wieso|weswegen|inwiefern|inwieweit"
    r"|wo(?:durch|mit|für|her|hin|zu|rauf|ran|von|rin))\b",
    re.IGNORECASE,
)
LEAD = re.compile(r"^(?:und\s+)?(?:wenn|falls|sofern)\s+(?:ja|nein|nicht)\s*,\s*", re.IGNORECASE)
_BRACKETS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
# the main clause ends at "?", ";", ":", a dash, or a comma before a lower-case word (a conjunction,
# relative pronoun or W-word opens the next clause; an enumeration goes on with a capitalised noun)
_CLAUSE_END = re.compile(r",\s*(?=[a-zäöüß])|[?;:]|\s[–-]\s")
# a coordinated second verb ("… geführt oder beabsichtigt sie …"); before a capitalised word the
# conjunction joins nouns and stays inside the clause
_COORDINATED = re.compile(r"\s(?:oder|und|bzw\.?)\s(?=[a-zäöüß])")
# the part of a yes/no question before what is asked only on a yes ("…, und wenn ja, wie lautet diese?")
# or in an indirect question ("Ist der Bundesregierung bekannt, welche Auffassung die IMK … vertritt")
_ON_YES = re.compile(
    r",?\s*(?:und\s+)?(?:wenn|falls|sofern)\s+(?:ja|nein|nicht)\b|,\s*(?:und\s+)?(?=(?:wie|welche\w*|was|wann|wo"
    r"|wer|warum|inwiefern|inwieweit)\b)|\?",
    re.IGNORECASE,
)


def yes_no(text: str) -> bool:
    """A yes/no question: its first clause (after a leading "Wenn ja,") holds no interrogative
    ("Plant die Bundesregierung …", "Werden … entschädigt, und wenn ja, in welcher Höhe?")."""
    head = re.split(r"[,(;:]", LEAD.sub("", text.strip()), maxsplit=1)[0]
    return not _W_WORD.search(head)


def main_clause(text: str) -> str:
    """The main clause of a question, brackets left out: "Hat die Bundesregierung sichergestellt" of
    "Hat die Bundesregierung sichergestellt, dass deutsche Steuergelder nicht … verwendet werden?"."""
    plain = _BRACKETS.sub(" ", LEAD.sub("", text.strip()))
    end = _CLAUSE_END.search(plain)
    return plain[: end.start()] if end else plain


@lru_cache(maxsize=4096)
def predicate(text: str) -> frozenset[str]:
    """The lemmas of the verb bracket of a yes/no question (empty where it cannot be read), of each
    of its coordinated parts ("Hat die Bundesregierung Gespräche mit Ryanair geführt oder beabsichtigt
    sie, …" -> "führen", "beabsichtigen"); for "Gibt es …" the thing asked about ("Initiativen")."""
    parts = [words(part) for part in _COORDINATED.split(main_clause(text))]
    out: set[str] = set()
    for index, found in enumerate(parts):
        if found:
            out |= _bracket(found, first=index == 0, final=index == len(parts) - 1)
    return frozenset(out)


def _bracket(found: list[str], first: bool, final: bool) -> set[str]:
    """The verb in first place (unless an auxiliary) and the word closing the clause. In a part
    after a conjunction the first word counts only as an inflected verb ("beabsichtigt", not "auf"),
    and before one the closing word only as a verb ("geführt", not "flächendeckende")."""
    known = default_words()
    verb, last = lemma(found[0].lower()), found[-1]
    out: set[str] = set()
    if verb not in known.auxiliaries | known.fillers and (first or _verb(found[0])):
        out.add(verb)
    if verb == "geben" and found[1:2] == ["es"]:
        # "Gibt es Initiativen …", "Gab oder gibt es koordinierende Gespräche …": what is asked to exist
        nouns = [w for w in found[2:4] if w[:1].isupper()]
        out |= {lemma(w) for w in nouns[:1]}
    if len(found) < 2:
        return out
    if last.lower() in known.particles:
        out.add(last.lower() + verb)
    elif last[:1].islower() and last.lower() not in known.fillers and (final or _verb(last)):
        out.add(lemma(last))
    return out


def _verb(word: str) -> bool:
    """A word whose lemma is a verb's infinitive ("geführt" -> "führen", "beabsichtigt")."""
    return word[:1].islower() and lemma(word).endswith("n")


@lru_cache(maxsize=4096)
def asks(text: str) -> Question:
    """The kinds a question asks for, in taxonomy order. A yes/no question asks outright only for
    a decision or position, and only where an ``ask`` rule of deciding or assessing reads its main
    clause so; what it asks beyond that is conditional. A yes/no question of fact ("Ist … erfolgt?")
    asks for nothing a reader could find missing from a substantive answer."""
    kinds: set[Asked] = set()
    for sentence in sentences_of(LEAD.sub("", text.strip())) or (text,):
        for shape in matching_shapes(sentence, ShapeKind.ASK):
            kinds.update(shape.asked)
    ordered = tuple(k for k in _ORDER if k in kinds)
    if not yes_no(text):
        other_parts = len(_W_WORD.findall(text)) > len(ordered) + 1
        how = _HOW_VERB.match(text.strip()) if Asked.DECISION in kinds else None
        assessed = predicate(text.strip()[how.end() :]) if how else frozenset()
        return Question(ordered, predicate=assessed, other_parts=other_parts)
    if not _decides(_whether(text)):
        return Question((), ordered, predicate(text), yes_no=True)
    rest = tuple(k for k in ordered if k is not Asked.DECISION)
    return Question((Asked.DECISION,), rest, predicate(text), yes_no=True)


# "Wie bewertet die Bundesregierung …", "Wie schätzt sie … ein": a W-question for an assessment, which
# an answer gives by repeating its verb ("Die Bundesregierung bewertet die Ansätze positiv.", 21/785)
_HOW_VERB = re.compile(r"^(?:und\s+)?wie\s+(?=(?:bewert|beurteil|schätz)\w*\s)", re.IGNORECASE)


def _whether(text: str) -> str:
    """The yes/no part of a question, brackets left out: what is asked before "und wenn ja"."""
    plain = _BRACKETS.sub(" ", LEAD.sub("", text.strip()))
    end = _ON_YES.search(plain)
    return plain[: end.start()] if end else plain


def _decides(clause: str) -> bool:
    """Whether the main clause of a yes/no question asks for a decision or position ("Plant die
    Bundesregierung …", "Ist die Bundesregierung der Auffassung …"); a "wie bewertet sie …" after
    "und wenn ja," asks for one only on a yes."""
    return any(Asked.DECISION in s.asked for s in matching_shapes(clause, ShapeKind.ASK))
