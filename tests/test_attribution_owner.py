"""The owner a figure's noun phrase names beats the speaker of the sentence.

Sentences are copied from the Reuters and BBC corpora; figures are built from the quoted
words so these tests do not depend on the figures stage.
"""

from __future__ import annotations

import pytest
from attribution_samples import default_lexicon, sources_of

from reconcile.attribution.lexicon import SourceLexicon
from reconcile.attribution.names import same_source


@pytest.fixture(scope="module")
def lexicon() -> SourceLexicon:
    return default_lexicon()


def test_possessive_forecast_beats_the_trailing_speaker(lexicon: SourceLexicon) -> None:
    text = ("There now looks to be no danger that the Chancellor of the Exchequer Nigel "
            "Lawson's forecast of a 1987 current account deficit of 2.5 billion stg will be "
            "exceeded, Wroblewski said.")
    (lawson,) = sources_of(text, ["2.5 billion stg"], lexicon)
    assert same_source(lawson.name, "Nigel Lawson") and lawson.cue == "forecast"


def test_possessive_forecast_inside_the_embassys_sentence(lexicon: SourceLexicon) -> None:
    text = ("Indonesia's raw sugar output is likely to be 1.8 mln tonnes in calendar 1987, "
            "unchanged from 1986 and below the government's 1987 forecast of 2.5 mln, the U.S. "
            "Embassy said in its agricultural outlook for 1987.")
    (government,) = sources_of(text, ["2.5 mln"], lexicon)
    assert government.name == "government" and government.kind == "official"


def test_forecast_by_and_its_ellipsis(lexicon: SourceLexicon) -> None:
    text = ("Arango did not want to commit himself on export predictions but said that output "
            "for the 1986/87 coffee year would not exceed 10.5 mln bags, compared with 12 mln "
            "forecast by the National Coffee Growers' Federation and 12.5 mln by the U.S. "
            "Department of Agriculture, a figure he said was \"ridiculous.\"")
    federation, usda = sources_of(text, ["12 mln", "12.5 mln"], lexicon)
    assert same_source(federation.name, "National Coffee Growers' Federation")
    assert same_source(usda.name, "U.S. Department of Agriculture")
    assert usda.cue == "by"


def test_estimated_by_beats_the_speaker(lexicon: SourceLexicon) -> None:
    text = ("Kanon reckoned the world cocoa surplus could be less than half the 94,000 tonnes "
            "estimated by the ICCO statistics committee.")
    (icco,) = sources_of(text, ["94,000 tonnes"], lexicon)
    assert icco.cue == "estimated by" and same_source(icco.name, "ICCO statistics committee")


def test_forecast_made_by_after_the_figure(lexicon: SourceLexicon) -> None:
    text = ("This compared with a two pct growth forecast made by the semi-official Institute "
            "for Economic Research (WIFO) last December.")
    (wifo,) = sources_of(text, ["two pct"], lexicon)
    assert same_source(wifo.name, "Institute for Economic Research (WIFO)")


def test_forecast_made_by_after_an_acronym_of_the_measure(lexicon: SourceLexicon) -> None:
    # Reuters 9769 (Malaysian growth): "GDP" between the figure and "forecast made by"
    text = ("The forecast compares with the one pct GDP growth forecast made by the Treasury "
            "last October.")
    (treasury,) = sources_of(text, ["one pct"], lexicon)
    assert treasury.name == "Treasury"


def test_bare_by_without_a_forecast_before_is_no_owner(lexicon: SourceLexicon) -> None:
    text = "Imports rose 2.5 pct by value in February, the Central Statistical Office said."
    (office,) = sources_of(text, ["2.5 pct"], lexicon)
    assert office.name == "Central Statistical Office"


def test_government_estimate_against_the_speakers_figure(lexicon: SourceLexicon) -> None:
    text = ("The embassy estimated Indonesia's calendar 1986 raw sugar production at 1.8 mln "
            "tonnes, against a government estimate of 1.99 mln.")
    embassy, government = sources_of(text, ["1.8 mln tonnes", "1.99 mln"], lexicon)
    assert embassy.name == "embassy" and embassy.cue == "estimated"
    assert same_source(government.name, "Indonesian government")
    assert government.kind == "official"


def test_official_estimate_is_the_governments(lexicon: SourceLexicon) -> None:
    text = "The official 1987/88 estimate is 2.9 pct."
    (official,) = sources_of(text, ["2.9 pct"], lexicon)
    assert official.kind == "official" and official.explicit
    assert same_source(official.name, "Japanese government")


def test_official_figure_against_market_forecasts(lexicon: SourceLexicon) -> None:
    text = ("Market forecasts had been for a worse outcome, with expectations of a deficit in "
            "visible trade averaging about 750 mln stg, against the official figure of 224 "
            "mln stg, sharply narrower than January's 527 mln deficit.")
    (official,) = sources_of(text, ["224 mln stg"], lexicon)
    assert same_source(official.name, "official figures") and official.kind == "official"


def test_a_month_before_a_figure_noun_is_no_owner(lexicon: SourceLexicon) -> None:
    text = "Analysts said the March figure of 12 mln tonnes was too high."
    (analysts,) = sources_of(text, ["12 mln tonnes"], lexicon)
    assert analysts.name == "Analysts"


def test_owner_phrase_is_not_a_pronouns_antecedent(lexicon: SourceLexicon) -> None:
    text = ("Arango said output would not exceed 10.5 mln bags, compared with 12 mln forecast "
            "by the National Coffee Growers' Federation. He said nationwide estimates "
            "oscillated between 9.5 mln and 11.5 mln bags.")
    *_, later = sources_of(text, ["10.5 mln bags", "12 mln", "between 9.5 mln"], lexicon)
    assert later.name == "Arango" and later.evidence == "He"


def test_generic_names_match_when_their_words_agree() -> None:
    assert same_source("official figure", "Argentine official figures")
    assert same_source("official estimate", "official estimates")
    assert not same_source("officials", "Israeli officials")
    assert not same_source("official figure", "union figures")


def test_passive_by_is_no_owner(lexicon: SourceLexicon) -> None:
    text = ("Ministers said that in the past year more than 2,600 anti-social behaviour "
            "orders were issued by the courts.")
    (ministers,) = sources_of(text, ["more than 2,600 anti-social behaviour orders"], lexicon)
    assert ministers.name == "Ministers"


def test_name_opens_at_a_determiner_after_a_verb(lexicon: SourceLexicon) -> None:
    text = ("Vioxx was withdrawn from shops last year but Merck said it would consider selling "
            "it if it gets FDA approval. Merck voluntarily stopped sales of Vioxx on 30 "
            "September, a move which caused the "
            "firm's fourth-quarter earnings to slide to $1.1bn (£581m), from $1.4bn a year "
            "earlier.")
    (merck,) = sources_of(text, ["$1.1bn"], lexicon, publisher="BBC News")
    assert merck.name == "Merck"


def test_name_keeps_a_capitalised_title_and_its_article(lexicon: SourceLexicon) -> None:
    text = ("\"Estimates of Iraq's unemployment rate vary, but we estimate it to be between "
            "30-40%,\" the Washington-based independent think-tank The Brookings Institution "
            "says in its Iraq Index.")
    (brookings,) = sources_of(text, ["between 30-40%"], lexicon, publisher="BBC News")
    assert same_source(brookings.name, "Brookings Institution")


def test_report_title_with_an_article_keeps_its_owner(lexicon: SourceLexicon) -> None:
    text = ("Oxfam's Paying the Price report this week said 45 million children will die "
            "needlessly before 2015.")
    (oxfam,) = sources_of(text, ["45 million children"], lexicon, publisher="BBC News")
    assert oxfam.name == "Oxfam"


ODPM = ("UK house prices dipped slightly in November, the Office of the Deputy Prime Minister "
        "(ODPM) has said.\n\nThe average house price fell marginally to £180,226, from £180,444 "
        "in October. Recent evidence has suggested that the UK housing market is slowing after "
        "interest rate increases.\n\nDecember is traditionally a quiet month for the housing "
        "market, with 12,000 fewer sales.")


def test_release_figures_after_the_lead_are_the_releasing_bodys(lexicon: SourceLexicon) -> None:
    first, second, later = sources_of(ODPM, ["£180,226", "£180,444", "12,000 fewer sales"],
                                      lexicon, publisher="BBC News")
    assert first.name == second.name
    assert same_source(first.name, "Office of the Deputy Prime Minister")
    assert first.kind == "official" and first.explicit
    assert later.name == "BBC News" and not later.explicit  # past the lead's paragraphs


def test_a_body_that_adds_gave_what_came_before(lexicon: SourceLexicon) -> None:
    text = ("The UK's jobless total rose for the second month in a row in December, official "
            "figures show.\n\nThe number of people out of work rose 32,000 to 1.41 million in "
            "the last three months of 2004, even as 90,000 more people were in employment. "
            "Average earnings rose by 4.3% in the year to December up from November's 4.2%, the "
            "Office for National Statistics (ONS) added.")
    sources = sources_of(text, ["32,000", "1.41 million", "90,000 more people", "4.3%"],
                         lexicon, publisher="BBC News")
    assert all(same_source(s.name, "Office for National Statistics (ONS)") for s in sources)


def test_an_analysts_lead_releases_nothing(lexicon: SourceLexicon) -> None:
    text = ("Oil prices will firm in the second quarter, analysts said.\n\nPrices rose 50 cts "
            "a barrel last week.")
    (publisher,) = sources_of(text, ["50 cts"], lexicon)
    assert publisher.name == "Reuters" and publisher.kind == "publisher"


def test_the_uks_biggest_lender_is_the_lender_not_the_uk(lexicon: SourceLexicon) -> None:
    text = ("UK house prices increased by 1.1% in December, the first monthly rise since "
            "September, the Halifax has said.\n\nThe UK's biggest mortgage lender said prices "
            "rose 15.1% over the whole of 2004, but by only 2.8% in the second half of the year.")
    sources = sources_of(text, ["15.1%", "2.8%"], lexicon, publisher="BBC News")
    assert [s.name for s in sources] == ["Halifax", "Halifax"]


def test_a_possessive_owner_without_a_rank_is_kept(lexicon: SourceLexicon) -> None:
    text = ("The AWB's February publication put the crop at 16.1 mln tonnes.")
    (awb,) = sources_of(text, ["16.1 mln tonnes"], lexicon)
    assert awb.name == "AWB"


def test_an_officials_lead_is_no_release(lexicon: SourceLexicon) -> None:
    text = ("Finance Minister Kiichi Miyazawa said the government expected the increase."
            "\n\nUnemployment rose to 2.9 pct in January.")
    (publisher,) = sources_of(text, ["2.9 pct"], lexicon)
    assert publisher.kind == "publisher"


def test_correspondent_placed_before_the_verb(lexicon: SourceLexicon) -> None:
    text = ("BBC correspondent Simon Hall at Postbridge on Dartmoor in the West Country said "
            "2,000 people had turned out to welcome the hunt.")
    (hall,) = sources_of(text, ["2,000 people"], lexicon, publisher="BBC News")
    assert same_source(hall.name, "Simon Hall (BBC correspondent)")
    assert "Country" not in hall.name


def test_the_outlets_reporter_with_an_aside_of_places(lexicon: SourceLexicon) -> None:
    text = ("And the BBC's Sarah Mukherjee, with the Beaufort Hunt in Badminton, Gloucestershire "
            "said several hundred people had gathered on foot to see the hunt, with 150 on "
            "horseback.")
    sources = sources_of(text, ["several hundred people", "150 on horseback"], lexicon,
                         publisher="BBC News")
    assert [s.name for s in sources] == ["BBC", "BBC"]
    assert sources[0].kind == "media"


def test_police_in_a_county_are_the_police(lexicon: SourceLexicon) -> None:
    text = "Police in Wiltshire said four men had been arrested."
    (police,) = sources_of(text, ["four men"], lexicon, publisher="BBC News")
    assert police.name == "Police" and police.kind == "police"


@pytest.mark.parametrize(("text", "quote", "name"), [
    # Reuters 11459: the place is described before its name; the traders speak
    ("Traders in the state capital Salvador told Reuters the effects of a dry period in the "
     "first six weeks of the year had been harsher than thought earlier.", "six weeks",
     "Traders"),
    # BBC politics 127: no place, but a person after a phrase ending on "in poorer countries"
    ("Next year will be \"make or break\" for development in poorer countries Gordon Brown "
     "will say as he sets out a target of 0.7% of national income for aid.", "0.7%",
     "Gordon Brown"),
])
def test_a_place_described_before_its_name_is_where_the_speaker_was(
        text: str, quote: str, name: str, lexicon: SourceLexicon) -> None:
    assert sources_of(text, [quote], lexicon, publisher="BBC News")[0].name == name


def test_an_employer_after_at_stays_the_source(lexicon: SourceLexicon) -> None:
    text = "Marc Ostwald at Monument Securities said rates would rise to 5 pct."
    (firm,) = sources_of(text, ["5 pct"], lexicon)
    assert firm.name == "Monument Securities"


def test_a_date_before_a_comma_is_no_speaker(lexicon: SourceLexicon) -> None:
    text = ("UK house prices increased by 1.1% in December, the first monthly rise since "
            "September, the Halifax has said.")
    (halifax,) = sources_of(text, ["1.1%"], lexicon, publisher="BBC News")
    assert halifax.name == "Halifax"


def test_a_time_before_a_comma_does_not_place_the_speaker(lexicon: SourceLexicon) -> None:
    text = ("Late on Monday, Deutsche Boerse said it would lift its 2004 dividend payment to 70 "
            "euro cents.")
    (boerse,) = sources_of(text, ["70 euro cents"], lexicon, publisher="BBC News")
    assert boerse.name == "Deutsche Boerse"


def test_an_event_on_a_day_is_no_speaker(lexicon: SourceLexicon) -> None:
    text = ("The quake on Thursday, which registered six on the 12-point Mercalli scale, killed "
            "at least six people.")
    (reuters,) = sources_of(text, ["at least six people"], lexicon)
    assert reuters.kind == "publisher"


def test_according_to_figures_from_a_body(lexicon: SourceLexicon) -> None:
    text = ("UK house prices fell 0.7% in December, according to figures from the Office of the "
            "Deputy Prime Minister.\n\nNationally, house prices rose at an annual rate of 10.7% "
            "in December, less than the 13.7% rise the previous month.")
    sources = sources_of(text, ["0.7%", "10.7%", "13.7%"], lexicon, publisher="BBC News")
    assert all(same_source(s.name, "Office of the Deputy Prime Minister") for s in sources)
    assert sources[0].cue == "according to" and sources[0].kind == "official"


def test_official_figures_in_the_lead_are_the_body_named_after(lexicon: SourceLexicon) -> None:
    text = ("The UK's jobless total rose for the second month in a row in December, official "
            "figures show.\n\nAverage earnings rose by 4.3% in the year to December, the Office "
            "for National Statistics (ONS) added. Meanwhile, the benefit claimant total fell "
            "11,000 to 813,200 last month.")
    (ons,) = sources_of(text, ["813,200"], lexicon, publisher="BBC News")
    assert same_source(ons.name, "Office for National Statistics (ONS)")


def test_a_second_said_of_the_same_speaker_keeps_the_first(lexicon: SourceLexicon) -> None:
    text = ("The FNV said the actual losses were nearer 17 to 20 mln and said the employers had "
            "inflated the figures.")
    (fnv,) = sources_of(text, ["nearer 17 to 20 mln"], lexicon)
    assert fnv.name == "FNV"


@pytest.mark.parametrize(("text", "quotes", "owner"), [
    # BBC business 098: the fund's own forecast, whichever paper reports its cut
    ("The International Monetary Fund is to cut its 2005 growth forecast for the German "
     "economy from 1.8% to 0.8%, the Financial Times Deutschland reported.",
     ["1.8%", "0.8%"], "International Monetary Fund"),
    # Reuters 5447: the old forecast after "from" is the government's too
    ("BRUSSELS, March 16 - The Belgian government has lowered its forecast for the nominal "
     "increase in gross national product in 1987 to 3.5 pct from an originally forecast 3.9 "
     "pct, Prime Minister Wilfried Martens said in a statement.",
     ["3.5 pct", "3.9 pct"], "Belgian government"),
    # Reuters 12788: the figure inside the noun phrase; the body named in lower case
    ("Mariano Rubio, governor of the Bank of Spain, the central bank, yesterday said internal "
     "demand was currently growing at an annual rate of six pct and it had to be brought down "
     "to four pct if the government were to meet its five pct inflation target this year.",
     ["five pct"], "government"),
])
def test_a_bodys_own_plan_named_with_its_is_the_bodys(
        text: str, quotes: list[str], owner: str, lexicon: SourceLexicon) -> None:
    found = sources_of(text, quotes, lexicon, "BBC News")
    assert [source.name for source in found] == [owner] * len(quotes)


def test_a_hedged_new_plan_is_the_speakers_guess(lexicon: SourceLexicon) -> None:
    """Reuters 3149: the analysts expect the department to cut to 123 mln; the 129 mln it
    cuts from is the department's own estimate."""
    text = ("New York, March 9 - The U.S. Department of Agriculture will probably decrease its "
            "estimate of the 1986/87 Florida orange crop today to as low as 123 mln boxes from "
            "129 mln boxes, analysts and industry sources said.")
    guess, own = sources_of(text, ["as low as 123 mln boxes", "129 mln boxes"], lexicon)
    assert guess.name == "industry sources" and own.name == "USDA"


@pytest.mark.parametrize(("text", "quote", "speaker"), [
    # Reuters 12453: a demonstrative that compares is no body with a plan
    ("The Bank of England said it provided the market with assistance. This compares with its "
     "forecast of a shortage of around 800 mln stg in the system today.",
     "around 800 mln stg", "Bank of England"),
    # Reuters 7934: analysts revising their estimates are no body named before them
    ("While the USDA Soviet import target for grain for 1986/87 was 22 mln tonnes, many U.S. "
     "grain analysts have revised their estimates of Soviet imports up to 25-28 mln tonnes, "
     "she said.", "25-28 mln tonnes", "U.S. grain analysts"),
    # Reuters 4672: the figure after "when" is another clause's
    ("The government set this figure as its target for the financing requirement last year "
     "when it announced a program of cuts designed to reduce spending by 195 billion francs "
     "in 1987, the ministry said in a statement.", "195 billion francs", "ministry"),
])
def test_no_plan_of_a_body_is_guessed(text: str, quote: str, speaker: str,
                                      lexicon: SourceLexicon) -> None:
    assert sources_of(text, [quote], lexicon)[0].name == speaker


def test_a_possessive_inside_put_at_is_the_verbs_object(lexicon: SourceLexicon) -> None:
    """Reuters 3488: the estimates put China's losses at three billion; "Official estimates
    put China" is no owner's name."""
    text = ("Official estimates put China's 1986 export losses from the drop in world oil "
            "prices at three billion dlrs.")
    assert sources_of(text, ["three billion dlrs"], lexicon)[0].name == "Official estimates"


@pytest.mark.parametrize(("text", "quotes", "owner"), [
    # BBC business 413: the second growth figure is the EC's prediction too
    ("The EU expects the German deficit to fall to 2.9% of GDP next year. The forecasts are "
     "based on EC predictions of GDP growth of 1.5% in Germany next year and 2.2% in France.",
     ["1.5%", "2.2%"], "European Commission"),
    # Reuters 3940: the missing are counted in the official toll as the dead are
    ("The president of the ecuadorean Red Cross, hugo merino, told reuters the official toll "
     "of 300 dead and 4,000 missing could rise.", ["300 dead", "4,000 missing"],
     "official toll"),
])
def test_a_figure_coordinated_with_an_owned_one_has_its_owner(
        text: str, quotes: list[str], owner: str, lexicon: SourceLexicon) -> None:
    assert all(same_source(found.name, owner) for found in sources_of(text, quotes, lexicon))


def test_a_figure_set_against_an_owned_one_keeps_the_speaker(lexicon: SourceLexicon) -> None:
    # the second figure is another side, not the owner's
    text = ("The USDA's forecast of 5.2 mln tonnes compares with 4.8 mln last year, dealers "
            "said.")
    assert sources_of(text, ["4.8 mln"], lexicon)[0].name == "dealers"


@pytest.mark.parametrize(("text", "quote"), [
    # BBC business 117: the analysts' expectations, not the carmaker's profits
    ("Mercedes' profits over the period compared unfavourably with 2003's 784m euro figure "
     "and were well below analyst expectations of 374m euros.", "374m euros"),
    # Reuters 14975: the analysts' estimates the chief executive compares his with
    ("Rod Canion, president of Compaq, said he expects sales of over 200 mln dlrs. He added "
     "that earnings per share would exceed analysts estimates of as high as 42 cts a share.",
     "as high as 42 cts"),
    # Reuters 12838: expectations are the analysts' as forecasts are
    ("The payroll rose by 164,000 in March, against analysts' expectations of a 225,000 "
     "gain.", "225,000"),
])
def test_analysts_expectations_compared_with_a_result_are_theirs(
        text: str, quote: str, lexicon: SourceLexicon) -> None:
    assert same_source(sources_of(text, [quote], lexicon)[0].name, "analysts")


def test_a_measures_owner_followed_by_an_estimate_reports_the_figure(
        lexicon: SourceLexicon) -> None:
    # reuters-21123: "USDA's production estimate" is USDA's report of the crop, not only a
    # crop USDA has; the owner's cue is the estimate
    text = ("USDA's production estimate of 210 mln tonnes reflects a range of 207 to 212 mln "
            "tonnes, a USDA source said.")
    (usda,) = sources_of(text, ["210 mln tonnes"], lexicon)
    assert usda.name == "USDA" and usda.cue == "production estimate"
