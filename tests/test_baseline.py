"""Baselines accept known discrepancies by fingerprint; edits elsewhere keep them accepted."""

import json
from pathlib import Path

import pytest

from reconcile.baseline import (
    SCHEMA_VERSION,
    apply_baseline,
    build_baseline,
    load_baseline,
    write_baseline,
)
from reconcile.model import Claim, Discrepancy, Document, Figure, Report, Source
from reconcile.yamlfile import RuleFileError

SEED = (
    "Around 5,000 people attended the pro-Lukashenko protest, a Reuters reporter estimated. "
    "The Belarusian Interior Ministry put the number at 65,000."
)


def make_claim(document: Document, words: str, value: float, source: str) -> Claim:
    """A claim for the first occurrence of ``words`` in the document, as a stage would."""
    start = document.text.index(words)
    figure = Figure(
        text=words, start=start, end=start + len(words), number_start=start,
        number_end=start + len(words), value=value, low=value, high=value, kind="count",
        unit="people",
    )
    return Claim(
        id=f"{document.id}:{start}", document=document.id, figure=figure,
        source=Source(name=source), subject="crowd-size", event="pro-Lukashenko rally",
        sentence_start=0, sentence_end=len(document.text),
    )


SEED_FIGURES = (
    ("5,000 people", 5000, "Reuters"),
    ("65,000", 65000, "Belarusian Interior Ministry"),
)


def make_report(
    text: str = SEED, doc_id: str = "minsk", rule: str = "crowd-size",
    figures: tuple[tuple[str, float, str], ...] = SEED_FIGURES,
) -> Report:
    """The seed's crowd-size discrepancy, built by hand from ``text``."""
    document = Document(id=doc_id, text=text, path=f"{doc_id}.md")
    claims = [make_claim(document, *figure) for figure in figures]
    claims = [claim.model_copy(update={"subject": rule}) for claim in claims]
    discrepancy = Discrepancy(
        id=f"{rule}:1", subject=rule, event="pro-Lukashenko rally", severity="error",
        ratio=13.0, claims=[claim.id for claim in claims], reason="65,000 vs 5,000: 13x apart",
    )
    return Report(documents=[document], claims=claims, discrepancies=[discrepancy])


def test_round_trip_survives_an_edit_elsewhere(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    write_baseline(make_report(), path)
    edited = make_report("MINSK (Reuters) - Crowds gathered on Sunday.\n\n" + SEED)
    assert edited.claims[0].id != make_report().claims[0].id  # offsets moved
    result = apply_baseline(edited, load_baseline(path))
    assert (result.new, result.gone, result.unchanged) == ([], 0, 1)


def test_a_changed_figure_is_one_new_finding(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    write_baseline(make_report(), path)
    changed = make_report(
        SEED.replace("65,000", "75,000"),
        figures=(SEED_FIGURES[0], ("75,000", 75000, "Belarusian Interior Ministry")),
    )
    result = apply_baseline(changed, load_baseline(path))
    assert [item.id for item in result.new] == ["crowd-size:1"]
    assert (result.gone, result.unchanged) == (1, 0)


def test_each_entry_accepts_one_discrepancy() -> None:
    report = make_report()
    twice = report.model_copy(update={
        "discrepancies": [*report.discrepancies,
                          report.discrepancies[0].model_copy(update={"id": "crowd-size:2"})],
    })
    result = apply_baseline(twice, build_baseline(report))
    assert [item.id for item in result.new] == ["crowd-size:2"]
    assert result.unchanged == 1


def test_file_is_readable_and_versioned(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    write_baseline(make_report(), path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema_version"] == SCHEMA_VERSION
    assert data["tool_version"]
    [entry] = data["discrepancies"]
    assert len(entry["fingerprint"]) == 64
    assert entry["rule"] == "crowd-size"
    assert {figure["source"] for figure in entry["figures"]} == {
        "Reuters", "Belarusian Interior Ministry"}
    assert not list(tmp_path.glob("*.partial"))


def test_newer_schema_is_refused_at_its_line(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    write_baseline(make_report(), path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["schema_version"] = SCHEMA_VERSION + 1
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    with pytest.raises(RuleFileError) as caught:
        load_baseline(path)
    assert caught.value.line == 2
    assert "newer than this reconcile reads" in str(caught.value)


def test_bad_entry_points_at_its_line(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    write_baseline(make_report(), path)
    text = path.read_text(encoding="utf-8")
    line = next(number for number, row in enumerate(text.splitlines(), 1) if '"rule"' in row)
    path.write_text(text.replace('"rule": "crowd-size"', '"rule": 7'), encoding="utf-8")
    with pytest.raises(RuleFileError) as caught:
        load_baseline(path)
    assert str(caught.value).startswith(f"{path}:{line}: discrepancies.0.rule:")


def test_broken_json_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    path.write_text('{\n  "schema_version": 1,\n  "discrepancies": [\n}\n', encoding="utf-8")
    with pytest.raises(RuleFileError) as caught:
        load_baseline(path)
    assert caught.value.line == 4
    assert "not JSON" in caught.value.message


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(RuleFileError, match="cannot read"):
        load_baseline(tmp_path / "nowhere.json")
