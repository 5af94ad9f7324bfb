"""Subjects and event keys on real sentences: what splits one measured thing from another.

Figures are built by hand (the figures stage is tested elsewhere) so that each test says
exactly which words it gives and what we expect the subject stage to make of them.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from reconcile.model import Claim, Document, Figure, FigureKind, Source
from reconcile.ruleset import load_ruleset
from reconcile.segment import split_sentences
from reconcile.subjects import describe_claims
from reconcile.subjects.event import EventKey, parse
from reconcile.subjects.owner import owner_of
from reconcile.subjects.rule import SubjectRule


def _rules() -> list[SubjectRule]:
    return load_ruleset().subjects


def figure(text: str, words: str, kind: FigureKind = "count", unit: str | None = "people",
           low: float | None = None, high: float | None = None, occurrence: int = 0,
           approx: bool = False) -> Figure:
    """A figure for ``words`` (its ``occurrence``-th appearance) with a point value."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(words, start + 1)
    number = re.search(r"\d[\d,.]*", words)
    value = float(number.group(0).replace(",", "")) if number else None
    number_start = start + (number.start() if number else 0)
    number_end = start + (number.end() if number else len(words))
    return Figure(text=words, start=start, end=start + len(words), number_start=number_start,
                  number_end=number_end, value=value,
                  low=value if low is None else low, high=value if high is None else high,
                  approx=approx, kind=kind, unit=unit)


def claims_of(text: str, figures: list[Figure], sources: list[str],
              published: date | None = None, title: str | None = None) -> list[Claim]:
    """Run the subject stage on one document with the shipped rules."""
    document = Document(id="doc", text=text, path="doc", published=published, title=title)
    evidence = []
    for name in sources:
        start = text.find(name)
        evidence.append(Source(name=name, start=start if start >= 0 else None,
                               end=start + len(name) if start >= 0 else None))
    return describe_claims(document, split_sentences(text), figures, evidence, _rules())


def key(claim: Claim) -> EventKey:
    return parse(claim.event)


SEED = ("The protest in Minsk attracted tens of thousands of people. "
        "Around 5,000 people attended the pro-Lukashenko protest, a Reuters reporter "
        "estimated. The Belarusian Interior Ministry put the number at 65,000.")


def test_the_rally_and_the_figure_that_points_back_to_it_are_one_event() -> None:
    figures = [figure(SEED, "tens of thousands of people", low=20000, high=None),
               figure(SEED, "Around 5,000 people", approx=True),
               figure(SEED, "65,000", kind="number", unit=None)]
    march, rally, ministry = claims_of(
        SEED, figures, ["publisher", "Reuters", "Belarusian Interior Ministry"])
    assert rally.subject == ministry.subject == march.subject == "crowd-size"
    assert rally.event == ministry.event
    assert "pro-lukashenko" in key(rally).who
    assert not key(rally).fits(key(march)), "the Minsk march is not the pro-Lukashenko rally"
    assert (ministry.figure.kind, ministry.figure.unit) == ("count", "people"), (
        "the number put at 65,000 counts what the 5,000 counted")


def test_claims_come_one_per_figure_in_document_order_with_stable_ids() -> None:
    figures = [figure(SEED, "65,000", kind="number", unit=None),
               figure(SEED, "Around 5,000 people", approx=True)]
    claims = claims_of(SEED, figures, ["Belarusian Interior Ministry", "Reuters"])
    assert [c.figure.text for c in claims] == ["Around 5,000 people", "65,000"]
    assert [c.id for c in claims] == [f"doc:{f.start}" for f in reversed(figures)]
    assert claims[0].source.name == "Reuters"


def test_killed_and_injured_in_one_sentence_are_different_facets() -> None:
    text = ("JOHANNESBURG, April 21 - A black policeman was killed and 70 were injured when a "
            "bomb was lobbed onto a parade ground.")
    (injured,) = claims_of(text, [figure(text, "70", kind="number", unit=None)],
                           ["Reuters"], date(1987, 4, 21))
    assert injured.subject == "casualties"
    assert key(injured).facet == "injured"


def test_working_inside_a_plant_is_not_a_casualty() -> None:
    text = ("About 100 people were working inside the plant. "
            "Police said 100 people were injured in the blast.")
    working, hurt = claims_of(text, [figure(text, "100 people"),
                                     figure(text, "100 people", occurrence=1)],
                              ["Reuters", "Police"])
    assert hurt.subject == "casualties"
    assert (working.subject, key(working).facet) != (hurt.subject, key(hurt).facet)


def test_each_sides_losses_are_different_events() -> None:
    text = ("BAGHDAD, March 5 - Iraq said its forces killed or wounded 15,000 Iranian "
            "Revolutionary Guards near Basra. Iran said 1,200 Iraqis were killed or wounded "
            "in fighting near Fish Lake.")
    iranian, iraqi = claims_of(
        text, [figure(text, "15,000 Iranian Revolutionary Guards"),
               figure(text, "1,200 Iraqis")], ["Iraq", "Iran"], date(1987, 3, 5))
    assert key(iranian).facet == key(iraqi).facet == "casualties"
    assert not key(iranian).fits(key(iraqi))


def test_years_split_forecasts() -> None:
    text = "US growth would reach 4.4% in 2004, but fall to 3.3% next year, the OECD said."
    first, second = claims_of(text, [figure(text, "4.4%", "percent", None),
                                     figure(text, "3.3%", "percent", None)], ["OECD"] * 2)
    assert first.subject == second.subject == "economic-forecast"
    assert key(first).period == "2004"
    assert not key(first).fits(key(second))


def test_an_expectation_is_not_the_outcome() -> None:
    text = ("Excluding special items, eBay's profit was 33 cents a share, but analysts had "
            "expected 34 cents.")
    outcome, expected = claims_of(
        text, [figure(text, "33 cents a share", "money", "USD"),
               figure(text, "34 cents", "money", "USD")], ["eBay", "analysts"])
    assert outcome.subject == expected.subject == "financial-results"
    assert key(expected).mode == "forecast" and key(outcome).mode is None


def test_a_goal_is_not_an_output() -> None:
    text = ("Moscow outlined its economic targets for 1988 on Monday, putting the grain "
            "harvest goal at 235 mln tonnes.")
    (goal,) = claims_of(text, [figure(text, "235 mln tonnes", "quantity", "tonnes")],
                        ["Moscow"], date(1987, 10, 19))
    assert goal.subject == "production"
    assert key(goal).mode == "target"


def test_a_share_of_one_population_is_not_a_share_of_another() -> None:
    text = ("About 80% of UK adults own at least one mobile, according to official figures. "
            "It is estimated that 53% of over 65s own a mobile, according to Intervoice.")
    adults, older = claims_of(text, [figure(text, "About 80%", "percent", None, approx=True),
                                     figure(text, "53%", "percent", None)],
                              ["official figures", "Intervoice"])
    assert key(adults).of == "uk adult"
    assert key(older).of == "over 65s"
    assert not key(adults).fits(key(older))


def test_another_and_a_change_are_parts_not_levels() -> None:
    text = ("About 4,300 civil servants will leave London by the end of March 2005 and there "
            "are plans to relocate another 3,500 civil servants. Wheat exports increased by "
            "nearly 64,000 tonnes.")
    claims = claims_of(text, [figure(text, "About 4,300 civil servants", approx=True),
                              figure(text, "another 3,500 civil servants"),
                              figure(text, "nearly 64,000 tonnes", "quantity", "tonnes")],
                       ["BBC News"] * 3)
    assert [key(c).part for c in claims] == [False, True, True]


def test_a_named_department_is_kept_in_the_key() -> None:
    text = "At the Department for Work and Pensions, 30,000 jobs are to go."
    (cut,) = claims_of(text, [figure(text, "30,000 jobs", unit="jobs")], ["BBC News"])
    assert cut.subject == "workforce"
    assert key(cut).facet == "cut"
    assert "department work pension" in key(cut).who


def test_headline_names_are_topic_not_who() -> None:
    text = "USDA is projecting the Soviet crop at 210 mln tonnes."
    (crop,) = claims_of(text, [figure(text, "210 mln tonnes", "quantity", "tonnes")],
                        ["USDA"], date(1987, 10, 19), "SOVIET 1988 GRAIN TARGET INDICATES OUTPUT")
    assert "soviet" in key(crop).topic and "soviet" not in key(crop).who


def test_a_figure_with_no_rule_has_no_subject() -> None:
    text = "Alexei, a 31-year-old worker, said the march lasted 4 hours."
    (hours,) = claims_of(text, [figure(text, "4 hours", "quantity", "hours")], ["Alexei"])
    assert hours.subject is None and hours.event is None


@pytest.mark.parametrize("rule", _rules(), ids=lambda rule: rule.id)
def test_every_rule_has_a_must_fire_and_a_must_not_fire_example(rule: SubjectRule) -> None:
    expects = {example.expect for example in rule.examples}
    assert expects & {"conflict", "update"}, f"{rule.id} has no must-fire example"
    assert expects & {"agree", "none"}, f"{rule.id} has no must-not-fire example"


def test_a_modal_through_the_rules_own_verb_makes_a_forecast() -> None:
    text = ("Tony Blair claimed a Tory government would \"cut\" £35bn from public services. "
            "The Conservatives said the government would face a £10.5bn black hole.")
    cut, hole = claims_of(text, [figure(text, "£35bn", "money", "GBP"),
                                 figure(text, "£10.5bn", "money", "GBP")],
                          ["Tony Blair", "The Conservatives"])
    assert key(cut).facet == "cut" and key(cut).mode == "forecast"
    assert key(hole).facet == "gap" and key(hole).mode is None


def test_the_owner_of_a_yardstick_is_not_the_owner_of_the_figure() -> None:
    text = ("The Tories said public spending would increase more slowly under their plans - "
            "leading to a total of £33.5bn less spending than that anticipated by Labour.")
    (less,) = claims_of(text, [figure(text, "£33.5bn", "money", "GBP")], ["The Tories"])
    assert "labour" not in key(less).who


def test_a_yardstick_inside_the_figure_cuts_off_the_modal_words_before_it() -> None:
    text = ("But there was no reason to expect Australian production in 1987/88 would be less "
            "than the 16.5 mln tonnes of last year, the private forecaster said. Both parties "
            "planned to cut the number of civil servants - Labour by more than 80,000.")
    last, labour = claims_of(
        text, [figure(text, "less than the 16.5 mln tonnes", "quantity", "tonnes",
                      low=None, high=16.5e6),
               figure(text, "more than 80,000", "count", None, low=80000, high=None)],
        ["private forecaster", "Labour"], published=date(1987, 3, 23))
    assert key(last).mode is None and key(last).period == "1986"
    assert key(labour).mode == "forecast"


def test_a_modal_in_the_next_clause_is_not_the_figures() -> None:
    text = ("The embassy estimated 1986 production at 1.8 mln tonnes and forecast little "
            "change for 1987.")
    (output,) = claims_of(text, [figure(text, "1.8 mln tonnes", "quantity", "tonnes")],
                          ["The embassy"])
    assert key(output).facet == "output" and key(output).mode is None


def test_a_state_the_economy_is_in_is_not_whose_it_is() -> None:
    # reuters-896: "improving" read as the economy's owner kept Thailand's reserves from
    # Thailand's other figures.
    text = ("BANGKOK, March 3 - Thailand's improving economy will likely cause foreign "
            "reserves to increase to at least five billion dlrs by end-1987 from a record of "
            "nearly 4.2 billion at end-February, private bankers said.")
    reserves = figure(text, "five billion dlrs", "money", "USD")
    assert owner_of(text, (0, len(text)), reserves, Source(name="private bankers")) \
        == "thailand"


def test_a_bare_surplus_after_a_trade_surplus_is_the_trade_surplus() -> None:
    # reuters-359: the bare "surplus" read as a surplus of no kind kept it from the trade
    # surpluses other stories give for Brazil's 1987.
    text = ("Funaro said Brazil had the world's third-largest trade surplus and estimated the "
            "1987 surplus would be at least eight billion dlrs.")
    (surplus,) = claims_of(text, [figure(text, "at least eight billion dlrs", "money", "USD",
                                         low=8e9)], ["Funaro"])
    assert key(surplus).facet == "trade-surplus"
