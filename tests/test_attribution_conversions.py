"""A sum converted in brackets is the publisher's conversion of one figure: it takes the
source of the sum it converts. Sentences are from BBC articles that neither the dev set
nor the annotations use."""

from __future__ import annotations

import pytest
from attribution_samples import default_lexicon, figure_in

from reconcile.attribution import attribute
from reconcile.attribution.lexicon import SourceLexicon
from reconcile.model import Document, Figure
from reconcile.segment import split_sentences


@pytest.fixture(scope="module")
def lexicon() -> SourceLexicon:
    return default_lexicon()


def _sum(text: str, quote: str, unit: str) -> Figure:
    return figure_in(text, quote).model_copy(update={"kind": "money", "unit": unit})


def _names(text: str, sums: list[tuple[str, str]], lexicon: SourceLexicon) -> list[str]:
    document = Document(id="t", text=text, path="t", publisher="BBC News")
    figures = [_sum(text, quote, unit) for quote, unit in sums]
    return [s.name for s in attribute(document, split_sentences(text), figures, lexicon)]


def test_a_conversion_takes_the_source_of_the_sum_it_converts(lexicon: SourceLexicon) -> None:
    """BBC (Holcim): the bidder's sum, converted into pounds."""
    text = ("Swiss cement firm Holcim has bid $800m (£429m) to buy two Indian cement firms and "
            "a holding company in the country.")
    assert _names(text, [("$800m", "USD"), ("£429m", "GBP")], lexicon) == ["Holcim", "Holcim"]


def test_a_further_conversion_in_the_brackets_converts_the_same_sum(
        lexicon: SourceLexicon) -> None:
    """BBC (GM and Fiat): "1.55bn euros ($2bn; £1.1bn)" is one sum in three currencies."""
    text = ("The news comes a week after GM pulled out of an agreement to buy Fiat. GM had to "
            "pay former partner Fiat 1.55bn euros ($2bn; £1.1bn) to get out of a deal which "
            "could have forced it to buy the Italian carmaker outright.")
    found = _names(text, [("1.55bn euros", "EUR"), ("$2bn", "USD"), ("£1.1bn", "GBP")],
                   lexicon)
    assert found == ["GM", "GM", "GM"]


def test_a_sum_in_brackets_of_the_same_currency_is_no_conversion(
        lexicon: SourceLexicon) -> None:
    """A bracketed sum in the currency before it is another figure, not a conversion."""
    text = ("Swiss cement firm Holcim has bid $800m ($429m in cash) to buy two Indian cement "
            "firms and a holding company in the country.")
    assert _names(text, [("$800m", "USD"), ("$429m", "USD")], lexicon)[1] == "BBC News"
