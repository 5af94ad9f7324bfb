"""Grouping: same subject, fitting event keys, linked articles, within the time window."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest

from reconcile import group as grouping
from reconcile.attribution.lexicon import SourceLexicon
from reconcile.figures.conventions import FigureConventions
from reconcile.group import group_claims
from reconcile.model import Claim, Figure, FigureKind, Source
from reconcile.ruleset import Ruleset
from reconcile.subjects.rule import RuleExample, SubjectRule

RULE = SubjectRule(id="workforce", name="Workforce", kinds=["count", "money"], signals=["job"],
                   window_days=3, examples=[RuleExample(text="x", expect="none")])
RULES = Ruleset(subjects=[RULE], lexicon=SourceLexicon(),
                conventions=FigureConventions(name="test"))


def claim(ident: str, document: str, event: str, value: float = 100.0,
          when: date | None = None, kind: FigureKind = "count", unit: str | None = "jobs",
          start: int = 0) -> Claim:
    figure = Figure(text=str(value), start=start, end=start + 3, number_start=start,
                    number_end=start + 3, value=value, low=value, high=value, kind=kind,
                    unit=unit)
    return Claim(id=f"{document}:{ident}", document=document, figure=figure,
                 source=Source(name=ident), subject="workforce", event=event, when=when,
                 sentence_start=start, sentence_end=start + 50)


def ids(groups: list[list[Claim]]) -> list[list[str]]:
    return [[c.id for c in group] for group in groups]


def test_a_named_part_stays_apart_from_the_unnamed_whole_in_one_article() -> None:
    whole = claim("brown", "365", "facet=cut; mode=forecast; topic=civil, whitehall", 104000)
    part = claim("bbc", "365", "facet=cut; mode=forecast; who=department work pension; "
                 "topic=civil, whitehall", 30000, start=100)
    other = claim("tuc", "084", "facet=cut; mode=forecast; topic=civil, whitehall", 71000)
    assert ids(group_claims([other, whole, part], RULES)) == [["084:tuc", "365:brown"]]


def test_articles_share_figures_only_when_linked_by_a_rare_name_or_two_words() -> None:
    one = claim("a", "ferry-1", "facet=aboard; topic=channel, ferry, sinking")
    two = claim("b", "ferry-2", "facet=aboard; topic=ferry, rescued, sinking")
    # one shared word links stories only for figures of one size (see the test below)
    unrelated = claim("c", "wheat", "facet=aboard; topic=australian, ferry", value=2.0)
    named = claim("d", "ferry-3", "facet=aboard; who=zeebrugge; topic=disaster")
    also_named = claim("e", "ferry-4", "facet=aboard; who=zeebrugge; topic=toll")
    groups = ids(group_claims([one, two, unrelated, named, also_named], RULES))
    assert ["ferry-1:a", "ferry-2:b"] in groups
    assert ["ferry-3:d", "ferry-4:e"] in groups
    assert all("wheat:c" not in group for group in groups)


def test_different_periods_sides_and_modes_are_not_grouped() -> None:
    claims = [claim("a", "d", "facet=cut; period=2004", start=0),
              claim("b", "d", "facet=cut; period=2005", start=10),
              claim("c", "d", "facet=cut; who=iraqi", start=20),
              claim("d", "d", "facet=cut; who=iranian", start=30),
              claim("e", "d", "facet=cut; mode=target", start=40)]
    assert group_claims(claims, RULES) == []


def test_the_time_window_splits_undated_periods_but_not_named_ones() -> None:
    day = date(1987, 3, 1)
    near = [claim("a", "x", "facet=strike; topic=sats, strike", when=day),
            claim("b", "y", "facet=strike; topic=sats, strike", when=day + timedelta(days=2))]
    far = claim("c", "z", "facet=strike; topic=sats, strike", when=day + timedelta(days=20))
    assert ids(group_claims([*near, far], RULES)) == [["x:a", "y:b"]]
    named = [claim("a", "x", "period=1986; topic=sats, strike", when=day),
             claim("c", "z", "period=1986; topic=sats, strike", when=day + timedelta(days=40))]
    assert ids(group_claims(named, RULES)) == [["x:a", "z:c"]]


def test_amounts_in_different_currencies_are_not_compared() -> None:
    euros = claim("a", "d", "facet=fine", 3000, kind="money", unit="EUR")
    pounds = claim("b", "d", "facet=fine", 2060, kind="money", unit="GBP", start=10)
    assert group_claims([euros, pounds], RULES) == []


def test_claims_without_a_subject_are_never_grouped() -> None:
    loose = [claim("a", "d", "").model_copy(update={"subject": None}),
             claim("b", "d", "", start=5).model_copy(update={"subject": None})]
    assert group_claims(loose, RULES) == []


def _pair_tests(count: int, monkeypatch: pytest.MonkeyPatch) -> int:
    """How many times grouping ``count`` claims asks whether two claims meet or two keys
    fit: the work that would grow with the square of the claims if grouping compared all
    pairs. Counted, not timed, so that a loaded machine cannot fail it."""
    calls = 0

    def counted(function: Callable[..., bool]) -> Callable[..., bool]:
        def wrapper(*args: object, **kwargs: object) -> bool:
            nonlocal calls
            calls += 1
            return function(*args, **kwargs)
        return wrapper

    monkeypatch.setattr(grouping, "_meet", counted(grouping._meet))
    monkeypatch.setattr(grouping, "_fits", counted(grouping._fits))
    names = count // 10  # every name ten times, whatever the count: groups of one size
    claims = [claim(str(n), f"doc{n}", f"facet=cut; who=name{n % names}; topic=word{n}",
                    when=date(1987, 3, 1) + timedelta(days=n % 200), start=n)
              for n in range(count)]
    groups = group_claims(claims, RULES)
    assert all(len(found) >= 2 for found in groups)
    return calls


def test_grouping_a_corpus_is_near_linear(monkeypatch: pytest.MonkeyPatch) -> None:
    small, large = _pair_tests(1000, monkeypatch), _pair_tests(4000, monkeypatch)
    # four times the claims: all pairs would ask sixteen times as often
    assert large <= 6 * max(small, 1)


def test_unlinked_stories_meet_on_one_facet_when_their_figures_are_close() -> None:
    # BBC: "Plans to shed 71,000 civil service jobs" (TUC) and "He plans to axe 104,000
    # jobs" (Whitehall cuts story) share one scarce headline word and a close size.
    tuc = claim("tuc", "084", "facet=cut; mode=forecast; topic=civil, tuc", 71000)
    brown = claim("brown", "365", "facet=cut; mode=forecast; topic=civil, target", 104000)
    far = claim("far", "777", "facet=cut; mode=forecast; topic=civil, rail", 900)
    unfaceted = claim("plain", "888", "mode=forecast; topic=post, whitehall", 80000)
    groups = ids(group_claims([tuc, brown, far, unfaceted], RULES))
    assert groups == [["084:tuc", "365:brown"]]


def test_close_sizes_do_not_chain_unlinked_stories() -> None:
    # 50,000 meets 75,000 and 75,000 meets 110,000, but 50,000 is not 110,000.
    low = claim("low", "a", "facet=cut; topic=civil, one", 50000)
    mid = claim("mid", "b", "facet=cut; topic=civil, two", 75000)
    high = claim("high", "c", "facet=cut; topic=civil, three", 110000)
    for group in ids(group_claims([low, mid, high], RULES)):
        assert not {"a:low", "c:high"} <= set(group)


def test_a_measure_few_articles_give_links_their_figures_of_one_size() -> None:
    # BBC: "to fill an annual £10.5bn 'black hole'" (Golden rule boost for Chancellor) and
    # "to cover an £11bn gap in its spending plans" (Nat Insurance to rise, say Tories).
    tories = claim("tories", "154", "facet=gap; topic=boost, chancellor, golden, rule",
                   10.5e9, kind="money", unit="GBP")
    ifs = claim("ifs", "022", "facet=gap; who=labour; topic=insurance, nat, rise, tory",
                11e9, kind="money", unit="GBP")
    assert ids(group_claims([tories, ifs], RULES)) == [["154:tories", "022:ifs"]]
    others = [claim(f"gap{n}", f"other-{n}", f"facet=gap; topic=story{n}, deficit{n}", 11.2e9,
                    kind="money", unit="GBP") for n in range(3)]
    assert group_claims([tories, ifs, *others], RULES) == []


def test_one_source_far_apart_in_one_article_gives_two_measures() -> None:
    # Reuters survey: "a 16 mln bpd average for February" and, further down, a member's
    # "1.4 mln bpd": one source does not contradict itself tenfold in one article.
    total = claim("total", "opec", "facet=output", 16e6)
    member = claim("member", "opec", "facet=output", 1.4e6, start=100)
    total = total.model_copy(update={"source": Source(name="Reuters")})
    member = member.model_copy(update={"source": Source(name="Reuters")})
    assert group_claims([total, member], RULES) == []
    rival = claim("iea", "opec", "facet=output", 1.2e6, start=200)
    for group in ids(group_claims([total, member, rival], RULES)):
        assert not {"opec:total", "opec:member"} <= set(group)


def test_near_sizes_link_only_a_few_articles_checked_together() -> None:
    # 100,000 Mini models a year at Cowley and 150,000 Hyundai cars in India: the same
    # facet and size in two of many articles is chance, not one story.
    mini = claim("mini", "049", "facet=output; topic=bmw, mini", 100000)
    hyundai = claim("hyundai", "054", "facet=output; topic=hyundai, india", 120000)
    others = [claim(f"x{n}", f"other-{n}", f"topic=t{n}", 10.0 ** n)
              for n in range(1, 4)]
    assert ids(group_claims([mini, hyundai], RULES)) == [["049:mini", "054:hyundai"]]
    assert group_claims([mini, hyundai, *others], RULES) == []


def test_a_figure_named_for_a_party_meets_the_one_that_party_gives_unnamed() -> None:
    # BBC: Tony Blair claimed "a Tory government would cut £35bn"; "The Tories said ...
    # leading to a total of £33.5bn less spending" is the Tories' own, unnamed figure.
    blair = claim("blair", "387", "facet=cut; mode=forecast; who=tory", 35e9, kind="money",
                  unit="GBP")
    tories = claim("tories", "387", "facet=cut; mode=forecast", 33.5e9, kind="money",
                   unit="GBP", start=100)
    tories = tories.model_copy(update={"source": Source(name="Conservatives",
                                                        evidence="The Tories")})
    assert ids(group_claims([blair, tories], RULES)) == [["387:blair", "387:tories"]]
    labour = tories.model_copy(update={"source": Source(name="Labour", evidence="Labour")})
    assert group_claims([blair, labour], RULES) == []


def test_the_window_holds_pair_by_pair_in_a_busy_run() -> None:
    # Daily stories on one strike: each is within the three-day window of the next, but
    # the first and the last are five days apart and are not grouped.
    day = date(1987, 4, 1)
    runs = [claim(f"c{n}", f"strike-{n}", "facet=strike; topic=sats, strike, rail", 1000 + n,
                  when=day + timedelta(days=offset)) for n, offset in enumerate((0, 2, 5))]
    for group in ids(group_claims(runs, RULES)):
        assert not {"strike-0:c0", "strike-2:c2"} <= set(group)
