"""Settings come from the command line, one config file, or defaults, and say which."""

from pathlib import Path

import pytest

from reconcile.config import (
    COMMAND_LINE,
    DEFAULT,
    ENV_VAR,
    FOUND,
    REVIEW_FILE_NAME,
    resolve_settings,
    show_config,
)
from reconcile.yamlfile import RuleFileError


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_any_file(tmp_path: Path) -> None:
    effective = resolve_settings(env={}, cwd=tmp_path)
    assert effective.config_path is None
    assert effective.settings.fail_on is None  # off unless asked
    assert effective.settings.jobs == 1
    assert set(effective.origins.values()) == {DEFAULT}


def test_nearest_pyproject_table_walking_up(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml",
          '[project]\nname = "desk"\n\n[tool.reconcile]\nfail-on = "error"\n'
          'rules = ["house-rules"]\n')
    write(tmp_path / "sub" / "pyproject.toml", '[project]\nname = "other"\n')
    effective = resolve_settings(env={}, cwd=tmp_path / "sub" / "deeper")
    assert effective.config_path == tmp_path / "pyproject.toml"
    assert effective.settings.fail_on == "error"
    assert effective.settings.rules == [tmp_path / "house-rules"]  # relative to the file
    assert effective.origins["fail_on"] == str(tmp_path / "pyproject.toml")


def test_dot_reconcile_toml_wins_in_the_same_folder(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.reconcile]\nfail_on = "error"\n')
    write(tmp_path / ".reconcile.toml", 'fail_on = "info"\nbaseline = "ci/baseline.json"\n')
    settings = resolve_settings(env={}, cwd=tmp_path).settings
    assert settings.fail_on == "info"
    assert settings.baseline == tmp_path / "ci" / "baseline.json"


def test_precedence_command_line_then_config_then_env(tmp_path: Path) -> None:
    write(tmp_path / ".reconcile.toml", "jobs = 2\n")
    write(tmp_path / "env.toml", "jobs = 3\nquiet = true\n")
    write(tmp_path / "explicit.toml", "jobs = 4\n")
    env = {ENV_VAR: "env.toml"}
    assert resolve_settings(env=env, cwd=tmp_path).settings.jobs == 3
    from_env = resolve_settings(env=env, cwd=tmp_path)
    assert from_env.origins["jobs"].endswith(f"env.toml ({ENV_VAR})")
    explicit = resolve_settings(config_file=Path("explicit.toml"), env=env, cwd=tmp_path)
    assert explicit.settings.jobs == 4
    assert explicit.settings.quiet is False  # one file is used, never a merge
    cli = resolve_settings({"jobs": 8, "quiet": None, "select": []}, Path("explicit.toml"),
                           env, tmp_path)
    assert cli.settings.jobs == 8
    assert cli.origins["jobs"] == COMMAND_LINE
    assert cli.origins["select"] == DEFAULT


def test_unknown_key_names_the_line_and_a_guess(tmp_path: Path) -> None:
    path = write(tmp_path / ".reconcile.toml",
                 '# house settings\nformat = "json"\nmin_levl = "info"\n')
    with pytest.raises(RuleFileError) as caught:
        resolve_settings(env={}, cwd=tmp_path)
    assert str(caught.value) == f"{path}:3: unknown setting 'min_levl'; did you mean 'min-level'?"


def test_wrong_type_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path / "pyproject.toml",
                 '[tool.black]\nline-length = 88\n\n[tool.reconcile]\nquiet = false\n'
                 'exit-zero = "yes"\n')
    with pytest.raises(RuleFileError) as caught:
        resolve_settings(env={}, cwd=tmp_path)
    assert str(caught.value).startswith(f"{path}:6: exit_zero: ")


def test_unknown_format_and_bad_currency(tmp_path: Path) -> None:
    write(tmp_path / ".reconcile.toml", 'format = "pdf"\n')
    with pytest.raises(RuleFileError, match=r":1: format: .*unknown format 'pdf'"):
        resolve_settings(env={}, cwd=tmp_path)
    write(tmp_path / ".reconcile.toml", 'currency = "dollars"\n')
    with pytest.raises(RuleFileError, match=r":1: currency: "):
        resolve_settings(env={}, cwd=tmp_path)


def test_toml_syntax_error_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path / ".reconcile.toml", 'format = "json"\njobs = \n')
    with pytest.raises(RuleFileError) as caught:
        resolve_settings(env={}, cwd=tmp_path)
    assert caught.value.line == 2
    assert str(caught.value).startswith(f"{path}:2: TOML error")


def test_missing_explicit_file_and_bad_option(tmp_path: Path) -> None:
    with pytest.raises(RuleFileError, match="config file not found"):
        resolve_settings(config_file=Path("nope.toml"), env={}, cwd=tmp_path)
    with pytest.raises(RuleFileError, match=r"^command line: --fail-on: "):
        resolve_settings({"fail_on": "fatal"}, env={}, cwd=tmp_path)


def test_review_file_found_beside_the_config(tmp_path: Path) -> None:
    write(tmp_path / ".reconcile.toml", "quiet = true\n")
    write(tmp_path / REVIEW_FILE_NAME, "reviews: []\n")
    effective = resolve_settings(env={}, cwd=tmp_path)
    assert effective.settings.reviewed == tmp_path / REVIEW_FILE_NAME
    assert effective.origins["reviewed"] == FOUND


def test_show_config_lists_every_setting_and_its_origin(tmp_path: Path) -> None:
    path = write(tmp_path / ".reconcile.toml", 'fail-on = "error"\n')
    text = show_config(resolve_settings({"jobs": 2}, env={}, cwd=tmp_path))
    lines = text.splitlines()
    assert lines[0] == f"# config file: {path}"
    assert any(line.startswith('fail-on = "error"') and line.endswith(f"# {path}")
               for line in lines)
    assert any(line.startswith("jobs = 2") and line.endswith("# command line") for line in lines)
    assert any(line.startswith("# baseline is not set") for line in lines)
    assert len(lines) == 1 + 13
