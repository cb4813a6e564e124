"""Does a joint answer say anything about one of the questions it answers jointly?

"Die Fragen 3 bis 3b werden gemeinsam beantwortet." and then the answer describes the initiatives
asked about in 3 and closes with "Darüberhinausgehende Festlegungen wurden nicht getroffen." The
classifier rightly calls all three ``partial``, but for 3a ("In welchen EU-Ratsarbeitsgruppen …")
and 3b ("Ab wann soll die neue „Plattform“ … tätig werden?") nothing at all was answered: the
follow-up must ask them again by default, as it does open items.

The test is lexical and deliberately cautious. The *substantive part* of the answer (its sentences
minus the evidence of non-answer findings) is compared with each question's *distinctive* content
words: its words minus stopwords, generic inquiry vocabulary (``data/coverage_words.toml``) and the
words of the inquiry's title, which name the common topic every answer repeats. German-aware:
casefolded, umlauts folded, one inflection ending stripped; compounds meet by their tail
("EU-Ratsarbeitsgruppen" meets "Arbeitsgruppen") and derivations by a long common head
("finanziert" meets "Finanzierung"). A question counts as not addressed only when it shares no
distinctive word with the substantive part *and* another question of the group clearly is
addressed by it: that proves the comparison sees the answer's content, and the answer is indeed
one that "answers some sub-questions of the group" (TAXONOMY.md).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import lru_cache
from pathlib import Path

from drafter.datafile import read_toml, words
from drafter.models import Category, Document, Question, Status
from drafter.text import stems
from drafter.text.sentences import split_sentences
from drafter.text.spaces import evidence_form
from drafter.text.stems import search_form

_DATA = Path(__file__).parents[1] / "data" / "coverage_words.toml"
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
MIN_WORD = 4  # shorter words ("neu", "EU", "SGB") carry no topic
MIN_STEM = 3  # an ending is cut only when this much is left ("Lose" → "los")
MIN_HEAD = 6  # a derivation shares at least this long a head with its base …
HEAD_SLACK = 3  # … ending at most this many letters before the shorter word's end
ANCHOR_WORDS = 2  # an addressed sibling shares at least this many distinctive words …
ANCHOR_SHARE = 0.3  # … and at least this share of them


@lru_cache(maxsize=1)
def _ignored() -> frozenset[str]:
    return load_ignored(_DATA)


def load_ignored(path: Path) -> frozenset[str]:
    """Every word of every list in ``path``, normalised; a malformed list raises ``DataFileError``."""
    data = read_toml(path)
    return frozenset(search_form(word) for key in data for word in words(path, data, key))


def stem(word: str) -> str:
    """The word in search form without one inflection ending ("Gruppen" → "grupp"), down to three
    letters ("Lose" → "los", meeting "Baulose"): a draft compares a question with one answer, where
    derivation suffixes stay (``stems.INFLECTIONS``) so that unrelated words do not meet."""
    return stems.stem(search_form(word), keep=MIN_STEM, suffixes=stems.INFLECTIONS)


def content_stems(text: str) -> set[str]:
    """The stems of the words that can carry a topic: no stopwords, no generic inquiry words."""
    words = _WORD.findall(text)
    return {stem(w) for w in words if len(w) >= MIN_WORD and search_form(w) not in _ignored()}


def meets(one: str, other: str) -> bool:
    """Equal stems, a compound and its last part, or a derivation and its base."""
    short, long = sorted((one, other), key=len)
    if long.endswith(short):
        return True
    head = next((i for i, (a, b) in enumerate(zip(short, long, strict=False)) if a != b), len(short))
    return head >= MIN_HEAD and head >= len(short) - HEAD_SLACK


def _meets_any(word: str, words: Collection[str]) -> bool:
    return any(meets(word, other) for other in words)


def distinctive_stems(question: str, topic: str = "") -> set[str]:
    """The question's content stems minus those of the inquiry's title (the topic all share)."""
    common = content_stems(topic)
    return {s for s in content_stems(question) if not _meets_any(s, common)}


def substantive_part(answer: str, finding_evidence: Collection[str]) -> list[str]:
    """The answer's sentences that are not the evidence of a finding (what the answer does say)."""
    evidence = {evidence_form(sentence) for sentence in finding_evidence}
    return [s for s in split_sentences(answer) if s not in evidence]


def shared_words(question: str, said: Collection[str], topic: str = "") -> tuple[int, int]:
    """How many of the question's distinctive stems the answer's stems meet, out of how many."""
    words = distinctive_stems(question, topic)
    return sum(_meets_any(w, said) for w in words), len(words)


def _addressed(question: str, said: Collection[str], topic: str) -> bool:
    shared, total = shared_words(question, said, topic)
    return shared >= ANCHOR_WORDS and shared >= ANCHOR_SHARE * total


def uncovered_in_joint_answer(
    question: Question, finding_evidence: Collection[str], siblings: Sequence[str] = (), topic: str = ""
) -> bool:
    """True when the joint answer addresses a sibling question but shares no word with this one.

    ``finding_evidence``: the sentences of the non-answer findings ("Darüberhinausgehende
    Festlegungen wurden nicht getroffen."), left out of the comparison; ``siblings``: the texts
    of the group's other questions; ``topic``: the inquiry's title. False whenever the answer cannot
    be judged: no substantive sentence, no distinctive word in the question, no sibling addressed.
    """
    substance = substantive_part(question.answer or "", finding_evidence)
    said = content_stems(" ".join(substance))
    shared, total = shared_words(question.text, said, topic)
    if not said or total == 0 or shared > 0:
        return False
    return any(_addressed(text, said, topic) for text in siblings)


def unaddressed_partial(doc: Document, question: Question) -> bool:
    """A ``partial`` member of a joint group whose own question the joint answer leaves untouched.

    Such an item is as open as an ``open`` one, so the default selection takes it. Referral
    sentences stay in the comparison: "… wird auf die Auswertungen der Fachagentur … verwiesen"
    does address "Liegen hierzu Auswertungen … vor?".
    """
    if question.status is not Status.PARTIAL or len(question.group) < 2:
        return False
    siblings = [q.text for q in doc.questions if q.number in question.group and q.number != question.number]
    evidence = [f.evidence for f in question.findings if f.category is not Category.REFERRED]
    return uncovered_in_joint_answer(question, evidence, siblings, doc.title or "")
