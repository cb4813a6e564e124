"""Which way a follow-up presses on an item, chosen from what the earlier answer said.

The choice is data (``data/angles.toml``): rules tried in order over all findings of the item; the
first rule whose category, evidence pattern and (for ``evasive``) asked kinds fit decides the angle
and the finding the follow-up quotes. The wording of each angle is the template ``<angle>.j2``.
Two angles do not come from a finding: ``next_period`` (ask the same figures for the period since,
offered for answered statistical questions) and ``what_happened`` (an old answer announced a dated
event that has passed); ``period.py`` and ``stale.py`` decide those.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from drafter.datafile import entries, read_toml
from drafter.models import Finding

_DATA = Path(__file__).parents[1] / "data" / "angles.toml"
FALLBACK = "follow_reference"


@dataclass(frozen=True)
class AngleRule:
    """One rule of ``angles.toml``: ``angle`` for a finding of ``categories`` matching the rest."""

    angle: str
    categories: frozenset[str]
    pattern: re.Pattern[str] | None
    asked: frozenset[str]
    example: str
    source: str


@dataclass(frozen=True)
class Angle:
    """The chosen angle and the finding it presses on (None for angles not taken from a finding)."""

    name: str
    finding: Finding | None


@lru_cache(maxsize=1)
def angle_rules() -> tuple[AngleRule, ...]:
    """The rules of ``data/angles.toml`` in file order."""
    return load_angle_rules(_DATA)


def load_angle_rules(path: Path) -> tuple[AngleRule, ...]:
    """The ``[[rule]]`` entries of ``path``; a broken entry raises ``DataFileError`` naming it."""
    return tuple(
        AngleRule(
            angle=rule.text("angle"),
            categories=frozenset(rule.texts("categories")),
            pattern=rule.optional_pattern("pattern", re.IGNORECASE),
            asked=frozenset(rule.texts("asked", required=False)),
            example=rule.text("example"),
            source=rule.text("source"),
        )
        for rule in entries(path, read_toml(path), "rule")
    )


def asked_kinds(finding: Finding) -> frozenset[str]:
    """The kinds of information an ``evasive`` finding says are missing ("figure", "date", …)."""
    return frozenset(kind.value for kind in finding.asked)


def fits(rule: AngleRule, finding: Finding) -> bool:
    """Does ``rule`` apply to ``finding``: its category, its evidence pattern, its asked kinds."""
    if finding.category.value not in rule.categories:
        return False
    if rule.pattern is not None and not rule.pattern.search(finding.evidence):
        return False
    return not rule.asked or bool(rule.asked & asked_kinds(finding))


def choose_angle(findings: Sequence[Finding]) -> Angle:
    """The first rule that fits any of ``findings`` decides; without findings, re-ask by reference."""
    for rule in angle_rules():
        for finding in findings:
            if fits(rule, finding):
                return Angle(rule.angle, finding)
    return Angle(FALLBACK, findings[0] if findings else None)
