"""Whose inquiry is it? The office profile: first-run dialog, config file, and every new draft
asked by the user's MPs and signed by their leaders, in the app and on the command line."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from pilot_steps import open_from_library, settle
from textual.widgets import Input

from drafter.cli.main import main
from drafter.config import FURTHER_MPS, Profile, load_config
from drafter.errors import ConfigError
from drafter.library import Library
from drafter.models import Draft
from drafter.profile import profile_toml, save_profile, signature, signed_as
from drafter.tui.app import DrafterApp
from drafter.tui.screens.document import DocumentScreen
from drafter.tui.screens.draft import DraftScreen
from drafter.tui.screens.error import ErrorScreen
from drafter.tui.screens.profile import ProfileScreen

EARLIER_ASKERS = ("Andrej Hunko", "Heike Hänsel", "Michel Brandt")


def test_profile_round_trips_through_the_config_file(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[keys]\nopen = "ctrl+o"\n\n[profile]\nmps = ["Alt"]\n\n[draft]\n', encoding="utf-8")
    profile = Profile(
        ("Anna Beispiel", 'Bernd "B." Muster'), "BÜNDNIS 90/DIE GRÜNEN", ("C. Vorsitz",), True, "start"
    )
    save_profile(config, profile)
    loaded = load_config(config)
    assert loaded.profile == profile
    assert loaded.keys == {"open": "ctrl+o"}
    assert config.read_text(encoding="utf-8").count("[profile]") == 1
    assert profile_toml(profile).startswith("[profile]\nmps = [")


def test_a_malformed_profile_is_a_german_error(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[profile]\nmps = "Anna"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"Zeile 2.*\[profile\] mps muss eine Liste sein"):
        load_config(config)
    config.write_text('[profile]\ndate = "morgen"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="date muss"):
        load_config(config)


def test_signed_as_puts_the_office_on_the_draft() -> None:
    draft = Draft(title="T", askers=EARLIER_ASKERS, faction="DIE LINKE", signed_on=dt.date(2026, 11, 28))
    profile = Profile(("Anna Beispiel",), "BÜNDNIS 90/DIE GRÜNEN", ("Clara Vorsitz", "David Vorsitz"), True)
    signed = signed_as(draft, profile)
    assert signed.askers == ("Anna Beispiel", FURTHER_MPS)
    assert signed.faction == "BÜNDNIS 90/DIE GRÜNEN"
    assert signed.signature == "Clara Vorsitz, David Vorsitz und Fraktion"
    assert signed.signed_on is None  # "Berlin, den …" shows the day of the export
    kept_date = signed_as(replace(draft, signature="A, B und Fraktion"), Profile(date="start"))
    assert kept_date.signed_on == dt.date(2026, 11, 28)
    assert kept_date.askers == ()  # nobody else's names
    assert kept_date.faction == "DIE LINKE" and kept_date.signature == "A, B und Fraktion"
    other = signed_as(replace(draft, signature="A, B und Fraktion"), Profile(faction="SPD"))
    assert other.signature == "[Name], [Name] und Fraktion"  # not another faction's leaders
    assert signature(Profile()) == "[Name], [Name] und Fraktion"


async def test_first_run_asks_for_the_office_and_fills_the_draft(
    make_app: Callable[..., DrafterApp], office_profile: Path
) -> None:
    office_profile.write_text("", encoding="utf-8")  # a new user: no profile yet
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ProfileScreen) and dialog.first_run
        await pilot.press(*"Anna Beispiel, Bernd Muster", "enter")
        await pilot.press("space")  # "weiterer Abgeordneter"
        dialog.query_one("#profile-faction", Input).focus()
        await pilot.press(*"BÜNDNIS 90/DIE GRÜNEN")
        dialog.query_one("#profile-leaders", Input).focus()
        await pilot.press(*"Clara Vorsitz, David Vorsitz", "ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, ProfileScreen)
        saved = load_config(office_profile).profile
        assert saved.mps == ("Anna Beispiel", "Bernd Muster") and saved.further_mps
        assert saved.leaders == ("Clara Vorsitz", "David Vorsitz")

        await open_from_library(pilot, "19/21876")
        document = app.screen
        assert isinstance(document, DocumentScreen)
        while document.current().number != "10":  # type: ignore[union-attr]
            await pilot.press("n")
        await pilot.press("space", "e")
        await settle(pilot)
        assert isinstance(app.screen, DraftScreen)
        askers = app.screen.query_one("#draft-askers", Input).value
        assert askers == f"Anna Beispiel, Bernd Muster, {FURTHER_MPS}"
        assert app.screen.query_one("#draft-faction", Input).value == "BÜNDNIS 90/DIE GRÜNEN"
        assert (
            app.screen.query_one("#draft-signature", Input).value
            == "Clara Vorsitz, David Vorsitz und Fraktion"
        )
        draft = app.session.draft
        assert draft is not None and not set(EARLIER_ASKERS) & set(draft.askers)
        date = app.screen.query_one("#draft-date", Input)
        assert date.value == "" and draft.signed_on is None  # "Berlin, den": the day of the export
        date.focus()
        await pilot.press(*"01.12.2026")
        await settle(pilot)
        assert app.session.draft.signed_on == dt.date(2026, 12, 1)  # type: ignore[union-attr]


async def test_later_leaves_no_profile_and_no_earlier_askers(
    make_app: Callable[..., DrafterApp], office_profile: Path
) -> None:
    office_profile.write_text("", encoding="utf-8")
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ProfileScreen)
        await pilot.press("escape")
        await open_from_library(pilot, "19/21876")
        await pilot.press("n", "space")
        await settle(pilot)
        draft = app.session.draft
        assert draft is not None and draft.askers == ()
        await pilot.press("f6")
        assert isinstance(app.screen, ProfileScreen) and not app.screen.first_run


def test_the_command_line_signs_with_the_profile(
    office_profile: Path,
    tmp_path: Path,
    db_path: Path,
    bundestag_dir: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert Path(os.environ["DRAFTER_CONFIG"]) == office_profile
    out = tmp_path / "nachfrage.md"
    source = bundestag_dir / "19_21876-antwort-pdftext.txt"
    assert main(["--db", str(db_path), "followup", str(source), "--out", str(out)]) == 0
    capsys.readouterr()
    text = out.read_text(encoding="utf-8")
    assert "Anna Beispiel, Bernd Muster, weiterer Abgeordneter und der Fraktion BÜNDNIS 90/DIE GRÜNEN" in text
    assert "Clara Vorsitz, David Vorsitz und Fraktion" in text
    with Library(db_path) as lib:
        saved = lib.latest_draft()
    assert saved is not None and not set(EARLIER_ASKERS) & set(saved.askers)


async def test_a_broken_profile_is_reported_and_the_app_goes_on(
    make_app: Callable[..., DrafterApp], office_profile: Path
) -> None:
    office_profile.write_text('[profile]\nleaders = "Clara Vorsitz"\n', encoding="utf-8")
    app = make_app(keymap={})
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        error = app.screen
        assert isinstance(error, ErrorScreen) and error.error_title == "Konfiguration"
        assert "leaders muss eine Liste sein" in error.error_message
        await pilot.press("enter", "f4")
        await settle(pilot)
        assert isinstance(app.screen, DraftScreen)
