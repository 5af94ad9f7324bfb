"""A speaker reported twice running whose words the next plain sentence keeps in the
reported tense ("would", "likely") is still speaking; one "said", or a "would" in a clause
another verb reports, is not enough. Sentences are from corpus articles that neither the
dev set nor the annotations use."""

from __future__ import annotations

import pytest
from attribution_samples import default_lexicon, sources_of

from reconcile.attribution.lexicon import SourceLexicon
from reconcile.attribution.names import same_source


@pytest.fixture(scope="module")
def lexicon() -> SourceLexicon:
    return default_lexicon()


AQUINO = ("MANILA, Oct 20 - Violent fluctuations in the peso's exchange rate have triggered "
          "dollar-hoarding.\n\nAquino said the country's foreign debt, which rose to nearly 29 "
          "billion dlrs in April, was growing even without fresh borrowing.\n\nDebt servicing "
          "took up 40 pct of the budget and 45 pct of export earnings, Aquino said. Over the "
          "next six years, the Philippines would be paying its creditors 20 billion dlrs while "
          "getting only four billion dlrs in new loans.")


def test_a_speakers_run_goes_on_in_the_reported_tense(lexicon: SourceLexicon) -> None:
    """Reuters (Philippine debt): the sentence after two of Aquino's is hers."""
    paying, new_loans = sources_of(AQUINO, ["20 billion dlrs", "four billion dlrs"], lexicon)
    assert same_source(paying.name, "Aquino")
    assert same_source(new_loans.name, "Aquino")


def test_a_forecast_in_the_reported_tense_is_the_body_reported(
        lexicon: SourceLexicon) -> None:
    """Reuters (OECD on France): "Unemployment is likely to reach 12 pct" after two "the
    OECD said" sentences is the OECD's forecast."""
    text = ("PARIS, June 19 - France's growth rate is expected to strengthen.\n\nThe OECD "
            "said France's economic situation has deteriorated somewhat during the early "
            "months of 1987.\n\nActivity has slowed, primarily reflecting an inventory "
            "adjustment, while unemployment has risen rapidly and inflation has reaccelerated, "
            "the OECD said. Unemployment is likely to reach 12 pct of the workforce by the end "
            "of 1988.")
    (unemployment,) = sources_of(text, ["12 pct"], lexicon)
    assert same_source(unemployment.name, "OECD")


def test_one_said_does_not_make_a_run(lexicon: SourceLexicon) -> None:
    """The same sentences with Aquino's first report dropped: one "said" is followed by the
    reporter's background as often as by the speaker's words."""
    text = AQUINO.replace("Aquino said the country's foreign debt, which rose to nearly 29 "
                          "billion dlrs in April, was growing even without fresh borrowing.\n\n",
                          "")
    (paying,) = sources_of(text, ["20 billion dlrs"], lexicon)
    assert not same_source(paying.name, "Aquino")


def test_a_would_another_verb_reports_is_not_the_run_going_on(
        lexicon: SourceLexicon) -> None:
    """Reuters (Allied-Lyons): "declined to say whether ... would exceed the 20.7 pct rise
    reported": the clause is the refusal's, and the figure the company's reported result,
    not the chairman's words going on."""
    text = ("TORONTO, March 20 - Allied-Lyons PLC will report substantial growth in the second "
            "half of fiscal 1987 ended March 7, chairman Derrick Holden-Brown said in answer "
            "to reporters' queries.\n\n\"You will certainly see substantial growth in "
            "Allied-Lyons in the second half,\" Holden-Brown said following a presentation to "
            "Toronto securities analysts.\n\nHolden-Brown declined to say whether second half "
            "growth in profit before taxes would exceed the 20.7 pct rise reported in the first "
            "half.")
    (rise,) = sources_of(text, ["20.7 pct"], lexicon)
    assert not same_source(rise.name, "Derrick Holden-Brown")


def test_a_recommendation_goes_on_in_should(lexicon: SourceLexicon) -> None:
    """Reuters (Singapore divestment): after two "the report said" sentences, "Of the 41, 15
    should seek listing" goes on with the report's recommendations."""
    text = ("SINGAPORE, March 13 - The Singapore government should reduce its stake in major "
            "state-owned or run companies like Singapore Airlines Ltd AIRH.SI to around 30 pct "
            "over the next decade and privatise statutory boards, a government report said."
            "\n\nThe Singapore government owns or backs 608 companies under three holding "
            "companies with total assets in access of 10 billion dlrs, the report said.\n\n"
            "The report said a study of 99 glcs showed that 41 of them should be privatised, "
            "52 should not be privatised, and six should be studied further.\n\nOf the 41, 15 "
            "should seek listing on The Stock Exchange of Singapore Dealing and Automated "
            "Quotation System (SESDAQ), including shipyards, printing firms and airport "
            "service firms.")
    (listing,) = sources_of(text, ["15 should"], lexicon)
    assert same_source(listing.name, "government report")


def test_a_run_opened_by_a_forecast_goes_on_with_the_forecaster(
        lexicon: SourceLexicon) -> None:
    """Reuters (OECD on the U.S. deficit): "It predicted ..." then '"...," it said' is a run
    of the OECD's reports, whatever the case of "it", and the next sentence in "would" is
    the OECD's."""
    text = ("PARIS, June 18 - The United States should take urgent action to cut its "
            "crippling budget deficit, including possible reductions in non-defense spending, "
            "higher taxes and curbs on growth of the defense budget, the Organization for "
            "Economic Cooperation and Development said.\n\nThe OECD, in its semi-annual review "
            "of the world economy, said a failure of the Reagan Administration and Congress "
            "quickly to agree on measures to cut the deficit \"could seriously affect "
            "confidence, both in the United States and elsewhere.\"\n\nIt predicted that "
            "the federal deficit in fiscal 1987, running until September 30 this year, would "
            "substantially overshoot both the Balanced Budget Act's target of 144 billion dlrs "
            "and official U.S. Estimates in February of 175 billion.\n\n\"The OECD "
            "projection, which is based on assumptions of slower growth, higher interest "
            "rates and actual data for the first half of the financial year, is for a deficit "
            "of about 190 billion dollars,\" it said.\n\nWhile this would be 30 billion lower "
            "than last year's deficit, much of the improvement would be due to corporate tax "
            "increases being introduced before income tax cuts take effect.")
    (lower,) = sources_of(text, ["30 billion"], lexicon)
    assert same_source(lower.name, "OECD")


def test_a_speaker_named_by_he_in_either_case_makes_a_run(lexicon: SourceLexicon) -> None:
    """Reuters (Herrington on an oil import fee): "He said ..." then "..., he said, ..."
    are one speaker's reports, so the next sentence in "would" goes on with him."""
    text = ("WASHINGTON, March 19 - Energy Secretary John Herrington said he would rule out a "
            "tax on gasoline.\n\nHe said at a news conference that any recommendation he "
            "would make would have to increase domestic production.\n\nOn the grounds of "
            "increasing production, he said, \"I would rule out a gasoline tax.\"\n\n"
            "Herrington also repeated he would rule out an oil import fee because of the "
            "widespread dislocation it would cause -- the loss of about 400,000 jobs "
            "nationwide due to higher oil prices.")
    (jobs,) = sources_of(text, ["about 400,000 jobs"], lexicon)
    assert same_source(jobs.name, "John Herrington")
