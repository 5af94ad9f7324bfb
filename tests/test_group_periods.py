"""Grouping on real sentences of the Reuters corpus: an article's period for its figures
that name none (``article_periods``), and figures of two articles too far apart to meet."""

from __future__ import annotations

from datetime import date

from test_precision import RULES, article, conflicts

from reconcile.group import group_claims
from reconcile.pipeline import check


def test_a_forecast_of_no_owner_takes_the_period_the_article_gives_its_measure() -> None:
    # reuters-19617: Ifo's undated current account forecast is 1987's, as WestLB's is
    assert {"61 billion marks", "60 billion marks"} in conflicts(article(
        "surplus", "GERMAN 1987 TRADE SURPLUS SEEN STAYING HIGH", (
            "The Ifo economic research institute in Munich said in a study published today "
            "that the trade surplus would probably only fall to around 101 billion marks this "
            "year, compared with the 113 billion mark 1986 record.\n\n"
            "It predicted a fall in the current account surplus to 61 billion marks from 77 "
            "billion.\n\n"
            "Helmut Henschel, with Westdeutsche Landesbank, put the 1987 trade surplus at 95 "
            "billion marks and the current account surplus at 60 billion marks."),
        date(1987, 6, 29)))


def test_a_figure_its_sentence_leaves_undated_beside_a_dated_one_takes_no_period() -> None:
    # reuters-7589: Mexico's inflation "near 80 pct after 105 pct last year" is this year's,
    # no estimate of 1986 (as Brazil's 200 pct is read)
    assert conflicts(article(
        "debt", "BRAZIL DEBT STRATEGY", (
            "Mexico expects one to two pct growth instead of the two to three pct projected "
            "earlier, and inflation near 80 pct after 105 pct last year.\n\n"
            "Brazilian officials expect growth of only two pct after eight pct last year and "
            "a 30 pct drop in the projected trade surplus, while independent estimates put "
            "inflation at 200 pct."),
        date(1987, 3, 10))) == []


def test_a_figure_not_saying_what_it_measures_takes_the_period_of_one_that_does() -> None:
    # reuters-8070: "a growth rate" forecast with no year is the economy's 1987 growth the
    # Bundesbank's "two pct growth ... for the whole of the year" forecasts too
    assert {"two pct", "2-1/2 pct or more"} in conflicts(article(
        "growth", "GERMAN ECONOMY GROWING", (
            "FRANKFURT, March 22 - Bundesbank vice-president Helmut Schlesinger said that "
            "although West German economic growth was not expected to be satisfactory in the "
            "first 1987 quarter, two pct growth was still attainable for the whole of the "
            "year.\n\n"
            "A further rise in the value of the mark would worsen export prospects and have a "
            "negative effect on investments, he told the Sueddeutsche Zeitung newspaper in an "
            "interview. But if such an appreciation did not materialize, the economy would "
            "expand.\n\n"
            "The federal government has predicted a growth rate of 2-1/2 pct or more in its "
            "annual economic report published in January, but some economists have said the "
            "forecast was too optimistic."),
        date(1987, 3, 22)))


def test_a_named_owners_forecast_takes_the_period_of_the_articles_unnamed_one() -> None:
    # reuters-5787: James Capel's forecast of Cathay's profits is of 1986, the year the
    # analysts' "net earnings of between 1.1 billion and 1.25 billion dlrs" are of
    report = check([article("cathay", "CATHAY PACIFIC 1986 PROFIT SEEN ABOVE TARGET", (
        "HONG KONG, March 17 - Buoyed by low fuel prices and favourable currency factors, "
        "Cathay Pacific Airways Ltd's CAPH.HK 1986 profits are expected to surpass the "
        "airline's forecast of one billion H.K. Dlrs, stock analysts said.\n\n"
        "Analysts said they expect the airline to show net earnings of between 1.1 billion "
        "and 1.25 billion dlrs when it reports results tomorrow for its first year as a "
        "public company.\n\n"
        "James Capel estimates average fuel prices for the airline industry in 1986 at 63 "
        "U.S. Cents per gallon, 27 pct below the 1985 level. It said a one pct movement in "
        "fuel prices would affect Cathay's net profits by 10 mln dlrs and forecast profits of "
        "1.25 billion dlrs."), date(1987, 3, 17))], RULES)
    words = [{claim.figure.text for claim in group}
             for group in group_claims(report.claims, RULES)]
    assert {"between 1.1 billion and 1.25 billion dlrs", "1.25 billion dlrs"} in words


def test_a_figure_too_far_from_another_articles_to_be_its_measure_does_not_hold_it() -> None:
    # reuters-1815 and reuters-13237: USDA's 837,000 tonnes of beet sugar is no rival of
    # China's crop, and grouped with it kept the official 4.82 mln from USDA's 5.26 mln
    usda = article("usda", "CHINA SUGAR OUTPUT SEEN LOWER -- USDA", (
        "WASHINGTON, March 4 - China's 1986/87 sugar crop has been revised to 5.26 mln tonnes "
        "(raw value), down four pct from the previous forecast and five pct below the "
        "previous season, the U.S. Agriculture Department said.\n\n"
        "Beet sugar production for 1986/87 is now estimated at 837,000 tonnes, five pct less "
        "than earlier forecast and down five pct from the previous season, while cane output "
        "is projected at 4.423 mln tonnes, down four pct from previously forecast and five "
        "pct below the previous season, it said."), date(1987, 3, 4))
    region = article("region", "CHINA REGION SUGAR OUTPUT RISES", (
        "PEKING, April 4 - The southwest Chinese region of Guangxi increased its production "
        "of sugarcane by 26.8 pct to 9.4 mln tonnes in the 1986-87 crushing season (November "
        "to March) from the previous year, the New China News Agency said.\n\n"
        "The cane, grown on 206,000 hectares, yielded 1.04 mln tonnes of refined sugar, it "
        "said without giving comparative figures.\n\n"
        "China's sugar output in calendar 1986 rose to 5.24 mln tonnes from 4.45 mln in "
        "calendar 1985, official figures show. An official newspaper said in January that "
        "output in the 1986/87 crushing season would be only 4.82 mln tonnes because of a "
        "drop in acreage due to low profits on growing cane and beet."), date(1987, 4, 4))
    assert any({"5.26 mln tonnes", "4.82 mln tonnes"} <= found
               for found in conflicts(usda, region))


def test_a_fiscal_year_still_running_is_the_split_year_rivals_forecast() -> None:
    # reuters-8164: the minister's "this fiscal year", in March 1987, is the World Bank's
    # 1986/87, and both are forecasts of a year not yet over
    assert {"an estimated 12 pct", "around 15 pct"} in conflicts(article(
        "inflation", "BANGLADESH FORECASTS GDP GROWTH OF 4.4 PCT", (
            "DHAKA, March 23 - Gross domestic product is expected to grow by 4.4 pct in the "
            "year ending June 30, Finance Minister Mohammad Syeduzzaman told reporters.\n\n"
            "Inflation fell to an estimated 12 pct this fiscal year from 17 pct in 1981/82, "
            "he said last night.\n\n"
            "The World Bank and other independent sources have said inflation would be "
            "around 15 pct in 1986/87."),
        date(1987, 3, 23)))


def test_a_forecast_by_new_years_day_meets_one_through_the_end_of_the_year() -> None:
    # reuters-17359: Clark's price "by January one" and Rawl's "through the end of 1987"
    assert {"would top 22 dlrs", "18 dlrs"} in conflicts(article(
        "oil", "DECLINE IN U.S. DOLLAR MAY BOOST OPEC OIL PRICE", (
            "Clark predicted that world oil prices would top 22 dlrs a barrel by January "
            "one.\n\n"
            "Lawrence Rawl, chairman of Exxon Corp XON, told Reuters he expected prices would "
            "remain at 18 dlrs through the end of 1987."),
        date(1987, 4, 28)))


def test_an_undated_estimate_does_not_meet_another_storys_year_long_past() -> None:
    # reuters-8627 and reuters-9691: the banker's estimate of the 1986 deficit is no rival
    # of the record deficit of 1979
    expected = article("expected", "CHINA EXPECTED TO SHOW BIG 1986 BUDGET DEFICIT", (
        "PEKING, March 24 - A North American banker, who estimated the deficit at about eight "
        "billion yuan, said economic policy has been affected by a national drive against "
        "\"bourgeois liberalism.\""), date(1987, 3, 24))
    posted = article("posted", "CHINA SAYS 1986 BUDGET DEFICIT 7.08 BILLION YUAN", (
        "PEKING, March 26 - Official figures show the record post-1949 budget deficit was 17 "
        "billion yuan in 1979."), date(1987, 3, 25))
    assert conflicts(expected, posted) == []


def test_a_southern_summer_crops_season_is_the_year_it_is_harvested_in() -> None:
    # reuters-3981 and reuters-12160: Argentina's maize of "last year" (1986, by the official
    # figures) is the 1985/86 crop private producers put at 12.4 to 12.6 mln tonnes, not
    # this season's 1986/87 crop
    last_year = article("3981", "MORE HEAVY RAINS IN ARGENTINE GRAIN AREAS", (
        "The maize harvest is expected to total between 10 and 10.2 mln tonnes, down from the "
        "10 to 10.4 mln tonnes estimated a week ago.\n\n"
        "Last year's maize harvest totalled 12.8 mln tonnes, according to official figures."),
        date(1987, 3, 11))
    seasons = article("12160", "HEAVY RAINS DAMAGE ARGENTINE COARSE GRAINS CROP", (
        "Fresh, heavy rains caused further damage to the Argentine 1986/87 coarse grains crop "
        "in the week to yesterday, particularly in Buenos Aires province, trade sources said."
        "\n\nMaize yield this season is now estimated at 9.6 to 9.9 mln tonnes, against last "
        "week's 9.9 to 10.1 mln tonnes, down 21.4 to 22.6 pct on the 12.4 to 12.6 mln tonnes "
        "at which private producers put 1985/86 production."), date(1987, 4, 1))
    report = check([last_year, seasons], RULES)
    groups = [{claim.figure.text for claim in group}
              for group in group_claims(report.claims, RULES)]
    assert {"12.8 mln tonnes", "12.4 to 12.6 mln tonnes"} in groups
    assert not any({"12.8 mln tonnes", "9.6 to 9.9 mln tonnes"} <= group for group in groups)


def test_a_crop_forecast_for_the_year_meets_its_season_named_by_another_source() -> None:
    # reuters-10339 and reuters-15877: the South African government's estimate "for the
    # current year" (1987) is the 1986/87 maize crop USDA forecasts; the headline's
    # "SOUTH AFRICAN" names the South Africa USDA's figure is of
    pretoria = article("10339", "SOUTH AFRICAN MAIZE ESTIMATE CALLED CONSERVATIVE", (
        "JOHANNESBURG, March 27 - The South African government's maize production estimate "
        "of 7.8 mln tonnes for the current year is \"rather too conservative,\" leading grain "
        "and produce merchants Kahn and Kahn Pty Ltd said."), date(1987, 3, 27))
    usda = article("15877", "USDA ESTIMATES SOUTH AFRICA CORN CROP, EXPORTS", (
        "WASHINGTON, April 9 - The U.S. Agriculture Department forecast South Africa's "
        "1986/87 corn crop at 8.50 mln tonnes, vs 9.50 mln tonnes last month."),
        date(1987, 4, 9))
    assert {"7.8 mln tonnes", "8.50 mln tonnes"} in conflicts(pretoria, usda)


def test_a_few_stories_forecasts_of_one_harvest_meet_by_size_though_dated_apart() -> None:
    # reuters-2521 and reuters-15865, checked together: "this year's Brazilian soybean
    # harvest" in March 1987 is the 1986/87 crop USDA forecasts in April; the stories share
    # no two words, but few give the measure and the figures are of one size
    debt = article("2521", "BRAZIL DEBT SEEN PARTNER TO HARD SELL TACTICS", (
        "Tommy Eshleman, economist for the American Soybean Association (ASA), said this "
        "year's Brazilian soybean harvest could total 18 mln tonnes, versus 13.7 mln last "
        "year."), date(1987, 3, 5))
    usda = article("15865", "USDA FORECASTS BRAZIL/ARGENTINE SOYBEAN CROPS", (
        "WASHINGTON, April 9 - The U.S. Agriculture Department forecast Brazil's 1986/87 "
        "soybean crop at 17.00 mln tonnes, vs 17.00 estimated last month."), date(1987, 4, 9))
    assert {"18 mln tonnes", "17.00 mln tonnes"} in conflicts(debt, usda)
