"""The JSON report: the contract's keys in order, plain numbers, stable order and bytes."""

from __future__ import annotations

import json

from golden import assert_golden, sample_report

from reconcile.report import render

CLAIM_KEYS = ["id", "document", "start", "end", "text", "value", "low", "high", "approx", "unit",
              "subject", "event", "when", "source"]
DISCREPANCY_KEYS = ["id", "subject", "event", "severity", "ratio", "claims", "reason"]


def test_sample_matches_golden() -> None:
    assert_golden("sample.json", render(sample_report(), "json"))


def test_contract_keys_come_first_in_order() -> None:
    data = json.loads(render(sample_report(), "json"))
    assert list(data)[:4] == ["version", "documents", "claims", "discrepancies"]
    assert data["version"] == 1
    assert list(data["documents"][0])[:5] == ["id", "path", "publisher", "published", "title"]
    assert list(data["claims"][0])[:len(CLAIM_KEYS)] == CLAIM_KEYS
    assert list(data["claims"][0]["source"])[:4] == ["name", "kind", "cue", "explicit"]
    assert list(data["discrepancies"][0])[:len(DISCREPANCY_KEYS)] == DISCREPANCY_KEYS


def test_claims_point_at_their_words_and_discrepancies_are_ordered() -> None:
    report = sample_report()
    text = report.documents[0].text
    data = json.loads(render(report, "json"))
    for claim in data["claims"]:
        assert text[claim["start"]:claim["end"]] == claim["text"]
    rally = data["discrepancies"][0]
    assert rally["severity"] == "error" and rally["ratio"] == 13
    assert [c["value"] for c in data["claims"] if c["id"] in rally["claims"]] == [5000, 65000]
    assert data["claims"][3]["low"] == 80 and data["claims"][3]["high"] is None


def test_same_report_in_any_order_gives_the_same_bytes() -> None:
    report = sample_report()
    shuffled = report.model_copy(update={
        "discrepancies": list(reversed(report.discrepancies)),
        "claims": list(reversed(report.claims)),
    })
    assert render(report, "json") == render(shuffled, "json")
