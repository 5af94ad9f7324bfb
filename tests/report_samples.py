"""Hand-built reports for the output-format tests (imported by them; holds no tests itself).

The formats are tested against ``Report`` objects built here from real sentences, so they
do not wait on the extraction stages. Offsets are found in the text, never typed in, so
the samples cannot drift from their sentences.
"""

from __future__ import annotations

from reconcile.model import (
    Claim,
    Discrepancy,
    Document,
    Figure,
    FigureKind,
    InputProblem,
    PairJudgement,
    Report,
    Source,
    SourceKind,
)

SEED_TEXT = (
    "Russia Says Military Help Available as Belarus Hosts Rival Protests\n"
    "\n"
    "A Reuters reporter said the Minsk segment of the rally was huge, with upward of 100,000 "
    "people present, and that a carnival atmosphere prevailed.\n"
    "\n"
    "Around 5,000 people attended the pro-Lukashenko protest, a Reuters reporter estimated. "
    "The Belarusian Interior Ministry put the number at 65,000.\n"
)

WIRE_TEXT = (
    "Sales of the new model reached 12,500 units in March, the company said. "
    "Dealers put the figure nearer 10,000 units."
)

HOSTILE_TEXT = (
    'Police said <script>alert("x")</script> 300 people marched. '
    'Organisers said <img src=x onerror="alert(1)"> 1,200 people marched.'
)


def figure_in(
    text: str,
    words: str,
    number: str,
    *,
    value: float | None,
    low: float | None = None,
    high: float | None = None,
    approx: bool = False,
    kind: FigureKind = "count",
    unit: str | None = "people",
) -> Figure:
    """A figure for ``words`` (first occurrence in ``text``) with ``number`` inside it."""
    start = text.index(words)
    number_start = text.index(number, start)
    return Figure(
        text=words,
        start=start,
        end=start + len(words),
        number_start=number_start,
        number_end=number_start + len(number),
        value=value,
        low=low,
        high=high,
        approx=approx,
        kind=kind,
        unit=unit,
    )


def claim_for(
    document: Document,
    figure: Figure,
    source: str,
    kind: SourceKind,
    cue: str | None,
    subject: str,
    event: str,
) -> Claim:
    """A claim on ``figure``, its sentence bounded by the full stops or line ends around it."""
    text = document.text
    before = text[: figure.start]
    full_stop = before.rfind(". ")
    sentence_start = max(full_stop + 2 if full_stop >= 0 else 0, before.rfind("\n") + 1)
    stops = [text.find(". ", figure.end) + 1, text.find("\n", figure.end), len(text)]
    sentence_end = min(stop for stop in stops if stop > 0)
    return Claim(
        id=f"{document.id}:{figure.start}",
        document=document.id,
        figure=figure,
        source=Source(name=source, kind=kind, cue=cue, evidence=source),
        subject=subject,
        event=event,
        sentence_start=sentence_start,
        sentence_end=sentence_end,
    )


def discrepancy_of(
    claims: list[Claim], severity: str, ratio: float, reason: str, event: str | None = None
) -> Discrepancy:
    """A discrepancy over ``claims``, with the pair judgement of the first two."""
    first, second = claims[0], claims[1]
    return Discrepancy(
        id=f"{first.subject}:{first.id}",
        subject=first.subject or "",
        event=event if event is not None else first.event,
        severity=severity,
        ratio=ratio,
        claims=[claim.id for claim in claims],
        reason=reason,
        pairs=[
            PairJudgement(a=first.id, b=second.id, verdict="conflict", ratio=ratio, reason=reason)
        ],
    )


def seed_document(path: str = "seeds/belarus.txt") -> Document:
    """The seed article's rival-rally sentences, as a plain text file."""
    return Document(id="belarus", text=SEED_TEXT, path=path, publisher="The Epoch Times")


def seed_claims(document: Document) -> list[Claim]:
    """Reuters' ~5,000 and the Interior Ministry's 65,000 for the pro-Lukashenko rally."""
    text = document.text
    event = "pro-Lukashenko rally, Minsk"
    reuters = figure_in(text, "Around 5,000 people", "5,000", value=5000, low=4500,
                        high=5500, approx=True)
    ministry = figure_in(text, "65,000", "65,000", value=65000, low=65000, high=65000)
    return [
        claim_for(document, reuters, "Reuters", "media", "estimated", "crowd-size", event),
        claim_for(document, ministry, "Belarusian Interior Ministry", "official",
                  "put the number at", "crowd-size", event),
    ]


def seed_report() -> Report:
    """One article, one error-level crowd-size discrepancy (13× apart)."""
    document = seed_document()
    claims = seed_claims(document)
    reason = "Reuters says ~5,000, Belarusian Interior Ministry says 65,000: 13× apart"
    return Report(
        documents=[document],
        claims=claims,
        discrepancies=[discrepancy_of(claims, "error", 13.0, reason)],
        conventions={"vague": "acled"},
    )


def corpus_report() -> Report:
    """Three severities, an article from a JSON Lines corpus (line 7), and a bad input."""
    seed = seed_document()
    wire = Document(id="wire-7", text=WIRE_TEXT, path="corpus/news.jsonl", line=7,
                    publisher="Reuters", url="https://example.org/wire-7")
    hostile = Document(id="hostile", text=HOSTILE_TEXT, path="inbox/hostile.txt",
                       url="javascript:alert(1)")
    seed_pair = seed_claims(seed)
    company = claim_for(
        wire, figure_in(WIRE_TEXT, "12,500 units", "12,500", value=12500, unit="units"),
        "the company", "company", "said", "sales-volume", "new model sales, March")
    dealers = claim_for(
        wire, figure_in(WIRE_TEXT, "nearer 10,000 units", "10,000", value=10000, approx=True,
                        unit="units"),
        "Dealers", "other", "put the figure", "sales-volume", "new model sales, March")
    police = claim_for(
        hostile, figure_in(HOSTILE_TEXT, "300 people", "300", value=300),
        "Police", "police", "said", "crowd-size", 'march <b>"downtown"</b>')
    organisers = claim_for(
        hostile, figure_in(HOSTILE_TEXT, "1,200 people", "1,200", value=1200),
        "Organisers <i>", "organiser", "said", "crowd-size", 'march <b>"downtown"</b>')
    return Report(
        documents=[seed, wire, hostile],
        claims=[*seed_pair, company, dealers, police, organisers],
        discrepancies=[
            discrepancy_of(seed_pair, "error", 13.0,
                           "Reuters says ~5,000, Belarusian Interior Ministry says 65,000"),
            discrepancy_of([company, dealers], "info", 1.25,
                           "the company says 12,500, Dealers say ~10,000: 25% apart"),
            discrepancy_of([police, organisers], "warning", 4.0,
                           'Police say 300 <script>alert("r")</script>, organisers 1,200'),
        ],
        problems=[InputProblem(path="corpus/news.jsonl", line=9, message="not JSON: <eof>")],
        conventions={"vague": "acled"},
    )
