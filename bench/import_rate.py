"""Import throughput into libraries of a given size: documents per second, wall clock and CPU.

    nice -n 19 python bench/import_rate.py /tmp/drafter-bench/library-5000000.sqlite …

Each library file (from ``build_library.py``) is copied first (the original stays as it is, as
other benchmarks read it); into the copy go ``--extra`` further documents (varied corpus
documents under numbers no library holds), each through ``Library.import_document`` in its own
transaction, as a real import stores them: FTS index, concept counts, question count and
citation links kept current row by row. The copy is removed afterwards.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from variants import documents, load_corpus, shift_number

from drafter.library import Library
from drafter.models import Document

ROOT = Path(__file__).parents[1]
SERIALS = 20_000_000  # added to the new documents' serials: beyond any benchmark library's numbers


def extra_documents(base: list[Document], count: int) -> list[Document]:
    """``count`` varied documents (another seed than any library) under unused numbers."""
    docs = itertools.islice(documents(base, count * 100, seed=count + 7), count)
    return [
        dataclasses.replace(
            doc, number=shift_number(doc.number, SERIALS), inquiry=shift_number(doc.inquiry, SERIALS)
        )
        for doc in docs
    ]


def rate(path: Path, docs: list[Document]) -> tuple[float, float]:
    """Documents per second (wall clock, CPU) importing ``docs`` into a copy of ``path``."""
    copy = path.with_name(f"{path.stem}-import-copy{path.suffix}")
    shutil.copyfile(path, copy)
    try:
        with Library(copy) as lib:
            start, cpu = time.perf_counter(), time.process_time()
            for i, doc in enumerate(docs):
                lib.import_document(doc, source_hash=f"import-rate-{i}")
            wall, used = time.perf_counter() - start, time.process_time() - cpu
    finally:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{copy}{suffix}").unlink(missing_ok=True)
    return len(docs) / wall, len(docs) / used


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", type=Path, nargs="+", help="library files built by build_library.py")
    parser.add_argument("--extra", type=int, default=100, help="documents imported into each")
    parser.add_argument("--corpus", type=Path, default=ROOT / "tests" / "data" / "bundestag")
    args = parser.parse_args()
    docs = extra_documents(load_corpus(args.corpus), args.extra)
    for path in args.files:
        wall, cpu = rate(path, docs)
        print(f"{path.name}: {wall:,.1f} documents/s (CPU-bound rate {cpu:,.1f})", flush=True)


if __name__ == "__main__":
    main()
