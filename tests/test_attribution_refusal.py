"""A source that would not say gives no figure: neither the sentences after its refusal
nor the figures of its own clause are its. Sentences are from corpus articles that neither
the dev set nor the annotations use."""

from __future__ import annotations

import pytest
from attribution_samples import default_lexicon, sources_of

from reconcile.attribution.lexicon import SourceLexicon


@pytest.fixture(scope="module")
def lexicon() -> SourceLexicon:
    return default_lexicon()


def test_the_sentence_after_a_refusal_is_the_reporters(lexicon: SourceLexicon) -> None:
    text = ("The Swedish firm, the world's largest maker of home appliances, said it is to "
            "relocate about 10 of its 27 plants in western Europe and North America. It did "
            "not say which facilities would be affected, but intends moving them to Asia, "
            "eastern Europe and Mexico. The company has two manufacturing sites in County "
            "Durham.")
    (plants, sites) = sources_of(text, ["about 10", "two manufacturing sites"], lexicon,
                                 publisher="BBC News")
    assert plants.explicit and plants.cue == "said"
    assert sites.name == "BBC News" and not sites.explicit


def test_a_phrasal_give_is_no_refusal(lexicon: SourceLexicon) -> None:
    text = ("It will not give any short term relief for debt ridden countries, but it will "
            "make a difference in 10 to 15 years, Yeutter said.")
    (years,) = sources_of(text, ["10 to 15 years"], lexicon)
    assert years.name == "Yeutter" and years.explicit


def test_a_refusal_in_the_figures_clause_is_no_source(lexicon: SourceLexicon) -> None:
    text = ("Leahy would not say who would be the other Democrat to join the committee, which "
            "with the new members would be split 11 Democrats to nine Republicans.")
    (seats,) = sources_of(text, ["nine Republicans"], lexicon)
    assert seats.name == "Reuters" and not seats.explicit


def test_a_negated_view_is_still_the_sources_estimate(lexicon: SourceLexicon) -> None:
    text = "Far West said it does not expect the cost of the transaction to exceed 15 mln dlrs."
    (cost,) = sources_of(text, ["15 mln dlrs"], lexicon)
    assert cost.name == "Far West" and cost.explicit


def test_a_second_verb_after_a_refusal_still_gives_its_figure(lexicon: SourceLexicon) -> None:
    text = ("The company did not say how many shares it would repurchase but said that it has "
            "about 13 mln dlrs available for such actions.")
    (cash,) = sources_of(text, ["about 13 mln dlrs"], lexicon)
    assert cash.name == "company" and cash.explicit
