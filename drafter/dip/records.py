"""DIP ``Drucksache`` / ``DrucksacheText`` records as drafter reads them, and the metadata it keeps.

The API's JSON (openapi v1.4, schemas ``Drucksache``, ``DrucksacheText``, ``Fundstelle``) is turned
into a small frozen ``DipRecord`` right at the edge, so the rest of drafter never indexes raw dicts.
Titles arrive with ``\\r\\n`` inside; they are folded to single spaces.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from drafter.errors import DipError
from drafter.models import Kind
from drafter.text.spaces import collapse

KIND_BY_TYPE = {"Antwort": Kind.ANTWORT, "Kleine Anfrage": Kind.KLEINE_ANFRAGE}
NUMBER = re.compile(r"^(\d{1,2})/(\d{1,6})$")


@dataclass(frozen=True)
class DipRecord:
    """One Drucksache as DIP describes it. ``text`` is None when the record came without full text
    (``/drucksache``) or DIP has none yet; ``""`` when DIP sent an empty text."""

    id: str
    number: str
    doc_type: str
    title: str
    date: dt.date | None
    wahlperiode: int | None
    publisher: str
    originators: tuple[str, ...]
    vorgang_ids: tuple[str, ...]
    pdf_url: str | None
    updated: str | None
    pdf_hash: str | None = None
    text: str | None = None

    @property
    def kind(self) -> Kind | None:
        """The drafter kind of this Drucksache, None for types drafter does not read."""
        return KIND_BY_TYPE.get(self.doc_type)

    @property
    def has_text(self) -> bool:
        return bool(self.text and self.text.strip())


def normalize_number(raw: str) -> str:
    """ "Drucksache 19/21876", " 19 / 21876 " -> "19/21876"; anything else is a German ``DipError``."""
    cleaned = re.sub(r"(?i)^\s*(bt-)?(drucksache|drs\.?)\s*", "", raw)
    cleaned = re.sub(r"\s+", "", cleaned)
    match = NUMBER.match(cleaned)
    if match is None:
        expected = "Erwartet wird z. B. 19/21876 (Wahlperiode/Nummer)."
        raise DipError(f"„{raw}“ ist keine Drucksachennummer. {expected}")
    return f"{int(match.group(1))}/{int(match.group(2))}"


def parse_record(data: Mapping[str, Any]) -> DipRecord:
    """Build a ``DipRecord`` from one API document; a record without id or number is unusable."""
    fundstelle = _mapping(data.get("fundstelle"))
    record_id, number = str(data.get("id") or ""), str(data.get("dokumentnummer") or "")
    if not record_id or not number:
        raise DipError("DIP hat einen Datensatz ohne ID oder Dokumentnummer geliefert; er wird übersprungen.")
    text = data.get("text")
    return DipRecord(
        id=record_id,
        number=number,
        doc_type=str(data.get("drucksachetyp") or fundstelle.get("drucksachetyp") or ""),
        title=collapse(str(data.get("titel") or "")),
        date=_date(data.get("datum") or fundstelle.get("datum")),
        wahlperiode=data.get("wahlperiode") if isinstance(data.get("wahlperiode"), int) else None,
        publisher=str(data.get("herausgeber") or fundstelle.get("herausgeber") or ""),
        originators=_originators(data, fundstelle),
        vorgang_ids=tuple(str(v["id"]) for v in _list(data.get("vorgangsbezug")) if _mapping(v).get("id")),
        pdf_url=_optional(fundstelle.get("pdf_url")),
        updated=_optional(data.get("aktualisiert")),
        pdf_hash=_optional(data.get("pdf_hash")),
        text=text if isinstance(text, str) else None,
    )


def record_meta(record: DipRecord) -> dict[str, object]:
    """The DIP metadata drafter stores beside an imported document (plain JSON values only)."""
    return {
        "source": "dip",
        "dip_id": record.id,
        "dokumentnummer": record.number,
        "drucksachetyp": record.doc_type,
        "titel": record.title,
        "datum": record.date.isoformat() if record.date else None,
        "wahlperiode": record.wahlperiode,
        "herausgeber": record.publisher,
        "urheber": list(record.originators),
        "vorgang_ids": list(record.vorgang_ids),
        "pdf_url": record.pdf_url,
        "pdf_hash": record.pdf_hash,
        "aktualisiert": record.updated,
    }


def _originators(data: Mapping[str, Any], fundstelle: Mapping[str, Any]) -> tuple[str, ...]:
    """Corporate originators ("Bundesregierung", "Fraktion Die Linke"): ``urheber[].titel``, else the
    plain names in ``fundstelle.urheber``."""
    entries = [_mapping(u) for u in _list(data.get("urheber"))]
    named = [str(u.get("titel") or u.get("bezeichnung") or "") for u in entries]
    names = [n for n in named if n] or [str(u) for u in _list(fundstelle.get("urheber")) if u]
    return tuple(dict.fromkeys(names))


def _date(value: object) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _optional(value: object) -> str | None:
    return str(value) if value else None


def _mapping(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []
