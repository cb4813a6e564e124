"""Which of the rows an engine found go on to be ranked: the same choice on every engine.

An engine (FTS5 on SQLite, posting lists on PostgreSQL) answers only yes/no questions about rows:
which are the newest ``WINDOW`` rows holding all of the query's rarest terms, and which the newest
``WINDOW`` holding each rare term. Ordering those rows by relevance used to happen inside the
engine (FTS5's ``bm25()``, which reads the whole posting list of every term to weigh it: about
10 ms at 500,000 questions for common words, and a BM25 that PostgreSQL had to imitate with
regular expressions). Here it is plain Python over the engine's id lists, so both engines shortlist
exactly the same rows, ties included:

- a row's weight is the sum of the weights of the rare terms it holds, a term weighing
  ``log(1 + CAP / count)``: a word in a handful of questions outweighs several common ones;
- a row is known to hold a term when it is in that term's window. Only a term held by more than
  WINDOW rows can be missed (in an older row), and such a term weighs little (at most
  ``weight(WINDOW)``); a row of the all-terms tier holds the first terms by definition;
- tier A (all of the rarest terms) first, then tier B (any of them), each best weight first,
  newer rows first among equals, at most ``size`` rows each.

The all-terms window looks only at the newest ``SPAN`` question ids (ids above the highest id
minus SPAN). An engine finds rows holding several terms by walking their posting lists side by
side until ``WINDOW`` rows hold them all; when few rows do, that walk reads the lists to their
ends, which grows with the library (about 1.5 ms per window at 500,000 questions, ten times that
at 5 million). Bounded by ids, it costs at most what a library of SPAN questions costs. Older rows
holding all of the rare terms are still found through the per-term windows, which are not bounded
(a term's newest WINDOW rows cost the same at any size). A library of at most SPAN questions is
searched exactly as without the bound.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Sequence

CAP = 2000  # term counts are read up to CAP + 1; a term held more often is "common"
WINDOW = 600  # newest matching rows an engine returns per question
TIER_A_TERMS = 3
TIER_B_TERMS = 4
SPAN = 500_000  # the all-terms window looks only at ids above the highest id minus SPAN


def since(top: int) -> int:
    """The lowest id above which the all-terms window looks, for a highest question id ``top``."""
    return max(top - SPAN, 0)


def weight(count: int) -> float:
    """How much holding a term held by ``count`` rows says about a row (0 for a term held nowhere)."""
    return math.log(1 + CAP / count) if count > 0 else 0.0


def pick(counts: Sequence[int], every: Sequence[int], each: Sequence[Sequence[int]], size: int) -> list[int]:
    """The shortlist: tier A then tier B, ``size`` rows at most each, in rank order.

    ``counts``: the rare terms' counts, rarest first; ``every``: ids of rows holding all of the
    first TIER_A_TERMS (empty for a one-term query); ``each``: per term, ids of rows holding it.
    """
    weights = [weight(c) for c in counts]
    held: dict[int, float] = {}
    for ids, w in zip(each, weights, strict=False):
        for i in ids:
            held[i] = held.get(i, 0.0) + w
    tier_a = dict.fromkeys(every, sum(weights[:TIER_A_TERMS]))
    for ids, w in zip(each[TIER_A_TERMS:], weights[TIER_A_TERMS:], strict=False):
        for i in tier_a.keys() & ids:
            tier_a[i] += w
    out = dict.fromkeys(_best(tier_a, size))
    out.update(dict.fromkeys(_best(held, size)))
    return list(out)


def _best(scores: dict[int, float], size: int) -> list[int]:
    """The ``size`` best ids by score, the newer (higher id) first among equal scores."""
    return [-i for _, i in heapq.nsmallest(size, [(-s, -i) for i, s in scores.items()])]
