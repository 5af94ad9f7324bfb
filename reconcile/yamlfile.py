"""Load a YAML file into a pydantic model, with errors that name the file and the line.

Rule authors edit YAML by hand; a mistake must come back as ``file:line: what is wrong``,
pointing at the key that is wrong, never as a traceback. PyYAML's composer keeps the line of
every node, so we build the plain data and a map from each key path to its line in one walk,
then translate pydantic's error locations through that map.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

ModelT = TypeVar("ModelT", bound=BaseModel)
Location = tuple[str | int, ...]


class RuleFileError(Exception):
    """A file the user wrote cannot be used; ``str()`` is ``file:line: what is wrong``."""

    def __init__(self, path: str | Path, line: int | None, message: str) -> None:
        self.path = str(path)
        self.line = line
        self.message = message
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {message}")


def _walk(node: yaml.Node, loc: Location, lines: dict[Location, int]) -> Any:
    """Turn a composed node into plain data, recording the 1-based line of every path."""
    lines[loc] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        data: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = _scalar(key_node)
            data[key] = _walk(value_node, (*loc, key), lines)
            lines[(*loc, key)] = key_node.start_mark.line + 1
        return data
    if isinstance(node, yaml.SequenceNode):
        return [_walk(item, (*loc, index), lines) for index, item in enumerate(node.value)]
    return _scalar(node)


def _scalar(node: yaml.Node) -> Any:
    """Resolve a scalar node by YAML's safe rules (ints, floats, bools, dates, strings)."""
    loader = yaml.SafeLoader("")
    try:
        return loader.construct_object(node, deep=True)
    finally:
        loader.dispose()


def read_text(path: Path) -> str:
    """The UTF-8 text of a file the user wrote; unreadable or undecodable is ``RuleFileError``.

    Every user file (rules, config, review file, baseline) is read through here so that the
    same mistake gets the same one-line message whichever file it is in.
    """
    try:
        return Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise RuleFileError(path, None, f"not UTF-8 text ({error.reason})") from None
    except OSError as error:
        raise RuleFileError(path, None, f"cannot read: {error.strerror}") from None


def read_yaml(path: Path) -> tuple[Any, dict[Location, int]]:
    """Parse ``path`` and return its data and the line of each key path."""
    text = read_text(path)
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark is not None else None
        raise RuleFileError(path, line, f"YAML error: {error.problem or error.context}") from None
    except yaml.YAMLError as error:
        raise RuleFileError(path, None, f"YAML error: {error}") from None
    if node is None:
        return None, {}
    lines: dict[Location, int] = {}
    try:
        return _walk(node, (), lines), lines
    except yaml.constructor.ConstructorError as error:
        mark = error.problem_mark
        raise RuleFileError(path, mark.line + 1 if mark else None, str(error.problem)) from None


def line_of(loc: Location, lines: dict[Location, int]) -> int | None:
    """The line of the deepest recorded prefix of ``loc`` (pydantic may add model names)."""
    for size in range(len(loc), -1, -1):
        prefix = tuple(loc[:size])
        if prefix in lines:
            return lines[prefix]
    return None


def load_model(path: Path, model: type[ModelT]) -> ModelT:
    """Read ``path`` as YAML and validate it as ``model``, raising ``RuleFileError``."""
    data, lines = read_yaml(path)
    if data is None:
        raise RuleFileError(path, 1, "the file is empty")
    return validate(path, data, lines, model)


def validate(path: Path, data: Any, lines: dict[Location, int], model: type[ModelT]) -> ModelT:
    """Validate already-read data, pointing the first error at its line."""
    try:
        return model.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        loc = tuple(first["loc"])
        where = ".".join(str(part) for part in loc) or "(top level)"
        more = len(error.errors()) - 1
        tail = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
        raise RuleFileError(path, line_of(loc, lines), f"{where}: {first['msg']}{tail}") from None
