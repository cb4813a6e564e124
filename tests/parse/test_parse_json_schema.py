"""``drafter parse --json`` output of every real document is valid against the published schema."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from drafter.cli.main import main

DATA = Path(__file__).parents[1] / "data"


def test_json_lines_of_all_real_documents_are_valid(capsys: pytest.CaptureFixture[str]) -> None:
    schema = json.loads((DATA / "schema" / "parsed-document.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    paths = sorted(str(p) for p in (DATA / "bundestag").glob("*.txt"))
    assert main(["parse", "--json", *paths]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(paths)
    for line, path in zip(lines, paths, strict=True):
        document = json.loads(line)
        assert document["source"] == path
        errors = sorted(validator.iter_errors(document), key=str)
        assert not errors, f"{path}: {errors[0].message}"


def test_a_folder_expands_to_its_text_and_pdf_files(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--json", str(DATA / "bundestag")]) == 0
    sources = [json.loads(line)["source"] for line in capsys.readouterr().out.splitlines()]
    assert len(sources) == 25
    assert sources == sorted(sources)
