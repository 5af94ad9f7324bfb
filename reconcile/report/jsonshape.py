"""Objects of one fixed shape (a model's keys) written as indented JSON from a text template.

The JSON report's claims all have the same keys in the same order, so the indented text
around their values is the same for every claim: it is built once per depth as a template,
and each claim's values are encoded by the standard library's C encoder in one call (it
writes no indentation, but scalars need none). The text is what
``json.dumps(data, indent=2, ensure_ascii=False)`` writes for the same object at that depth,
at a fraction of the cost of walking each object key by key in Python.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any, NamedTuple

from pydantic import BaseModel

_INDENT = "  "
_LEAF_SEPARATOR = "\n"
"""Between encoded values: JSON text escapes every newline inside a string, so a raw one
can only be the separator."""
_LEAVES = json.JSONEncoder(ensure_ascii=False, separators=(_LEAF_SEPARATOR, ": "))
_BATCH = 64
"""Objects whose values are encoded in one call of the C encoder."""


class Shape:
    """The keys of a model, with the models nested in it (a field typed as a model class)
    flattened: the values of an object of this shape are one tuple, scalars only."""

    def __init__(self, model: type[BaseModel]) -> None:
        self.keys: tuple[tuple[str, Shape | None], ...] = tuple(
            (name, Shape(field.annotation) if _is_model(field.annotation) else None)
            for name, field in model.model_fields.items()
        )
        self.size = sum(1 if inner is None else inner.size for _, inner in self.keys)
        self._templates: dict[str, str] = {}

    def nest(self, leaves: tuple[Any, ...]) -> dict[str, Any]:
        """The object as data, from its values in key order."""
        data, _ = self._nest(leaves, 0)
        return data

    def _nest(self, leaves: tuple[Any, ...], at: int) -> tuple[dict[str, Any], int]:
        data: dict[str, Any] = {}
        for key, inner in self.keys:
            if inner is None:
                data[key] = leaves[at]
                at += 1
            else:
                data[key], at = inner._nest(leaves, at)
        return data, at

    def template(self, indent: str) -> str:
        """The object's text at ``indent``'s depth with ``%s`` for each encoded value."""
        known = self._templates.get(indent)
        if known is not None:
            return known
        inner = indent + _INDENT
        items = ",\n".join(
            f"{inner}{json.encoder.encode_basestring(key).replace('%', '%%')}: "
            + ("%s" if shape is None else shape.template(inner))
            for key, shape in self.keys
        )
        built = self._templates[indent] = f"{{\n{items}\n{indent}}}"
        return built

    def stream(self, rows: Iterable[tuple[Any, ...]], indent: str) -> Iterator[str]:
        """A JSON list of objects of this shape at ``indent``'s depth, given their values,
        written a batch of objects at a time: one call of the C encoder and one template
        fill per batch."""
        one = indent + _INDENT + self.template(indent + _INDENT)
        full = ",\n".join([one] * _BATCH)
        separator = "[\n"
        batch: list[Any] = []
        count = 0
        for row in rows:
            batch.extend(row)
            count += 1
            if count == _BATCH:
                yield separator + full % _encoded(batch)
                separator, batch, count = ",\n", [], 0
        if count:
            yield separator + ",\n".join([one] * count) % _encoded(batch)
            separator = ",\n"
        yield "[]" if separator == "[\n" else f"\n{indent}]"


def _encoded(values: list[Any]) -> tuple[str, ...]:
    """Each value as JSON text."""
    return tuple(_LEAVES.encode(values)[1:-1].split(_LEAF_SEPARATOR))


def _is_model(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


class Rows(NamedTuple):
    """A list to write as objects of one shape: the shape, and each object's values."""

    shape: Shape
    values: Iterable[tuple[Any, ...]]

    def stream(self, indent: str) -> Iterator[str]:
        """The list as JSON text at ``indent``'s depth, in chunks."""
        return self.shape.stream(self.values, indent)
