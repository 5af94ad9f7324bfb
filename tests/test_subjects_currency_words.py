"""A sum's own currency words are no name of what it measures, and an issuer is no rival.

Each test runs the pipeline on real sentences of Reuters corpus articles that no annotated
case holds, with the articles' real headlines.
"""

from __future__ import annotations

from datetime import date

from test_precision import RULES, article, conflicts

from reconcile.pipeline import check
from reconcile.subjects.event import parse

HONG_KONG = article("reuters-14889", "CHINA CONSTRUCTION BANK MANDATES 150 MLN DLR LOAN", (
    "HONG KONG, April 8 - The People's Construction Bank of China is launching its first "
    "international borrowing by mandating four foreign banks for a 150 mln U.S. Dlr loan, "
    "one of the lead managers Banque Indosuez said."), date(1987, 4, 8))


def test_a_sums_currency_words_are_not_names_in_its_key() -> None:
    # "U.S. Dlr" is how the first story writes the sum, not who or what borrows it
    found = {claim.figure.text: claim for claim in check([HONG_KONG], RULES).claims}
    assert not parse(found["150 mln U.S. Dlr"].event).who
    canadian = article("reuters-79", "QUEBECOR PQB HEAD SEES NEW VENTURES LIKELY", (
        "Quebecor, which had revenues of 446 mln Canadian dlrs last year and profit of 16.2 "
        "mln dlrs, already publishes three daily newspapers, including the tabloid Le Journal "
        "de Montreal, the second-largest circulation paper in Canada."), date(1987, 2, 26))
    found = {claim.figure.text: claim for claim in check([canadian], RULES).claims}
    assert "canadian" not in parse(found["446 mln Canadian dlrs"].event).who


def test_two_issuers_bonds_are_no_rival_figures() -> None:
    # Reuters, March 2 1987: two companies' bond issues in one story are two sums
    bonds = article("reuters-305", "NOBEL/FINANCIERE ROBUR ISSUE FRENCH FRANC BONDS", (
        "PARIS, March 2 - Nobel and Financiere Robur are issuing French franc "
        "domestic bonds with share warrants, according to announcements in the "
        "Official Bulletin (BALO).\n\nNobel is issuing a 200 mln franc 10-year bond "
        "with a 5.5 pct coupon in 1,000 franc denominations, to which existing "
        "shareholders will have subscription rights in the ratio of one bond for "
        "every 120 shares held with a nominal 10 franc value.\n\nThe bonds will each "
        "carry eight warrants, each giving the right to subscribe to one 100-franc "
        "Nobel share at 140 francs between June 1 1987 and May 31 1994. Payment date "
        "is April 28.\n\nIn a second stage of the operation, the company will issue "
        "3.63 mln new 100-franc nominal shares at a price of 120 francs, in the ratio"
        " of three new shares for 20 existing 10-franc nominal shares.\n\nThis will "
        "take the company's capital to 677.6 mln francs from the present 242 "
        "mln.\n\nIn a separate operation, Financiere Robur is issuing a 147.73 mln "
        "French franc eight-year bond with a six pct coupon, denominated in 1,100 "
        "franc units and priced at par."), date(1987, 3, 2))
    assert not any("200 mln franc" in found for found in conflicts(bonds))
