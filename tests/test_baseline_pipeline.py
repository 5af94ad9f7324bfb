"""Baseline round trip through the real pipeline on the seed article."""

from pathlib import Path

import pytest

from reconcile.baseline import apply_baseline, load_baseline, write_baseline
from reconcile.model import Report
from reconcile.read import read_inputs
from reconcile.ruleset import load_ruleset

pipeline = pytest.importorskip("reconcile.pipeline", reason="pipeline stages not importable",
                               exc_type=ImportError)

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def run(folder: Path) -> Report:
    """Check every article in ``folder`` with the default rules."""
    return pipeline.check(read_inputs([str(folder)]), load_ruleset())


def changed_figure(text: str, report: Report) -> str:
    """``text`` with the leading digit of one figure of the first discrepancy changed."""
    claims = {claim.id: claim for claim in report.claims}
    figure = next(
        claims[claim_id].figure for claim_id in report.discrepancies[0].claims
        if text[claims[claim_id].figure.number_start].isdigit()
    )
    digit = "9" if text[figure.number_start] != "9" else "7"
    return text[: figure.number_start] + digit + text[figure.number_start + 1 :]


def test_edit_elsewhere_keeps_the_baseline_and_a_changed_figure_is_new(tmp_path: Path) -> None:
    [seed] = sorted(SEEDS.glob("*.txt"))
    text = seed.read_text(encoding="utf-8")
    article = tmp_path / "articles" / seed.name
    article.parent.mkdir()
    article.write_text(text, encoding="utf-8")
    first = run(article.parent)
    if not first.discrepancies:
        pytest.skip("the pipeline finds no discrepancy in the seed yet")
    baseline = tmp_path / "baseline.json"
    write_baseline(first, baseline)

    heading, rest = text.split("\n", 1)
    article.write_text(f"{heading}\n\nUpdated with reaction from Vilnius.\n{rest}",
                       encoding="utf-8")
    shifted = run(article.parent)
    assert shifted.claims[-1].id != first.claims[-1].id  # every offset moved
    result = apply_baseline(shifted, load_baseline(baseline))
    assert (result.new, result.gone) == ([], 0)
    assert result.unchanged == len(first.discrepancies)

    article.write_text(changed_figure(text, first), encoding="utf-8")
    result = apply_baseline(run(article.parent), load_baseline(baseline))
    assert len(result.new) == 1
    assert result.gone == 1
