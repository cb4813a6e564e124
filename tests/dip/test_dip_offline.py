"""Nothing goes on the network unless the user runs a fetch.

Each command runs in a fresh interpreter with a Python audit hook that records every socket
event (``socket.connect``, ``socket.getaddrinfo`` …). Parsing, importing, searching, reading the
config and importing every drafter module (the TUI's too) must record none; ``drafter fetch`` must record some
(the control that shows the hook sees real traffic).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from dip_server import DipServer, corpus_record

HOOK = """
import json, sys
NETWORK = {"socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex",
           "socket.gethostbyaddr", "socket.bind", "socket.sendto", "socket.sendmsg"}
events = []
sys.addaudithook(lambda event, args: events.append(event) if event in NETWORK else None)
"""

RUNNER = (
    HOOK
    + """
import pkgutil, importlib, drafter
for info in pkgutil.walk_packages(drafter.__path__, prefix="drafter."):
    if info.name != "drafter.__main__":
        importlib.import_module(info.name)
from drafter.config import load_config
load_config()
from drafter.cli.main import main
code = main(sys.argv[2:])
with open(sys.argv[1], "w", encoding="utf-8") as out:
    json.dump({"code": code, "events": events}, out)
"""
)


UI_RUNNER = (
    HOOK
    + """
import asyncio
from pathlib import Path
from drafter.tui.app import create_app

async def start_and_quit():
    app = create_app(sys.argv[2], [Path(sys.argv[3])], cursor_blink=False)
    async with app.run_test() as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()

asyncio.run(start_and_quit())
with open(sys.argv[1], "w", encoding="utf-8") as out:
    json.dump({"code": 0, "events": events}, out)
"""
)


def _run(tmp_path: Path, *args: str, runner: str = RUNNER) -> dict[str, object]:
    report = tmp_path / "events.json"
    result = subprocess.run(
        [sys.executable, "-c", runner, str(report), *args], capture_output=True, text=True, timeout=120
    )
    assert report.exists(), result.stderr
    data: dict[str, object] = json.loads(report.read_text(encoding="utf-8"))
    return data


@pytest.mark.parametrize(
    "args",
    [
        ["parse", "tests/data/bundestag/21_1521-antwort.txt"],
        [
            "library",
            "import",
            "tests/data/bundestag/21_1521-antwort.txt",
            "tests/data/pdf/21_1173-antwort.pdf",
        ],
        ["library", "search", "Manöver"],
    ],
)
def test_local_commands_never_touch_the_network(
    tmp_path: Path, args: list[str], dip_config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(Path(__file__).resolve().parents[2])
    monkeypatch.setenv("DIP_API_KEY", "Present.But-Unused-Key")
    outcome = _run(tmp_path, "--db", str(tmp_path / "lib.sqlite"), *args)
    assert outcome["code"] == 0
    assert outcome["events"] == []


def test_fetch_is_what_goes_on_the_network(tmp_path: Path, dip_server: DipServer, dip_config: Path) -> None:
    dip_server.add(corpus_record("21/1521", "Antwort", "7001"))
    outcome = _run(tmp_path, "--db", str(tmp_path / "lib.sqlite"), "fetch", "--no-related", "21/1521")
    assert outcome["code"] == 0
    assert "socket.connect" in outcome["events"]  # type: ignore[operator]


def test_starting_the_ui_on_a_file_never_touches_the_network(
    tmp_path: Path, dip_config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIP_API_KEY", "Present.But-Unused-Key")
    document = Path(__file__).resolve().parents[1] / "data" / "bundestag" / "21_1521-antwort.txt"
    outcome = _run(tmp_path, str(tmp_path / "lib.sqlite"), str(document), runner=UI_RUNNER)
    assert outcome["events"] == []
