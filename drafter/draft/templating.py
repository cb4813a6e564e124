"""The wording templates: where they are found and how they are rendered safely.

Every sentence drafter writes into a follow-up comes from a Jinja template, so staff can change the
wording without touching code. A template is looked up by name in, first, the folder given by the
caller (``templates_dir``, e.g. from the config file), then ``<user config dir>/templates``, then
the built-in ``templates/`` folder. Templates are rendered in Jinja's ``SandboxedEnvironment``
(a user's template must not reach Python internals) with ``StrictUndefined`` (a misspelt variable
is an error naming the template, not a silent blank in a document sent to the government).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from drafter.config import config_path
from drafter.errors import TemplateError
from drafter.resources import shipped_candidates


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


@lru_cache(maxsize=8)
def _environment(folders: tuple[Path, ...]) -> SandboxedEnvironment:
    return SandboxedEnvironment(
        loader=jinja2.FileSystemLoader([str(folder) for folder in folders], encoding="utf-8"),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )


def render(name: str, context: Mapping[str, object], templates_dir: Path | None = None) -> str:
    """Render template ``name`` (e.g. "pending.j2"); any template problem becomes a TemplateError."""
    folders = tuple(search_path(templates_dir))
    try:
        template = _environment(folders).get_template(name)
        return template.render(**context)
    except jinja2.TemplateNotFound:
        where = ", ".join(str(folder) for folder in folders)
        raise TemplateError(f"Die Vorlage {name} wurde nicht gefunden (gesucht in: {where}).") from None
    except jinja2.TemplateSyntaxError as error:
        raise TemplateError(
            f"Die Vorlage {error.filename or name} ist fehlerhaft in Zeile {error.lineno}: {error.message}"
        ) from None
    except jinja2.exceptions.SecurityError as error:
        raise TemplateError(f"Die Vorlage {name} versucht einen unzulässigen Zugriff ({error}).") from None
    except jinja2.UndefinedError as error:
        raise TemplateError(
            f"Die Vorlage {name} verwendet einen unbekannten Namen ({error.message})."
        ) from None
    except jinja2.TemplateError as error:
        raise TemplateError(f"Die Vorlage {name} kann nicht ausgefüllt werden: {error}") from None


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
