"""A word of a body's kind stands for the one body of that kind the story names: "a union
spokesman" for the union named before, "the report" for the maker of the report the story
cites ("research from technology analysts Gartner"), and a plural's possessive inside a
body's name keeps the name whole ("The Canadian Auto Workers' Union said"). Where the
story names no such body, or two, the kind word stays. Sentences are from corpus articles
that neither the dev set nor the annotations use."""

from __future__ import annotations

from attribution_samples import default_lexicon, sources_of

from reconcile.attribution.named import document_maker, one_body_headed
from reconcile.attribution.names import same_source
from reconcile.attribution.patterns import compiled


def test_a_union_spokesman_speaks_for_the_union_named_after_its_kind() -> None:
    # news reuters-3572
    text = ("ROTTERDAM, March 11 - Dutch port and transport union, FNV, is presenting its case "
            "against 800 planned redundancies in Rotterdam's general cargo sector to "
            "parliament's standing committee on social affairs today, a union spokesman said.")
    (redundancies,) = sources_of(text, ["800 planned redundancies"], default_lexicon())
    assert redundancies.name == "FNV"


def test_a_union_spokesman_with_no_union_named_stays() -> None:
    # news reuters-9314
    text = ("SAO PAULO, March 25 - About half of Brazil's 40,000 seamen have returned to work "
            "after accords with 22 companies, and the national strike which began on February "
            "27 looks close to ending, a union spokesman said.")
    (seamen,) = sources_of(text, ["40,000 seamen"], default_lexicon())
    assert seamen.name == "union spokesman"


def test_two_unions_named_give_no_one_union() -> None:
    # reuters-3572's sentence after a sentence naming two unions
    text = ("The Transport Workers Union and the Dutch Dockers Union met employers on "
            "Monday.\n\nThey are presenting their case against 800 planned redundancies, a "
            "union spokesman said.")
    lexicon = compiled(default_lexicon())
    assert one_body_headed(text, len(text) - 20, "union", [], lexicon) is None
    assert one_body_headed(text[36:], len(text) - 56, "union", [], lexicon) == \
        "Dutch Dockers Union"


def test_a_plural_possessive_inside_a_union_name_keeps_the_name() -> None:
    # news reuters-21004
    text = ("TORONTO, Oct 19 - The Canadian Auto Workers' Union said it accepted an economic "
            "offer from the Canadian division of General Motors Corp GM in contract "
            "negotiations.\n\nBut union president Bob White said many local issues at the 11 "
            "plants in Ontario and Quebec still remained unresolved.")
    (plants,) = sources_of(text, ["11 plants"], default_lexicon())
    assert same_source(plants.name, "Bob White (Canadian Auto Workers' Union)")
    assert "Canadian Auto Workers" in plants.name


def test_the_report_is_the_research_of_its_named_maker() -> None:
    # bbc bbc-tech-064
    text = ("Mobile phones are still enjoying a boom time in sales, according to research from "
            "technology analysts Gartner.\n\nMore than 674 million mobiles were sold last year "
            "globally, said the report, the highest total sold to date.")
    (mobiles,) = sources_of(text, ["674 million mobiles"], default_lexicon(), "BBC News")
    assert mobiles.name == "Gartner"


def test_a_report_from_analysts_is_theirs_where_it_is_taken_up() -> None:
    # bbc bbc-tech-103
    text = ("Four times more mobiles with cameras in them will be sold in Europe by the end of "
            "2004 than last year, says a report from analysts Gartner.\n\nGlobally, the number "
            "sold will reach 159 million, an increase of 104%. The report predicts that nearly "
            "70% of all mobile phones sold will have a built-in camera by 2008.")
    (seventy,) = sources_of(text, ["70%"], default_lexicon(), "BBC News")
    assert seventy.name == "Gartner"


def test_a_report_from_a_place_names_no_maker() -> None:
    # news: "a report from New York" says where the report was written, not who wrote it
    text = ("Coffee prices rose, according to a report from New York.\n\nThe report said "
            "stocks fell to 3.2 mln bags.")
    (stocks,) = sources_of(text, ["3.2 mln bags"], default_lexicon())
    assert stocks.name == "report"


def test_reports_of_two_makers_name_no_one_maker() -> None:
    # bbc-tech-103's sentence with a second maker named
    text = ("Camera phones will sell well, says a report from analysts Gartner, though a study "
            "by analysts Jupiter Research disagrees.")
    assert document_maker(text, compiled(default_lexicon())) is None
    assert document_maker(text[:70], compiled(default_lexicon())) == (37, "Gartner")


def test_ministry_officials_after_a_possessive_speak_for_the_ministry() -> None:
    # news reuters-16964: the ministry, not the country that owns it
    text = ("TAIPEI, April 21 - Taiwan's Economic Ministry has approved an ambitious proposal "
            "calling for a one billion U.S. Dollar investment by private and public companies "
            "in the United States over the next five years, ministry officials said.")
    (investment,) = sources_of(text, ["one billion U.S. Dollar"], default_lexicon())
    assert investment.name == "Economic Ministry"


def test_officials_further_on_stay_with_the_ministry_their_colleagues_speak_for() -> None:
    # news reuters-18507
    text = ("TOKYO, June 18 - The Finance Ministry is putting the finishing touches on a "
            "roughly 2,000 billion yen supplementary budget for 1987/88, ministry officials "
            "said.\n\nThe rest of the supplementary budget will be financed by 450 billion yen "
            "in proceeds from last year's sale of shares in Nippon Telegraph and Telephone "
            "Corp (NTT), officials said.")
    budget, proceeds = sources_of(text, ["2,000 billion yen", "450 billion yen"],
                                  default_lexicon())
    assert budget.name == proceeds.name == "Finance Ministry"


def test_a_joint_report_names_no_one_maker() -> None:
    # bbc bbc-business-009
    text = ("In 2003, crop production totalled 11.49 million tonnes, the joint report from the "
            "Food and Agriculture Organisation and the World Food Programme said.")
    assert document_maker(text, compiled(default_lexicon())) is None


def test_the_union_is_the_one_named_by_its_members() -> None:
    # news reuters-7230: "the union" is the United Auto Workers, with no "union" in its name
    text = ("DETROIT, March 19 - The United Auto Workers said it plans to tell General Motors "
            "Corp later today that it will authorize a strike by its local at GM's truck and "
            "bus works in Pontiac, Mich.\n\nThe union said its letter to GM means the 9,000 "
            "workers at the Pontiac facility will walk out of the plant next week if a "
            "contract dispute is not settled between the two sides.")
    (workers,) = sources_of(text, ["9,000 workers"], default_lexicon())
    assert workers.name == "United Auto Workers"


def test_the_union_of_a_story_about_several_unions_stays() -> None:
    # news reuters-5298: one union named, but the story is about the airline's unions
    text = ('"It\'s an underhanded way of forcing experienced people out," said Nancy Tauss, '
            "vice president of the Transport Workers Union Local 553.\n\nEastern's three "
            "principal unions have rejected demands for wage cuts.\n\nUnion officials say "
            "that 123 flight attendants were fired.")
    (fired,) = sources_of(text, ["123 flight attendants"], default_lexicon())
    assert fired.name == "Union officials"
