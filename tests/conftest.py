"""Shared fixtures: where the real documents live, and a fresh library path per test."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Iterator
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


@pytest.fixture
def read_only_view(tmp_path: Path) -> Iterator[Callable[[Path], Path]]:
    """Turn a folder into a read-only one, as an archive or a share offers it.

    Without root rights the folder and its files lose their write bits. Root ignores those, so
    there the folder is bind-mounted read-only, which even root cannot write (EROFS).
    """
    mounts: list[Path] = []
    protected: list[Path] = []

    def make(folder: Path) -> Path:
        if os.geteuid() != 0:
            for item in folder.iterdir():
                item.chmod(0o444)
            folder.chmod(0o555)
            protected.append(folder)
            return folder
        view = tmp_path / f"nur-lesen-{len(mounts)}"
        view.mkdir()
        bound = subprocess.run(["mount", "--bind", str(folder), str(view)], capture_output=True)
        if bound.returncode != 0:
            pytest.skip("read-only bind mount not permitted here")
        mounts.append(view)
        subprocess.run(["mount", "-o", "remount,bind,ro", str(view)], check=True, capture_output=True)
        return view

    yield make
    for view in mounts:
        subprocess.run(["umount", "-l", str(view)], check=False, capture_output=True)
    for folder in protected:
        folder.chmod(0o755)
        for item in folder.iterdir():
            item.chmod(0o644)
