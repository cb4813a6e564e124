"""Fixtures of the library tests: the corpus parsed once per session, and a real PostgreSQL server."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

import pgcluster
import pytest

from drafter.models import Document
from drafter.workflow import read_classified

_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def parse_once() -> Callable[[Path], Document]:
    """The real parser, memoised by path: import tests re-import the same files many times."""
    return cache(read_classified)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[pgcluster.Cluster]:
    """One throwaway PostgreSQL server for the whole test run, stopped at the end."""
    cluster = pgcluster.start()
    try:
        yield cluster
    finally:
        pgcluster.stop(cluster)


@pytest.fixture(scope="session")
def new_pg_database(pg_cluster: pgcluster.Cluster) -> Callable[[], str]:
    """Makes a fresh, empty database on the test server; returns its URL (superuser, password)."""

    def make() -> str:
        name = f"bibliothek_{next(_numbers)}"
        pg_cluster.sql(f"CREATE DATABASE {name}")
        return pg_cluster.url(name)

    return make


@pytest.fixture
def pg_url(new_pg_database: Callable[[], str]) -> str:
    """The URL of a fresh, empty database for one test."""
    return new_pg_database()


@pytest.fixture(params=["sqlite", "postgresql"])
def library_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a fresh library lives, once per engine: a SQLite file, then a PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "library.sqlite")
    url: str = request.getfixturevalue("pg_url")
    return url
