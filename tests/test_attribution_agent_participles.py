"""A figure announced, identified or claimed by someone is theirs, inside its noun phrase only.

Every sentence is copied from a Reuters article of the corpus that no annotated case and
no dev-set case uses (``rules/sources.yaml``: ``participle_cues``, ``agent_participles``).
"""

from __future__ import annotations

import pytest
from attribution_samples import default_lexicon, sources_of
from test_conflicts_recall12 import owner, said_by

from reconcile.attribution.lexicon import SourceLexicon


@pytest.fixture(scope="module")
def lexicon() -> SourceLexicon:
    return default_lexicon()


@pytest.mark.parametrize(("text", "quote", "name"), [
    # reuters-7941: the committee speaks, but the 15.9 pct level is the bank's
    ("The committee said interest rates should be lowered to no more than the 15.9 pct per "
     "annum level announced recently by the Toronto Dominion Bank.", "15.9 pct",
     "Toronto Dominion Bank"),
    # reuters-9517: the plan's sum is the company's, not the commission's that weighs it
    ("NEW YORK, March 25 - The New Jersey Casino Control Commission said it will put off for "
     "one week a decision on whether to approve a 2.4 billion dollar recapitalization plan "
     "previously announced by Holiday Corp HIA.", "2.4 billion dollar", "Holiday Corp"),
    # reuters-5200: "reported last week by": a cue participle with a time between
    ("FRANKFURT, March 16 - The extraordinary foreign exchange loss of 480 mln marks reported "
     "last week by Volkswagen AG VOWG.F (VW) is so large that outside currency traders were "
     "probably involved in the case, currency sources said.", "480 mln marks",
     "Volkswagen AG"),
])
def test_the_agent_of_an_announced_figure_gives_it(text: str, quote: str, name: str,
                                                   lexicon: SourceLexicon) -> None:
    (source,) = sources_of(text, [quote], lexicon, publisher="Reuters")
    assert source.name == name


def test_a_passive_announcement_tells_an_act_not_a_figure(lexicon: SourceLexicon) -> None:
    # reuters-3137: the banks cut the rate; the dealers report it
    text = ("LONDON, March 9 - A half point cut in base lending rates was announced by the big "
            "four clearing banks today after the Bank of England finally endorsed such a move "
            "following weeks of downward pressure, dealers said.")
    (source,) = sources_of(text, ["half"], lexicon, publisher="Reuters")
    assert source.name == "dealers"


def test_an_announcement_with_no_figure_names_no_source(lexicon: SourceLexicon) -> None:
    # reuters-12867: "the company" is Digital Communications, not IBM, which announced PCs
    text = ("ATLANTA, April 3 - Digital Communications Associates said the new personal "
            "computers announced yesterday by International Business Machines Corp IBM are "
            "expected to have little near-term effect on Digital Communications.  The company "
            "said some product modifications will be required, but they appear to be straight "
            "forward and do not represent major development challenges.  The company said it "
            "will pursue two prime areas -- the configuration of its products.")
    (source,) = sources_of(text, ["two prime areas"], lexicon, publisher="Reuters")
    assert source.name == "Digital Communications Associates"


def test_a_quotation_does_not_go_on_with_an_announcing_agent(lexicon: SourceLexicon) -> None:
    # reuters-8944: the tender after the quotation is ChemLawn's story, not Mark IV's
    text = ("NEW YORK, March 24 - Heavy buying by speculators boosted Conrac Corp 7-7/8 to 29, "
            "higher than a 25-dlr-per-share cash tender offer announced by Mark IV Industries "
            "Inc IV.  \"It's a case of ChemLawn euphoria,\" said one arbitrageur, referring to "
            "a recent hostile tender that began at 27 dlrs per share.")
    first, second = sources_of(text, ["25-dlr-per-share", "27 dlrs per share"], lexicon,
                               publisher="Reuters")
    assert first.name == "Mark IV Industries Inc"
    assert second.name != "Mark IV Industries Inc"


def test_a_bid_announced_by_a_bidder_is_the_bidders() -> None:
    # reuters-13095: two rival bids, not two reports of one
    text = ("PARIS, April 3 - Carburos Metalicos of Spain has bid 2,205 francs a share for "
            "French chemicals group Duffour et Igon, rivalling the 2,100 franc bid announced "
            "yesterday by Union Carbide France, the French subsidiary of the U.S. Chemical "
            "giant Union Carbide Corp UK.N, the stockbrokers' assocation (CSAC) said here.")
    source = said_by(text, "CSAC", "other", "said", "assocation (CSAC)")
    assert owner(text, "2,100 franc", source) == "union carbide france"

