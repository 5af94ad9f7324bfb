"""A fiscal year between a possessive and its noun ("the Agriculture Ministry's 1986/87
report", "the government's 1986/87 deficit figure") leaves the noun the owner's. The
sentences are from a Reuters article no annotated case or dev-set case uses."""

from __future__ import annotations

from attribution_samples import default_lexicon, sources_of


def test_a_fiscal_year_does_not_hide_the_owner_of_a_report() -> None:
    text = ("NEW DELHI, April 9 - India's oilseed output is expected to rise to 12.25 mln "
            "tonnes in 1986/87 ending October, up on 11.15 mln in 1985/86 but down from 12.95 "
            "mln harvested in 1984/85, the Agriculture Ministry's 1986/87 report said.\n\n"
            "But the forecast for 1986/87 is well below a target of 14.8 mln tonnes fixed for "
            "the year, it said, adding bad weather hit groundnut and other oilseed crops.")
    (source,) = sources_of(text, ["14.8 mln tonnes"], default_lexicon())
    assert source.name == "Agriculture Ministry"
