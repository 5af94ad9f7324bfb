"""Pair verdicts and discrepancies: intervals, tolerance, updates, severity and order.

Values are those of real reports in the Reuters 1987 corpus (ferry disaster, Soviet and
Australian crops, SATS strike) and of the seed article.
"""

from __future__ import annotations

from datetime import date

from reconcile.attribution.lexicon import SourceLexicon
from reconcile.attribution.passage import PASSAGE_CUE
from reconcile.compare import judge_groups, judge_pair, reported, same_source
from reconcile.figures.conventions import FigureConventions
from reconcile.model import Claim, Figure, Source
from reconcile.ruleset import Ruleset, load_ruleset
from reconcile.subjects.rule import RuleExample, SubjectRule

RULE = SubjectRule(id="crowd-size", name="Crowd size", kinds=["count"], signals=["rally"],
                   examples=[RuleExample(text="x", expect="none")])
TOLL = RULE.model_copy(update={"id": "casualties", "grows": True, "falls": ["missing"]})
RULES = Ruleset(subjects=[RULE, TOLL], lexicon=SourceLexicon(),
                conventions=FigureConventions(name="test"))


POINT = -1.0
"""``high`` left at POINT makes the claim a point figure; None leaves it open above."""


def claim(ident: str, source: str, low: float | None, high: float | None = POINT, *,
          approx: bool = False, when: date | None = None, subject: str = "crowd-size",
          event: str | None = None, text: str | None = None) -> Claim:
    """A claim with the interval [low, high]."""
    high = low if high == POINT else high
    value = low if low == high else None
    words = text or f"{low:,.0f}" if low is not None else (text or "figure")
    figure = Figure(text=words, start=0, end=len(words), number_start=0, number_end=len(words),
                    value=value, low=low, high=high, approx=approx, kind="count")
    return Claim(id=ident, document="doc", figure=figure, source=Source(name=source),
                 subject=subject, event=event, when=when, sentence_start=0, sentence_end=1)


def test_seed_rally_is_an_error_thirteen_times_apart() -> None:
    reuters = claim("a", "Reuters", 5000, approx=True, text="Around 5,000 people")
    ministry = claim("b", "Belarusian Interior Ministry", 65000, text="65,000")
    pair = judge_pair(reuters, ministry, RULE)
    assert pair.verdict == "conflict"
    assert pair.ratio == 13
    assert pair.reason == ("Around 5,000 people (Reuters) vs 65,000 (Belarusian Interior "
                           "Ministry): 13x apart")
    (found,), agreements = judge_groups([[reuters, ministry]], RULES)
    assert (found.id, found.severity, found.claims) == ("d1", "error", ["a", "b"])
    assert agreements == []


def test_approximate_figures_are_widened_by_the_tolerance() -> None:
    # "nearer to 16.2 mln tonnes" (AWB) and "16.5 mln tonnes" (private forecaster): agree
    assert judge_pair(claim("a", "AWB", 16.2e6, approx=True), claim("b", "AWF", 16.5e6),
                      RULE).verdict == "agree"
    # "some 13,000 workers" (SATS) vs "closer to 18,000" (union leaders): still apart
    assert judge_pair(claim("a", "SATS", 13000, approx=True),
                      claim("b", "union leaders", 18000, approx=True), RULE).verdict == "conflict"


def test_a_gap_over_one_percent_is_a_minor_conflict_and_under_it_agreement() -> None:
    minor = judge_pair(claim("a", "AWB", 16.7e6), claim("b", "AWF", 16.5e6), RULE)
    assert minor.verdict == "conflict"
    assert minor.reason.endswith("1.2% apart")
    assert judge_pair(claim("a", "eBay", 4.2e9, 4.35e9), claim("b", "analysts", 4.37e9),
                      RULE).verdict == "agree"


def test_open_bounds_stay_open() -> None:
    # "more than 5 million" (BBC) and "5.3 million" (Ofcom) agree
    assert judge_pair(claim("a", "BBC", 5e6, None), claim("b", "Ofcom", 5.3e6),
                      RULE).verdict == "agree"
    # "71,000" (TUC) is below "more than 80,000" (Michael Howard)
    below = judge_pair(claim("a", "TUC", 71000), claim("b", "Howard", 80000, None), RULE)
    assert below.verdict == "conflict"
    assert round(below.ratio or 0, 3) == round(80000 / 71000, 3)


def test_a_range_against_a_point() -> None:
    # USDA's 205 to 213 mln tonnes holds its own 210; "30 to 40 top firms" is far from 3,000
    assert judge_pair(claim("a", "USDA", 205e6, 213e6), claim("b", "Soviet", 210e6),
                      RULE).verdict == "agree"
    far = judge_pair(claim("a", "Tymoshenko", 3000), claim("b", "Yushchenko", 30, 40), RULE)
    assert far.verdict == "conflict" and far.ratio == 75


def test_a_later_larger_toll_is_an_update() -> None:
    # "About 200 people were rescued" (March 6) and "345 had been rescued" (March 7)
    early = claim("a", "port control", 200, approx=True, when=date(1987, 3, 6),
                  subject="casualties", event="facet=rescued")
    late = claim("b", "Townsend Thoresen", 345, when=date(1987, 3, 7), subject="casualties",
                 event="facet=rescued")
    assert judge_pair(early, late, TOLL).verdict == "update"
    assert judge_pair(late.model_copy(update={"when": date(1987, 3, 5)}), early,
                      TOLL).verdict == "conflict", "a larger figure reported earlier conflicts"


def test_the_missing_fall_as_the_dead_are_found() -> None:
    night = claim("a", "governor", 240, when=date(1987, 3, 6), subject="casualties",
                  event="facet=missing")
    next_day = claim("b", "Jacques Thas", 160, when=date(1987, 3, 7), subject="casualties",
                     event="facet=missing")
    assert judge_pair(night, next_day, TOLL).verdict == "update"


def test_the_same_source_revising_itself_is_an_update_not_a_conflict() -> None:
    pair = judge_pair(claim("a", "SVZ", 30e6, approx=True), claim("b", "SVZ", 34e6 * 1.3), RULE)
    assert pair.verdict == "update"
    discrepancies, agreements = judge_groups(
        [[claim("a", "SVZ", 30e6), claim("b", "SVZ", 44e6)]], RULES)
    assert discrepancies == [] and [p.verdict for p in agreements] == ["update"]


def test_figures_too_far_apart_measure_different_things() -> None:
    pair = judge_pair(claim("a", "Reuters", 2.95e9), claim("b", "Viacom", 0.75), RULE)
    assert pair.verdict == "agree" and "too far" in pair.reason


def test_discrepancies_sorted_by_severity_then_ratio_with_stable_ids() -> None:
    minor = [claim("m1", "AWB", 16.7e6), claim("m2", "AWF", 16.5e6)]
    bad = [claim("b1", "Reuters", 5000), claim("b2", "Ministry", 65000)]
    worse = [claim("w1", "SATS", 100), claim("w2", "union", 10000)]
    found, _ = judge_groups([minor, bad, worse], RULES)
    assert [d.claims[0] for d in found] == ["w1", "b1", "m1"]
    assert [d.id for d in found] == ["d1", "d2", "d3"]
    assert [d.severity for d in found] == ["error", "error", "info"]


def test_pairs_of_one_source_are_not_listed_in_a_discrepancy() -> None:
    group = [claim("a", "Iran", 2600, None), claim("b", "Iran", 2600, None),
             claim("c", "Iraq", 100)]
    (found,), _ = judge_groups([group], RULES)
    assert {(p.a, p.b) for p in found.pairs} == {("a", "c"), ("b", "c")}


def test_a_spokesman_and_the_body_he_speaks_for_are_one_source() -> None:
    # Reuters: the Australian Wheat Board's estimate and its general manager's repeat.
    board = claim("a", "AWB", 16.7e6)
    speaker = claim("b", "Ron Paice (AWB)", 17.9e6)
    assert judge_pair(board, speaker, RULE).verdict == "update"
    blair = claim("c", "Tony Blair (Labour)", 35e9)
    boateng = claim("d", "Paul Boateng (Labour)", 33.5e9)
    assert judge_pair(blair, boateng, RULE).verdict == "update"
    howard = claim("e", "Michael Howard (Conservatives)", 33.5e9)
    assert judge_pair(blair, howard, RULE).verdict == "conflict"


def test_shipped_money_rule_takes_tenfold_sums_as_other_things() -> None:
    # Reuters: Nigeria's "19 billion dlr" debt and "about 320 mln dlrs" owed to Japanese
    # banks are different sums, not rival figures; 10.5bn vs 11bn pounds are rivals.
    money = load_ruleset().subject("money")
    total, part = claim("a", "bankers", 19e9), claim("b", "banking sources", 320e6, approx=True)
    assert judge_pair(total, part, money).verdict == "agree"
    assert judge_pair(claim("c", "Tories", 10.5e9), claim("d", "IFS", 11e9),
                      money).verdict == "conflict"


def test_an_articles_own_unattributed_figure_is_no_rival_to_a_named_source() -> None:
    """BBC, business: the firm's own figure "$639m year-earlier" framed by the reporter
    beside what the firm said is not a second source, in its article or in another; but
    two outlets' unattributed figures are rivals."""
    named = claim("a", "TimeWarner", 1130e6)
    own_voice = Source(name="BBC News", kind="publisher", explicit=False)
    framing = claim("b", "BBC News", 639e6).model_copy(update={"source": own_voice})
    assert judge_groups([[named, framing]], RULES) == ([], [])
    elsewhere = framing.model_copy(update={"id": "c", "document": "other"})
    assert judge_groups([[named, elsewhere]], RULES) == ([], [])
    other_outlet = Source(name="Reuters", kind="publisher", explicit=False)
    rival = claim("d", "Reuters", 1130e6).model_copy(
        update={"source": other_outlet, "document": "third"})
    (found,), _ = judge_groups([[elsewhere, rival]], RULES)
    assert found.claims == ["c", "d"]


def test_a_figure_whose_source_is_only_its_passage_is_no_rival_report() -> None:
    # "Halifax said prices rose by 3% ... At the other end of the scale, prices in the
    # South East fell by 1.6%": the second sentence's Halifax comes from the passage it
    # stands in, not from a word of its own, so it raises no conflict with a rival named
    # in a reporting clause; the same figure said by Halifax does.
    said = claim("a", "Halifax", 5000)
    said = said.model_copy(update={"source": Source(name="Halifax", cue="said")})
    framed = said.model_copy(update={"source": Source(name="Halifax", cue=PASSAGE_CUE)})
    assert reported(said)
    assert not reported(framed)


def test_a_forecaster_who_sees_a_figure_reports_it() -> None:
    # "Cohen sees an average price of 425 dlrs, and another analyst, Michael Pickens, at
    # Yorkton Securities, puts the average at 450 dlrs": both forecasts are reports, so two
    # analysts' averages are rivals.
    seen = claim("a", "Cohen", 425).model_copy(
        update={"source": Source(name="Cohen", cue="sees")})
    assert reported(seen)


def test_the_government_and_its_minister_are_one_voice() -> None:
    # reuters-5835 beside the government's forecast of an earlier story: "Indonesian sugar
    # output is forecast by the government to reach 2.126 mln tonnes in calendar 1987 ...,
    # Agriculture Minister Achmad Affandi said" revises the government's 2.5 mln
    government = claim("a", "government", 2.5e6)
    minister = claim("b", "Agriculture Minister Achmad Affandi", 2.126e6)
    assert judge_pair(government, minister, RULE).verdict == "update"
    embassy = claim("c", "U.S. Embassy", 1.8e6)
    assert judge_pair(embassy, minister, RULE).verdict == "conflict"
    former = claim("d", "former Agriculture Minister Achmad Affandi", 2.126e6)
    assert judge_pair(government, former, RULE).verdict == "conflict"


def test_a_kind_in_the_plural_is_no_named_member_of_it() -> None:
    # reuters-16158: "the three research groups of Kiel, Hamburg and Essen predicted in the
    # institutes' joint spring report that GNP would rise by two pct in 1987"; "the DIW
    # institute of West Berlin and Munich's Ifo institute predicted only one pct".
    institutes = claim("a", "institutes", 2, subject="economic-forecast")
    diw = claim("b", "DIW institute of West Berlin and Munich", 1, subject="economic-forecast")
    assert not same_source(institutes, diw) and not same_source(diw, institutes)
    # A named group of the kind is still the kind: "institutes", "Kiel, Hamburg and Essen
    # institutes".
    assert same_source(institutes, claim("c", "Kiel, Hamburg and Essen institutes", 2,
                                         subject="economic-forecast"))
    assert same_source(institutes, claim("e", "institutes", 3, subject="economic-forecast"))
