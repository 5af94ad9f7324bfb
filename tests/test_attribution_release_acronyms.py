"""A release's measure written by its initials ("GNP", "gdp") is what its later sentences
go on measuring: the body the lead names releases them, as it does a measure in words."""

from __future__ import annotations

from attribution_samples import default_lexicon, sources_of


def test_a_release_goes_on_through_its_initials() -> None:
    # reuters-5805, used by no annotated or dev-set case: the later paragraphs measure GNP,
    # which the lead spells out and then names by its initials.
    text = ("TOKYO, March 17 - Japan's gross national product (GNP) rose a real 0.8 pct in "
            "the October/December quarter after an upwardly revised 0.7 pct increase the "
            "previous three months, the Economic Planning Agency (EPA) said.\n\n"
            "The rise in the July/September quarter had originally been put at 0.6 pct. The "
            "annualized growth rate accelerated to 3.2 pct in October/December from 3.0 pct "
            "in July/September.\n\n"
            "In the 1986 calendar year, GNP rose 2.5 pct, after a 4.7 pct increase in 1985. "
            "Last year's performance was the worst since 1974, when GNP fell 1.4 pct. Agency "
            "officials blamed the strong yen for depressing exports and manufacturing "
            "industry.\n\n"
            "In nominal terms, GNP rose 0.5 pct in the October/December quarter, reflecting "
            "stable prices, after a one pct increase in the previous three months, the Agency"
            " said.\n\n"
            "Domestic real demand increased 0.6 pct in October/December, after a one pct rise"
            " the previous quarter.\n\n"
            "Domestic demand contributed 0.5 percentage point to real GNP growth in "
            "October/December, while foreign trade added 0.2. The figures do not tally "
            "exactly due to rounding.\n\n"
            "In July/September, domestic demand contributed one percentage point to GNP "
            "growth while foreign trade knocked off 0.3 point.")
    year, part = sources_of(text, ["2.5 pct", "one percentage point"], default_lexicon())
    assert year.name == part.name == "Economic Planning Agency"
