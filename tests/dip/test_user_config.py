"""The user config file: defaults, each section, the DIP key from the environment, German errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.config import DEFAULT_DIP_URL, config_path, load_config
from drafter.errors import ConfigError


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_missing_file_means_defaults(tmp_path: Path) -> None:
    config = load_config(tmp_path / "absent.toml")
    assert config.dip.api_key is None
    assert config.dip.base_url == DEFAULT_DIP_URL
    assert config.dip.min_interval == 1.0 and config.dip.allow_pdf is False
    assert dict(config.keys) == {}
    assert config.draft.templates_dir is None and config.draft.reference_docx is None


def test_location_comes_from_drafter_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DRAFTER_CONFIG", str(tmp_path / "mine.toml"))
    assert config_path() == tmp_path / "mine.toml"
    monkeypatch.delenv("DRAFTER_CONFIG")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))  # platformdirs' user config dir on Linux
    assert config_path() == tmp_path / "xdg" / "drafter" / "config.toml"


def test_every_section_is_read(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        '[dip]\napi_key = "Abc.Def"\nbase_url = "http://127.0.0.1:9/api/v1/"\nmin_interval = 2\n'
        'allow_pdf = true\n\n[keys]\nopen = "ctrl+o"\nfetch = "f5"\n\n'
        '[draft]\ntemplates_dir = "vorlagen"\nreference_docx = "/srv/briefkopf.docx"\n',
    )
    config = load_config(path)
    assert config.dip.api_key == "Abc.Def"
    assert config.dip.base_url == "http://127.0.0.1:9/api/v1"
    assert config.dip.min_interval == 2.0 and config.dip.allow_pdf is True
    assert dict(config.keys) == {"open": "ctrl+o", "fetch": "f5"}
    assert config.draft.templates_dir == tmp_path / "vorlagen"
    assert config.draft.reference_docx == Path("/srv/briefkopf.docx")


def test_key_from_environment_beats_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path, '[dip]\napi_key = "From.File"\n')
    monkeypatch.setenv("DIP_API_KEY", "From.Environment")
    assert load_config(path).dip.api_key == "From.Environment"
    monkeypatch.setenv("DIP_API_KEY", "")
    assert load_config(path).dip.api_key == "From.File"


def test_key_is_not_in_the_repr(tmp_path: Path) -> None:
    config = load_config(_write(tmp_path, '[dip]\napi_key = "Very.Secret-Key"\n'))
    assert "Very.Secret-Key" not in repr(config) and "Very.Secret-Key" not in str(config.dip)


def test_syntax_error_names_file_and_line_in_german(tmp_path: Path) -> None:
    path = _write(tmp_path, '[dip]\napi_key = "ok"\nbase_url = http://example\n')
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert str(path) in caught.value.message
    assert "ist fehlerhaft in Zeile 3" in caught.value.message
    assert caught.value.title == "Konfiguration"


def test_unclosed_section_header_is_reported(tmp_path: Path) -> None:
    path = _write(tmp_path, '[keys]\nopen = "ctrl+o"\n[dip\n')
    with pytest.raises(ConfigError, match=r"fehlerhaft in Zeile 3"):
        load_config(path)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '[dip]\nmin_interval = "schnell"\n',
            r"Zeile 2 ist fehlerhaft: \[dip\] min_interval muss eine Zahl sein",
        ),
        ("[dip]\nallow_pdf = 1\n", r"Zeile 2 ist fehlerhaft: \[dip\] allow_pdf muss true oder false sein"),
        ("[dip]\nmin_interval = -1\n", r"Zeile 2 .*min_interval muss eine Zahl ≥ 0"),
        ('\n[dip]\napi_kee = "x"\n', r"Zeile 3 .*\[dip\] api_kee unbekannte Einstellung"),
        ("[keys]\nopen = 5\n", r"Zeile 2 .*\[keys\] open muss eine Taste"),
        ('[draft]\ntemplates_dir = ["a"]\n', r"Zeile 2 .*\[draft\] templates_dir muss ein Text"),
        ("[farben]\nx = 1\n", r"Zeile 1 .*\[farben\] unbekannter Abschnitt"),
        ('dip = "x"\n', r"Zeile 1 .*\[dip\] muss ein Abschnitt"),
    ],
)
def test_wrong_values_name_file_line_and_setting(tmp_path: Path, text: str, expected: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(ConfigError, match=expected) as caught:
        load_config(path)
    assert str(path) in caught.value.message


def test_file_that_is_not_utf8_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes('[dip]\napi_key = "Schlüssel"\n'.encode("latin-1"))
    with pytest.raises(ConfigError, match="nicht in UTF-8"):
        load_config(path)


def test_default_file_is_read_from_drafter_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path, '[keys]\nquit = "ctrl+q"\n')
    monkeypatch.setenv("DRAFTER_CONFIG", str(path))
    assert load_config().keys["quit"] == "ctrl+q"
    assert load_config().path == path


def test_dotted_binding_ids_work_quoted_or_not(tmp_path: Path) -> None:
    path = _write(tmp_path, '[keys]\n"document.next_open" = "n"\nlibrary.fetch = "ctrl+d"\n')
    assert dict(load_config(path).keys) == {"document.next_open": "n", "library.fetch": "ctrl+d"}


def test_binding_without_a_key_is_reported(tmp_path: Path) -> None:
    path = _write(tmp_path, '[keys]\nopen = "ctrl+o"\nlibrary.fetch = ""\n')
    with pytest.raises(ConfigError, match=r"Zeile 3 .*\[keys\] library\.fetch muss eine Taste"):
        load_config(path)
