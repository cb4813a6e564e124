"""``drafter fetch`` end to end: config file, test server, real library file, German output."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from dip_server import DipServer, DipState, corpus_record

from drafter.cli.main import main
from drafter.library import Library

LISTING = "/api/v1/drucksache-text"
PDF = Path(__file__).resolve().parents[1] / "data" / "pdf" / "21_1173-antwort.pdf"


@pytest.fixture
def served(dip_server: DipServer) -> None:
    for index, (antwort, anfrage) in enumerate(
        [("21/1521", "21/1243"), ("21/1206", "21/1048"), ("21/927", "21/711")]
    ):
        dip_server.add(corpus_record(antwort, "Antwort", str(6000 + index)))
        dip_server.add(corpus_record(anfrage, "Kleine Anfrage", str(6000 + index)))


def _numbers(db: Path) -> set[str]:
    with Library(db) as library:
        return {d.number for d in library.documents() if d.number}


def test_fetch_by_number(
    served: None, dip_config: Path, db_path: Path, capsys: pytest.CaptureFixture[str], dip_key: str
) -> None:
    assert main(["--db", str(db_path), "fetch", "21/1521"]) == 0
    out, err = capsys.readouterr()
    assert "2 Drucksachen: 2 neu aufgenommen." in out
    assert _numbers(db_path) == {"21/1521", "21/1243"}
    assert dip_key not in out + err


def test_fetch_by_number_without_related(served: None, dip_config: Path, db_path: Path) -> None:
    assert main(["--db", str(db_path), "fetch", "--no-related", "21/1521", "21/1206"]) == 0
    assert _numbers(db_path) == {"21/1521", "21/1206"}


def test_unknown_number_exits_non_zero(
    served: None, dip_config: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db_path), "fetch", "21/77777"]) == 1
    out = capsys.readouterr().out
    assert "21/77777: DIP kennt keine Bundestagsdrucksache 21/77777." in out
    assert "1 Drucksache: 1 nicht gefunden." in out


def test_missing_key_is_explained(
    served: None,
    dip_server: DipServer,
    dip_state: DipState,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    config = tmp_path / "config.toml"
    config.write_text(f'[dip]\nbase_url = "{dip_server.base_url}"\n', encoding="utf-8")
    monkeypatch.setenv("DRAFTER_CONFIG", str(config))
    assert main(["fetch", "21/1521"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("drafter: DIP-Abruf: Für den Abruf aus DIP fehlt ein API-Schlüssel.")
    assert str(config) in err and "DIP_API_KEY" in err
    assert dip_state.requests == []


def test_key_from_environment_is_used(
    served: None,
    dip_server: DipServer,
    dip_state: DipState,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dip_key: str,
    db_path: Path,
) -> None:
    config = tmp_path / "config.toml"
    config.write_text(f'[dip]\napi_key = "Stale.Key"\nbase_url = "{dip_server.base_url}"\nmin_interval = 0\n')
    monkeypatch.setenv("DRAFTER_CONFIG", str(config))
    monkeypatch.setenv("DIP_API_KEY", dip_key)
    assert main(["--db", str(db_path), "fetch", "--no-related", "21/1521"]) == 0
    assert {r.authorization for r in dip_state.requests} == {f"ApiKey {dip_key}"}


def test_rejected_key_never_shows_in_output(
    served: None,
    dip_state: DipState,
    dip_config: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    db_path: Path,
) -> None:
    wrong = "Wrong.Key-Echoed-Back-By-Server"
    monkeypatch.setenv("DIP_API_KEY", wrong)
    dip_state.echo_key = True
    assert main(["--db", str(db_path), "fetch", "21/1521"]) == 1
    out, err = capsys.readouterr()
    assert "DIP hat den API-Schlüssel abgelehnt (HTTP 401)" in err
    assert wrong not in out + err


def test_bulk_fetch_resumes_after_dip_went_down(
    served: None,
    dip_state: DipState,
    dip_config: Path,
    db_path: Path,
    capsys: pytest.CaptureFixture[str],
    dip_key: str,
) -> None:
    dip_state.page_size = 2
    dip_state.fail(LISTING, 500, headers={"Retry-After": "0"})  # one hiccup, retried away
    dip_state.down_after[LISTING] = 1  # after the first page DIP answers 503 (Retry-After: 0)
    args = ["--db", str(db_path), "fetch", "--wahlperiode", "21", "--type", "Antwort"]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert "Serverfehler (HTTP 503)" in err and "derselbe Aufruf setzt später dort fort" in err
    assert _numbers(db_path) == {"21/1521", "21/1206"}
    bookmarks = Path(os.environ["XDG_DATA_HOME"]) / "drafter" / "dip-bulk.json"
    saved = bookmarks.read_text(encoding="utf-8")
    assert str(db_path) in saved and "f.wahlperiode=21" in saved and dip_key not in saved

    dip_state.down_after.clear()
    assert main(args) == 0
    assert "1 Drucksache: 1 neu aufgenommen." in capsys.readouterr().out
    assert _numbers(db_path) == {"21/1521", "21/1206", "21/927"}
    assert main(args) == 0
    assert "3 Drucksachen: 3 unverändert." in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "Bitte entweder Drucksachennummern angeben"),
        (["21/1521", "--wahlperiode", "21"], "Bitte entweder Drucksachennummern angeben"),
        (["--type", "Antwort"], "braucht --wahlperiode oder --since"),
        (["--wahlperiode", "21", "--since", "1.13.2025"], "--since „1.13.2025“ ist kein Datum"),
        (["--since", "2025-09-01", "--until", "31.08.2025"], "liegt nach --until"),
        (["21-1521"], "„21-1521“ ist keine Drucksachennummer"),
    ],
)
def test_wrong_calls_get_german_messages(
    args: list[str], message: str, dip_config: Path, dip_state: DipState, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["fetch", *args]) == 1
    assert message in capsys.readouterr().err
    assert dip_state.requests == []


def test_german_dates_are_accepted(
    served: None, dip_state: DipState, dip_config: Path, db_path: Path
) -> None:
    assert main(["--db", str(db_path), "fetch", "--since", "01.08.2025", "--until", "2025-08-31"]) == 0
    params = dip_state.hits(LISTING)[0].params
    assert params["f.datum.start"] == ["2025-08-01"] and params["f.datum.end"] == ["2025-08-31"]


def test_missing_text_is_said_and_pdf_used_when_allowed(
    dip_server: DipServer,
    dip_state: DipState,
    dip_config: Path,
    db_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    dip_server.add(corpus_record("21/1173", "Antwort", "6100"), text=False)
    dip_state.files["/btd/21/011/2101173.pdf"] = PDF.read_bytes()
    assert main(["--db", str(db_path), "fetch", "--no-related", "21/1173"]) == 0
    out = capsys.readouterr().out
    assert "21/1173: DIP hat für Drucksache 21/1173 noch keinen Volltext. Mit --allow-pdf" in out
    assert "1 Drucksache: 1 ohne Text." in out
    assert _numbers(db_path) == set()

    assert main(["--db", str(db_path), "fetch", "--no-related", "--allow-pdf", "21/1173"]) == 0
    out = capsys.readouterr().out
    assert "(aus dem PDF, da DIP noch keinen Volltext hat)" in out and "1 neu aufgenommen" in out
    assert _numbers(db_path) == {"21/1173"}


def test_pdf_fallback_can_be_allowed_in_the_config(
    dip_server: DipServer, dip_state: DipState, dip_config: Path, db_path: Path
) -> None:
    dip_config.write_text(dip_config.read_text(encoding="utf-8") + "allow_pdf = true\n", encoding="utf-8")
    dip_server.add(corpus_record("21/1173", "Antwort", "6100"), text=False)
    dip_state.files["/btd/21/011/2101173.pdf"] = PDF.read_bytes()
    assert main(["--db", str(db_path), "fetch", "--no-related", "21/1173"]) == 0
    assert _numbers(db_path) == {"21/1173"}


def test_malformed_config_stops_fetch_in_german(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "config.toml"
    config.write_text("[dip]\napi_key = ohne-anfuehrungszeichen\n", encoding="utf-8")
    monkeypatch.setenv("DRAFTER_CONFIG", str(config))
    assert main(["fetch", "21/1521"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(
        f"drafter: Konfiguration: Die Konfigurationsdatei {config} ist fehlerhaft in Zeile 2"
    )


def test_bulk_refused_at_once_promises_no_resume(
    served: None, dip_state: DipState, dip_config: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dip_state.fail(LISTING, 401)
    assert main(["--db", str(db_path), "fetch", "--wahlperiode", "21"]) == 1
    err = capsys.readouterr().err
    assert "abgelehnt (HTTP 401)" in err and "Fortschritt" not in err
