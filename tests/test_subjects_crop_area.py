"""Land planted, harvested, idled or damaged as a measure of its own (the ``crop-area``
rule), and the readings of period, mode and place it needs: sentences of news articles
outside the annotated cases and the dev set."""

from __future__ import annotations

from datetime import date

from test_precision import RULES, article

from reconcile.pipeline import extract
from reconcile.subjects.event import EventKey, parse


def _claims(text: str, published: date, title: str = "crops"
            ) -> dict[str, tuple[str | None, EventKey | None]]:
    """Each figure's words -> (its subject, its parsed key)."""
    claims = extract(article("news", title, text, published), RULES)
    return {claim.figure.text: (claim.subject, parse(claim.event) if claim.event else None)
            for claim in claims}


def test_a_pointing_sentence_takes_no_measure_of_another_unit() -> None:
    # reuters-13757: "The number one deposit's" made the depths in feet the tons' reserves
    claims = _claims(
        "Assay results from 20 suface holes drilled on 250 foot centers indicate that the "
        "Donalda number one deposit contains possible reserves of 611,000 tons at an average "
        "grade of 0.48 ounces of gold per ton.\n\nThe number one deposit's reserves are "
        "contained between a vertical depth of 750 and 1200 feet at a strike length of 900 "
        "feet.", date(1987, 4, 7))
    assert claims["611,000 tons"][0] == "production"
    assert claims["900 feet"][0] is None
