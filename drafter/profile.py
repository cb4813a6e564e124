"""The user's office on every draft: who asks, which faction, who signs, which date.

A follow-up Kleine Anfrage is asked by the user's own MPs and signed by their Fraktion's leaders,
never by the askers of the earlier inquiry (who may no longer sit in the Bundestag). ``signed_as``
puts the ``[profile]`` of the config file on a composed draft. Without MPs in the profile the draft
names none (the manuscript shows "…"), so nobody else's names slip in; without a faction the
earlier inquiry's faction stays (follow-ups mostly come from the same faction), and without
leaders the composed signature stays unless it belongs to another faction than the profile's.
``save_profile`` writes the section the first-run dialog filled in.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from pathlib import Path

from drafter.config import FURTHER_MPS, Profile
from drafter.errors import ConfigError
from drafter.models import Draft

SIGNATURE_PLACEHOLDER = "[Name], [Name] und Fraktion"


def askers(profile: Profile) -> tuple[str, ...]:
    """The MPs as the manuscript lists them, "weiterer Abgeordneter" last when asked for."""
    return (*profile.mps, FURTHER_MPS) if profile.further_mps and profile.mps else profile.mps


def signature(profile: Profile) -> str:
    """ "Katharina Dröge, Britta Haßelmann und Fraktion"; the placeholder when no leader is known."""
    if not profile.leaders:
        return SIGNATURE_PLACEHOLDER
    return f"{', '.join(profile.leaders)} und Fraktion"


def signed_as(draft: Draft, profile: Profile, today: dt.date | None = None) -> Draft:
    """``draft`` asked by the profile's MPs and faction and signed by its leaders.

    With ``date = "export"`` the draft carries no date, so "Berlin, den …" shows the day the Word
    file is written; with ``"start"`` it keeps the day it was started.
    """
    signed_on = None if profile.date == "export" else (draft.signed_on or today or dt.date.today())
    faction = profile.faction or draft.faction
    own = profile.leaders or faction == draft.faction
    return dataclasses.replace(
        draft,
        askers=askers(profile),
        faction=faction,
        signature=signature(profile) if profile.leaders or not own else draft.signature,
        signed_on=signed_on,
    )


def save_profile(path: Path, profile: Profile) -> None:
    """Write ``[profile]`` into the config file at ``path``, replacing an earlier one and keeping
    every other line; the folder is created when missing."""
    try:
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(_without_profile(text) + profile_toml(profile), encoding="utf-8")
    except OSError as error:
        raise ConfigError(
            f"Die Konfigurationsdatei {path} lässt sich nicht schreiben ({error.strerror or error})."
        ) from None


def profile_toml(profile: Profile) -> str:
    """The ``[profile]`` section as TOML (JSON strings are valid TOML basic strings)."""

    def names(values: tuple[str, ...]) -> str:
        return "[" + ", ".join(json.dumps(v, ensure_ascii=False) for v in values) + "]"

    lines = [
        "[profile]",
        f"mps = {names(profile.mps)}",
        f"faction = {json.dumps(profile.faction or '', ensure_ascii=False)}",
        f"leaders = {names(profile.leaders)}",
        f"further_mps = {'true' if profile.further_mps else 'false'}",
        f"date = {json.dumps(profile.date)}",
    ]
    return "\n".join(lines) + "\n"


def _without_profile(text: str) -> str:
    """``text`` minus its ``[profile]`` section, ending in a blank line when anything is left."""
    kept: list[str] = []
    inside = False
    for line in text.splitlines():
        header = re.fullmatch(r"\s*\[\s*([^\]]+?)\s*\]\s*(#.*)?", line)
        if header:
            inside = header.group(1) == "profile"
        if not inside:
            kept.append(line)
    body = "\n".join(kept).rstrip()
    return body + "\n\n" if body else ""
