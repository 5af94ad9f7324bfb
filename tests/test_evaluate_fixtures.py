"""Hand-built cases and reports for the evaluation tests, from one real wire sentence.

The measures take a ``Report`` and a case, so these tests fix exactly what the pipeline
"found" and check what each measure makes of it, whatever the stages do today.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from reconcile.evaluation.cases import Case
from reconcile.model import Claim, Discrepancy, Document, Figure, PairJudgement, Report, Source

DOC = "reuters-12519"
TEXT = (
    "JOHANNESBURG, April 2 - The Congress of South African Trade Unions, which claims over "
    "600,000 workers, backed the strike. SATS says that some 13,000 workers are involved in "
    "the stoppage, but union leaders put the number of strikers closer to 18,000."
)


def span(words: str) -> tuple[int, int]:
    """Offsets of the first occurrence of ``words`` in ``TEXT``."""
    start = TEXT.index(words)
    return start, start + len(words)


def gold_figure(ref: str, words: str, value: float | None, source: str, **extra: Any) -> dict:
    """An annotated figure as a case file holds it; a point figure unless told otherwise."""
    start, end = span(words)
    figure = {"ref": ref, "doc": DOC, "start": start, "end": end, "quote": words,
              "value": value, "low": value, "high": value, "approx": False,
              "unit": "workers", "source": source, "subject": "workers"}
    figure.update(extra)
    return figure


def case_data() -> dict:
    """The SATS strike: 13,000 vs 18,000 conflict, the federation's membership apart."""
    return {
        "id": "sats",
        "corpus": "news.jsonl",
        "documents": [DOC],
        "figures": [
            gold_figure("f1", "some 13,000 workers", 13000, "SATS", approx=True),
            gold_figure("f2", "closer to 18,000", 18000, "union leaders", approx=True),
            gold_figure("f3", "over 600,000 workers", 600000, "COSATU", high=None),
        ],
        "conflicts": [{"subject": "strikers", "figures": ["f1", "f2"], "why": "13,000 vs 18,000"}],
        "agreements": [{"subject": "membership vs strikers", "figures": ["f3", "f2"],
                        "why": "different things: membership, not strikers"}],
    }


def case() -> Case:
    return Case.model_validate(case_data())


def claim(words: str, source: str, value: float | None, **bounds: float | None) -> Claim:
    """Our claim on ``words``: a point figure unless ``low``/``high`` say otherwise."""
    start, end = span(words)
    figure = Figure(text=words, start=start, end=end, number_start=start, number_end=end,
                    value=value, low=bounds.get("low", value), high=bounds.get("high", value),
                    kind="count", unit="workers")
    return Claim(id=f"{DOC}:{start}", document=DOC, figure=figure, source=Source(name=source),
                 subject="strike", sentence_start=0, sentence_end=len(TEXT))


def discrepancy(first: Claim, second: Claim, verdict: str = "conflict") -> Discrepancy:
    """A discrepancy over two claims judged with ``verdict``."""
    pair = PairJudgement(a=first.id, b=second.id, verdict=verdict, reason="test")
    return Discrepancy(id=f"d-{first.id}", subject="strike", event=None, severity="warning",
                       ratio=None, claims=[first.id, second.id], reason="test", pairs=[pair])


def report(claims: list[Claim], discrepancies: list[Discrepancy] = ()) -> Report:
    document = Document(id=DOC, text=TEXT, path="news.jsonl")
    return Report(documents=[document], claims=claims, discrepancies=list(discrepancies))


def write_corpus(folder: Path, name: str = "news.jsonl") -> Path:
    """A one-article JSON Lines corpus holding ``TEXT``, after one unrelated article."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    lines = [
        {"id": "reuters-1", "publisher": "Reuters", "published": "1987-02-26",
         "title": "OTHER", "category": None, "text": "Nothing to see."},
        {"id": DOC, "publisher": "Reuters", "published": "1987-04-02",
         "title": "SATS STRIKE", "category": "labour", "text": TEXT},
    ]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return path


def write_case(folder: Path, data: dict | None = None, text: str | None = None) -> Path:
    """A case file named after its id, pretty-printed the way annotators write them."""
    folder.mkdir(parents=True, exist_ok=True)
    data = data if data is not None else case_data()
    path = folder / f"{data.get('id', 'case')}.json"
    path.write_text(text if text is not None else json.dumps(data, indent=2), encoding="utf-8")
    return path
