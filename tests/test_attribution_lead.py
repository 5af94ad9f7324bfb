"""The story's lead organisation: what "the company", "the airline" and "it" stand for
when no source was named before them.

Every text is from the corpora (Reuters 1987, BBC 2004-05), cut after the sentences that
matter."""

from __future__ import annotations

import pytest
from attribution_samples import default_lexicon, sources_of

from reconcile.attribution.lead import lead_organisation
from reconcile.attribution.lexicon import SourceLexicon
from reconcile.attribution.names import looks_like_person, same_source, without_possessive
from reconcile.attribution.patterns import compiled


@pytest.fixture(scope="module")
def lexicon() -> SourceLexicon:
    return default_lexicon()


@pytest.mark.parametrize(("lead", "body"), [
    # BBC: a description before the name says what the body is
    ("German airline Lufthansa has returned to profit in 2004 after posting huge losses in "
     "2003.", "Lufthansa"),
    ("Telecoms equipment supplier Ericsson has posted a rise in fourth quarter profits "
     "thanks to clients like Deutsche Telekom upgrade their networks.", "Ericsson"),
    # BBC: "its" takes the name up as a body, though it reads like a person's
    ("Apple has expanded its iPod family with the release of its next generation of the "
     "digital music players.", "Apple"),
    # Reuters: "said it sold": the name of two capitalised words is a company's
    ("RENO, Nev., Mach 4 - Porsche Cars North America said it sold 1,815 cars during "
     "February, down from 2,129 cars during February of 1986.", "Porsche Cars North America"),
    # Reuters: an apposition between the name and its verb
    ("MONTREAL, June 2 - Air Canada, owned by the Canadian Government, said it recorded a "
     "net profit of 16.3 mln dlrs in the first quarter.", "Air Canada"),
    # Reuters: a phrase in lower case set before the subject; "the airline" after it is
    # Cathay Pacific, the lead's body
    ("HONG KONG, March 17 - Buoyed by low fuel prices and favourable currency factors, "
     "Cathay Pacific Airways Ltd's CAPH.HK 1986 profits are expected to surpass the "
     "airline's forecast of one billion H.K. Dlrs, stock analysts said.",
     "Cathay Pacific Airways Ltd"),
    # Reuters: a dateline with its month in capitals; a price story opens with the shares
    ("NEW YORK, MARCH 11 - Shares of Du Pont Co rose today after accumulating "
     "recommendations from Shearson Lehman Brothers.", "Du Pont Co"),
    # Reuters 10030: a plural name's possessive ends it and keeps its "s"; "Motors" names a
    # company though its two words read like a person's
    # BBC business 103: a lead opening with something else names its body after saying
    # what it is
    ("Up to 2,500 jobs are to go at US insurance broker Marsh & McLennan in a shake up "
     "following bigger-than-expected losses.", "Marsh & McLennan"),
    # Reuters 17388: a wire's ticker is no part of the lead body's name
    ("PARIS, April 29 - Sony Corp SNE.T chairman Akio Morita played down the trade "
     "conflict.", "Sony Corp"),
    ("DETROIT, March 9 - General Motors' truck and bus group failed to reach an agreement "
     "on local issues with UAW Local 594, causing a strike, the company said.",
     "General Motors"),
])
def test_the_lead_names_its_body(lead: str, body: str, lexicon: SourceLexicon) -> None:
    assert lead_organisation(lead, compiled(lexicon)) == body


@pytest.mark.parametrize("lead", [
    # BBC: a capitalised adjective opening the sentence qualifies its subject
    "Strong sales outside western Europe helped Renault boost its profits by more than 40% "
    "in 2004 although the firm warned of tough times ahead.",
    # BBC: a person, named by "his" before any "its"
    "Neil Kinnock has said his acceptance of a seat in the House of Lords will allow him to "
    "help \"achieve further progress with substantial democratic reform.\"",
    "Tony Blair says his party's next manifesto will be \"unremittingly New Labour\" and "
    "aimed at producing \"personal prosperity for all\".",
    # Reuters 18202: a name cut at its comma is no phrase set before the subject
    "NEW YORK, June 2 - Lead underwriter Kidder, Peabody and Co Inc sand an initial public "
    "offering of two mln common shares of Designs Inc is underway at 13 dlrs per share.",
])
def test_no_body_is_guessed(lead: str, lexicon: SourceLexicon) -> None:
    assert lead_organisation(lead, compiled(lexicon)) is None


def test_the_company_after_a_named_company_is_that_company(lexicon: SourceLexicon) -> None:
    """Reuters: "the company" after "X said it ...", though X reads like a person's name."""
    text = ("SUNNYVALE, Calif., March 16 - Advanced Micro Devices said it plans to build the "
            "first of a new generation of 32-bit CMOS microprocessors. The new microprocessor "
            "has a peak of 25 mln instructions per second, the company said.")
    source = sources_of(text, ["25 mln instructions"], lexicon)[0]
    assert source.name == "Advanced Micro Devices"


def test_the_airline_is_the_lead_airline(lexicon: SourceLexicon) -> None:
    text = ("German airline Lufthansa has returned to profit in 2004 after posting huge losses "
            "in 2003.\n\nIn a preliminary report, the airline announced net profits of 400m "
            "euros, compared with a loss of 984m euros in 2003.")
    assert [s.name for s in sources_of(text, ["400m euros", "984m euros"], lexicon, "BBC")] \
        == ["Lufthansa", "Lufthansa"]


def test_an_institution_named_short_is_not_the_lead_company(lexicon: SourceLexicon) -> None:
    """Reuters: "The Bank" is the Bank of England, not the Stock Exchange the story opens
    with."""
    text = ("LONDON, April 3 - The Stock Exchange is virtually certain to agree to change its "
            "regulations in order to permit auctions of gilts.\n\nThe Bank said in a "
            "consultative document published in February that possibly two or three "
            "experimental auctions might each raise between one to 1-1/2 billion stg.")
    source = sources_of(text, ["between one to 1-1/2 billion stg"], lexicon)[0]
    assert source.name != "Stock Exchange"


def test_the_company_is_never_a_common_noun_that_opened_a_sentence(
        lexicon: SourceLexicon) -> None:
    text = ("Marsh posted a $676m loss for the last three months of 2004. Analysts expect its "
            "latest round of cuts to focus on its brokerage unit. As part of its efforts to cut "
            "costs, the company said it was halving its dividend payment to 17 cents a shares "
            "from 34 cents.")
    found = sources_of(text, ["17 cents", "34 cents"], lexicon, "BBC News")
    assert [source.name for source in found] == ["Marsh", "Marsh"]


def test_the_paper_is_the_newspaper_named_before(lexicon: SourceLexicon) -> None:
    text = ("NEW YORK, March 3 - American Airlines Inc is expected to announce purchases from "
            "Airbus Industrie, Boeing Co BA and General Electric Co GE amounting to 2.5 billion "
            "dlrs, the New York Times said. The paper quoted unnamed industry sources as saying "
            "American will buy 25 wide-bodied planes from Airbus.")
    found = sources_of(text, ["2.5 billion dlrs", "25 wide-bodied planes"], lexicon)
    assert [source.name for source in found] == ["New York Times", "New York Times"]


def test_a_lead_may_describe_its_body_in_several_words_before_naming_it(
        lexicon: SourceLexicon) -> None:
    # reuters-2515: "South Africa's state-owned energy firm Soekor said ... it said"
    text = ("JOHANNESBURG, March 5 - South Africa's state-owned energy firm Soekor said it would "
            "continue tests after striking oil.  During production tests, about 5,000 barrels "
            "of oil were produced, it said.")
    assert lead_organisation(text, compiled(lexicon)) == "Soekor"


@pytest.mark.parametrize(("word", "bare"), [
    ("Reagan's", "Reagan"), ("Motors'", "Motors"), ("Workers’", "Workers"), ("Ross", "Ross"),
])
def test_a_possessive_ending_goes_and_a_plurals_s_stays(word: str, bare: str) -> None:
    assert without_possessive(word) == bare


def test_brokers_are_not_the_body_the_story_is_about(lexicon: SourceLexicon) -> None:
    """Reuters 4673: "brokers" are several of a kind, not the lead's company."""
    text = ("NEW DELHI, March 13 - State-owned Indian Railway Finance Corporation's first "
            "bond issue has been oversubscribed by 3.5 to 6.0 billion rupees, brokers said. "
            "The issue of 2.5 billion rupees was made by the broker, the company said.")
    sources = sources_of(text, ["3.5 to 6.0 billion rupees", "2.5 billion rupees"], lexicon)
    assert [source.name for source in sources] == [
        "brokers", "Indian Railway Finance Corporation"]


@pytest.mark.parametrize(("lead", "body"), [
    # BBC business 126 and 297: an aside after the name says what body it is
    ("Barclays, the UK's third-biggest bank, has seen annual pre-tax profits climb to record "
     "levels boosted by a sharp rise in business at its investment arm.", "Barclays"),
    ("ABN Amro, the Netherlands' largest bank, is to cut 2,850 jobs as a result of falling "
     "profits.", "ABN Amro"),
    # BBC business 500: a description with capitals of its own before the name
    ("Channel Tunnel operator Eurotunnel has seen sales fall in the face of the upsurge in "
     "European low-cost airlines.", "Eurotunnel"),
])
def test_the_lead_says_what_body_its_name_is(lead: str, body: str,
                                             lexicon: SourceLexicon) -> None:
    assert lead_organisation(lead, compiled(lexicon)) == body


# A company's story: its lead opens with the company and speaks of its own accounts, names
# no source, and the paragraphs after it reel off the company's figures as plain
# statements. Those figures are the company's, as a passage's (never a rival report).
_BARCLAYS = (
    "Barclays, the UK's third-biggest bank, has seen annual pre-tax profits climb to record "
    "levels boosted by a sharp rise in business at its investment arm.\n\nProfits for the year "
    "to 31 December rose 20% to £4.6bn ($8.6bn). Barclays' chief John Varley said the bank had "
    "\"caught the winds\" of a very strong world economy.")
_ABN_AMRO = (
    "ABN Amro, the Netherlands' largest bank, is to cut 2,850 jobs as a result of falling "
    "profits.\n\nThe cuts - amounting to 3% of the bank's workforce - will result in a one-off "
    "charge of 790m euros ($1.1bn). About 1,100 jobs will go in investment banking while 1,200 "
    "and 550 will go in IT and human resources respectively.")
_DAIMLER = (
    "US-German carmaker DaimlerChrysler has sold 2.1% more cars in 2004 than in the previous "
    "year, as solid Chrysler sales offset a weak showing for Mercedes.\n\nSales totalled 3.9 "
    "million units worldwide during 2004, the company said at the Detroit Motor Show. A switch "
    "to new models hit luxury marque Mercedes-Benz, with sales down 3.1% at 1.06 million.")


@pytest.mark.parametrize(("text", "quotes", "body"), [
    (_BARCLAYS, ["20%", "£4.6bn"], "Barclays"),
    (_ABN_AMRO, ["3%", "790m euros", "About 1,100 jobs", "1,200", "550"], "ABN Amro"),
    (_DAIMLER, ["3.1%", "1.06 million"], "DaimlerChrysler"),
])
def test_a_companys_story_gives_the_company_its_figures(
        text: str, quotes: list[str], body: str, lexicon: SourceLexicon) -> None:
    found = sources_of(text, quotes, lexicon, "BBC News")
    assert [(source.name, source.cue) for source in found] == [(body, "passage")] * len(quotes)


@pytest.mark.parametrize(("text", "quote", "body"), [
    # BBC business 004: the lead's own figure of the company's accounts
    ("British Airways has blamed high fuel prices for a 40% drop in profits.\n\nReporting its "
     "results for the three months to 31 December 2004, the airline made a pre-tax profit of "
     "£75m.", "40%", "British Airways"),
    # BBC business 467 and 396: the name ends at the acronym in brackets after it
    ("General Motors (GM) saw its net profits fall 37% in the last quarter of 2004, as it "
     "continued to be hit by losses at its European operations.", "37%", "General Motors"),
    ("Industrial and Commercial Bank (ICBC), China's biggest lender, has seen an 18% jump in "
     "profits during 2004.", "18%", "Industrial and Commercial Bank"),
])
def test_a_companys_lead_gives_its_own_figure(text: str, quote: str, body: str,
                                              lexicon: SourceLexicon) -> None:
    (found,) = sources_of(text, [quote], lexicon, "BBC News")
    assert (found.name, found.cue) == (body, "passage")


def test_a_companys_own_accounts_stay_its_own_past_the_lead_passage(
        lexicon: SourceLexicon) -> None:
    """BBC business 126: after analysts are quoted, the story goes back to the bank's own
    accounts, calling it "the bank" and "its"; another bank named there is not Barclays."""
    text = (_BARCLAYS + "\n\nThe group is the first of Britain's five big banks to report. "
            "According to analysts' forecasts, HSBC will report profits of £9.4bn later this "
            "month.\n\nBarclays results were in line with market expectations. The bank also "
            "blamed margins pressure on its mortgage business for a 1% fall in profits in its UK "
            "retail division to £1.13bn. Rival Lloyds TSB saw its profits rise by 4% to £2.5bn.")
    found = sources_of(text, ["1% fall", "£1.13bn", "4%"], lexicon, "BBC News")
    assert [(source.name, source.cue) for source in found] == [
        ("Barclays", "passage"), ("Barclays", "passage"), ("BBC News", None)]


def test_a_person_with_a_middle_initial_is_no_company(lexicon: SourceLexicon) -> None:
    """Reuters 4948: "Darius N. Keaton" is a person's name, whose story is no company's."""
    text = ("NEW YORK, March 13 - Darius N. Keaton, former member of the board of Santa Fe "
            "International Corp, pleaded guilty to an insider trading scheme that netted him "
            "274,800 dlrs in profit.")
    assert sources_of(text, ["274,800 dlrs"], lexicon)[0].name == "Reuters"
    assert looks_like_person("Darius N. Keaton", compiled(lexicon))


@pytest.mark.parametrize(("text", "quote"), [
    # BBC business 207: how the company's shares moved, however far the move is told
    ("Shares in music giant EMI have sunk by more than 16% after the firm issued a profit "
     "warning following disappointing sales.", "more than 16%"),
    # BBC business 118: a sentence about the company's shares is the market's
    ("Telecoms equipment supplier Ericsson has posted a rise in fourth quarter profits.\n\n"
     "Ericsson shares dropped 5.9% to 20.7 kronor in early trading on Thursday.", "5.9%"),
    # BBC business 396: a sentence opening with a place is another body's account
    ("Industrial and Commercial Bank (ICBC), China's biggest lender, has seen an 18% jump in "
     "profits during 2004.\n\nThe increase in earnings has allowed the firm to write off bad "
     "loans. China is trying to clean up its banking system, which is weighed down by billions "
     "of dollars of unpaid loans.", "billions of dollars"),
    # BBC business 314: a body the lead names after its subject is not the story's teller
    ("A little-known Russian company has bought the main production unit of oil giant Yukos "
     "at auction in Moscow.\n\nThe price was 260.75bn roubles.", "260.75bn roubles"),
    # Reuters 2065: a table's first line opens with a common noun, not a company's name
    ("STOCKHOLM, Mar 5 - Group profit after net financial items - 133.5 mln crowns vs 101 "
     "mln.\n\nSales 1.61 billion vs 1.51 billion.", "1.61 billion"),
    # Reuters 18407: a lead that names no company's own accounts tells no company's story
    ("BONN, June 15 - The West German Government will be asked June 16 to provide nearly 850 "
     "million marks to retrain 20,000 steel workers.\n\nThe company's plan costs 600 million "
     "marks.", "600 million marks"),
    # Reuters 2116: a lead that opens with a person is a person's story
    ("Kidder Peabody and Co analyst Roy Burry issued a strong buy recommendation, citing an "
     "improved profit outlook.\n\nEarnings will reach 2.00 dlrs a share next year.",
     "2.00 dlrs"),
])
def test_no_company_story_is_guessed(text: str, quote: str, lexicon: SourceLexicon) -> None:
    assert sources_of(text, [quote], lexicon, "BBC News")[0].name == "BBC News"


def test_a_companys_release_does_not_give_how_its_shares_moved(lexicon: SourceLexicon) -> None:
    """BBC business 201: the company announced its purchases; its share price is the
    market's."""
    text = ("Swiss drugmaker Novartis has announced 5.65bn euros of purchases.\n\nNovartis "
            "said it had bought all of Germany's Hexal. Novartis' shares rose 1% to 57.85 Swiss "
            "francs in early trading.")
    assert [source.name for source in sources_of(text, ["1%", "57.85 Swiss francs"], lexicon,
                                                 "BBC News")] == ["BBC News", "BBC News"]


def test_a_companys_carried_words_do_not_give_how_its_shares_moved(
        lexicon: SourceLexicon) -> None:
    """Reuters 10554: the company spoke; its stock's close is the market's."""
    text = ("Genentech Inc said its first quarter earnings would be lower. The stock fell 2.75 "
            "dlrs a share to close at 61.75 dlrs.")
    assert [source.name for source in sources_of(text, ["2.75 dlrs", "61.75 dlrs"], lexicon)] \
        == ["Reuters", "Reuters"]


def test_a_figure_after_a_persons_words_is_the_release_they_spoke_in(
        lexicon: SourceLexicon) -> None:
    """BBC business 398: the governor spoke for the bank; the bank's own figure after his
    words is the bank's, not the governor's."""
    text = ("Sri Lanka faces a $1.3bn (£691m) bill in 2005 for reconstruction after the "
            "tsunami, its central bank says.\n\nThis estimate is preliminary, bank governor "
            "Sunil Mendis told reporters, and could rise in 2006. The bank has 5bn rupees ($50m; "
            "£27m) set aside to lend at a lower interest rate to those who lost property.")
    assert sources_of(text, ["5bn rupees"], lexicon, "BBC News")[0].name == "central bank"


def test_a_companys_accounts_after_an_analysts_words_are_the_companys(
        lexicon: SourceLexicon) -> None:
    """BBC business 004: an analyst's view of the airline's surcharges is his; the
    quarter's turnover after it is the airline's results, not his."""
    text = ("British Airways has blamed high fuel prices for a 40% drop in profits.\n\n"
            "Reporting its results for the three months to 31 December 2004, the airline made "
            "a pre-tax profit of £75m ($141m) compared with £125m a year earlier.\n\nIn "
            "October, it increased this from £6 to £10 one-way for all long-haul flights. Yet "
            "aviation analyst Mike Powell of Dresdner Kleinwort Wasserstein says BA's "
            "estimated annual surcharge revenues - £160m - will still be way short of its "
            "additional fuel costs - a predicted extra £250m. Turnover for the quarter was up "
            "4.3% to £1.97bn, further benefiting from a rise in cargo revenue.")
    found = sources_of(text, ["£160m", "4.3%"], lexicon, "BBC News")
    assert same_source(found[0].name, "Mike Powell")
    assert found[1].name == "British Airways" and found[1].cue == "passage"


def test_an_analysts_quotation_stays_his(lexicon: SourceLexicon) -> None:
    """BBC business 384: a quotation after the analyst's words goes on with him."""
    text = ("Next has said its annual profit will be £5m lower than previously expected "
            "because its end-of-year clearance sale has proved disappointing.\n\nThe High "
            "Street retailer said it now expected to report annual profits of between £415m "
            "and £425m.\n\nOverall sales across both its retail and mail order divisions were "
            "up 12.4%, Next said. Its Next Directory mail order division saw sales rise 13.4% "
            "during the five-month period. \"In terms of all the worries about their trading "
            "pre-Christmas, it's a result,\" said Nick Bubb, an analyst at Evolution "
            "Securities. \"Profits of around £420m would be well within the comfort zone.\"")
    assert same_source(sources_of(text, ["around £420m"], lexicon, "BBC News")[0].name,
                       "Nick Bubb")


def test_a_companys_arm_named_with_a_source_noun_is_no_other_source(
        lexicon: SourceLexicon) -> None:
    """BBC business 126: "Barclays Capital investment bank" is Barclays' own arm, no other
    source that would end the company's account."""
    found = sources_of(_BARCLAYS + " Earnings at Barclays Capital investment bank rose 25% to "
                       "£1.04bn, but investment in branch operations held back growth.",
                       ["25%", "£1.04bn"], lexicon, "BBC News")
    assert [source.name for source in found] == ["Barclays", "Barclays"]
