"""Frozen models built from values that already have their declared types, without
running pydantic's validation: for the models built in bulk, a ``Figure`` per number
and a ``Sentence`` per sentence, where validation was a third or more of the cost.

The object is the one validation makes: every field in declaration order in ``__dict__``
(defaults included), the names given recorded as pydantic records them, no extra or
private values; so it compares, hashes, copies, pickles and serialises the same. It is
safe only where the caller hands over values validation would return unchanged (an
``int`` where a ``float`` is declared would come back a ``float``): each caller says
why its values are so, and ``tests/test_unvalidated.py`` checks them against validation.
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel

Model = TypeVar("Model", bound=BaseModel)

_new = object.__new__
_set = object.__setattr__


def unvalidated(model: type[Model], values: dict[str, Any], given: set[str]) -> Model:
    """``model(**{name: values[name] for name in given})``, built without validation.

    ``values`` holds every field of ``model`` in declaration order; ``given`` is a fresh
    set per object (``model_copy`` adds the names it updates to it)."""
    built = _new(model)
    _set(built, "__dict__", values)
    _set(built, "__pydantic_fields_set__", given)
    _set(built, "__pydantic_extra__", None)
    _set(built, "__pydantic_private__", None)
    return built
