"""Fixtures of the library tests: the corpus parsed once per session."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest

from drafter.models import Document
from drafter.workflow import read_classified


@pytest.fixture(scope="session")
def parse_once() -> Callable[[Path], Document]:
    """The real parser, memoised by path: import tests re-import the same files many times."""
    return cache(read_classified)
