"""Subjects shared across a clause: a second verb after "but" or "and" is the clause
subject's, a trailing "X and Y said" attributes what came before, and a second verb of a
subject that already has one adds nothing. Sentences are from corpus articles that
neither the dev set nor the annotations use."""

from __future__ import annotations

import pytest
from attribution_samples import default_lexicon, sources_of

from reconcile.attribution.lexicon import SourceLexicon
from reconcile.attribution.names import same_source


@pytest.fixture(scope="module")
def lexicon() -> SourceLexicon:
    return default_lexicon()


def test_a_verb_after_but_is_the_clause_subjects(lexicon: SourceLexicon) -> None:
    text = ("Mees en Hope declined to comment on the size of the second tranche but said the "
            "first tranche, ended March 10, was for 50 mln guilders.")
    (tranche,) = sources_of(text, ["50 mln guilders"], lexicon)
    assert tranche.name == "Mees en Hope" and tranche.cue == "said"


def test_a_second_verb_of_a_speaker_leaves_the_first_in_charge(lexicon: SourceLexicon) -> None:
    text = ("Food chain Ahold NV AHLN.AS reported an 8.1 pct increase in net 1986 profit but "
            "said it did not see profits growing in 1987 due to the uncertainty of the dollar.")
    (profit,) = sources_of(text, ["8.1 pct"], lexicon)
    assert same_source(profit.name, "Ahold NV") and profit.cue == "reported"


def test_a_trailing_pair_of_speakers_attributes_the_clause_before(
        lexicon: SourceLexicon) -> None:
    text = ("But today's stock market collapse -- prices fell nearly 15 pct -- means that the "
            "Bank of Japan would be hard pressed to raise the discount rate now, despite its "
            "concerns about a renewed outbreak of inflation, dealers and economists said.")
    (collapse,) = sources_of(text, ["nearly 15 pct"], lexicon)
    assert collapse.name == "economists" and collapse.explicit


@pytest.mark.parametrize("speaker", ["administration", "lawmakers", "delegates"])
def test_plural_bodies_speak_for_themselves(lexicon: SourceLexicon, speaker: str) -> None:
    text = (f"The {speaker} predicted that approval of 42 billion dlrs in deficit reductions "
            "would meet the target.")
    (cut,) = sources_of(text, ["42 billion dlrs"], lexicon)
    assert cut.name == speaker


def test_what_was_measured_is_no_speaker(lexicon: SourceLexicon) -> None:
    text = ("It was the highest number of Libyan casualties reported since January 2, when "
            "Chadian troops overran an important garrison with the loss of more than 700 "
            "Libyan troops.")
    (troops,) = sources_of(text, ["more than 700 Libyan troops"], lexicon)
    assert not troops.explicit


def test_a_plural_body_still_speaks(lexicon: SourceLexicon) -> None:
    text = ("West German private banks reported above 10 pct growth in lending last year.")
    (growth,) = sources_of(text, ["above 10 pct"], lexicon)
    assert growth.name == "West German private banks"


@pytest.mark.parametrize(("text", "quote", "speaker"), [
    # reuters-5885: what the Chancellor may announce is what the analysts expect
    ("Some analysts say that the Chancellor of the Exchequer Nigel Lawson may announce this "
     "afternoon a total of up to six billion stg in tax cuts.", "up to six billion stg",
     "analysts"),
    # reuters-15063: a chairman's estimate of what an industry would report
    ("GAF chairman Samuel Heyman estimated that the U.S. chemical industry would report a 20 "
     "pct gain in profits during 1987.", "20 pct", "Samuel Heyman (GAF)"),
    # reuters-9736: the analysts' estimate of the group's results
    ("The analysts estimated that the group would report a third quarter net in the region of "
     "200 mln to 220 mln dlrs.", "200 mln to 220 mln dlrs", "analysts"),
])
def test_a_report_yet_to_come_is_the_tellers_expectation(text: str, quote: str, speaker: str,
                                                         lexicon: SourceLexicon) -> None:
    (found,) = sources_of(text, [quote], lexicon)
    assert found.name == speaker


def test_a_cue_inside_a_relative_clause_vouches_for_that_clause_only(
        lexicon: SourceLexicon) -> None:
    # BBC politics 112: "the child he says is his" ends at its comma
    text = ("Mr Blunkett went to court over the child he says is his, but 500 people marched "
            "against him in London.")
    (found,) = sources_of(text, ["500 people"], lexicon)
    assert found.name == "Reuters"


def test_according_to_reaches_a_phrase_that_goes_on_with_its_figures(
        lexicon: SourceLexicon) -> None:
    text = ("Indonesian crude palm oil exports in the first 11 months of 1986 were 469,100 "
            "tonnes, according to central bank figures, against 652,000 tonnes in the whole "
            "of calendar 1985.")
    exports, earlier = sources_of(text, ["469,100 tonnes", "652,000 tonnes"], lexicon)
    assert exports.name == earlier.name == "central bank figures"
    assert earlier.cue == "according to"


def test_according_to_leaves_a_new_clause_after_it_to_the_reporter(
        lexicon: SourceLexicon) -> None:
    text = ("Inflation has been running at 10 pct a year for the past six months, according "
            "to the Central Bank, and the government expects the economy to grow three pct "
            "this year after a 14 pct contraction over the last six years.")
    (contraction,) = sources_of(text, ["14 pct"], lexicon)
    assert contraction.name != "Central Bank"


def test_according_to_reaches_a_contrasting_clause_after_it(lexicon: SourceLexicon) -> None:
    # news reuters-335: "while" sets a second figure of the same account against the first
    text = ("Hungary's net hard currency debt leapt by 54 pct last year to 7.7 billion dlrs, "
            "according to provisional figures, while trade with Western countries plunged "
            "into a deficit of more than 400 mln dlrs from a 1.2 billion dlr surplus just two "
            "years earlier.")
    debt, deficit, surplus = sources_of(
        text, ["7.7 billion dlrs", "more than 400 mln dlrs", "1.2 billion dlr"], lexicon)
    assert debt.name == deficit.name == surplus.name == "provisional figures"
    assert deficit.cue == "according to"


def test_a_participle_of_saying_is_the_clause_subjects(lexicon: SourceLexicon) -> None:
    # news reuters-14987: ", noting that" gives what follows to who reiterated
    text = ("Stoltenberg reiterated West German concern about a further fall in the dollar, "
            "noting that the mark was up 85 pct against the dollar and nearly 20 pct on a "
            "trade-weighted basis.")
    dollar, weighted = sources_of(text, ["85 pct", "nearly 20 pct"], lexicon)
    assert dollar.name == weighted.name == "Stoltenberg"
    assert dollar.cue == "noting that"


def test_a_participle_of_saying_after_a_verb_of_saying_adds_nothing(
        lexicon: SourceLexicon) -> None:
    # news reuters-9202: "said ..., adding that": the verb's reach runs on over the participle
    text = ("Kloeckner & Co KGaA, the international trading group, said its 1986 domestic "
            "group net profit fell by around 20 pct against 1985, adding that the profit "
            "resulted largely from a writing back of reserves.")
    (profit,) = sources_of(text, ["around 20 pct"], lexicon)
    assert same_source(profit.name, "Kloeckner & Co KGaA") and profit.cue == "said"

