"""Fixtures of the DIP tests: a real DIP-shaped HTTP server on 127.0.0.1 and clients pointed at it."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from dip_server import DipServer, DipState

from drafter.dip import DipClient

KEY = "Sz7Kq.TestOnly-9fGhQ2pLmXv"  # shaped like a DIP key; distinctive so leaks are easy to find


@pytest.fixture
def dip_key() -> str:
    return KEY


@pytest.fixture
def dip_state() -> DipState:
    return DipState(key=KEY)


@pytest.fixture
def dip_server(dip_state: DipState) -> Iterator[DipServer]:
    server = DipServer(dip_state).start()
    yield server
    server.stop()


@pytest.fixture
def waits() -> list[float]:
    """Every wait the client asked for, in seconds (the waits really happen)."""
    return []


@pytest.fixture
def client(dip_server: DipServer, waits: list[float]) -> Iterator[DipClient]:
    def sleep(seconds: float) -> None:
        waits.append(seconds)
        time.sleep(seconds)

    with DipClient(dip_server.base_url, KEY, min_interval=0, backoff=0.01, retries=3, sleep=sleep) as dip:
        yield dip


@pytest.fixture
def dip_config(dip_server: DipServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A user config file pointing drafter at the test server, with the key and no request interval."""
    path = tmp_path / "config.toml"
    path.write_text(
        f'[dip]\napi_key = "{KEY}"\nbase_url = "{dip_server.base_url}"\nmin_interval = 0\n', encoding="utf-8"
    )
    monkeypatch.setenv("DRAFTER_CONFIG", str(path))
    return path
