"""Corpus discrepancies a hand judgement found wrong and that are understood but not yet
fixed (see the session 7 and 10 judgements in the closing notes): each test states what the report
should say, on the whole article, and is marked as an expected failure. When a change fixes
one, its test passes and pytest reports it (strict), so the mark is taken off and the test
stays, as the first one here has.

Skipped when ``../shared`` is absent."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest

from reconcile.model import Claim, Document, Report
from reconcile.pipeline import check
from reconcile.ruleset import load_ruleset

NEWS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "news.jsonl"
RULES = load_ruleset()


@lru_cache(maxsize=8)
def _report(doc_id: str) -> Report:
    if not NEWS.exists():
        pytest.skip(f"the shared corpus is not at {NEWS}")
    with NEWS.open(encoding="utf-8") as lines:
        record = next(json.loads(line) for line in lines if f'"{doc_id}"' in line
                      and json.loads(line)["id"] == doc_id)
    document = Document(id=doc_id, text=record["text"], path="news.jsonl",
                        publisher=record.get("publisher"), published=record.get("published"),
                        title=record.get("title"))
    return check([document], RULES)


def _claims(doc_id: str) -> dict[int, Claim]:
    return {claim.figure.start: claim for claim in _report(doc_id).claims}


def test_the_finance_ministers_projection_is_his() -> None:
    # "... Wendy Smith Cork ... He also projected the economy would expand 2.8 pct": he is
    # Finance Minister Michael Wilson, named before her. Fixed in session 8: a first name
    # tells "he" from "she" (rules/sources.yaml, sexes).
    assert "Wilson" in _claims("reuters-1272")[1192].source.name


def test_the_ifo_institutes_forecast_is_the_institutes() -> None:
    # "The Ifo economic research institute in Munich said ... around 101 billion marks",
    # after "The Statistics Office said ..." (fixed in session 11: a body's own name opening
    # its description is that body).
    assert "Ifo" in _claims("reuters-19617")[1685].source.name


@pytest.mark.xfail(strict=True, reason="a finance director is not tied to the company he "
                   "speaks for, so a restatement reads as two sources")
def test_a_companys_own_restatement_is_one_source() -> None:
    # Alusuisse's 1985 loss of 692 mln francs, restated by its finance director Haerri as
    # 756 mln: one company revising its figure, not two sources disagreeing.
    claims = _claims("reuters-4692")
    assert "Alusuisse" in claims[2756].source.name


def test_a_result_originally_reported_then_restated_is_no_rival() -> None:
    # "Alusuisse had originally reported a 692 mln francs loss for 1985", restated as 756
    # mln (session 8 judge: wrong). Fixed in session 9: a result "originally reported" is
    # the earlier value of a restatement, not a figure compared with the new one.
    report = _report("reuters-4692")
    texts = {claim.id: claim.figure.text for claim in report.claims}
    for found in report.discrepancies:
        assert not any(texts[ref].startswith("692") for ref in found.claims)


def test_the_research_organisations_forecast_is_the_eius() -> None:
    # "... the Economist Intelligence Unit (EIU) said. ... The independent research
    # organisation cut its 1987 growth rate forecasts for West Germany to 2.2 pct": the
    # EIU's forecast, raised as a rival of the EIU's own import growth (session 8 judge;
    # fixed in session 11: a definite article past the mention's adjectives).
    assert "EIU" in _claims("reuters-3019")[709].source.name


def test_last_years_inflation_is_last_years() -> None:
    # "Paribas expected inflation to rise ... perhaps to 2.6 or 2.7 per cent this year
    # against last years 2.1 per cent": the 2.1 is 1986's (judged wrong in session 8, then
    # fixed: "last years" before a figure is last year's).
    assert "period=1986" in (_claims("reuters-209")[3138].event or "")


@pytest.mark.xfail(strict=True, reason="a prime minister and treasurer are not tied to "
                   "'the official forecast' of their own government, so a revision by the "
                   "government reads as two sources")
def test_a_government_revising_its_own_forecast_is_one_source() -> None:
    # "Hawke and Treasurer Paul Keating said the government's 1986/87 Budget deficit could
    # hit four billion dlrs against the official forecast of 3.5 billion" (session 8 judge).
    claims = _claims("reuters-1927")
    assert claims[189].source.name == claims[138].source.name


def _in_a_discrepancy(doc_id: str, start: int) -> bool:
    """Whether the claim at ``start`` of the article is in one of its discrepancies."""
    report = _report(doc_id)
    ids = {claim.id for claim in report.claims if claim.figure.start == start}
    return any(ids & set(found.claims) for found in report.discrepancies)


def test_reserves_reached_last_week_are_no_forecast_for_the_year() -> None:
    # "... and reserves, which had reached 54 billion U.S. Dlrs last week" beside
    # legislators expecting reserves "to increase to more than 60 billion U.S. Dlrs this
    # year" (session 10 judge: wrong).
    assert not _in_a_discrepancy("reuters-17316", 923)


def test_a_situation_to_avoid_is_no_rival_of_the_ceiling() -> None:
    # Deng "said China must not import more than 10 mln tonnes of grain" (via Ming Pao) and
    # his "We must avoid the situation in recent years of importing more than 10 mln
    # tonnes of grain" are one view (session 10 judge: wrong). Both are Deng's now that
    # the paper is only the one that relays him.
    assert not _in_a_discrepancy("reuters-8161", 79)


@pytest.mark.xfail(strict=True, reason="a value 'on an earnings basis' and takeover values "
                   "are one per-share bucket; the basis of a valuation is not read")
def test_a_value_on_an_earnings_basis_is_no_takeover_value() -> None:
    # "worth only about 50 dlrs on a takeover basis and about 46 dlrs on an earnings basis"
    # beside arbitragers' "takeover values ... of 60 to 65 dlrs per share" (session 10
    # judge: wrong as shown, the 46 being another measure).
    assert not _in_a_discrepancy("reuters-15149", 2574)


def test_a_current_account_deficit_is_no_budget_deficit() -> None:
    # "Malaysia's 1987 current account is expected to be in the black with the Central Bank
    # projecting a 500 mln ringgit surplus compared with last year's 1.2 billion ringgit
    # deficit." and, after "balance the budget by 1989", "The deficit in 1986 was 952 mln
    # ringgit.": two balances, no conflict (surfaced in session 13, when "ringgit" became
    # money; fixed then: money's ``qualified`` facets read the bare "deficit" as the
    # current account's). The article's growth forecasts, the government's "under two pct"
    # against analysts' "nearer three pct", are a right discrepancy.
    report = _report("reuters-21525")
    words = {claim.id: claim.figure.text for claim in report.claims}
    assert not any("ringgit" in words[claim] for found in report.discrepancies
                   for claim in found.claims)


@pytest.mark.xfail(strict=True, reason="'calendar 1987' fits the fiscal year 1987/88 as a "
                   "crop season fits the year it starts in; a calendar year is not marked")
def test_a_calendar_year_is_no_fiscal_year() -> None:
    # "the Japanese government's forecast of 3.5 pct economic growth in the fiscal year
    # beginning April 1. Most independent forecasters, including the IMF, believe that
    # growth in calendar 1987 will be below three pct" (session 21 judge: wrong, two periods).
    assert not _in_a_discrepancy("reuters-7628", 1416)


@pytest.mark.xfail(strict=True, reason="a loan's lender is not part of its key: the banks' "
                   "loan and the IMF's standby loan are one debt facet")
def test_the_banks_loan_is_not_the_imfs_standby_loan() -> None:
    # "91.5 pct of the 1.95 billion dlr loan, which forms the core of the package, has been
    # subscribed" (the commercial banks') and "the 1.83 billion dlr standby loan that it [the
    # IMF] has approved in principle for Argentina" (sessions 20 and 21 judges: wrong).
    assert not _in_a_discrepancy("reuters-19456", 649)


@pytest.mark.xfail(strict=True, reason="the price a debt needs and the price a budget "
                   "assumes are one payment facet; what a price is for is not read")
def test_a_price_the_debt_needs_is_no_budget_price() -> None:
    # "foreign banks had calculated oil would have to be 25 dlrs a barrel for Ecuador to meet
    # its commitments" beside the president's "obliged to make debt payments when crude oil
    # was at 26 dlrs a barrel because the government had projected plans with crude prices at
    # that level" (session 21 judge: wrong, no rival figures for one thing).
    assert not _in_a_discrepancy("reuters-5143", 185)


@pytest.mark.xfail(strict=True, reason="an offer price an analyst cites is read as his "
                   "valuation, beside another analyst's breakup value")
def test_an_offer_price_cited_is_no_breakup_value() -> None:
    # Borg-Warner: Henderson's "the company is (worth) around 55 dlrs per share" beside
    # Rose's "He said at 46 dlrs per share, Heyman's average cost ...", the price of GAF's
    # offer, not his valuation (sessions 20 and 21 judges: wrong).
    assert not _in_a_discrepancy("reuters-11504", 3637)


@pytest.mark.xfail(strict=True, reason="what a bidder could pay and still gain in earnings is "
                   "read as a valuation of the company, beside analysts' values")
def test_an_accretion_ceiling_is_no_valuation() -> None:
    # Borg-Warner: "I worked out that paying as much as 50 dlrs per share would still be
    # additive" beside Henderson's "worth abouth 55 dlrs per share" (session 21 judge: wrong,
    # a price GAF could pay, not what the company is worth).
    assert not _in_a_discrepancy("reuters-16513", 2977)


@pytest.mark.xfail(strict=True, reason="the lead's description of a debt is given to the "
                   "former official the lead goes on to quote, as a rival of his own figure")
def test_the_leads_description_is_no_rival_of_its_speaker() -> None:
    # "Brazil's attempt to seek better terms for paying off its 109 billion dlr foreign debt
    # is responsible and modest, a former chairman of the Council of Economic Advisers said"
    # beside the same man's "Brazil's 100 billion dlr debt" (session 21 judge: wrong, one
    # speaker, and the 109 billion the reporter's description).
    assert not _in_a_discrepancy("reuters-8075", 83)


@pytest.mark.xfail(strict=True, reason="a forecast the sentence opens with ('The IMF predicts "
                   "that ...') is given to those who relay it ('..., monetary sources said')")
def test_a_relayed_prediction_is_its_predictors() -> None:
    # "The International Monetary Fund predicts that the industrial world will grow a
    # sluggish 2.5 pct in 1987, a sharp drop from the more than three pct forecast six months
    # ago, monetary sources said": the IMF's forecast, set (session 22 judge: wrong) against
    # the IMF's own 2.3 pct of another story as if the sources were its rival.
    assert "Monetary Fund" in _claims("reuters-11732")[111].source.name


@pytest.mark.xfail(strict=True, reason="two loans of one rescue package (the banks' loan and "
                   "the IMF's standby loan) are both read as the country's debt")
def test_a_bank_loan_and_the_imfs_standby_loan_are_two_sums() -> None:
    # "91.5 pct of the 1.95 billion dlr loan, which forms the core of the package, has been
    # subscribed" beside "the 1.83 billion dlr standby loan that it has approved in principle
    # for Argentina" (session 28 judge: wrong, two loans from two lenders, not rival figures
    # of one).
    assert not _in_a_discrepancy("reuters-19456", 340)
