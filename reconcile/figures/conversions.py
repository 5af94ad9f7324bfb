"""Sums converted in brackets: "$55.5bn (£29bn)", "9.5bn kronor (£722m; $1.3bn)".

The publisher converts a sum into its readers' currencies right after it. The conversion is
the same figure, not another claim: the subjects stage leaves it out of comparing (it would
count one claim twice and set a conversion against its own original), and attribution
gives it the source of the sum it converts ("The US Federal Communications Commission fined
CBS $550,000 (£306,814)" is the commission's in both currencies).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reconcile.model import Figure

_BRACKET_OPEN = re.compile(r"\s*[(\[]\s*(?:about\s+|around\s+|some\s+|or\s+)?")
_BRACKET_NEXT = re.compile(r"\s*[;,/]\s*(?:or\s+)?")


def converted_from(text: str, figure: Figure, neighbours: Sequence[Figure]) -> Figure | None:
    """The sum in another currency that ``figure`` converts, when it stands in brackets
    right after it, or after a further conversion in the same brackets ("9.5bn kronor
    (£722m; $1.3bn)": both convert the kronor); ``neighbours`` are the other figures of
    its sentence."""
    if figure.kind != "money":
        return None
    for other in neighbours:
        if other is figure or other.kind != "money" or other.unit == figure.unit \
                or other.end > figure.start:
            continue
        if _BRACKET_OPEN.fullmatch(text, other.end, figure.start) is not None:
            return other
        if _BRACKET_NEXT.fullmatch(text, other.end, figure.start) is not None:
            original = converted_from(text, other, [f for f in neighbours if f is not other])
            if original is not None:
                return original
    return None


def is_converted(text: str, figure: Figure, neighbours: Sequence[Figure]) -> bool:
    """Whether ``figure`` is a conversion of another sum of its sentence (see
    ``converted_from``)."""
    return converted_from(text, figure, neighbours) is not None
