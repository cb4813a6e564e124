"""Turn an original question into the pieces a follow-up needs: its topic as an indirect clause.

A follow-up must name what was asked, and the natural German way is an embedded question:
"Welche Finanzmittel sollen … aufgewendet werden, und woher stammen diese?" becomes "welche
Finanzmittel … aufgewendet werden sollen und woher diese stammen", which a template can embed
("Welche Erkenntnisse hat die Bundesregierung inzwischen darüber, …?"). The conversion moves the
finite verb of each question clause to the end (joining a separable particle: "nehmen … teil" →
"teilnehmen"), turns a yes/no question into an "ob" clause and keeps subordinate clauses (", um …
zu …") after the verb. Whenever the clause shape is not recognised, ``indirect`` returns None and
the templates quote the original question instead: a quoted question is always grammatical, a
badly converted one is not. Every rewrite is also checked by part-of-speech analysis
(``check.py``); one the check rejects is dropped the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafter.draft.grammar.check import clause_problem, question_problem
from drafter.draft.grammar.lexicon import PREPOSITIONS
from drafter.draft.grammar.tagger import tag
from drafter.draft.grammar.verbfinal import indirect_masked
from drafter.draft.grammar.wphrase import MASK, finite_verb

_SOURCE_HINT = re.compile(r"https?://|www\.|vgl\.|Drucksache|Ratsdok|Pressemitteilung|Ratsdokument|\d{4}\)$")
_KENNTNIS = re.compile(
    r",?\s*(?:nach (?:Kenntnis|Kenntnisstand) der Bundesregierung|nach (?:gegenwärtigem|derzeitigem|"
    r"aktuellem|jetzigem) (?:Stand|Kenntnisstand|Planungsstand)),?(?=\s|$)"
)
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
    about_findings: bool = False


# ... or for the government's own view or review ("Hat sich die Bundesregierung eine Auffassung
# gebildet zu …?", 21/2195 question 14): "Hat die Bundesregierung geprüft, ob sie sich eine
# Auffassung gebildet hat" would ask about the asking
_DECISION_WORDS = re.compile(
    r"Festlegung|festgelegt|Entscheidung|entschieden|beschlossen|Beschluss"
    r"|(?:Auffassung|Meinung|Position|Haltung) gebildet|\bgeprüft\b"
)
# The question itself asks what the government knows: "Welche Erkenntnisse liegen … vor?", "Liegen
# der Bundesregierung Erkenntnisse darüber vor, wie oft …?" (21/1039, question 5)
_FINDINGS_WORDS = re.compile(
    r"^(?:Welche|Inwieweit|Inwiefern) \w* ?(?:Erkenntnisse|Kenntnisse|Informationen)\b"
    r"|^Liegen (?:der Bundesregierung|ihr) (?:\w+ )?(?:Erkenntnisse|Kenntnisse|Informationen|Daten)\b"
    r"|^(?:Hat|Besitzt) die Bundesregierung (?:\w+ )?(?:Erkenntnisse|Kenntnisse|Kenntnis|Informationen)\b"
    r"|^Ist (?:der Bundesregierung|ihr) bekannt\b"
    r"|^Welche\b[^,?]{0,200}? (?:sind|ist) der Bundesregierung\b[^,?]{0,80}? bekannt\b"
)
# A closed period in the past: "inzwischen" would not fit ("Wie viele … waren in den Jahren 2015 bis 2024 …").
_CLOSED_PERIOD = re.compile(
    r"\b(?:im Jahr|in den Jahren) (?:19|20)\d\d\b"
    r"|\bbis (?:zum |Ende )?(?:\d{1,2}\. )?(?:[A-Z]\w+ )?(?:19|20)\d\d\b"
)


def topic_of(question: str) -> Topic:
    """All topic pieces of one original question text; a rewrite the grammar check rejects is None."""
    text, directions = _clean(question)
    masked, store = _mask(text)
    clause = indirect_masked(masked)
    again = _again_masked(masked)
    clause_text = _unmask(clause, store) if clause else None
    again_text = _unmask(again, store) + "?" if again else None
    return Topic(
        clause=clause_text if clause_text and clause_problem(clause_text) is None else None,
        original=_unmask(masked, store) + "?",
        again=again_text if again_text and question_problem(again_text) is None else None,
        directions=directions,
        about_decision=bool(_DECISION_WORDS.search(text)),
        about_findings=bool(_FINDINGS_WORDS.search(text)),
    )


# "die Bundesregierung" as the subject right after the clause's opening word: the templates name
# the government in their own main clause ("Welche Erkenntnisse hat die Bundesregierung darüber, …").
_SUBJECT = re.compile(
    r"^((?:ob|dass|wann|wie|warum|weshalb|wieso|wo|woran|womit|wodurch|inwiefern|inwieweit"
    r"|(?:ab|bis|seit) wann|wie (?:hoch|lange|oft|weit|viel|viele)))( sich| es)? die Bundesregierung\b"
)


def as_pronoun(clause: str) -> str:
    """The clause with its subject "die Bundesregierung" as "sie", for a template whose own
    subject is the government: "…, wie hoch die Bundesregierung die Dunkelziffer schätzt" → "…, wie
    hoch sie die Dunkelziffer schätzt". Only right after the opening word, where it is the subject,
    or after a pronoun there, which the subject pronoun then precedes ("ob sich die Bundesregierung
    eine Auffassung gebildet hat" → "ob sie sich eine Auffassung gebildet hat")."""
    named = _SUBJECT.sub(lambda m: f"{m.group(1)} sie{m.group(2) or ''}", clause, count=1)
    if named != clause:  # the government is the subject already named: "… und was sie plant"
        named = _AGAIN_SUBJECT.sub(r"\1 sie", named)
    return _OWN_VIEW.sub(r"nach ihrer \1", named)


# a second clause with the government as its subject again ("wie sie … beurteilt und was die
# Bundesregierung plant", 21/2285 question 31)
_AGAIN_SUBJECT = re.compile(
    r"\b((?:und|oder|sowie|bzw\.) (?:ob|wie|was|wann|warum|weshalb|wieso|wo|inwiefern|inwieweit"
    r"|wie (?:hoch|lange|oft|weit|viel|viele))) die Bundesregierung\b"
)
# the government's own view, named where the template's main clause already has the government as
# its subject: "wie sich nach Einschätzung der Bundesregierung … auswirkt" → "nach ihrer Einschätzung"
_OWN_VIEW = re.compile(r"\bnach (Einschätzung|Auffassung|Ansicht|Meinung|Kenntnis) der Bundesregierung\b")


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
            # "(vgl. www.…; bitte erläutern)": the source goes, the direction stays
            pieces = [piece.strip() for piece in group[1:-1].split(";")]
            directions.extend(piece for piece in pieces if piece and not _SOURCE_HINT.search(piece))
            text = text.replace(" " + group, "", 1).replace(group, "", 1)
        elif _SOURCE_HINT.search(group):
            text = text.replace(" " + group, "", 1).replace(group, "", 1)
    text = _KENNTNIS.sub(_without_kenntnis, text)
    return " ".join(text.split()).strip(" ,"), tuple(directions)


def _without_kenntnis(match: re.Match[str]) -> str:
    """Nothing for "nach Kenntnis der Bundesregierung" and the commas around it, but the comma
    after it where it alone stood there: it opens the clause that follows ("Wie viele Klagen gab
    es nach Kenntnis der Bundesregierung, weil …" → "Wie viele Klagen gab es, weil …")."""
    found = match.group(0)
    return "," if found.endswith(",") and not found.startswith(",") else ""


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
    while MASK.search(text):
        text = MASK.sub(lambda m: store[int(m.group(2))], text)
    return text


def _again_masked(masked: str) -> str | None:
    """The first clause re-asked with "inzwischen" right after its finite verb (and its subject and
    pronouns), or unchanged where it names a closed period in the past."""
    words = masked.split()
    verb = finite_verb(words)
    if verb is None:
        return None
    if _CLOSED_PERIOD.search(masked):
        return " ".join(words)  # re-asked as it was: the period it names is over
    at = verb + 1
    while at < len(words) and _pronoun(words, at):
        at += 1  # "Hat sich die Bundesregierung inzwischen …", "Soll es sich inzwischen …"
    if words[at : at + 2] in (["die", "Bundesregierung"], ["der", "Bundesregierung"]):
        at += 2
        while at < len(words) and _pronoun(words, at):
            at += 1  # "Hält die Bundesregierung es inzwischen für notwendig …"
        if at < len(words) and words[at] in ("und", "sowie", "oder"):
            found = _after_coordinated(words, at)
            if found is None:
                return " ".join(words)
            at = found
    return " ".join([*words[:at], "inzwischen", *words[at:]])


def _after_coordinated(words: list[str], at: int) -> int | None:
    """Where "inzwischen" goes after a coordinated subject or object ("der Bundesregierung und
    entsprechenden Behörden", 21/1517 question 6): before the first preposition after it, or
    before the word that closes the clause ("… Behörden bekannt"); None where neither is found."""
    for index in range(at + 1, len(words)):
        word = words[index]
        if word in PREPOSITIONS:
            return index
        closes = word.endswith(",") or index == len(words) - 1
        if closes and word.rstrip(",").isalpha() and word.islower():
            return index
    return None


_PRONOUNS = frozenset({"sich", "es", "sie", "er", "ihr", "ihm", "ihnen", "uns", "dies"})


def _pronoun(words: list[str], at: int) -> bool:
    """Does ``words[at]`` stand alone as a pronoun? "das" is one in "Wurde das geprüft" but the
    article of a noun phrase in "wurde das ehrenamtlich ausgeführte Amt …", where "inzwischen" must
    not split the phrase: the tagger tells the two apart."""
    if words[at] == "das":
        return tag(tuple(words))[at][1] == "PDS"
    return words[at] in _PRONOUNS
