"""Write a draft as a Word document in the look of a Kleine Anfrage manuscript.

The document starts from a reference .docx (``templates/reference.docx`` or the user's letterhead,
as with pandoc's reference-doc): its page setup, header, footer and styles are kept, its body is
replaced. Questions are a real Word list (see ``docx_styles``). The file is written to a temporary
file beside the target and moved into place with ``os.replace``, so a failure never leaves half a
document and never destroys the previous version.
"""

from __future__ import annotations

import io
import os
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from docx import Document
from docx.opc.exceptions import PackageNotFoundError

from drafter import outfile
from drafter.draft.render.docx_styles import (
    add_question_numbering,
    ensure_language,
    ensure_page_numbers,
    ensure_styles,
    number_paragraph,
)
from drafter.draft.render.manuscript import Line, manuscript_lines
from drafter.draft.templating.environment import builtin_dir
from drafter.errors import DraftError
from drafter.models import Draft


def default_reference() -> Path:
    return builtin_dir() / "reference.docx"


def write_docx(draft: Draft, path: Path, reference_docx: Path | None = None) -> None:
    """Write ``draft`` to ``path`` (replacing it atomically); problems raise a German DraftError."""
    document = _open_reference(reference_docx or default_reference())
    _clear_body(document)
    ensure_styles(document)
    ensure_language(document)
    ensure_page_numbers(document)
    num_id = add_question_numbering(document)
    for line in manuscript_lines(draft):
        _add_line(document, line, num_id)
    document.core_properties.title = draft.title[:250]
    _save_atomically(document, Path(path))


def _open_reference(reference: Path) -> Any:
    try:
        if reference.suffix.lower() in (".dotx", ".dotm"):
            return Document(_as_document(reference))
        return Document(str(reference))
    except (PackageNotFoundError, OSError, KeyError, ValueError, zipfile.BadZipFile) as error:
        raise DraftError(
            f"Die Vorlage {reference} ist kein lesbares Word-Dokument (.docx): {error}"
        ) from None


_TEMPLATE_TYPE = "wordprocessingml.template.main+xml"
_DOCUMENT_TYPE = "wordprocessingml.document.main+xml"


def _as_document(template: Path) -> io.BytesIO:
    """A Word template (.dotx) as an in-memory .docx: only the main part's content type differs."""
    out = io.BytesIO()
    with zipfile.ZipFile(template) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(_TEMPLATE_TYPE.encode(), _DOCUMENT_TYPE.encode())
            target.writestr(item, data)
    out.seek(0)
    return out


def _clear_body(document: Any) -> None:
    """Remove the reference's body content but keep its section (page size, header, footer)."""
    body = document.element.body
    for child in list(body):
        if not child.tag.endswith("}sectPr"):
            body.remove(child)


def _add_line(document: Any, line: Line, num_id: int) -> None:
    paragraph = document.add_paragraph(style=line.style)
    for text, bold in line.runs:
        run = paragraph.add_run(text)
        if bold:
            run.bold = True
    if line.level is not None:
        number_paragraph(paragraph, num_id, line.level)


def _save_atomically(document: Any, path: Path) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise DraftError(f"Der Ordner {folder} für {path.name} existiert nicht.")
    outfile.clean_stale(path)
    try:
        handle, temp_name = tempfile.mkstemp(prefix=outfile.temp_prefix(path), suffix=".tmp", dir=folder)
    except OSError as error:
        raise DraftError(f"In {folder} kann nicht geschrieben werden ({error.strerror}).") from None
    os.close(handle)
    try:
        document.save(temp_name)
        outfile.keep_mode(temp_name, path)
        os.replace(temp_name, path)
    except OSError as error:
        Path(temp_name).unlink(missing_ok=True)
        raise DraftError(
            f"{path} kann nicht geschrieben werden ({error.strerror}); ist die Datei in Word geöffnet?"
        ) from None
