"""A company's unnamed voice ("a company spokesman said", "company officials said") speaks
for the one company the story is about, as "the company said" does: the source is that
company, not the bare description."""

from __future__ import annotations

from attribution_samples import default_lexicon, sources_of


def test_a_company_spokesman_is_the_company_the_lead_opens_with() -> None:
    # reuters-11788, used by no annotated or dev-set case.
    text = ("TOKYO, April 1 - Sumitomo Metal Industries Ltd has set up two finance firms, one "
            "in Osaka and one in London, a company spokesman said.")
    (source,) = sources_of(text, ["two finance firms"], default_lexicon())
    assert source.name == "Sumitomo Metal Industries Ltd"
    assert source.kind == "company"


def test_company_officials_are_the_company_the_lead_opens_with() -> None:
    # reuters-1903, used by no annotated or dev-set case: "They" are the officials.
    text = ("SEOUL, March 5 - Hyundai Motor Co exported 49,822 cars in the first two months "
            "of 1987, up from 37,272 in the same period of last year, mainly due to booming "
            "sales in the U.S. And Canada, company officials said.\n\nThey told reporters "
            "Hyundai Motor expects to export 450,000 cars in 1987, including 250,000 to the "
            "U.S.")
    (source,) = sources_of(text, ["450,000 cars"], default_lexicon())
    assert source.name == "Hyundai Motor Co"
    assert source.cue == "told"


def test_a_company_spokesman_is_the_company_named_after_its_kind() -> None:
    # reuters-13142, used by no annotated or dev-set case: "Petrobras" has no designator
    # and is no source, but the words before it say it is a company.
    text = ("RIO DE JANEIRO, April 3 - Brazil's state oil company Petrobras is pledging to "
            "export 4.6 mln cubic meters of fuel, or 28.9 mln barrels in 1987, a company "
            "spokesman said.")
    (source,) = sources_of(text, ["4.6 mln cubic meters"], default_lexicon())
    assert source.name == "Petrobras"


def test_a_company_named_in_apposition_is_the_one_its_spokesman_speaks_for() -> None:
    # reuters-5120, used by no annotated or dev-set case.
    text = ("CARACAS, March 13 - Venezuela's biggest private sector company, La Electricidad "
            "de Caracas, will meet urgently with bank creditors in New York on monday to "
            "discuss the danger of a total default on its 622 mln dlr foreign debt, a company "
            "spokesman said.")
    (source,) = sources_of(text, ["622 mln dlr"], default_lexicon())
    assert source.name == "La Electricidad de Caracas"


def test_two_companies_named_after_their_kind_leave_the_spokesman_unresolved() -> None:
    # reuters-13142's sentence with a second company of the kind: which one is not said.
    text = ("Brazil's state oil company Petrobras and the oil company Shell are pledging to "
            "export 4.6 mln cubic meters of fuel, a company spokesman said.")
    (source,) = sources_of(text, ["4.6 mln cubic meters"], default_lexicon())
    assert source.name == "company spokesman"


def test_a_spokesman_for_one_creditor_is_no_body_named_before() -> None:
    # reuters-6558, used by no annotated or dev-set case: "The" is the spokesman's article;
    # "one U.S. Bank creditor" is not the indebted company the story opened with.
    text = ("MADRID, March 18 - Spain's financially troubled power company Fuerzas Electricas "
            "de Cataluna S.A. (FECSA) may suspend payments if it fails to reach agreement with "
            "creditors on renegotiating its 594 billion peseta debt, a company official "
            "said.\n\nThe spokesman for one U.S. Bank creditor said in reply to inquiries \"It "
            "has been two months since we first detected signs of serious trouble at FECSA.\"")
    lead, creditor = sources_of(text, ["594 billion peseta", "two months"], default_lexicon())
    assert lead.name == "Fuerzas Electricas de Cataluna S.A."
    assert creditor.name == "U.S. Bank creditor"
