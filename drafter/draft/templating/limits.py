"""Bounds on what a user's wording template may cost to render.

The sandbox keeps a template away from Python internals but not from asking for ``"x" * 10**10``,
``range(10**7)``, ``"x"|center(10**9)`` or a loop that doubles a string forty times: each would
hang drafter or exhaust memory on a laptop. A wording template needs none of that, so numbers,
texts, loops and the time a render takes are capped far above any real use (a title, a preamble,
one follow-up question) and far below harm. Crossing a cap raises ``LimitExceeded`` with a German
reason; ``environment.render`` turns it into a message naming the template and line.
"""

from __future__ import annotations

import functools
import operator
import time
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from typing import Any

from jinja2.utils import Namespace

MAX_NUMBER = 10_000
"""Largest count a template may pass to a filter or function, or take a range of."""
MAX_TEXT = 1_000_000
"""Longest text (or list) an operator may build, and the longest rendered template, in characters."""
MAX_SECONDS = 5.0
"""Longest a single render may take."""
MAX_POWER_BITS = 4096

_deadline: ContextVar[float] = ContextVar("template_deadline", default=float("inf"))


class LimitExceededError(Exception):
    """A template asked for more than the caps allow; ``reason`` is German."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def start_clock() -> object:
    """Start the time budget of one render; pass the token to ``stop_clock``."""
    return _deadline.set(time.monotonic() + MAX_SECONDS)


def stop_clock(token: object) -> None:
    _deadline.reset(token)  # type: ignore[arg-type]


def check_clock() -> None:
    if time.monotonic() > _deadline.get():
        raise LimitExceededError(f"Das Ausfüllen dauert länger als {MAX_SECONDS:.0f} Sekunden.")


def check_text(value: object) -> None:
    """Refuse a text or list longer than ``MAX_TEXT``."""
    if isinstance(value, (str, list, tuple, bytes)):
        check_length(len(value))


def check_length(length: int) -> None:
    if length > MAX_TEXT:
        raise LimitExceededError(f"Der Text wird länger als {MAX_TEXT:,} Zeichen.".replace(",", "."))


def _check_number(value: object) -> None:
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_NUMBER:
        limit = f"{MAX_NUMBER:,}".replace(",", ".")
        raise LimitExceededError(f"Die Zahl {value} ist zu groß (höchstens {limit}).")


def check_arguments(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    for value in (*args, *kwargs.values()):
        _check_number(value)


def binop(name: str, left: Any, right: Any) -> Any:
    """``*``, ``**``, ``+`` and ``%`` with their result bounded before it is built."""
    if name == "*":
        for count, other in ((right, left), (left, right)):
            if isinstance(other, (str, list, tuple)) and isinstance(count, int):
                check_length(len(other) * count)
    if (
        name == "**"
        and isinstance(left, int)
        and isinstance(right, int)
        and right > 0
        and max(abs(left), 2).bit_length() * right > MAX_POWER_BITS
    ):
        raise LimitExceededError(f"Die Potenz {left}**{right} ist zu groß.")
    result = _OPERATORS[name](left, right)
    check_text(result)
    return result


_OPERATORS: dict[str, Callable[[Any, Any], Any]] = {
    "*": operator.mul,
    "**": operator.pow,
    "+": operator.add,
    "%": operator.mod,
}


def bounded_range(*args: int) -> Iterator[int]:
    """``range`` for templates: at most ``MAX_NUMBER`` items, and stopped when the time is up."""
    numbers = range(*args)
    if len(numbers) > MAX_NUMBER:
        raise LimitExceededError(
            f"range mit {len(numbers):,} Schritten ist zu groß (höchstens {MAX_NUMBER:,}).".replace(",", ".")
        )
    for index, number in enumerate(numbers):
        if index % 256 == 0:
            check_clock()
        yield number


class BoundedNamespace(Namespace):
    """``namespace()`` whose attributes cannot grow beyond ``MAX_TEXT`` (a doubling loop would)."""

    def __setitem__(self, name: str, value: Any) -> None:
        check_clock()
        check_text(value)
        super().__setitem__(name, value)


def bounded_filter(function: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap a filter so its numeric arguments and its result stay within the caps."""

    skip = 2 if getattr(function, "jinja_pass_arg", None) is not None else 1  # context, then value

    @functools.wraps(function)
    def run(*args: Any, **kwargs: Any) -> Any:
        check_arguments(args[skip:], kwargs)
        result = function(*args, **kwargs)
        check_text(result)
        return result

    return run
