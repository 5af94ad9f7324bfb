"""A wire story whose lead closes with anonymous market sources ("..., trade sources said.")
is their report: its later sentences that name no source of their own give their figures,
as the passage's, not the wire's. Not where a company has taken the story over, not a span
of time (the reporter's background), and not sources of a bank or a government."""

from __future__ import annotations

from attribution_samples import default_lexicon, figure_in, sources_of

from reconcile.attribution import attribute
from reconcile.attribution.passage import PASSAGE_CUE
from reconcile.model import Document
from reconcile.segment import split_sentences

FISHMEAL = (  # reuters-2557, used by no annotated or dev-set case
    "HAMBURG, March 6 - West German gross fishmeal imports rose 60,260 tonnes, or 14.6 pct, "
    "last year to 471,891 tonnes, the highest level since 1972, trade sources said.\n\n"
    "South American producer countries supplied 97 pct of West German requirements, with "
    "Chile shipping 229,176 tonnes (1985 -182,959) and Peru 210,513 (147,014) tonnes.")


def test_the_leads_trade_sources_give_the_report_after_it() -> None:
    share, chile = sources_of(FISHMEAL, ["97 pct", "229,176 tonnes"], default_lexicon())
    assert share.name == chile.name == "trade sources"
    assert share.cue == PASSAGE_CUE  # the passage's: no rival report by itself


def test_a_company_that_takes_the_story_over_ends_the_report() -> None:
    # reuters-16760: after "Nissan Motor Co Ltd said ...", Nissan's own export figures
    # are no longer the industry sources' report.
    text = ("TOKYO, April 17 - Japan's vehicle exports fell 3.8 pct to 6.59 mln in the year "
            "ended March 31, 1987, while vehicle output fell 1.2 pct to 12.27 mln, industry "
            "sources said.\n\n"
            "Nissan Motor Co Ltd NSAN.T said its 1986/87 exports fell 8.1 pct to 1.29 mln.\n\n"
            "Nissan exports to the U.S. Fell 5.5 pct to 659,118.")
    (exports,) = sources_of(text, ["659,118"], default_lexicon())
    assert exports.name != "industry sources"


def test_a_span_of_time_stays_the_reporters() -> None:
    # reuters-8200: the years of strife are the reporter's background.
    text = ("KAMPALA, March 23 - Uganda's state-run Coffee Marketing Board (CMB) has been "
            "suffering a cash crisis for the past two months due to a bottleneck in export "
            "shipments, trade sources said.\n\n"
            "The government is currently negotiating a package of economic reforms aimed at "
            "underpinning a renewed inflow of foreign aid to help Uganda's economic recovery "
            "after 15 years of political strife.")
    years = figure_in(text, "15 years").model_copy(update={"unit": "years"})
    document = Document(id="t", text=text, path="t", publisher="Reuters")
    (source,) = attribute(document, split_sentences(text), [years], default_lexicon())
    assert source.name == "Reuters"


def test_banking_sources_report_no_more_than_their_lead() -> None:
    # reuters-927: the project's cost is the reporter's background to a bankers' remark.
    text = ("TAIPEI, Mar 3 - Chase Manhattan Asia Ltd of Hong Kong has approached Taiwan banks "
            "to take part in a syndicated loan of 300 mln U.S. Dlrs to finance a liquefied "
            "natural gas (LNG) project in Indonesia, local banking sources said.\n\n"
            "The project calls for construction of a 400 mln U.S. Dlr facility which could "
            "produce two mln tonnes of LNG for supply by Taiwan's state-owned Chinese "
            "Petroleum Corp .")
    (cost,) = sources_of(text, ["400 mln U.S. Dlr"], default_lexicon())
    assert cost.name == "Reuters"
