"""Shared fixtures: where the real documents live, and a fresh library path per test."""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
BUNDESTAG = DATA / "bundestag"


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA


@pytest.fixture(scope="session")
def bundestag_dir() -> Path:
    return BUNDESTAG


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A real SQLite file in a fresh folder, never the user's own library."""
    return tmp_path / "library.sqlite"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep every test away from the real user's library, config and DIP key."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("DRAFTER_DB", str(home / "library.sqlite"))
    monkeypatch.setenv("DRAFTER_CONFIG", str(home / "config.toml"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("DIP_API_KEY", raising=False)
