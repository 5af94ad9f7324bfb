"""A body that does what a figure counts gives the figure, where no cue says who does.

Sentences are copied from the BBC and Reuters corpora; figures are built from the quoted
words so these tests do not depend on the figures stage.
"""

from __future__ import annotations

import pytest
from attribution_samples import default_lexicon, sources_of

from reconcile.attribution.lexicon import SourceLexicon
from reconcile.compare import reported
from reconcile.model import Document
from reconcile.pipeline import extract
from reconcile.ruleset import load_ruleset


@pytest.fixture(scope="module")
def lexicon() -> SourceLexicon:
    return default_lexicon()


@pytest.mark.parametrize(("text", "quote", "body", "cue"), [
    ("Air Deccan has ordered 30 Airbus A320 planes in a $1.8bn (£931m) deal as India's first "
     "low-cost airline expands in the fast-growing domestic market.",
     "30 Airbus A320 planes", "Air Deccan", "has ordered"),
    ("ABN Amro, the Netherlands' largest bank, is to cut 2,850 jobs as a result of falling "
     "profits.", "2,850 jobs", "ABN Amro", "is to cut"),
    ("The US Federal Communications Commission fined CBS $550,000 (£306,814) last autumn for "
     "singer Janet Jackson's \"wardrobe malfunction\".",
     "$550,000", "US Federal Communications Commission", "fined"),
    ("Under the agreement, Air Deccan will buy 15 new ATR 72-500 and lease another 15.",
     "15 new ATR 72-500", "Air Deccan", "will buy"),
    # a one-word name is a name where the story writes it capitalised mid-sentence too
    ("Dixons has offered to buy Cyclops. Cyclops employs about 8,900 people in Pennsylvania, "
     "Ohio and other states.",
     "about 8,900 people", "Cyclops", "employs"),
    ("Figures from Technorati were cited. Technorati, a blog search engine, tracks about six "
     "million blogs.",
     "about six million blogs", "Technorati", "tracks"),
    # a state's force named by a common noun acts too (bbc-politics-137)
    ("In Wiltshire, police arrested four men under the new law suspected of hunting with "
     "dogs.", "four men", "police", "arrested"),
    ("The police detained 40 people after the march.", "40 people", "police", "detained"),
    # a state's body named by its people (reuters-21473, reuters-11217)
    ("The South Korean government originally targeted a five billion dlr current account "
     "surplus this year.", "five billion dlr", "South Korean government",
     "originally targeted"),
    # a description of the body before its name (bbc-business-410, bbc-business-485)
    ("US-German carmaker DaimlerChrysler has sold 2.1% more cars in 2004 than in the "
     "previous year.", "2.1%", "DaimlerChrysler", "has sold"),
    ("Swiss cement firm Holcim has bid $800m (£429m) to buy two Indian cement firms.",
     "$800m", "Holcim", "has bid"),
    ("Video games maker Argonaut has cut 100 jobs.", "100 jobs", "Argonaut", "has cut"),
    # a name ending in a description's head is still the name (bbc-business-510)
    ("The Falic Group bought two cosmetics labels from LVMH in 2003.", "two cosmetics labels",
     "Falic Group", "bought"),
    # what a body aims to do is its own target, whatever the verb (bbc-tech-371,
    # reuters-20823)
    ("TNT aims to reach 35% of France's population at launch, from 17 transmission sites.",
     "35%", "TNT", "aims to reach"),
    ("SIAC had planned to boost the capacity of its system by up to 50 pct by 1990.",
     "up to 50 pct", "SIAC", "had planned to boost"),
    ("OPEC also decided to limit first-half 1987 output to 15.8 mln bpd and proposed "
     "ceilings of 16.6 mln for the third quarter.", "15.8 mln bpd", "OPEC",
     "also decided to limit"),
    # ministers acting for a state (bbc-politics-203)
    ("Ministers had hoped to get £900m from the European Union Vet Fund to help with animal "
     "slaughter and other costs.", "£900m", "Ministers", "had hoped to get"),
    # "but" going on with another verb of the same subject (reuters-21473, reuters-19588)
    ("The South Korean government originally targeted a five billion dlr current account "
     "surplus this year, but had to raise this to seven billion to reflect a startling "
     "first-half export boom.", "seven billion", "South Korean government",
     "originally targeted"),
    ("At its previous meeting in December, OPEC set a provisional 16.6 mln bpd output limit "
     "for the third quarter but proposed a sharp rise to 18.3 mln in the fourth.",
     "18.3 mln", "OPEC", "set"),
    # past a conjunction that opens the sentence (reuters-15743)
    ("But despite the dollar's woes, Japan Development Bank, wholly owned by the Japanese "
     "government, raised 150 mln dlrs in a seven-year eurobond.", "150 mln dlrs",
     "Japan Development Bank", "raised"),
    # a body's own act keeps its object ("sought" is an act, no aim) (reuters-11710)
    ("Union Carbide had sought 162.5 mln dlrs in damages from Consumers Power.",
     "162.5 mln dlrs", "Union Carbide", "had sought"),
    # a phrase after a comma goes on with the act (bbc-business-103, bbc-tech-371,
    # reuters-13546)
    ("Under the settlement announced in January, Marsh took a pre-tax charge of $618m in the "
     "October-to-December quarter, on top of the $232m charge from the previous quarter.",
     "$232m", "Marsh", "took"),
    ("TNT aims to reach 35% of France's population at launch, from 17 transmission sites.",
     "17 transmission sites", "TNT", "aims to reach"),
    ("Hyundai Motor Co aims to export 450,000 cars in 1987, including 250,000 to the United "
     "States.", "250,000", "Hyundai Motor Co", "aims to export"),
])
def test_the_acting_body_gives_the_figure(text: str, quote: str, body: str, cue: str,
                                          lexicon: SourceLexicon) -> None:
    (found,) = sources_of(text, [quote], lexicon, publisher="BBC News")
    assert (found.name, found.cue, found.explicit) == (body, cue, True)


def test_a_pronoun_acts_for_the_body_named_before(lexicon: SourceLexicon) -> None:
    text = ("MessageLabs said phishing had grown. In 2004 it detected more than 18 million "
            "phishing e-mail messages.")
    (found,) = sources_of(text, ["more than 18 million"], lexicon, publisher="BBC News")
    assert found.name == "MessageLabs" and found.evidence == "it"


def test_it_acts_for_the_body_named_by_what_it_is(lexicon: SourceLexicon) -> None:
    """"it" is never the "security experts" quoted before: where no body was quoted, it is
    the one named after what kind of body it is (bbc-tech-217)."""
    text = ("So-called phishing attacks have boomed in 2004, say security experts. The number "
            "of phishing e-mail messages stopped by security firm MessageLabs has risen more "
            "than tenfold in less than 12 months. In 2004 it detected more than 18 million "
            "phishing e-mail messages.")
    (found,) = sources_of(text, ["more than 18 million"], lexicon, publisher="BBC News")
    assert (found.name, found.evidence, found.cue) == ("MessageLabs", "it", "detected")


def test_it_acts_past_a_conjunction_and_an_opening_phrase(lexicon: SourceLexicon) -> None:
    """bbc-tech-217: "But by September 2004 it was stopping ..." is the security firm's."""
    text = ("The number of phishing e-mail messages stopped by security firm MessageLabs has "
            "risen. But by September 2004 it was stopping more than two million phishing "
            "related e-mail messages per month.")
    (found,) = sources_of(text, ["more than two million"], lexicon, publisher="BBC News")
    assert (found.name, found.evidence, found.cue) == ("MessageLabs", "it", "was stopping")


def test_a_description_acts_for_the_body_acting_just_before(lexicon: SourceLexicon) -> None:
    """bbc-business-339: "the company" no lead accounts for is the body whose act the
    sentence before told; two sentences on it may be another firm ("The combined firm")."""
    text = ("Air Deccan has ordered 30 Airbus A320 planes. \"The days of flying being a symbol "
            "of only maharajas are over,\" the minister said. For its part, Air Deccan, set up "
            "by army officer Gorur Gopinath, plans to increase its fleet to 60 aircraft within "
            "five years. To help finance the expansion the company may sell a 25% stake to an "
            "investor for about $50m.")
    found = sources_of(text, ["60 aircraft", "25%", "about $50m"], lexicon,
                       publisher="BBC News")
    assert [(s.name, s.cue) for s in found[1:]] == [("Air Deccan", "may sell")] * 2
    later = text.replace("To help", "The plan was approved. To help")
    found = sources_of(later, ["60 aircraft", "25%"], lexicon, publisher="BBC News")
    assert found[1].name == "BBC News"


def test_it_stays_unresolved_without_a_described_body(lexicon: SourceLexicon) -> None:
    text = ("Phishing attacks have boomed, say security experts. In 2004 it detected more than "
            "18 million phishing e-mail messages.")
    (found,) = sources_of(text, ["more than 18 million"], lexicon, publisher="BBC News")
    assert found.name == "BBC News"


@pytest.mark.parametrize(("text", "quote"), [
    # a market's figure: the verb is a movement
    ("Exxon rose 1-1/2 to 45 in active trading.", "45"),
    # a disaster's toll is counted by others
    ("Hurricane Mitch killed about 10,000 people in Central America in 1998.",
     "about 10,000 people"),
    # a country acts through its government, in the reporter's words
    ("Indonesia produced 162,000 tonnes of sugar last year.", "162,000 tonnes"),
    # a common word capitalised because it opens the sentence
    ("Farmers planted around 60 mln acres of corn last year.", "around 60 mln acres"),
    # a plural noun after a name is no verb
    ("Federal funds opened at 6-1/16 pct and firmed in early trading.", "6-1/16 pct"),
    ("Keystone shareholders will receive 45 dlrs per Keystone share.", "45 dlrs"),
    # a passive says nothing of the subject's act
    ("Bond Media will be owned about 50 pct by Bond Corp.", "about 50 pct"),
    # a stake held is a state on record, not an act the holder gives out (reuters-11217,
    # reuters-17094, reuters-19719)
    ("The Indian government owns 74 pct stake in MUL.", "74 pct"),
    ("GM holds a 38.6 pct stake in Isuzu.", "38.6 pct"),
    ("Teledyne Inc TDY owns about 98.4 pct of Unicoa's outstanding shares.", "about 98.4 pct"),
    # a wire's capitalised auxiliary is no name's word, and a place does not act
    # (reuters-10695)
    ("The U.S. Has threatened to impose tariffs worth up to 300 mln dlrs on Japanese "
     "electronics exports.", "up to 300 mln dlrs"),
    # "but" opening a clause of its own (bbc-tech-307)
    ("Recycling Ltd could take them up to the council recycling centre, but it's a 10-mile "
     "drive away across town.", "10-mile"),
    # others expect it (reuters-10017)
    ("The U.S. government is expected to receive about 1.88 billion dlrs for Conrail.",
     "about 1.88 billion dlrs"),
    ("Yugansk was sold to help pay off a $27.5bn (£14.5bn) back tax bill.", "$27.5bn"),
    # a span of time is no one's figure
    ("It will take four years to negotiate.", "four years"),
    # a dateline is not an aside
    ("BOSTON, June 29 - In the fast paced personal computer industry, millions can be made "
     "in six months.", "six months"),
    # a possessor is not the subject
    ("Shanghai Automotive's proposed £1bn investment in Rover is awaiting approval.", "£1bn"),
    # a person by first name or title
    ("Sam Brownback is set to call for a maximum $3 million fine.", "$3 million"),
    # a comma before a clause with a subject of its own ends the act's clause
    ("Marsh took a pre-tax charge of $618m, with rival Aon's $232m charge still to come.",
     "$232m"),
    ("Marsh took a pre-tax charge of $618m, in which the $232m charge from the previous "
     "quarter was included.", "$232m"),
])
def test_no_actor_where_the_subject_does_not_act(text: str, quote: str,
                                                 lexicon: SourceLexicon) -> None:
    (found,) = sources_of(text, [quote], lexicon)
    assert not found.explicit and found.name == "Reuters"


def test_a_proposal_is_its_proposers(lexicon: SourceLexicon) -> None:
    text = ("Chiles has proposed making unspecified policy changes that would trim two billion "
            "dlrs from farm income.")
    (found,) = sources_of(text, ["two billion dlrs"], lexicon)
    assert found.name == "Reuters"  # the figure is in the clause "that" opens, not Chiles's
    text = ("Congress awaits Reagan. Reagan proposed 22 billion dlrs in revenue as part of "
            "his 1988 budget proposal.")
    (found,) = sources_of(text, ["22 billion dlrs"], lexicon)
    assert (found.name, found.cue) == ("Reagan", "proposed")


def test_a_second_clause_has_its_own_subject(lexicon: SourceLexicon) -> None:
    text = ("Reebok will sell three mln shares and Pentland will sell 1,404,866 shares, "
            "reducing its stake in Reebok.")
    reebok, pentland = sources_of(text, ["three mln shares", "1,404,866 shares"], lexicon)
    assert reebok.name == "Reebok" and pentland.name == "Reuters"


def test_an_unresolved_description_does_not_act(lexicon: SourceLexicon) -> None:
    text = "The central bank bought 16 mln stg of bills in band two."
    (found,) = sources_of(text, ["16 mln stg"], lexicon)
    assert found.name == "Reuters"


def test_an_actors_figure_is_no_rival_report() -> None:
    """Whose figure it is, not who vouches for a rival count: no discrepancy is made of it."""
    text = "Air Deccan has ordered 30 Airbus A320 planes."
    (claim,) = extract(Document(id="t", path="t", text=text, publisher="BBC News"),
                       load_ruleset())
    assert claim.source.name == "Air Deccan" and not reported(claim)
