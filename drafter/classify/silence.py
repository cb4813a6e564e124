"""An answer silent on the government's own intent: talk-around of a yes/no question of intent.

"Plant die Bundesregierung, die Quoten … anzupassen?" is answered by what the government plans,
intends or holds, or by "Ja"/"Nein". An answer that instead describes a law, an institution or what
others do ("Das Saubere-Fahrzeuge-Beschaffungs-Gesetz setzt die Vorgaben der Richtlinie … um.",
"Die DB InfraGO AG hat Laufzeitverlängerungen … beantragt.") talks around the question even where
no ``talk`` shape names the phrasing. The reading is narrow, since a description may well answer:
only questions of intent or of a position formed (``intents``, the first verb), and only answers that
name no government or ministry (``government``), hold no negation and no word of a state reached or
kept (``states``: "bereits", "weiterhin", "nach wie vor"), and repeat no noun of the question's main
clause ("Verhandlungen finden derzeit … statt" to "Plant die Bundesregierung Verhandlungen …?").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from drafter.classify.asks import LEAD, main_clause
from drafter.classify.lemmas import features, lemma, words
from drafter.classify.rules import RuleError
from drafter.datafile import read_toml

DEFAULT_SILENCE = Path(__file__).with_name("silence.toml")
_MINISTRY = re.compile(r"ministeri|\bBM[A-ZÄÖÜ]")


@dataclass(frozen=True)
class Silence:
    """The word lists of ``silence.toml`` and its real examples (question, answer, silent or not)."""

    intents: frozenset[str]
    government: frozenset[str]
    states: frozenset[str]
    examples: tuple[tuple[str, str, bool], ...]


def _list(path: Path, data: dict[str, object], key: str) -> frozenset[str]:
    value = data.get(key)
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
        raise RuleError(f"Regeldatei {path}: „{key}“ muss eine Liste von Wörtern sein.")
    return frozenset(v.lower() for v in value)


def _examples(path: Path, raw: object) -> tuple[tuple[str, str, bool], ...]:
    if not isinstance(raw, list) or not raw:
        raise RuleError(f"Regeldatei {path}: es fehlen Beispiele ([[example]]).")
    out: list[tuple[str, str, bool]] = []
    for number, item in enumerate(raw, start=1):
        fields = [item.get(k) if isinstance(item, dict) else None for k in ("question", "answer", "silent")]
        question, answer, silent_ = fields
        if not isinstance(question, str) or not isinstance(answer, str) or not isinstance(silent_, bool):
            raise RuleError(
                f"Regeldatei {path}: Beispiel Nr. {number} braucht „question“, „answer“ und „silent“."
            )
        out.append((question, answer, silent_))
    return tuple(out)


def load_silence(path: Path = DEFAULT_SILENCE) -> Silence:
    """Read and check ``silence.toml``; a broken file raises ``RuleError`` in German."""
    data = read_toml(path, RuleError)
    lists = {key: _list(path, data, key) for key in ("intents", "government", "states")}
    return Silence(**lists, examples=_examples(path, data.get("example")))


@cache
def default_silence() -> Silence:
    return load_silence()


def intent_question(question_text: str) -> bool:
    """Whether the question opens with a verb of intent or of a position formed ("Plant …", "Wird
    die Bundesregierung …", "Hat sich die Bundesregierung eine Auffassung gebildet …")."""
    found = words(LEAD.sub("", question_text.strip()))
    return bool(found) and lemma(found[0].lower()) in default_silence().intents


def silent(question_text: str, sentences: Sequence[str]) -> bool:
    """Whether an answer's sentences say nothing of the government's own intent: see the module."""
    if not sentences or not intent_question(question_text):
        return False
    known = default_silence()
    nouns = {lemma(w).lower() for w in words(main_clause(question_text)) if w[:1].isupper()}
    nouns -= known.government
    for sentence in sentences:
        feats = features(sentence)
        if feats & (known.government | known.states | nouns) or _MINISTRY.search(sentence):
            return False
    return True
