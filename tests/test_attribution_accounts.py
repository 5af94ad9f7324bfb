"""A company's own accounts told in the reporter's words are the company's figures.

Sentences are copied from the BBC and Reuters corpora (articles neither the dev set nor the
annotations use) and run through the whole pipeline: which figures an account holds
depends on their kind (a share or a sum of money), which the figures stage reads.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_precision import RULES, article

from reconcile.figures import FigureConventions, extract_figures
from reconcile.model import Document, Source
from reconcile.pipeline import check
from reconcile.yamlfile import load_model

CONVENTIONS = load_model(Path(__file__).resolve().parents[1] / "rules" / "figures.yaml",
                         FigureConventions)


def source_of(text: str, words: str) -> Source:
    """The source of the figure whose words are ``words``, in a BBC story of ``text``."""
    document = Document(id="roundup", text=text, path="roundup", title="Results",
                        publisher="BBC News")
    found = check([document], RULES).claims
    return next(claim.source for claim in found if claim.figure.text == words)


ROUNDUP = (
    "Upscale department store Nordstrom said same store sales were 9.3% higher than during "
    "the same period last year. Trendy youth labels also sold well, with sales jumping 28% at "
    "young women's clothing retailer Bebe Stores and 32.2% at American Eagle Outfitters. But "
    "Wal-Mart only saw its sales rise after it cut prices. The company saw a 3% rise in "
    "December sales, less than the 4.3% rise seen a year earlier.")
"""BBC, a roundup of US retailers' December sales (bbc-business-406)."""


@pytest.mark.parametrize(("text", "quote", "company", "cue"), [
    # the subject, any verb but one of saying (bbc-business-115, bbc-business-466,
    # reuters-11124)
    ("GlaxoSmithKline saw its profits fall 9% last year to £6.2bn ($11.5bn), but Europe's "
     "biggest drugmaker says a recovery during 2005 is on the way.", "9%", "GlaxoSmithKline",
     "saw"),
    ("Meanwhile, Southwest Airlines saw its fourth-quarter 2004 profits fall 15% to $56m, "
     "against $66m a year earlier.", "15%", "Southwest Airlines", "saw"),
    ("Meanwhile, the state iron company Ferrominera saw its profits rise from 156 mln bolivars "
     "in 1985 to 204 mln bolivars last year.", "204 mln bolivars", "Ferrominera", "saw"),
    # a relative clause on the company (bbc-business-056, reuters-79)
    ("The company only began assembling luxury high-powered sedans in China in 2003. 2004 was "
     "generally a good year for BMW, which saw revenues from its core car-making operations "
     "rise 11%.", "11%", "BMW", "which"),
    ("Quebecor, which had revenues of 446 mln Canadian dlrs last year and profit of 16.2 mln "
     "dlrs, already publishes three daily newspapers. Peladeau said Quebecor uses about "
     "100,000 metric tons of newsprint a year.", "16.2 mln dlrs", "Quebecor", "which"),
    # the company after "at", for each figure of a list
    (ROUNDUP, "28%", "Bebe Stores", "at"),
    (ROUNDUP, "32.2%", "American Eagle Outfitters", "at"),
    # "the company" opening the account: the subject of the sentence before
    (ROUNDUP, "3%", "Wal-Mart", "saw"),
])
def test_a_company_named_in_the_clause_gives_its_own_accounts(
        text: str, quote: str, company: str, cue: str) -> None:
    source = source_of(text, quote)
    assert (source.name, source.cue) == (company, cue)


def test_a_unit_of_the_storys_company_gives_the_companys_release() -> None:
    # BBC, Barclays' results (bbc-business-126, an annotated case): a unit's account is the
    # results' of the company the story opens with, not the unit's the clause names after
    # "at" (a guard of the rule above, which would give it to Barclaycard)
    text = ("Barclays, the UK's third-biggest bank, has seen annual pre-tax profits climb to "
            "record levels boosted by a sharp rise in business at its investment arm. Profits "
            "at Barclaycard rose by 5% to £801m but were said to have been affected by a series "
            "of interest rate rises.")
    assert source_of(text, "£801m").name == "Barclays"


@pytest.mark.parametrize(("text", "quote", "source"), [
    # the first company's "said" is still its own figure's
    (ROUNDUP, "9.3%", "Nordstrom"),
    # what a company has that is no account of it: the publisher's (bbc-business-056)
    ("Quebecor, which had revenues of 446 mln Canadian dlrs last year and profit of 16.2 mln "
     "dlrs, already publishes three daily newspapers.", "three daily newspapers", "BBC News"),
    # a teller in the sentence still gives the figure
    ("Analysts said Heineken saw its annual profits drop 33% last year.", "33%", "Analysts"),
    # a place the relative clause does not describe (reuters-2663)
    ("The company purchased in March 1986 MidSouth Corp, a regional railroad company in "
     "Mississippi and Louisiana, which contributed sales of 39.5 mln dlrs during first nine "
     "months of operation.", "39.5 mln dlrs", "BBC News"),
    # a share of another's whole (bbc-business-318)
    ("Last week, Yukos filed for Chapter 11 bankruptcy protection in the US in a last-ditch "
     "attempt to hang on to Yuganskneftegas, which accounts for 60% of its output.", "60%",
     "BBC News"),
    # a results table's line opens with its measure, no company (reuters-2221)
    ("Net also includes currency exchange losses of 20 mln dlrs vs 69 mln dlrs in quarter.",
     "20 mln dlrs", "BBC News"),
    # the company after "at" is another clause's (reuters-1466)
    ("Profit at Williams Gas Marketing rose to 26 mln dlrs from about 22 mln and the William "
     "Pipe Line Co had operating profit of 49.4 mln dlrs versus 63.6 mln dlrs a year ago.",
     "49.4 mln dlrs", "BBC News"),
    # a person's clause, then another's (reuters-11659)
    ("Bongard quit as Home State president 10 months before the bank collapsed after "
     "suffering more than 143 mln dlrs in losses.", "more than 143 mln dlrs", "BBC News"),
    # a market's move, whatever the clause after it says (bbc-business-207)
    ("Shares in music giant EMI have sunk by more than 16% after the firm issued a profit "
     "warning following disappointing sales.", "more than 16%", "BBC News"),
    # a noun taken for a verb (bbc-tech-278)
    ("Digital cameras were the hot gadget of Christmas 2004 and worldwide sales of the cameras "
     "totalled $24bn last year.", "$24bn", "BBC News"),
    # "it" standing for no company (bbc-business-326)
    ("The Securities and Exchange Commission is investigating the firm. As a result, it could "
     "be forced to restate $9bn in earnings over the past four years.", "$9bn", "BBC News"),
])
def test_other_figures_keep_their_source(text: str, quote: str, source: str) -> None:
    assert source_of(text, quote).name == source


def test_a_company_seeing_its_sales_rise_is_no_audience_nor_a_vote() -> None:
    # BBC (bbc-business-173, bbc-business-406): "saw" and "results" are no audience's and no
    # election's words here
    found = {claim.figure.text: claim for claim in check([article("brewers", "Brewers", (
        "Dutch firm Heineken saw its annual profits drop 33% and warned that earnings in 2005 "
        "may also slide. Costco Wholesale continued a recent run of upbeat results with a "
        "better-than-expected 8% jump in same store sales."))], RULES).claims}
    assert found["33%"].subject != "audience"
    assert found["8%"].subject != "vote-share"


def _words(text: str) -> list[str]:
    return [figure.text for figure in extract_figures(text, CONVENTIONS)]


@pytest.mark.parametrize("text", [
    # Reuters (reuters-6473 and others): "one" picks out a member of a kind
    "One effect of the law is to impose a new tax on imports.",
    "However, one beneficiary of the desertion of the High Street is expected to be online "
    "stores.",
    "One discount retailer to fare well in December was Costco Wholesale.",
])
def test_one_picking_out_a_member_of_a_kind_is_no_count(text: str) -> None:
    assert not any(words.lower().startswith("one") for words in _words(text))


@pytest.mark.parametrize(("text", "words"), [
    ("Coach Andy Robinson makes just one change to the team that was beaten by Ireland.",
     "one change"),
    ("The company bought one mln of its shares, which were held by Bear Stearns.", "one mln"),
])
def test_one_that_counts_stays_a_count(text: str, words: str) -> None:
    assert any(found.lower().startswith(words) for found in _words(text))
