"""Writes snapshot-documents.jsonl: parsed documents frozen as JSON for the TUI's SVG snapshots.

The snapshots test how the screens look, not how the parser and classifier read the corpus; built
from these frozen records, they do not change when a classifier rule is refined. Run from the
repository root after a deliberate change, and review the snapshot diffs it causes:

    /work/venv/bin/python tests/data/tui/make_snapshot_library.py
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from drafter.workflow import read_classified
from drafter.serialize import document_to_dict

HERE = Path(__file__).parent
SOURCES = [
    HERE.parents[0] / "bundestag" / name
    for name in (
        "19_21876-antwort-pdftext.txt",
        "21_1521-antwort.txt",
        "21_1243-kleine-anfrage.txt",
        "21_2000-antwort.txt",
        "21_1779-kleine-anfrage.txt",
        "21_1206-antwort.txt",
        "21_1048-kleine-anfrage.txt",
    )
] + [HERE / "19_23412-antwort-followup.txt"]


def main() -> None:
    root = HERE.parents[2]
    docs = [replace(read_classified(path), source=path.relative_to(root).as_posix()) for path in SOURCES]
    lines = [json.dumps(document_to_dict(doc), ensure_ascii=False) for doc in docs]
    (HERE / "snapshot-documents.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
