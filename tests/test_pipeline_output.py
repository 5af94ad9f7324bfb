"""The pipeline streams: documents in, claims out in order; the JSON report out in pieces.

A corpus run must not hold the corpus, or its report as one string, in memory; these tests
pin down that streaming changes nothing a reader sees: the same documents in the same
order for any number of processes, and JSON bytes equal to ``json.dumps(indent=2)``.
"""

from __future__ import annotations

import io
import json
import math
from collections.abc import Iterator
from enum import Enum, IntEnum
from pathlib import Path

import pytest
from golden import sample_report

from reconcile.model import Document
from reconcile.pipeline import check, extract_all
from reconcile.read import read_inputs
from reconcile.report import render, write
from reconcile.report.json import chunks, claim_data, dumps
from reconcile.report.jsonmodel import ClaimOut
from reconcile.report.text import Lookup
from reconcile.ruleset import Ruleset, load_ruleset

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"

SENTENCES = [
    "Around 5,000 people attended the pro-Lukashenko protest, a Reuters reporter estimated.",
    "The Belarusian Interior Ministry put the number at 65,000.",
    "Police said 1,200 people were detained, but organisers put the figure at 3,000.",
    "Shell said its net profit rose to 1.2 billion dollars, analysts estimated 1.1 billion.",
    "Le ministère a compté 12 000 manifestants à Paris, selon la CGT 40 000.",
]


class Verdict(str, Enum):
    AGREE = "agree"


class Level(IntEnum):
    HIGH = 2


def documents() -> list[Document]:
    return [Document(id=f"doc-{index}", text=text, path="test", publisher="Reuters")
            for index, text in enumerate(SENTENCES)]


@pytest.fixture(scope="module")
def rules() -> Ruleset:
    return load_ruleset()


def test_two_processes_give_each_document_its_own_claims_in_order(rules: Ruleset) -> None:
    one = [(document.id, claims) for document, claims in extract_all(documents(), rules, 1)]
    two = [(document.id, claims) for document, claims in extract_all(documents(), rules, 2)]
    assert [doc_id for doc_id, _ in one] == [f"doc-{index}" for index in range(len(SENTENCES))]
    assert two == one
    assert all(claim.document == doc_id for doc_id, claims in two for claim in claims)


def test_a_possessive_after_a_bracket_in_the_lead_is_read(rules: Ruleset) -> None:
    text = ("SEATTLE, March 2 - Boeing Co (BA)'s wholly owned De Havilland Aircraft Co of "
            "Canada Ltd said it will build 12 aircraft. It said the order was worth 120 mln "
            "dlrs.")
    document = Document(id="lead", text=text, path="test", publisher="Reuters")
    ((_, claims),) = extract_all([document], rules, 1)
    assert claims and all(claim.source.name != "Reuters" for claim in claims)


def test_documents_are_read_as_they_are_needed(rules: Ruleset) -> None:
    taken: list[str] = []

    def lazily() -> Iterator[Document]:
        for document in documents():
            taken.append(document.id)
            yield document

    results = extract_all(lazily(), rules, 1)
    first, _ = next(results)
    assert first.id == "doc-0" and taken == ["doc-0"]


def test_streamed_json_is_exactly_the_indented_dump(rules: Ruleset) -> None:
    report = check(read_inputs([str(SEEDS)]), rules)
    lookup = Lookup(report)
    text = render(report, "json")
    assert text == json.dumps(json.loads(text), indent=2, ensure_ascii=False) + "\n"
    assert "".join(chunks(report)) == text
    stream = io.StringIO()
    write(report, "json", stream)
    assert stream.getvalue() == text
    assert json.loads(text)["claims"] == [claim_data(lookup, c) for c in lookup.all_claims()]


def test_claims_as_plain_data_keep_the_published_model(rules: Ruleset) -> None:
    report = check(iter(documents()), rules)
    lookup = Lookup(report)
    assert report.claims
    for claim in report.claims:
        data = claim_data(lookup, claim)
        assert ClaimOut.model_validate(data).model_dump() == data
        assert list(data) == list(ClaimOut.model_fields)


@pytest.mark.parametrize("data", [
    {"empty": [], "nothing": {}, "text": "Gdańsk “quoted” \\ \n", "n": -3, "x": 0.1},
    {"nested": [[1, [2.5e-08, 1e+22]], {"a": None, "b": True, "c": False}], "z": []},
    {"odd": [math.inf, -math.inf], "big": 2**60, "unicode": "\u2028 \x00 ☃"},
    {"enums": [Verdict.AGREE, Level.HIGH], Verdict.AGREE: Level.HIGH},
    {},
])
def test_the_encoder_writes_what_json_dumps_writes(data: dict) -> None:
    assert dumps(data) == json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def test_write_streams_the_formats_that_have_no_writer() -> None:
    report = sample_report()
    stream = io.StringIO()
    write(report, "markdown", stream)
    assert stream.getvalue() == render(report, "markdown")


@pytest.mark.parametrize(("text", "figures"), [
    # Reuters: the count in a speaker's name says who speaks, not a quantity
    ("Prices rose 5 pct last week, one dealer said.", ["5 pct"]),
    ("Two analysts said output would reach 5 mln tonnes.", ["5 mln tonnes"]),
    ("One senior banker closely involved in the talks said the debt was 15 billion dlrs.",
     ["15 billion dlrs"]),
    # Reuters: also where the speaker's count is the sentence's only figure
    ("The Euroyen bonds are mostly picked up by Japanese trust banks, one trader said.", []),
    ('"It is flavor of the month," one dealer said.', []),
    # ... but a count beside its source stays, and so does a figure holding a name
    ("One person was killed and 20 were injured, police said.", ["One person", "20"]),
])
def test_a_count_that_names_the_speaker_is_no_figure(rules: Ruleset, text: str,
                                                     figures: list[str]) -> None:
    document = Document(id="d", text=text, path="test", publisher="Reuters",
                        published="1987-03-10")
    assert [claim.figure.text for claim in check([document], rules).claims] == figures
