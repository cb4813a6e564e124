"""Where the folders shipped beside the package are found: ``templates/`` and ``questions_db/``.

Both live at the top of the source tree so that they are easy to review. A source checkout or an
editable install reads them there; ``pip install .`` ships them as setuptools data files under
``<prefix>/share/drafter/<name>`` (pyproject ``[tool.setuptools.data-files]``), found through
``sysconfig`` for the environment's own scheme and the user scheme.
"""

from __future__ import annotations

import sysconfig
from pathlib import Path


def shipped_candidates(name: str) -> list[Path]:
    """Every place the shipped folder ``name`` may be, most specific first (they need not exist)."""
    found = [Path(__file__).resolve().parents[1] / name]
    schemes = {sysconfig.get_default_scheme(), sysconfig.get_preferred_scheme("user")}
    for scheme in sorted(schemes):
        found.append(Path(sysconfig.get_path("data", scheme)) / "share" / "drafter" / name)
    return found
