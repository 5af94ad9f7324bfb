"""Conventions for reading figures that the text leaves open, kept in ``rules/figures.yaml``.

Crowd-counting projects disagree on what "hundreds" means (one codes it as 200, another
as 100), and a newsroom's "$" may be Canadian; so these choices are data, named in the
output, never constants in code.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class VagueMagnitude(BaseModel):
    """The interval one vague phrase stands for ("tens of thousands" -> 20,000 and up)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    low: float | None = None
    high: float | None = None


class FigureConventions(BaseModel):
    """How to read vague magnitudes and ambiguous currency signs."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    description: str = ""
    vague: dict[str, VagueMagnitude] = {}
    currency_symbols: dict[str, str] = {"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY"}
