"""Commands whose work is imported only when they run.

Every command's arguments are defined at start (``drafter --help`` lists them all), but its work,
and the libraries the work needs (the DIP client and httpx, python-docx, jinja2, rich, the parser),
is imported when that command runs. ``drafter --version`` therefore starts about as fast as Python
itself (see bench/RESULTS-startup.md).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from importlib import import_module

Command = Callable[[argparse.Namespace], int]


def deferred(module: str, name: str) -> Command:
    """The function ``name`` of ``module``, imported on the first call."""

    def run(args: argparse.Namespace) -> int:
        job: Command = getattr(import_module(module), name)
        return job(args)

    return run
