"""simplemma's German word forms as a trie cached on disk: milliseconds and a few MB to open.

simplemma keeps its German dictionary (1.1 million word forms → lemma) in a Python dict that
takes one to three seconds and about 110 MB to load, in every process: every ``drafter library
search`` on the command line paid that before looking anything up. The same dictionary as a
MARISA trie (``marisa-trie``) is a 7.5 MB file that loads in milliseconds and answers a lookup in
about a microsecond, with the same lemmas. It is built once from the dictionary inside
simplemma's wheel (a few seconds; nothing is downloaded) and kept in the user cache folder, one
file per simplemma version, written to a temporary file and renamed so that processes starting
together never read half a file. Where no cache file can be written, simplemma's own dictionary
is used, as before.
"""

from __future__ import annotations

import importlib
import logging
import os
import tempfile
from collections.abc import Iterator, Mapping
from functools import cache
from importlib.metadata import version
from pathlib import Path
from typing import Any

import platformdirs
from simplemma.strategies.dictionaries.dictionary_factory import (
    DEFAULT_DICTIONARY_FACTORY,
    _load_dictionary_from_disk,
)

LANG = "de"
ENV = "DRAFTER_CACHE_DIR"
"""Overrides the cache folder (tests, portable installs); default: the user cache folder."""

log = logging.getLogger(__name__)


class Forms(Mapping[str, str]):
    """Word form → lemma over a trie, read-only; what simplemma's strategies look words up in."""

    def __init__(self, trie: Any) -> None:
        self._trie = trie

    def __getitem__(self, key: str) -> str:
        found = self._trie.get(key)
        if not found:
            raise KeyError(key)
        return str(found[0].decode())

    def get(self, key: str, default: object = None) -> object:  # type: ignore[override]
        found = self._trie.get(key)
        return str(found[0].decode()) if found else default

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key in self._trie

    def __iter__(self) -> Iterator[str]:
        return iter(self._trie.iterkeys())

    def __len__(self) -> int:
        return len(self._trie)


class Factory:
    """A simplemma ``DictionaryFactory`` that serves German from the cached trie."""

    def get_dictionary(self, lang: str) -> Mapping[str, str]:
        if lang == LANG:
            found = forms()
            if found is not None:
                return found
        return DEFAULT_DICTIONARY_FACTORY.get_dictionary(lang)


def folder() -> Path:
    """Where the trie files live: ``$DRAFTER_CACHE_DIR`` or the user cache folder."""
    configured = os.environ.get(ENV)
    return Path(configured) if configured else Path(platformdirs.user_cache_dir("drafter", appauthor=False))


def path(base: Path) -> Path:
    return base / f"wordforms-{LANG}-simplemma-{version('simplemma')}.marisa"


@cache
def forms() -> Forms | None:
    """The German word forms, from the cache file (built first if missing); None if it cannot be
    written, and simplemma's own dictionary serves."""
    return load(folder())


def trie_module() -> Any | None:
    """``marisa_trie``, or None in an environment installed before it became a dependency (then
    simplemma's own dictionary serves, as before)."""
    try:
        return importlib.import_module("marisa_trie")
    except ImportError:
        return None


def load(base: Path) -> Forms | None:
    """The trie of ``base``'s cache file, built there first if missing or unreadable."""
    marisa_trie = trie_module()
    if marisa_trie is None:
        log.warning("marisa-trie is not installed: simplemma's dictionary serves")
        return None
    target = path(base)
    try:
        return Forms(marisa_trie.BytesTrie().load(str(target)))
    except (OSError, RuntimeError, ValueError):
        pass
    try:
        build(marisa_trie, target)
        return Forms(marisa_trie.BytesTrie().load(str(target)))
    except (OSError, RuntimeError, ValueError) as error:
        log.warning("word form cache %s unusable (%s): simplemma's dictionary serves", target, error)
        return None


def build(marisa_trie: Any, target: Path) -> None:
    """Write the trie of simplemma's German dictionary to ``target`` (atomically)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    raw = _load_dictionary_from_disk(LANG)
    trie = marisa_trie.BytesTrie((k.decode(), v) for k, v in raw.items())
    handle, temporary = tempfile.mkstemp(prefix=target.name, suffix=".tmp", dir=target.parent)
    os.close(handle)
    try:
        trie.save(temporary)
        os.replace(temporary, target)
    finally:
        Path(temporary).unlink(missing_ok=True)
