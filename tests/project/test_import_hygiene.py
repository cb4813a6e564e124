"""The core never imports the UI: each core module, imported alone in a fresh interpreter, leaves
``textual`` and ``drafter.tui`` out of ``sys.modules``."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import pytest

import drafter

CORE_MODULES = sorted(
    info.name
    for info in pkgutil.walk_packages(drafter.__path__, prefix="drafter.")
    if not info.name.startswith(("drafter.tui", "drafter.cli", "drafter.__main__"))
)


def test_there_are_core_modules() -> None:
    assert "drafter.models" in CORE_MODULES
    assert len(CORE_MODULES) > 5


@pytest.mark.parametrize("module", CORE_MODULES)
def test_core_module_does_not_load_the_ui(module: str) -> None:
    code = (
        f"import sys, {module}\n"
        "bad = sorted(m for m in sys.modules\n"
        "             if m == 'textual' or m.startswith(('textual.', 'drafter.tui')))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
