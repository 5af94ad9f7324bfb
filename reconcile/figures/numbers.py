"""Turn numbers written in digits into floats: grouping, signs, decimals, fractions.

The pattern that found the digits already checked their shape (groups of three, lakh
groups, "1-1/8"), so this only has to drop separators and do the arithmetic.
"""

from __future__ import annotations

import math
import re

_SEPARATORS = re.compile(r"[,\s\u00a0\u2009\u202f]")
_MIXED = re.compile(r"^(\d+)[\s-]{1,2}(\d+)/(\d+)$")
_FRACTION = re.compile(r"^(\d+)/(\d+)$")
_SIGNS = {"-": -1.0, "−": -1.0, "+": 1.0}
_DECIMAL_COMMA = re.compile(r"^[\d.]+,\d{1,2}$")
_POWER = re.compile(r"^([\d.]+)(?:\s?[x×]\s?(10)(?:\^|(?=[-−]))|\^)([-−+]{0,2})(\d+)$")


def parse_digits(text: str) -> float | None:
    """The value of a number in digits ("1,234.5", "1,3" and "1.111,11" with a decimal
    comma, "-4/5", "1-1/8", "1 234 567", "1.3e6",
    "1.3x10^6", "2.48×10−5", "1.1^23"; the sign applies after the power: "-2.5^-1" is -0.4).

    ``None`` when it cannot be a number (a zero denominator, a power out of range).
    """
    body = text.strip()
    sign = 1.0
    if body[:1] in _SIGNS:
        sign = _SIGNS[body[0]]
        body = body[1:].strip()
    mixed = _MIXED.match(body)
    if mixed:
        whole, numerator, denominator = (int(part) for part in mixed.groups())
        return sign * (whole + numerator / denominator) if denominator else None
    fraction = _FRACTION.match(body)
    if fraction:
        numerator, denominator = (int(part) for part in fraction.groups())
        return sign * numerator / denominator if denominator else None
    if _DECIMAL_COMMA.match(body):
        return sign * float(body.replace(".", "").replace(",", "."))
    power = _POWER.match(body)
    try:
        if power:
            base, times_ten, exponent_sign, exponent = power.groups()
            negative = exponent_sign.count("-") + exponent_sign.count("−")
            exponent_value = int(exponent) * (-1) ** negative
            return sign * (float(base) * 10.0 ** exponent_value if times_ten
                           else float(base) ** exponent_value)
        return sign * float(_SEPARATORS.sub("", body))
    except (ValueError, OverflowError, ZeroDivisionError):
        return None


def times_scale(value: float, scale: float) -> float:
    """``value`` times ``scale``, exact in decimal for a power of ten: "4.1 million" is
    4,100,000, not the 4,099,999.9999999995 of a float product. A scale worked out as a
    quotient ("2.7 mln" over 2.7, for the "2.4" of "2.4 to 2.7 mln") is a power of ten up to
    the float's rounding."""
    exponent = round(math.log10(scale)) if scale > 0 else 0
    if exponent > 0 and math.isclose(10.0 ** exponent, scale, rel_tol=1e-12):
        return float(f"{value!r}e{exponent}")
    return value * scale
