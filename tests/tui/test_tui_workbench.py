"""The screens reach the app through ``screens.base.Workbench`` only, never by importing it."""

from __future__ import annotations

from pathlib import Path

from drafter.tui.app import create_app
from drafter.tui.screens.base import Workbench


def test_the_app_is_the_workbench_its_screens_expect(db_path: Path) -> None:
    """Screens reach the app through ``Workbench`` only; the app must provide all of it."""
    app = create_app(str(db_path), keymap={})
    try:
        assert isinstance(app, Workbench)
    finally:
        app.backend.close()
