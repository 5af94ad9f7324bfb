"""Against floods: on a sample of each corpus, the whole pipeline must not report a
discrepancy for every other article, nor chain unrelated articles into one group.

Most figures in a news corpus agree with nothing and disagree with nothing: they are
about different things. The ceilings are ratchets at the rates reached (lower them as the
tool improves; raise them only for added discrepancies judged right by hand, named below);
the assertion prints the worst groups to look at.
"""

from __future__ import annotations

import json
from datetime import date
from itertools import islice
from pathlib import Path

import pytest

from reconcile.model import Document, Report
from reconcile.pipeline import check
from reconcile.ruleset import load_ruleset

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SAMPLES = {"news.jsonl": 300, "bbc.jsonl": 100}
MAX_PER_DOCUMENT = {"news.jsonl": 0.034, "bbc.jsonl": 0.01}  # 10/300 and 0/100 reached
"""news: the two added by rival forecasts meeting (the Indonesian government's palm oil
output for 1987 and 1988 against the U.S. Embassy's) were judged right, and so was the
fifth (the U.S. Embassy's 1.8 mln tonnes of Indonesian sugar for 1987 against the
government's 2.5 mln forecast, met once "Indonesia's raw sugar output" gave way to "the
U.S. Embassy said"), and the sixth (the government's 1985 palm oil output against the
embassy's, met once "crude palm oil (CPO)" no longer named an owner), and the seventh (the
government's 1986 projection of palm oil output, 1.45 mln tonnes, against the embassy's
1.35 mln, met once "the 1986 projection of" measured the output before it), and the
eighth to tenth (reuters-234's MORI poll against the Sunday Express poll of the same
by-election week: the Conservative lead, six points against four, and Labour's and the
Alliance's shares, annotated conflicts all three, met once a poll reported its lead and the
list items were their own parties')."""
MAX_DOCUMENTS_IN_ONE = 2


def _sample(name: str) -> list[Document]:
    path = SHARED / "corpus" / name
    if not path.is_file():
        pytest.skip(f"the shared corpus {path} is absent (read-only data, not shipped)")
    documents = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(islice(lines, SAMPLES[name]), 1):
            row = json.loads(line)
            published = row.get("published")
            documents.append(Document(
                id=row["id"], text=row["text"], path=str(path), line=number,
                publisher=row.get("publisher"), title=row.get("title"),
                published=date.fromisoformat(published) if published else None))
    return documents


def _worst(report: Report) -> str:
    claims = {claim.id: claim for claim in report.claims}
    lines = []
    for discrepancy in report.discrepancies[:10]:
        documents = sorted({claims[c].document for c in discrepancy.claims})
        lines.append(f"{discrepancy.subject} [{discrepancy.event}] {discrepancy.reason} "
                     f"in {', '.join(documents)}")
    return "\n".join(lines)


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_a_corpus_sample_does_not_flood(name: str) -> None:
    documents = _sample(name)
    report = check(documents, load_ruleset())
    claims = {claim.id: claim for claim in report.claims}
    rate = len(report.discrepancies) / len(documents)
    assert rate <= MAX_PER_DOCUMENT[name], (
        f"{len(report.discrepancies)} discrepancies in {len(documents)} articles\n"
        + _worst(report))
    widest = max((len({claims[c].document for c in d.claims}) for d in report.discrepancies),
                 default=0)
    assert widest <= MAX_DOCUMENTS_IN_ONE, _worst(report)
