"""Write the bad inputs of tests/data/bad/, one file per failure mode, from the real corpus files.

Run from the repository root:  /work/venv/bin/python tests/data/bad/make_bad.py
The output is deterministic; README.md beside this script says what each file is.
"""

from __future__ import annotations

import base64
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
BUNDESTAG = HERE.parent / "bundestag"


def _lines(name: str) -> list[str]:
    return (BUNDESTAG / name).read_text(encoding="utf-8").splitlines()


def _write(name: str, lines: list[str]) -> None:
    (HERE / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


def make_text_files() -> None:
    (HERE / "empty.txt").write_bytes(b"")
    (HERE / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (HERE / "undecodable.txt").write_bytes(b"Antwort der Bundesregierung \x81\x8d\x8f\x90\x9d\xff\xfe")
    anfrage = _lines("21_1243-kleine-anfrage.txt")
    _write("other-type.txt", [*anfrage[:2], "Gesetzentwurf", *anfrage[3:]])
    antwort = _lines("21_1521-antwort.txt")
    cut = next(i for i, line in enumerate(antwort) if line.startswith("7. Welches Szenario"))
    _write("truncated-antwort.txt", antwort[: cut + 2])
    first = next(i for i, line in enumerate(antwort) if line.startswith("1. An welchen Orten"))
    _write("no-questions-antwort.txt", antwort[:first])


_PICTURE_PAGE = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:body><office:text><text:p><draw:frame text:anchor-type="as-char" svg:width="16cm" svg:height="22cm">
<draw:image><office:binary-data>{data}</office:binary-data></draw:image></draw:frame></text:p>
</office:text></office:body></office:document>
"""


def _soffice_pdf(source: Path, outdir: Path) -> Path:
    profile = f"-env:UserInstallation=file://{outdir / 'profile'}"
    subprocess.run(
        ["soffice", profile, "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(source)],
        check=True,
        capture_output=True,
    )
    return outdir / (source.stem + ".pdf")


def make_scanned_pdf() -> None:
    """A PDF whose only page is a picture of text: lay out text, render it to PNG, wrap the PNG."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        text = work / "page.txt"
        text.write_text("\n".join(_lines("21_1521-antwort.txt")[:40]), encoding="utf-8")
        page = _soffice_pdf(text, work)
        render = ["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", "-singlefile"]
        subprocess.run([*render, str(page), str(work / "scan")], check=True)
        data = base64.b64encode((work / "scan.png").read_bytes()).decode("ascii")
        picture = work / "scanned.fodt"
        picture.write_text(_PICTURE_PAGE.format(data=data), encoding="utf-8")
        (HERE / "scanned.pdf").write_bytes(_soffice_pdf(picture, work).read_bytes())


if __name__ == "__main__":
    make_text_files()
    make_scanned_pdf()
