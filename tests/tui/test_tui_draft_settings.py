"""The app drafts through the same workflow as ``drafter followup``: the user's ``[draft]`` settings
(own templates folder, letterhead) and the signature from the library apply in the app as well."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from docx import Document as WordDocument

from drafter.library import Library
from drafter.models import Document, Draft
from drafter.tui.backend import Backend
from drafter.tui.marking import toggle
from drafter.tui.session import DraftSession
from drafter.workflow import read_classified, store

TODAY = dt.date(2026, 11, 28)


@pytest.fixture
def user_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A config file naming a templates folder and a letterhead outside the config folder."""
    templates = tmp_path / "Vorlagen"
    templates.mkdir()
    (templates / "title.j2").write_text("Eigene Nachfrage zu {{ numbers }}", encoding="utf-8")
    (templates / "citation.j2").write_text("so unsere Vorlage zu {{ drucksache }}", encoding="utf-8")
    letterhead = WordDocument()
    letterhead.sections[0].header.paragraphs[0].text = "Büro Erika Muster, MdB"
    letterhead.save(str(tmp_path / "Briefkopf.docx"))
    config = tmp_path / "einstellungen" / "config.toml"
    config.parent.mkdir()
    reference = (tmp_path / "Briefkopf.docx").as_posix()
    config.write_text(
        f'[draft]\ntemplates_dir = "{templates.as_posix()}"\nreference_docx = "{reference}"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("DRAFTER_CONFIG", str(config))
    return config


def test_marking_in_the_app_uses_the_users_templates_and_the_librarys_signature(
    user_config: Path, db_path: Path, bundestag_dir: Path, tmp_path: Path
) -> None:
    answer = read_classified(bundestag_dir / "19_21876-antwort-pdftext.txt")
    inquiry_path = bundestag_dir / "21_1243-kleine-anfrage.txt"
    with Library(db_path) as library:
        store(library, read_classified(inquiry_path), inquiry_path)
    backend = Backend(str(db_path))
    try:
        session = DraftSession()
        draft = None
        for number in ("4", "10"):
            draft = _mark(session, backend, answer, number)
        assert draft is not None
        assert draft.title == "Eigene Nachfrage zu 19/21876"
        assert all("so unsere Vorlage zu 19/21876" in _words(q.text, q.subquestions) for q in draft.questions)
        assert draft.signature == "Heidi Reichinnek, Sören Pellmann und Fraktion"
        out = tmp_path / "entwurf.docx"
        backend.export(draft, out)
        assert WordDocument(str(out)).sections[0].header.paragraphs[0].text == "Büro Erika Muster, MdB"
    finally:
        backend.close()


def _mark(session: DraftSession, backend: Backend, doc: Document, number: str) -> Draft | None:
    question = doc.question(number)
    assert question is not None
    return toggle(session, backend, doc, question, TODAY)


def _words(text: str, subquestions: tuple[str, ...]) -> str:
    return " ".join((text, *subquestions))
