"""Whose measure a figure is where the words name a country, not the body that speaks
(``reconcile.subjects.country``), or a group the owner is one of
(``reconcile.subjects.owner``): sentences of news articles outside the annotated cases."""

from __future__ import annotations

from datetime import date

from test_precision import RULES, article

from reconcile.pipeline import extract
from reconcile.subjects.event import parse


def _keys(text: str, title: str = "debt", published: date | None = date(1987, 4, 7)
          ) -> dict[str, tuple[str | None, str | None]]:
    """Each figure's words -> (its key's owner, its key's period)."""
    claims = extract(article("news", title, text, published), RULES)
    return {claim.figure.text: (parse(claim.event).owner, parse(claim.event).period)
            for claim in claims if claim.event}


def test_the_countrys_debt_is_the_countrys_not_the_speaking_ministrys() -> None:
    # reuters-13234: the ministry named before "the country's" owned Peru's debt
    owners = _keys(
        "LIMA, April 7 - Peru will continue to limit payments on its foreign debt, President "
        "Alan Garcia said.\n\nThe Economy Ministry said last year it owed the World Bank about "
        "520 mln dlrs in loans out of the country's 14 billion dlr debt.")
    assert owners["14 billion dlr"][0] == "peru"


def test_the_country_is_named_by_its_peoples_word_and_never_by_a_city() -> None:
    # reuters-17152: the story's Geneva is where the minister spoke, Algeria whose GNP
    owners = _keys(
        "Khelaf, who came to Geneva for a meeting organised by the World Economic Forum, told "
        "Reuters Algerian debt amounted to about one third of the country's Gross National "
        "Product of 55 billion dlrs.")
    assert owners["55 billion dlrs"][0] == "algerian"


def test_the_nation_in_an_aside_owns_nothing_the_sentence_goes_on_to() -> None:
    # reuters-16044 and reuters-9124: "the nation's second largest oil company" says what
    # Mobil is; "the nation's 1986/87 crop sugar cane output" is Japan's, the country the
    # story names
    owners = _keys(
        "TOKYO, March 25 - An Agriculture Ministry survey has estimated the nation's 1986/87 "
        "crop sugar cane output at 2.14 mln tonnes, down from 2.62 mln a year earlier.\n\n"
        "Japan's final output will be announced at the beginning of June, they said.\n\n"
        "Mobil, the nation's second largest oil company, responded to the collapse of oil "
        "prices last year -- from 30 dlrs a barrel at end-1985 to as low as 10 dlrs in "
        "mid-1986.", title="sugar")
    assert owners["2.14 mln tonnes"][0] == "japan"
    assert owners["30 dlrs"][0] != "japan"


def test_a_sentence_opening_with_the_countrys_economy_is_the_storys_country() -> None:
    # bbc-business-330: "The country's economy" read as the economy of "s"
    owners = _keys(
        "Three years after Argentina was hit by a deadly economic crisis, there is fresh hope."
        "\n\nThe country's economy is set to grow about 8% this year after seeing 9% growth "
        "last year.", title="growth", published=None)
    assert owners["9%"][0] == "argentina"


def test_a_possessors_economy_is_the_possessors() -> None:
    # reuters-9196: "Singapore's economy grew" was the economy of "s"
    assert _keys("Singapore's economy grew 1.9 pct last year, after shrinking 1.8 pct in "
                 "1985.", title="growth")["1.9 pct"][0] == "singapore"


def test_the_possessor_of_a_group_owns_no_measure_of_its_member() -> None:
    # reuters-19432 and reuters-389: Boesky's penalty is not Wall Street's, South Western's
    # turnover not the U.S.'s
    owners = _keys(
        "The pace of the probe picked up markedly in November after Ivan Boesky, one of Wall "
        "Street's most successful stock speculators, agreed to cooperate with government "
        "investigators and to pay a record 100 mln dlrs in penalties.\n\nSouth Western is one "
        "of the U.S.'s leading manufacturers of heat transfer equipment, with a turnover of "
        "54.86 mln dlrs and pre-tax profits of 1.72 mln in 1986.", title="profit")
    assert owners["100 mln dlrs"][0] == "ivan boesky"
    assert owners["54.86 mln dlrs"][0] == "south western"


def test_the_possessor_of_a_group_counted_by_the_figure_owns_it() -> None:
    # reuters-4699 and reuters-11213: four banks are Singapore's, but Delhi's oil is not
    # Australia's
    owners = _keys(
        "The report said the government's 48 pct stake in DBS, one of Singapore's four major "
        "local banks, should be cut to 30 pct through public offerings.\n\nDelhi is one of "
        "Australia's largest onshore oil producers yielding about six mln barrels a year from "
        "the Cooper Basin.", title="oil")
    assert owners["four major local banks"][0] == "singapore"
    assert owners["about six mln barrels"][0] == "delhi"


def test_a_year_inside_the_same_period_is_that_part_of_the_year() -> None:
    # reuters-4022 and reuters-8595: "the same 1986 period" is January and February 1986,
    # "the same 1985 period" the first half of 1985
    periods = _keys(
        "BUENOS AIRES, March 11 - Argentine meat exports during Jan/Feb 1987 totalled 39,714 "
        "tonnes, against 36,594 tonnes shipped in the same 1986 period, National Meat board "
        "said.\n\nSwire Properties recorded an interim profit of 120 mln dlrs for the first "
        "half of 1986, well below 260 mln dlrs for the same 1985 period.", title="meat")
    assert periods["36,594 tonnes"][1] == "1986-02/2m"
    assert periods["well below 260 mln dlrs"][1] == "1985-h1"
