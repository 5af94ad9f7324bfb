"""What the attribution tests share: the default source lexicon, and figures built from
quoted words so that those tests do not depend on the figures stage."""

from __future__ import annotations

from pathlib import Path

from reconcile.attribution import attribute
from reconcile.attribution.lexicon import SourceLexicon
from reconcile.model import Document, Figure, Source
from reconcile.segment import split_sentences
from reconcile.yamlfile import load_model

RULES = Path(__file__).resolve().parents[1] / "rules" / "sources.yaml"


def default_lexicon() -> SourceLexicon:
    return load_model(RULES, SourceLexicon)


def figure_in(text: str, quote: str, occurrence: int = 0) -> Figure:
    """A Figure over the ``occurrence``-th appearance of ``quote`` in ``text``."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(quote, start + 1)
    end = start + len(quote)
    return Figure(text=quote, start=start, end=end, number_start=start, number_end=end,
                  value=None, low=None, high=None)


def sources_of(text: str, quotes: list[str], lexicon: SourceLexicon,
               publisher: str = "Reuters") -> list[Source]:
    """The source of each quoted figure (its first appearance in ``text``)."""
    document = Document(id="t", text=text, path="t", publisher=publisher)
    figures = [figure_in(text, quote) for quote in quotes]
    return attribute(document, split_sentences(text), figures, lexicon)


TEXT_MESSAGES = (
    "UK mobile owners continue to break records with their text messaging, with latest "
    "figures showing that 26 billion texts were sent in total in 2004.\n\nThe figures "
    "collected by the Mobile Data Association (MDA) showed that 2.4 billion were fired "
    "off in December alone, the highest monthly total ever. That was 26% more than in "
    "December 2003. The records even surpassed the MDA's own predictions, it said.")
"""BBC (text messages, bbc-tech-287, an article neither the dev set nor the annotations use):
figures named bare, the maker named by the next sentence, and a change of the figure
before."""
