"""Objects written from a shape's template are exactly what ``json.dumps`` writes."""

from __future__ import annotations

import json

import pytest
from pydantic import BaseModel

from reconcile.report.jsonshape import Shape


class Span(BaseModel):
    start: int
    end: int


class Row(BaseModel):
    text: str
    value: float | int | None
    flag: bool
    span: Span
    note: str | None


def _row(index: int) -> tuple[object, ...]:
    texts = ["Around 5,000 people", "100% “sure”\n\tsaid %s", "Gdańsk \u2028 ☃ \x00", ""]
    values = [5000, 0.1, None, 2.5e-08, 1e22, -3, float("inf")]
    return (texts[index % len(texts)], values[index % len(values)], index % 2 == 0,
            index, index + 7, None if index % 3 else "approx")


@pytest.mark.parametrize("count", [0, 1, 63, 64, 65, 130])
def test_a_list_of_rows_is_the_indented_dump(count: int) -> None:
    shape = Shape(Row)
    rows = [_row(index) for index in range(count)]
    text = "".join(shape.stream(rows, "  "))
    expected = json.dumps([shape.nest(row) for row in rows], indent=2, ensure_ascii=False)
    assert text == expected.replace("\n", "\n  ")


def test_nest_puts_the_keys_back_in_model_order() -> None:
    data = Shape(Row).nest(("5,000", 5000, True, 3, 8, None))
    assert data == {"text": "5,000", "value": 5000, "flag": True,
                    "span": {"start": 3, "end": 8}, "note": None}
    assert list(data) == list(Row.model_fields)
