"""A state department called by its field alone once named in full ("Commerce has already
reported" after "The Commerce Department published") is that department. Sentences are
from corpus articles that neither the dev set nor the annotations use."""

from __future__ import annotations

import pytest
from attribution_samples import default_lexicon, sources_of

from reconcile.attribution.lexicon import SourceLexicon


@pytest.fixture(scope="module")
def lexicon() -> SourceLexicon:
    return default_lexicon()


FACTORY_ORDERS = (
    "WASHINGTON, March 23 - The Commerce Department published revisions to monthly data on "
    "factory orders indicating some substantial changes to published figures for recent "
    "months.\n\nAs a result, December factory orders reported as rising 1.6 pct rose on the "
    "revised basis by 3.2 pct, while November orders reported as 3.6 pct were up only 0.8 "
    "pct on the revised basis, the department said.\n\nCommerce has already reported January "
    "factory orders fell 4.0 pct.")


def test_a_department_called_by_its_field_is_the_department_named_before(
        lexicon: SourceLexicon) -> None:
    """Reuters (revised factory orders): "Commerce" is the Commerce Department, an
    official body, not a body of its own."""
    (january,) = sources_of(FACTORY_ORDERS, ["4.0 pct"], lexicon)
    assert (january.name, january.kind) == ("Commerce Department", "official")


BANCORP = (
    "CHERRY HILL, N.J., March 13 - Commerce Bancorp Inc said it has filed a registration "
    "statement with the Securities and Exchange Commission for a 575,000 share Series B "
    "cumulative preferred stock offering, including 75,000 shares to cover allotments.\n\n"
    "Commerce said the preferred shares will be priced at a range of 20-22 dlrs a share.")


def test_a_field_word_with_no_department_named_stays_its_own_name(
        lexicon: SourceLexicon) -> None:
    """Reuters (a bank's share offering): with no department named, "Commerce" is the
    company's short name."""
    (price,) = sources_of(BANCORP, ["20-22 dlrs"], lexicon)
    assert "Department" not in price.name
