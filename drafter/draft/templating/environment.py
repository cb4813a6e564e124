"""The wording templates: where they are found and how they are rendered safely.

Every sentence drafter writes into a follow-up comes from a Jinja template, so staff can change the
wording without touching code. A template is looked up by name in, first, the folder given by the
caller (``templates_dir``, e.g. from the config file), then ``<user config dir>/templates``, then
the built-in ``templates/`` folder. Templates are rendered in Jinja's ``SandboxedEnvironment``
(a user's template must not reach Python internals) with ``StrictUndefined`` (a misspelt variable
is an error naming the template, not a silent blank in a document sent to the government).

A user's template can be wrong in every way a program can: ``{{ 1/0 }}``, a wrong type, a macro
calling itself for ever, an include of a file that is not there, a file saved in Windows-1252.
Each ends as a ``TemplateError`` naming the template file and line, in German; Windows-1252 files
simply load. What a render may cost is capped (see ``template_limits``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import lru_cache
from pathlib import Path
from types import TracebackType
from typing import Any

import jinja2
from jinja2.runtime import Context
from jinja2.sandbox import SandboxedEnvironment

from drafter.config import config_path
from drafter.draft.templating import limits
from drafter.errors import TemplateError
from drafter.resources import shipped_candidates

TEMPLATE_SUFFIXES = (".j2", ".jinja", ".jinja2", ".txt")


def builtin_dir() -> Path:
    """The shipped ``templates/`` folder: the source tree, else the installed data folder.

    ``pip install .`` puts the templates under ``<prefix>/share/drafter/templates`` (see
    ``[tool.setuptools.data-files]`` in pyproject.toml); a user install uses the user scheme.
    """
    candidates = shipped_candidates("templates")
    return next((path for path in candidates if (path / "citation.j2").is_file()), candidates[0])


def search_path(templates_dir: Path | None) -> list[Path]:
    """Folders searched for a template, most specific first; missing folders are skipped."""
    folders = [templates_dir] if templates_dir else []
    folders.append(config_path().parent / "templates")
    folders.append(builtin_dir())
    return [folder for folder in folders if folder.is_dir()]


class _Loader(jinja2.FileSystemLoader):
    """Loads UTF-8 (with or without BOM) and, failing that, Windows-1252: what Notepad and Word
    save on a German Windows."""

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        _, filename, uptodate = super().get_source(_raw_environment(), template)
        data = Path(filename).read_bytes()
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
        return text, filename, uptodate


@lru_cache(maxsize=1)
def _raw_environment() -> jinja2.Environment:
    """Only for locating files: the base loader decodes as Latin-1, which never fails."""
    return jinja2.Environment()


class _BoundedSandbox(SandboxedEnvironment):
    """The sandbox with the caps of ``template_limits`` on operators, calls and filters."""

    intercepted_binops = frozenset(["*", "**", "+", "%"])

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        return limits.binop(operator, left, right)

    def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        limits.check_clock()
        limits.check_arguments(args, kwargs)
        result = super().call(__context, __obj, *args, **kwargs)
        limits.check_text(result)
        return result


@lru_cache(maxsize=8)
def _environment(folders: tuple[Path, ...]) -> SandboxedEnvironment:
    env = _BoundedSandbox(
        loader=_Loader([str(folder) for folder in folders], encoding="latin-1"),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    env.globals["range"] = limits.bounded_range
    env.globals["namespace"] = limits.BoundedNamespace
    env.filters = {name: limits.bounded_filter(f) for name, f in env.filters.items()}
    return env


def render(name: str, context: Mapping[str, object], templates_dir: Path | None = None) -> str:
    """Render template ``name`` (e.g. "pending.j2"); any template problem becomes a TemplateError
    naming the template file and, where known, the line."""
    folders = tuple(search_path(templates_dir))
    token = limits.start_clock()
    try:
        template = _environment(folders).get_template(name)
        return _bounded_output(template, context)
    except jinja2.TemplateNotFound as error:
        raise _not_found(name, error, folders) from None
    except jinja2.TemplateSyntaxError as error:
        raise TemplateError(
            f"Die Vorlage {error.filename or name} ist fehlerhaft in Zeile {error.lineno}: {error.message}"
        ) from None
    except Exception as error:  # a user's template can fail in any way
        raise TemplateError(_problem(name, error)) from None
    finally:
        limits.stop_clock(token)


def _bounded_output(template: jinja2.Template, context: Mapping[str, object]) -> str:
    """Render chunk by chunk, stopping when the text grows too long or the time is up."""
    chunks: list[str] = []
    length = 0
    for chunk in template.generate(**context):
        length += len(chunk)
        limits.check_length(length)
        limits.check_clock()
        chunks.append(chunk)
    return "".join(chunks)


def _not_found(name: str, error: jinja2.TemplateNotFound, folders: tuple[Path, ...]) -> TemplateError:
    where = ", ".join(str(folder) for folder in folders)
    missing = error.name or name
    if missing == name:
        return TemplateError(f"Die Vorlage {name} wurde nicht gefunden (gesucht in: {where}).")
    file, line = _template_place(error.__traceback__)
    return TemplateError(
        f"Die Vorlage {file or name}{_line(line)} bindet „{missing}“ ein, die es nicht gibt "
        f"(gesucht in: {where})."
    )


def _problem(name: str, error: Exception) -> str:
    """German text for a failure while filling in a template, with its file and line."""
    file, line = _template_place(error.__traceback__)
    where = f"Die Vorlage {file or name}{_line(line)}"
    if isinstance(error, limits.LimitExceededError):
        return f"{where} überschreitet eine Grenze: {error.reason}"
    if isinstance(error, jinja2.exceptions.SecurityError):
        return f"{where} versucht einen unzulässigen Zugriff ({error})."
    if isinstance(error, jinja2.UndefinedError):
        return f"{where} verwendet einen unbekannten Namen ({error.message})."
    if isinstance(error, RecursionError):
        return f"{where} ruft sich endlos selbst auf (ein Makro oder eine Einbindung ohne Ende)."
    if isinstance(error, ZeroDivisionError):
        return f"{where} teilt durch null."
    if isinstance(error, MemoryError):
        return f"{where} braucht mehr Speicher, als vorhanden ist."
    if isinstance(error, TypeError):
        return f"{where} passt nicht zu den Daten: falscher Datentyp oder falsche Argumente ({error})."
    if isinstance(error, (ValueError, ArithmeticError, LookupError)):
        return f"{where} enthält einen ungültigen Wert ({error})."
    return f"{where} kann nicht ausgefüllt werden: {type(error).__name__}: {error}"


def _template_place(tb: TracebackType | None) -> tuple[str | None, int | None]:
    """The innermost template file and line in a traceback (Jinja maps its frames to them)."""
    place: tuple[str | None, int | None] = (None, None)
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(TEMPLATE_SUFFIXES):
            place = (filename, tb.tb_lineno)
        tb = tb.tb_next
    return place


def _line(line: int | None) -> str:
    return f", Zeile {line}," if line else ""


def render_lines(name: str, context: Mapping[str, object], templates_dir: Path | None = None) -> list[str]:
    """The non-empty lines of a rendered template, whitespace folded."""
    text = render(name, context, templates_dir)
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def render_paragraphs(
    name: str, context: Mapping[str, object], templates_dir: Path | None = None
) -> list[str]:
    """Paragraphs of a rendered template: blocks separated by blank lines, whitespace folded."""
    text = render(name, context, templates_dir)
    blocks = [" ".join(block.split()) for block in text.replace("\r\n", "\n").split("\n\n")]
    return [block for block in blocks if block]
