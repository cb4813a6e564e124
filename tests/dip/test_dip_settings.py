"""DIP settings checked before the first request: a key with an umlaut or a line break, a malformed
base_url. German messages naming where the setting is, no request sent, the key never shown; and
the silent wait of a timed-out request is announced."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from dip_server import DipServer, DipState

from drafter.cli.main import main
from drafter.dip import DipClient

BROKEN_KEYS = [
    ('"Sz7Kq.Tést-9fGhQ2pLmXv"', "enthält das Zeichen „é“ an Stelle 8"),
    ('"Sz7Kq.TestOnly\\n9fGhQ2pLmXv"', "enthält einen Zeilenumbruch (an Stelle 15)"),
    ('"Sz7Kq.Test Only-9fGhQ2pLmXv"', "enthält ein Leerzeichen oder einen Tabulator (an Stelle 11)"),
    ('"Sz7Kq.TestOnly\\u200b9fGh"', "enthält das Zeichen U+200B an Stelle 15"),
]


def _config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, key: str, base_url: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(
        f'# drafter\n[dip]\nmin_interval = 0\napi_key = {key}\nbase_url = "{base_url}"\n', encoding="utf-8"
    )
    monkeypatch.setenv("DRAFTER_CONFIG", str(path))
    return path


@pytest.mark.parametrize(("key", "problem"), BROKEN_KEYS, ids=["umlaut", "newline", "space", "zero-width"])
def test_a_broken_key_in_the_config_is_named_before_any_request(
    dip_server: DipServer,
    dip_state: DipState,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    key: str,
    problem: str,
) -> None:
    config = _config(tmp_path, monkeypatch, key, dip_server.base_url)
    started = time.monotonic()
    assert main(["--db", str(tmp_path / "lib.sqlite"), "fetch", "21/1521"]) == 1
    assert time.monotonic() - started < 5  # no 15 s of retries
    err = capsys.readouterr().err
    assert f"Die Konfigurationsdatei {config}, Zeile 4 ist fehlerhaft: [dip] api_key {problem}" in err
    assert "9fGhQ2pLmXv" not in err and "Traceback" not in err
    assert dip_state.requests == []


def test_a_broken_key_in_the_environment_names_the_variable(
    dip_server: DipServer,
    dip_state: DipState,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _config(tmp_path, monkeypatch, '"unused"', dip_server.base_url)
    monkeypatch.setenv("DIP_API_KEY", "Sz7Kq.TestOnly\n9fGhQ2pLmXv")
    assert main(["--db", str(tmp_path / "lib.sqlite"), "fetch", "21/1521"]) == 1
    err = capsys.readouterr().err
    assert "Der DIP-API-Schlüssel in der Umgebungsvariable DIP_API_KEY enthält einen Zeilenumbruch" in err
    assert dip_state.requests == []


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("https//search.dip.bundestag.de/api/v1", "muss mit https:// (oder http://) beginnen"),
        ("search.dip.bundestag.de/api/v1", "muss mit https:// (oder http://) beginnen"),
        ("https://search.dip.bundestag.de:port/api/v1", "ist keine gültige Adresse"),
        ("https:///api/v1", "nennt keinen Server"),
        ("https://search.dip.bundestag.de/api v1", "enthält Leerzeichen oder Sonderzeichen"),
    ],
)
def test_a_malformed_base_url_is_named(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    url: str,
    problem: str,
) -> None:
    config = _config(tmp_path, monkeypatch, '"Sz7Kq.TestOnly-9fGhQ2pLmXv"', url)
    assert main(["--db", str(tmp_path / "lib.sqlite"), "fetch", "21/1521"]) == 1
    err = capsys.readouterr().err
    assert f"Die Konfigurationsdatei {config}, Zeile 5 ist fehlerhaft: [dip] base_url {problem}" in err
    assert "Traceback" not in err and "InvalidURL" not in err


def test_the_client_itself_refuses_what_the_config_would(dip_server: DipServer) -> None:
    with pytest.raises(Exception, match=r"DIP-API-Schlüssel enthält einen Zeilenumbruch"):
        DipClient(dip_server.base_url, "abc\ndef")
    with pytest.raises(Exception, match=r"DIP-Adresse „ftp://dip“ muss mit https://"):
        DipClient("ftp://dip", "abc.def")


def test_a_timed_out_request_announces_the_retry(dip_server: DipServer, dip_state: DipState) -> None:
    """The user has waited the whole timeout in silence: the retry is told even when its pause is short."""
    dip_state.delay = 0.6
    told: list[str] = []
    with (
        DipClient(
            dip_server.base_url,
            "Slow.Server-Key-123",
            min_interval=0,
            backoff=0.01,
            retries=1,
            timeout=0.2,
            notify=told.append,
        ) as dip,
        pytest.raises(Exception, match=r"Zeitüberschreitung\. Aufgegeben nach 2 Versuchen"),
    ):
        dip.find_drucksache("21/1521")
    assert told == ["DIP antwortet seit 0 s nicht (Zeitüberschreitung); neuer Versuch 2 von 2 in 0 s."]
