"""``evaluate`` and ``reconcile eval`` through the real pipeline, on a case in ``tmp_path``."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_evaluate_fixtures import case_data, write_case, write_corpus

import reconcile.evaluate
from reconcile.attribution import names
from reconcile.cli import main
from reconcile.evaluate import evaluate
from reconcile.ruleset import load_ruleset


def test_attribution_is_judged_by_the_attribution_stages_name_matching() -> None:
    assert reconcile.evaluate.same_source is names.same_source
    assert names.same_source("SATS", "SATS")
    assert not names.same_source("SATS", "union leaders")


def test_evaluate_scores_every_annotated_figure(tmp_path: Path) -> None:
    write_corpus(tmp_path / "corpus")
    cases = write_case(tmp_path / "devset" / "cases").parent
    result = evaluate(cases, load_ruleset())
    assert [score.case for score in result.cases] == ["sats"]
    assert result.total("figure recall").total == 3
    assert result.total("conflict recall").total == 1
    assert result.render() == evaluate(cases, load_ruleset()).render()


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as done:
        main(args)
    captured = capsys.readouterr()
    return int(done.value.code or 0), captured.out, captured.err


def test_reconcile_eval_prints_the_evaluation(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    write_corpus(tmp_path / "texts")
    cases = write_case(tmp_path / "cases").parent
    code, out, _ = run(["eval", str(cases), "--corpus", str(tmp_path / "texts")], capsys)
    assert code == 0
    assert out.startswith(f"1 case(s) from {cases}\n")
    assert "\nfigure recall " in out


def test_reconcile_eval_exits_2_on_a_bad_case(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    data = case_data()
    data["figures"][0]["value"] = "many"
    path = write_case(tmp_path, data)
    code, out, err = run(["eval", str(tmp_path)], capsys)
    assert code == 2
    assert f"{path}:" in out + err
    assert "figures.0.value" in out + err
