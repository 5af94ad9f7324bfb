"""Settings from the command line, a config file and defaults, with where each came from.

A newsroom's CI job and an editor's laptop should run ``reconcile`` the same way without
repeating options, so the settings live in a file beside the articles. Precedence, highest
first: command-line options, then one config file, then defaults. The file is the first of:
``--config FILE``, the path in ``RECONCILE_CONFIG``, the nearest ``.reconcile.toml`` or
``pyproject.toml`` with a ``[tool.reconcile]`` table walking up from the working directory
(one file is used, never a merge of several, so what applies is always one place to read).

Keys may be written ``fail-on`` (TOML habit) or ``fail_on``. Paths in a file are relative to
that file. When no review file is named, ``.reconcile-reviewed.yaml`` beside the config file
(or in the working directory) is used if it exists, since that is where editors keep it.
A bad file is reported as ``file:line: what is wrong`` through ``RuleFileError`` (exit 2).
"""

from __future__ import annotations

import difflib
import json
import os
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from reconcile.model import Severity
from reconcile.report import FORMATS
from reconcile.yamlfile import Location, RuleFileError, read_text, validate

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised only on Python 3.10
    import tomli as tomllib

ENV_VAR = "RECONCILE_CONFIG"
CONFIG_NAME = ".reconcile.toml"
PYPROJECT = "pyproject.toml"
PYPROJECT_TABLE = ("tool", "reconcile")
REVIEW_FILE_NAME = ".reconcile-reviewed.yaml"
DEFAULT = "default"
COMMAND_LINE = "command line"
FOUND = "found beside the config"

LaxPath = Annotated[Path, Field(strict=False)]


class Settings(BaseModel):
    """Every setting a run uses. Strict types: ``exit-zero = "yes"`` is a mistake, not true."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    format: str = "table"
    fail_on: Severity | None = None
    """Off unless asked: findings fail a build only when a threshold is chosen."""
    min_level: Severity = "info"
    exit_zero: bool = False
    jobs: int = Field(1, ge=1)
    rules: list[LaxPath] = []
    select: list[str] = []
    ignore: list[str] = []
    baseline: LaxPath | None = None
    reviewed: LaxPath | None = None
    currency: str = Field("USD", pattern=r"^[A-Z]{3}$", description='what a bare "$" means')
    warn_unused_suppressions: bool = False
    quiet: bool = False

    @field_validator("format")
    @classmethod
    def _known_format(cls, value: str) -> str:
        if value not in FORMATS:
            raise ValueError(f"unknown format {value!r}; choose from {', '.join(FORMATS)}")
        return value


PATH_SETTINGS = ("rules", "baseline", "reviewed")


@dataclass(frozen=True)
class Effective:
    """The settings in force, where each came from, and the config file read (if any)."""

    settings: Settings
    origins: dict[str, str]
    config_path: Path | None = None


@dataclass(frozen=True)
class ConfigFile:
    """One config file as read: its settings table and the line of each key."""

    path: Path
    values: dict[str, Any]
    lines: dict[Location, int]
    label: str


_HEADER = re.compile(r"^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$")
_KEY = re.compile(r"""^\s*(?:"([^"]+)"|'([^']+)'|([A-Za-z0-9_-]+))\s*=""")
_TOML_LINE = re.compile(r"at line (\d+)")


def _header_parts(header: str) -> tuple[str, ...]:
    return tuple(part.strip().strip("\"'") for part in header.split("."))


def key_lines(text: str, table: tuple[str, ...]) -> dict[str, int]:
    """The 1-based line of each key of ``table`` (``()`` = top level), by a scan of the text.

    tomllib keeps no positions, so errors find their line here: ``key =`` lines under the
    table's header, and sub-table headers (``[tool.reconcile.x]``) as key ``x``.
    """
    found: dict[str, int] = {}
    current: tuple[str, ...] = ()
    for number, line in enumerate(text.splitlines(), start=1):
        header = _HEADER.match(line)
        if header:
            current = _header_parts(header.group(1))
            if len(current) > len(table) and current[: len(table)] == table:
                found.setdefault(current[len(table)], number)
            continue
        key = _KEY.match(line)
        if key and current == table:
            found.setdefault(next(group for group in key.groups() if group), number)
    return found


def _table_line(text: str, table: tuple[str, ...]) -> int | None:
    for number, line in enumerate(text.splitlines(), start=1):
        header = _HEADER.match(line)
        if header and _header_parts(header.group(1)) == table:
            return number
    return None


def _parse_toml(path: Path) -> tuple[str, dict[str, Any]]:
    text = read_text(path)
    try:
        return text, tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        match = _TOML_LINE.search(message)
        at_end = "(at end of document)" in message
        line = int(match.group(1)) if match else (max(1, len(text.splitlines())) if at_end
                                                  else None)
        detail = re.sub(r"\s*\(at (?:line \d+, column \d+|end of document)\)", "", message)
        raise RuleFileError(path, line, f"TOML error: {detail}") from None


def read_config_file(path: Path, label: str | None = None) -> ConfigFile:
    """Read a ``.reconcile.toml`` (top level) or ``pyproject.toml`` (``[tool.reconcile]``)."""
    text, data = _parse_toml(path)
    table: tuple[str, ...] = PYPROJECT_TABLE if path.name == PYPROJECT else ()
    for part in table:
        data = data.get(part, {})
    if not isinstance(data, dict):
        raise RuleFileError(path, _table_line(text, table), "[tool.reconcile] must be a table")
    written = key_lines(text, table)
    fallback = _table_line(text, table) or 1
    values: dict[str, Any] = {}
    lines: dict[Location, int] = {}
    for key, value in data.items():
        name = key.replace("-", "_")
        line = written.get(key, fallback)
        if name in values:
            raise RuleFileError(path, line, f"{key}: given twice (as - and _ spellings)")
        if name not in Settings.model_fields:
            close = difflib.get_close_matches(name, Settings.model_fields, n=1)
            hint = f"; did you mean {close[0].replace('_', '-')!r}?" if close else ""
            raise RuleFileError(path, line, f"unknown setting {key!r}{hint}")
        values[name] = value
        lines[(name,)] = line
    return ConfigFile(path=path, values=values, lines=lines, label=label or str(path))


def discover(start: Path) -> Path | None:
    """The nearest ``.reconcile.toml``, or ``pyproject.toml`` with ``[tool.reconcile]``."""
    for folder in (start, *start.parents):
        candidate = folder / CONFIG_NAME
        if candidate.is_file():
            return candidate
        pyproject = folder / PYPROJECT
        if pyproject.is_file() and _has_reconcile_table(pyproject):
            return pyproject
    return None


def _has_reconcile_table(pyproject: Path) -> bool:
    _, data = _parse_toml(pyproject)
    return isinstance(data.get("tool"), dict) and PYPROJECT_TABLE[1] in data["tool"]


def _choose_file(
    config_file: Path | None, env: Mapping[str, str], cwd: Path
) -> ConfigFile | None:
    if config_file is not None:
        path = cwd / config_file
        if not path.is_file():
            raise RuleFileError(path, None, "config file not found (--config)")
        return read_config_file(path)
    if env.get(ENV_VAR):
        path = cwd / env[ENV_VAR]
        if not path.is_file():
            raise RuleFileError(path, None, f"config file not found ({ENV_VAR})")
        return read_config_file(path, f"{path} ({ENV_VAR})")
    found = discover(cwd)
    return read_config_file(found) if found is not None else None


def _relative_to(folder: Path, name: str, value: Any) -> Any:
    if name == "rules":
        return [folder / item for item in value]
    return folder / value


def _from_command_line(cli: Mapping[str, Any]) -> dict[str, Any]:
    """The options the user gave: ``None`` and empty lists mean "not given"."""
    given = {
        name: list(value) if isinstance(value, tuple) else value
        for name, value in cli.items()
        if value is not None and value != [] and value != ()
    }
    try:
        Settings.model_validate(given, strict=False)
    except ValidationError as error:
        first = error.errors()[0]
        option = "--" + str(first["loc"][0] if first["loc"] else "").replace("_", "-")
        raise RuleFileError(COMMAND_LINE, None, f"{option}: {first['msg']}") from None
    return given


def resolve_settings(
    cli: Mapping[str, Any] | None = None,
    config_file: Path | None = None,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
) -> Effective:
    """The effective settings: command line over the one config file over defaults.

    ``cli`` maps setting names (``fail_on``) to option values, ``None`` for options not
    given; ``env`` defaults to ``os.environ`` and ``cwd`` to the working directory.
    """
    env = os.environ if env is None else env
    cwd = (cwd or Path.cwd()).absolute()
    chosen = _choose_file(config_file, env, cwd)
    merged: dict[str, Any] = {}
    origins = dict.fromkeys(Settings.model_fields, DEFAULT)
    if chosen is not None:
        validate(chosen.path, chosen.values, chosen.lines, Settings)
        folder = chosen.path.parent
        for name, value in chosen.values.items():
            merged[name] = (
                _relative_to(folder, name, value) if name in PATH_SETTINGS else value
            )
            origins[name] = chosen.label
    for name, value in _from_command_line(cli or {}).items():
        merged[name] = value
        origins[name] = COMMAND_LINE
    if "reviewed" not in merged:
        beside = (chosen.path.parent if chosen else cwd) / REVIEW_FILE_NAME
        if beside.is_file():
            merged["reviewed"] = beside
            origins["reviewed"] = FOUND
    settings = Settings.model_validate(merged, strict=False)
    return Effective(settings, origins, chosen.path if chosen else None)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    if isinstance(value, Path):
        return json.dumps(str(value))
    if isinstance(value, str):
        return json.dumps(value)
    return str(value)


def show_config(effective: Effective) -> str:
    """Every effective setting as TOML, each with where it came from, ending in a newline.

    The output can be pasted into a ``.reconcile.toml``; unset settings are comments.
    """
    file_note = str(effective.config_path) if effective.config_path else "none found"
    rows: list[tuple[str, str]] = []
    for name in Settings.model_fields:
        key = name.replace("_", "-")
        value = getattr(effective.settings, name)
        text = f"# {key} is not set" if value is None else f"{key} = {_toml_value(value)}"
        rows.append((text, effective.origins[name]))
    width = max(len(text) for text, _ in rows)
    lines = [f"# config file: {file_note}"]
    lines += [f"{text.ljust(width)}  # {origin}" for text, origin in rows]
    return "\n".join(lines) + "\n"
