"""Wire tables: a caption's scale and unit go to the bare numbers of the rows after it."""

from __future__ import annotations

from pathlib import Path

from reconcile.figures import FigureConventions, extract_figures
from reconcile.yamlfile import load_model

CONVENTIONS = load_model(Path(__file__).resolve().parents[1] / "rules" / "figures.yaml",
                         FigureConventions)

OPEC_TABLE = (
    "Country-by-country production figures are as follows, in mln bpd -\n\n"
    "COUNTRY CURRENT FEBRUARY QUOTA\n\nIRAQ 1.75 1.75 1.466\n\nTOTAL 14.7 16.0 15.8\n\n"
    "OPEC output in February was well below the ceiling of 15.8 it set in December, the "
    "OPEC news agency Opecna quoted an official as saying on Thursday.\n\nGABON 0.15"
)


def test_caption_scale_and_unit_reach_the_rows() -> None:
    rows = [f for f in extract_figures(OPEC_TABLE, CONVENTIONS) if f.start < 140]
    assert [(f.text, f.value, f.unit) for f in rows[-3:]] == [
        ("14.7", 14_700_000, "barrels per day"), ("16.0", 16_000_000, "barrels per day"),
        ("15.8", 15_800_000, "barrels per day")]
    assert all(f.low == f.value == f.high and f.kind == "quantity" for f in rows)


def test_the_table_ends_at_the_first_line_of_prose() -> None:
    after = [f for f in extract_figures(OPEC_TABLE, CONVENTIONS) if f.start > 140]
    assert [(f.value, f.unit) for f in after] == [(15.8, None), (0.15, None)]


def test_a_caption_of_thousands_of_a_unit() -> None:
    text = ("The breakdown of unwrought aluminium production was as follows (in thousands of "
            "tonnes)\n\nAfrica 45 50 41\n\nNorth America 354 387 339")
    assert [f.value for f in extract_figures(text, CONVENTIONS)][:2] == [45_000, 50_000]
    assert {f.unit for f in extract_figures(text, CONVENTIONS)} == {"tonnes"}


def test_a_line_naming_two_scales_captions_nothing() -> None:
    text = "x - in thousand running bales. y - in mln cwts\n\nOutstanding 806.1 2.7 20.5"
    assert [f.value for f in extract_figures(text, CONVENTIONS)] == [806.1, 2.7, 20.5]


def test_two_units_of_one_scale_give_the_scale_alone() -> None:
    text = ("carryover stocks, in mln bushels, except feedgrains, which is in mln tonnes --"
            "\n\nCORN 1,800 2,400 2,589 2,589")
    found = extract_figures(text, CONVENTIONS)
    assert [(f.value, f.unit) for f in found][:2] == [(1.8e9, None), (2.4e9, None)]


def test_money_captions_and_figures_with_their_own_unit() -> None:
    text = "Results, in mln dlrs -\n\nNet 807 vs 2,858\n\nRevs 12 pct vs 5 pct"
    found = extract_figures(text, CONVENTIONS)
    assert [(f.value, f.unit) for f in found] == [
        (807e6, "USD"), (2858e6, "USD"), (12, "percent"), (5, "percent")]


BEET = (
    "Eastern Europe area is forecast at 4.73 mln ha against 4.72 mln.\n\n"
    "Individual West Europe country estimates, in 1,000 hectares (with 1986 figures in "
    "brackets), are, Belgium/Luxembourg 114 (118), Denmark 69 (69), U.K. 200 (201), West "
    "Germany 385 (399).\n\n"
    "Eastern Europe plantings are forecast as follows, USSR 3400 (3440), Albania 10 (9), "
    "Poland 460 (440).\n\n"
    "Licht said these area forecasts pointed to a total crop of 29.8 mln tonnes, raw value, "
    "down from 31.4 in 1986/87, and 12 other figures."
)


def test_an_inline_caption_scales_the_list_after_it_and_the_next_list() -> None:
    found = {f.text: f for f in extract_figures(BEET, CONVENTIONS)}
    assert [(found[t].value, found[t].unit) for t in ("114", "200", "399", "3400", "440")] == [
        (114_000, "hectares"), (200_000, "hectares"), (399_000, "hectares"),
        (3_400_000, "hectares"), (440_000, "hectares")]
    # the caption is a unit, not a figure; the prose after the lists keeps its own figures
    assert "1,000 hectares" not in found and found["12"].value == 12


def test_an_inline_scale_with_no_list_after_it_captions_nothing() -> None:
    text = ("The company is issuing a 200 mln franc bond in 1,000 franc denominations, with "
            "a coupon of 5.5 pct, payable on 30 June.")
    assert [f.value for f in extract_figures(text, CONVENTIONS)] == [200_000_000, 1000, 5.5]
