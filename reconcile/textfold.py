"""When lowered text can stand in for case-insensitive matching, for quick exact pretests.

Several stages ask whether a pattern can match at all before running it (most sentences
hold no date and no rule word). Checking lowered text for the pattern's literal words is
exact only where lowering a letter is what ``re.IGNORECASE`` does with it: it is not for a
letter that lowers to two (Turkish dotted I), nor for dotless i and long s, which match
"i" and "s" without lowering to them.
"""

from __future__ import annotations

_FOLD_APART = ("\u0131", "\u017f")


def folds_by_lowering(piece: str) -> bool:
    """Whether ``piece.lower()`` keeps offsets and matches ASCII words as IGNORECASE does."""
    if piece.isascii():
        return True
    return len(piece.lower()) == len(piece) and not any(char in piece for char in _FOLD_APART)


def may_hold(piece: str, words: tuple[str, ...]) -> bool:
    """Whether ``piece`` may hold a match of a case-blind pattern needing one of ``words``
    (lower case): it holds one, lowered, or lowering is no guide in it."""
    if not folds_by_lowering(piece):
        return True
    return any(map(piece.lower().__contains__, words))


def lowered_window(text: str, start: int, end: int) -> tuple[str, int] | None:
    """``text[start - 1:end]`` lowered, with where ``start`` falls in it, for running a
    case-blind pattern's lowered form (``figures.patterns.for_lowered``) over the window:
    the character before the window is kept so that a word boundary at its start sees what
    it sees in the text (a pattern looking further back needs more). None when lowering is
    no guide there."""
    before = max(0, start - 1)
    piece = text[before:end]
    return (piece.lower(), start - before) if folds_by_lowering(piece) else None
