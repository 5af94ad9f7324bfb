"""Pair each annotated figure with at most one of our claims, by overlapping spans.

A claim's words rarely match the annotation exactly ("13,000 workers" for "some 13,000
workers"), so any overlap in the same document counts; where several claims overlap a
figure, the one sharing the most characters wins. Pairs are taken greedily from the
largest overlap down and each claim serves one figure, so a claim that swallowed two
figures is credited for one of them only: we found one figure, not two.
"""

from __future__ import annotations

from collections.abc import Sequence

from reconcile.evaluation.cases import GoldFigure
from reconcile.model import Claim


def overlap(figure: GoldFigure, claim: Claim) -> int:
    """Characters the annotated span and the claim's figure span share (0 if none)."""
    if claim.document != figure.doc:
        return 0
    return max(0, min(figure.end, claim.figure.end) - max(figure.start, claim.figure.start))


def match_figures(figures: Sequence[GoldFigure], claims: Sequence[Claim]) -> dict[str, Claim]:
    """The claim matched to each annotated figure, by ref; unmatched figures are absent."""
    candidates: list[tuple[int, int, int, int]] = []
    for figure_index, figure in enumerate(figures):
        for claim_index, claim in enumerate(claims):
            shared = overlap(figure, claim)
            if shared:
                distance = abs(figure.start - claim.figure.start)
                candidates.append((-shared, distance, figure_index, claim_index))
    candidates.sort()
    matched: dict[str, Claim] = {}
    used: set[int] = set()
    for _, _, figure_index, claim_index in candidates:
        ref = figures[figure_index].ref
        if ref not in matched and claim_index not in used:
            matched[ref] = claims[claim_index]
            used.add(claim_index)
    return matched
