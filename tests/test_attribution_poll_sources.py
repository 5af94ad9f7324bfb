"""A poll's results are the poll's: the words that name the poll, or point back at it, give
it as the source of its figures, not the wire relaying them nor another poll named earlier.

Texts are from the news corpus (Reuters 1987), cut to the sentences that matter; no dev or
annotated case uses these articles."""

from __future__ import annotations

from reconcile.attribution.polls import poll_phrases
from reconcile.model import Document
from reconcile.pipeline import check
from reconcile.ruleset import load_ruleset

RULES = load_ruleset()


def sources(text: str, publisher: str = "Reuters") -> dict[str, str]:
    document = Document(id="d", text=text, path="d", publisher=publisher)
    return {claim.figure.text: claim.source.name for claim in check([document], RULES).claims}


def test_the_poll_is_the_poll_named_last_before_it() -> None:
    # Reuters 5161: "The poll gives" was the generic word "poll", refused as a name
    text = ("LONDON, March 15 - Britain's ruling Conservatives have a nine point lead over the "
            "main opposition Labour Party, according to an opinion poll published in the "
            "Sunday Times.\n\nThe MORI poll's findings come as the latest in a series of "
            "setbacks for Labour.\n\nThe poll gives the Conservatives a rating of 41 pct against "
            "32 pct for Labour and 25 pct for the centrist Liberal-Social Democratic Alliance.")
    found = sources(text)
    assert found["41 pct"] == found["32 pct"] == found["25 pct"] == "MORI poll"


def test_a_poll_named_for_two_bodies_keeps_both_names() -> None:
    # Reuters 877: the slash joins the paper and the network that ran the poll together
    text = ("NEW YORK, March 3 - President Reagan's approval rating fell after the Tower "
            "Commission criticised his handling of the Iran arms scandal, a New York Times/CBS "
            "poll indicates.\n\nThe poll found 42 pct of those surveyed approved Reagan's "
            "handling of his job and 46 pct disapproved.")
    found = sources(text)
    assert found["42 pct"] == found["46 pct"] == "New York Times/CBS poll"


def test_the_paper_that_prints_a_pollsters_poll_is_not_its_source() -> None:
    # Reuters 17281 and 10210: the pollster's poll "published in" a paper is the pollster's
    text = ("The Harris poll published in the Observer newspaper gave the Conservatives the "
            "support of 42 pct of those questioned, Labour 31 pct.")
    assert sources(text)["42 pct"] == "Harris (Observer poll)"
    text = ("The Gallup survey to be published in tomorrow's Daily Telegraph newspaper shows "
            "the Conservatives with a popularity rating of 37.5 pct.\n\nA Marplan poll "
            "published in this morning's edition of the Today newspaper gave the Conservatives "
            "36 pct against a tied figure of 31 pct each for Labour and the Alliance.")
    found = sources(text)
    assert found["37.5 pct"] == "Gallup survey"
    # the day's edition names the paper as "in the Today newspaper" does (Reuters 17893)
    assert found["36 pct"] == found["31 pct"] == "Marplan (Today poll)"


def test_a_magazines_poll_is_named_for_the_magazine() -> None:
    # Reuters 386: "recent" and "magazine" are no part of the poll's name
    text = ("A recent Newsweek magazine poll found that just 40 pct of Americans approved of "
            "Reagan's leadership, a record low.")
    assert sources(text)["40 pct"] == "Newsweek poll"


def test_a_sentence_opening_in_a_named_survey_gives_it_its_figures() -> None:
    # BBC politics 381: "26% against" has no verb of its own; the survey frames it
    text = ("The Mail on Sunday survey found that 63% supported a hunting ban compared with "
            "24% against. In the Countryfile survey, 47% said they supported the legislation, "
            "with 26% against.")
    found = sources(text, "BBC News")
    assert found["47%"] == found["26%"] == "Countryfile survey"


def test_a_survey_described_again_by_its_pollster_is_the_survey_named_before() -> None:
    # BBC politics 043: "the survey carried out by ICM Research" is the charity's survey
    # again, not a second one whose figures are set against the first one's
    text = ("A survey for the charity suggests 69% of over-55s say they always vote in a "
            "general election. In the survey carried out by ICM Research, 14% of people aged "
            "between 18 and 34 said they never voted in general elections.")
    assert [phrase.name for phrase in poll_phrases(text)] == [None, None]


def test_an_unnamed_poll_is_named_by_who_carries_it_and_found_again_by_that_word() -> None:
    # Reuters 15369 and 9848: a broadcaster's poll named, then "a newspaper opinion poll", a
    # second poll; "the television poll" (made up) points back at the first, whose name
    # holds the word, and "the poll" at the poll named last
    text = ("An Eyewitness/Heylen Poll, conducted for Television New Zealand's Eyewitness news "
            "broadcast on April 2, showed Labour had the support of 50 pct of voters. The fall "
            "in sterling was attributed to a newspaper opinion poll showing that the "
            "government's support was slipping. It rose in the television poll. The poll said.")
    assert [phrase.name for phrase in poll_phrases(text)] == [
        "Eyewitness/Heylen (Television New Zealand poll)", "newspaper poll",
        "Eyewitness/Heylen (Television New Zealand poll)",
        "Eyewitness/Heylen (Television New Zealand poll)"]


def test_a_poll_carried_out_by_an_organisation_for_a_broadcaster_is_the_pollsters() -> None:
    # Reuters 17461: the poll of the first sentence is named in the next, its pollster after
    # its client ("conducted for ... by the Harris organisation"), and its own clause's
    # closing comma does not part it from its verb
    text = ("LONDON, June 1 - A public opinion poll showed Prime Minister Margaret Thatcher's "
            "Conservatives maintaining their lead over the opposition Labour party as "
            "Britain's June 11 general election campaign entered its third week. The poll, "
            "conducted for TV-AM breakfast television by the Harris organisation, put the "
            "Tories on 43 pct, Labour on 35 and the centrist Social Democrat-Liberal Alliance "
            "on 20 pct.")
    found = sources(text)
    assert found["43 pct"] == found["20 pct"] == "Harris (TV-AM poll)"
    assert [phrase.name for phrase in poll_phrases(text)] == ["Harris (TV-AM poll)"] * 2


def test_a_poll_named_by_its_paper_is_the_poll_that_paper_paid_for() -> None:
    # Reuters 17461: "The Times poll" is MORI's survey for The Times again, and a party
    # named inside the poll's own words ("to dislodge the Tories -- showed") is never the
    # source of its shares
    text = ("A survey of marginal seats for The Times of London, carried out by the MORI "
            "organisation, showed that Thatcher would sweep back in with an overall majority "
            "of l40 seats.\n\nThe Times poll of marginal seats where Labour is challenging a "
            "Conservative incumbent -- and which it must win in order to dislodge the Tories "
            "-- showed the Conservatives with 42 pct, Labour with 34 and the Alliance on 23.")
    assert [phrase.name for phrase in poll_phrases(text)] == [
        "MORI (Times of London survey)"] * 2
    assert sources(text)["42 pct"] == "MORI (Times of London survey)"


def test_an_unnamed_poll_is_the_poll_the_next_sentence_names() -> None:
    # Reuters 17893: the lead's gap is the Harris poll's, named in the next sentence
    text = ("LONDON, June 2 - British Prime Minister Margaret Thatcher's Conservatives lead "
            "the opposition Labour party by seven percentage points in the June 11 election "
            "campaign, according to a public opinion poll today.\n\nThe Harris poll on the "
            "TV-AM breakfast television show gave Thatcher's Conservative Party 42 pct, Labour "
            "35 pct and the centrist Alliance 21 pct.")
    found = sources(text)
    assert found["seven percentage points"] == found["42 pct"] \
        == "Harris (TV-AM breakfast television show poll)"


def test_a_poll_that_had_a_party_ahead_is_it_that_gave_the_shares() -> None:
    # Reuters 17893: "had" is a poll's verb, and "It" opening the next sentence is that poll,
    # not the show named two sentences before
    text = ("The Harris poll on the TV-AM breakfast television show gave Thatcher's "
            "Conservative Party 42 pct, Labour 35 pct and the centrist Alliance 21 pct.\n\n"
            "However, a Marplan poll in the Today newspaper had the Conservatives 11 points "
            "ahead. It gave them 44 pct, Labour 33 pct and the Alliance 21 pct.")
    found = sources(text)
    assert found["11 points"] == found["44 pct"] == found["33 pct"] == "Marplan (Today poll)"


def test_a_poll_in_a_days_paper_is_that_papers_poll() -> None:
    # Reuters 16732: the poll "in today's Sun popular tabloid" was the bare word "poll", and
    # "The survey" after it went unnamed; Reuters 13993: "a poll in the Times newspaper"
    # was the paper itself
    text = ("The poll in today's Sun popular tabloid showed the Conservatives could win a "
            "solid majority of 125 seats in Parliament in the next general election.\n\n"
            "Thatcher must call an election by June 1988 but is widely expected to call it "
            "this year.\n\nThe survey gave the Conservatives 44 pct of the votes, left-wing "
            "Labour and the centrist Liberal-Social Democratic Alliance 27 pct each.")
    found = sources(text)
    assert found["125 seats"] == found["44 pct"] == found["27 pct"] == "Sun poll"
    text = ("A poll conducted for the breakfast television programme TV-AM showed the "
            "Conservatives 13 points ahead of the Opposition Labour Party, while a poll in the "
            "Times newspaper, which measured party support in 73 key marginal seats, gave the "
            "Tories a lead of six points over the labour opposition.")
    assert sources(text)["six points"] == "Times poll"


def test_a_poll_in_a_place_is_no_papers_poll() -> None:
    # Reuters 4721: a by-election's poll is held in a constituency, not printed in it
    text = ("The poll in the South-West of England constituency was called after the death "
            "of the previous member of parliament, also a member of the Liberal party.")
    assert [phrase.name for phrase in poll_phrases(text)] == [None]


GALLUP_AND_TWO_OTHERS = (
    # Reuters 8073, the corpus's one story of each shape below
    "LONDON, March 22 - Britain's centrist Liberal-Social Democratic Alliance has crept ahead "
    "of the opposition Labour party to become the country's second political force, according "
    "to a Gallup opinion poll.\n\nThe poll, part of a survey carried out every week by Gallup "
    "on behalf of the ruling Conservative party, showed the Conservatives with an eight-point "
    "lead at 38.5 pct, the Alliance at 30.5 and Labour at 30 pct.\n\nIt was published in the "
    "Sunday Telegraph.\n\nBut two other surveys, the MORI poll conducted for the Sunday Times "
    "and the Harris poll published in the Observer newspaper, gave Labour a nine-point lead "
    "over the Alliance.\n\nThese polls showed 33 pct supported Labour against 26 pct for the "
    "Alliance, a grouping of the Liberal Party and the Social Democratic Party, while 39 pct "
    "backed the Conservatives.")


def test_a_pollster_polling_on_behalf_of_a_party_is_the_source_of_its_shares() -> None:
    # the party that paid for the survey was the source of its own shares
    found = sources(GALLUP_AND_TWO_OTHERS)
    assert found["38.5 pct"] == found["30.5"] == found["30 pct"] \
        == "Gallup (Conservative party survey)"


def test_these_polls_are_the_polls_the_sentence_before_names() -> None:
    # "These polls" was the bare word "polls", and "39 pct backed the Conservatives" the
    # Harris poll's alone, the poll named last before it
    found = sources(GALLUP_AND_TWO_OTHERS)
    assert found["33 pct"] == found["26 pct"] == found["39 pct"] == "MORI and Harris polls"
