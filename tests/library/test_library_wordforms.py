"""The word forms trie: the same lemmas as simplemma's own dictionary, built once, shared safely."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import simplemma

from drafter.library import compounds, wordforms

# Words of Antwort 21/1306 and its Kleine Anfrage (tests/data/bundestag), inflected as written there.
WORDS = [
    "Abschiebungshaftplätze",
    "Erkenntnisse",
    "Bundesregierung",
    "Plätze",
    "Kosten",
    "Unterkunft",
    "Heizung",
    "Strassen",
    "Bundeswehrübung",
    "beantwortet",
    "Länder",
]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cache")
    assert wordforms.load(folder) is not None
    return folder


def test_trie_gives_simplemmas_lemmas(built: Path) -> None:
    forms = wordforms.load(built)
    assert forms is not None
    table = simplemma.strategies.dictionaries.DEFAULT_DICTIONARY_FACTORY.get_dictionary("de")
    for word in [*WORDS, *(w.lower() for w in WORDS), "Xqzvw"]:
        assert forms.get(word) == table.get(word)
        assert (word in forms) == (table.get(word) is not None)


def test_lemmas_and_compound_parts_through_the_trie() -> None:
    assert compounds.lemma("Plätze") == "Platz"
    assert compounds.lemma("Strassen") == "Straße"
    assert compounds.parts("Abschiebungshaftplätze") == ("abschiebungshaft", "abschiebung", "haft", "plätze")


def test_built_once_and_reopened_from_the_file(built: Path) -> None:
    target = wordforms.path(built)
    stamp = target.stat().st_mtime_ns
    assert wordforms.load(built) is not None
    assert target.stat().st_mtime_ns == stamp
    assert not [p for p in built.iterdir() if p.suffix == ".tmp"]


def test_broken_cache_file_is_rebuilt(tmp_path: Path, built: Path) -> None:
    target = wordforms.path(tmp_path)
    target.write_bytes(b"not a trie")
    forms = wordforms.load(tmp_path)
    assert forms is not None and forms.get("Plätze") == "Platz"
    assert target.stat().st_size == wordforms.path(built).stat().st_size


def test_unwritable_cache_folder_falls_back_to_simplemma(tmp_path: Path) -> None:
    blocker = tmp_path / "datei"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    assert wordforms.load(blocker / "cache") is None


def test_without_marisa_trie_simplemma_serves(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(wordforms, "trie_module", lambda: None)
    assert wordforms.load(tmp_path) is None
    assert not list(tmp_path.iterdir())


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="peak memory read from Linux /proc")
def test_search_process_stays_small(built: Path, tmp_path: Path) -> None:
    # A query's lemmas without simplemma's 1.1 million entry dict in memory (that alone is ~100 MB).
    # Peak read as VmHWM: ru_maxrss would carry this big test process's peak over exec.
    code = (
        "from pathlib import Path\n"
        "from drafter.library.normalize import query_terms\n"
        "print(query_terms('Wie viele Abschiebungshaftplätze gibt es in Bayern?'))\n"
        "status = Path('/proc/self/status').read_text().split('VmHWM:')[1]\n"
        "print(int(status.split()[0]) // 1024)\n"
    )
    env = {**os.environ, wordforms.ENV: str(built)}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    terms, peak_mb = out.stdout.splitlines()
    assert "'abschiebungshaftplatz', 'abschiebungshaft'" in terms
    assert int(peak_mb) < 90
