"""Turn one DIP record into a library document: parse its text (or, if allowed, its PDF), correct the
facts DIP knows best, and import it with DIP's metadata.

DIP is the authority on a Drucksache's number: the parsed document always takes DIP's
``dokumentnummer`` (a text whose header the parser misread must not create a second entry), and
DIP's date and title fill in whatever the parser did not find.
"""

from __future__ import annotations

import hashlib
import tempfile
from dataclasses import replace
from pathlib import Path

from drafter.classify import classify_document
from drafter.dip.client import DipClient
from drafter.dip.records import DipRecord, record_meta
from drafter.dip.report import FetchOutcome
from drafter.errors import DipError, DrafterError
from drafter.library import Library
from drafter.models import Document, Origin
from drafter.parse import parse_file, parse_text

VERBS = {"imported": "aufgenommen", "replaced": "aktualisiert", "unchanged": "unverändert"}


def import_record(
    library: Library, client: DipClient, record: DipRecord, *, allow_pdf: bool, related_to: str | None = None
) -> FetchOutcome:
    """Import ``record`` (which carries its text if DIP has one); never raises for a bad document,
    only for problems that stop the whole run (rejected key, unreachable DIP, broken library)."""
    if record.kind is None:
        return _outcome(record, "skipped", _unsupported(record), related_to)
    if not record.has_text and not (allow_pdf and record.pdf_url):
        return _outcome(record, "no_text", _no_text(record, allow_pdf), related_to)
    try:
        doc, source_hash, via_pdf = _document(client, record)
    except DrafterError as error:
        return _outcome(record, "failed", error.message, related_to)
    meta = {**record_meta(record), "text_from": "pdf" if via_pdf else "dip"}
    status = library.import_document(_with_dip_facts(doc, record), source_hash=source_hash, meta=meta)
    message = _stored(record, status, via_pdf)
    return FetchOutcome(record.number, status, message, related_to, via_pdf)


def _document(client: DipClient, record: DipRecord) -> tuple[Document, str, bool]:
    """The parsed document, the hash of what was parsed, and whether it came from the PDF."""
    if record.has_text:
        text = record.text or ""
        name = f"DIP {record.number} (drucksache-text/{record.id})"
        doc = classify_document(parse_text(text, name, origin=Origin.DIP))
        return doc, _sha256(text.encode("utf-8")), False
    doc, digest = pdf_document(client, record)
    return doc, digest, True


def pdf_document(client: DipClient, record: DipRecord) -> tuple[Document, str]:
    """Download the printed PDF (``fundstelle.pdf_url``) and parse it from a temporary file that is
    removed afterwards; the document's ``source`` becomes the PDF's address."""
    url = record.pdf_url or ""
    data = client.download(url)
    if not data.startswith(b"%PDF"):
        raise DipError(f"Unter {url} liegt kein PDF; Drucksache {record.number} wurde nicht übernommen.")
    with tempfile.TemporaryDirectory(prefix="drafter-dip-") as folder:
        path = Path(folder) / (record.number.replace("/", "_") + ".pdf")
        path.write_bytes(data)
        doc = classify_document(parse_file(path))
    return replace(doc, source=url), _sha256(data)


def _with_dip_facts(doc: Document, record: DipRecord) -> Document:
    return replace(doc, number=record.number, date=doc.date or record.date, title=doc.title or record.title)


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _outcome(record: DipRecord, status: str, message: str, related_to: str | None) -> FetchOutcome:
    return FetchOutcome(record.number, status, message, related_to)


def _unsupported(record: DipRecord) -> str:
    kind = record.doc_type or "ohne Typangabe"
    return f"Drucksache {record.number} ist „{kind}“; drafter liest nur Antworten und Kleine Anfragen."


def _no_text(record: DipRecord, allow_pdf: bool) -> str:
    base = f"DIP hat für Drucksache {record.number} noch keinen Volltext."
    if not record.pdf_url:
        return base + " Ein PDF ist in DIP ebenfalls nicht verzeichnet."
    if allow_pdf:
        return base
    return base + " Mit --allow-pdf (oder allow_pdf = true in [dip]) wird stattdessen das PDF gelesen."


def _stored(record: DipRecord, status: str, via_pdf: bool) -> str:
    verb = VERBS.get(status, status)
    date = f" vom {record.date:%d.%m.%Y}" if record.date else ""
    source = " (aus dem PDF, da DIP noch keinen Volltext hat)" if via_pdf else ""
    return f"{record.doc_type}{date} „{record.title}“ {verb}{source}."
