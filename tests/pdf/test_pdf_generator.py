"""The committed test PDFs are what tests/data/pdf/make_pdfs.py makes (one real LibreOffice run)."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

from drafter.parse.pdf import read_pdf

PDF_DIR = Path(__file__).parents[1] / "data" / "pdf"


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_pdfs", PDF_DIR / "make_pdfs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the script loads
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_generator_reproduces_the_committed_pdf(tmp_path: Path) -> None:
    make_pdfs = _generator()
    fodt = tmp_path / "21_1173-antwort.fodt"
    fodt.write_text(make_pdfs.to_fodt(make_pdfs.blocks_dip("21_1173-antwort.txt")), encoding="utf-8")
    made = make_pdfs.convert(fodt, tmp_path, tmp_path / "profile")
    assert read_pdf(made) == read_pdf(PDF_DIR / "21_1173-antwort.pdf")


def test_soft_hyphens_follow_german_syllables() -> None:
    """The generator's break points: inside consonant clusters, before the longest onset (a single
    consonant between vowels is never a break, so compound joints like "men|ar" are missed)."""
    soft = _generator().soft_hyphenate
    marked = {
        word: soft(word).replace("\u00ad", "|") for word in ("Zusammenarbeit", "Bekämpfung", "Entwicklung")
    }
    assert marked == {
        "Zusammenarbeit": "Zusam|menar|beit",
        "Bekämpfung": "Bekämp|fung",
        "Entwicklung": "Ent|wick|lung",
    }
