"""Claims the subjects stage builds without pydantic's validation (``subjects._claim``, by
``reconcile.unvalidated``) are the objects validation would make, checked as
``tests/test_unvalidated.py`` checks figures and sentences. A field added to ``Claim`` or a
value of another type (a ``datetime`` where a ``date`` is declared) fails here first."""

from __future__ import annotations

from datetime import date

from test_unvalidated import _assert_as_validated

from reconcile.attribution import attribute
from reconcile.figures import extract_figures
from reconcile.model import Claim, Document
from reconcile.ruleset import load_ruleset
from reconcile.segment import split_sentences
from reconcile.subjects import describe_claims

TEXT = (
    "LONDON, March 5 - Police said about 5,000 people marched on Sunday, while organisers "
    "put the number at 20,000. The company said net profit rose 12.5 pct to 34 mln dlrs in "
    "the first quarter of 1987, from 30 mln dlrs a year earlier. Earlier, the employers had "
    "put the figure at 4,000. Output was 1.8 mln tonnes in February, analysts estimated."
)


def _claims() -> list[Claim]:
    rules = load_ruleset()
    document = Document(id="d1", text=TEXT, path="test", publisher="Reuters",
                        published=date(1987, 3, 5), title="UK MARCH DRAWS CROWD")
    sentences = split_sentences(TEXT)
    figures = extract_figures(TEXT, rules.conventions)
    sources = attribute(document, sentences, figures, rules.lexicon)
    return describe_claims(document, sentences, figures, sources, rules.subjects)


def test_claims_are_what_validation_makes() -> None:
    claims = _claims()
    assert len(claims) >= 6
    assert any(claim.subject for claim in claims) and any(claim.when for claim in claims)
    for claim in claims:
        _assert_as_validated(claim)


def test_a_copied_claim_records_its_update_apart_from_the_original() -> None:
    claim = _claims()[0]
    copied = claim.model_copy(update={"event": "facet=dead"})
    assert copied.event == "facet=dead" and claim.event != "facet=dead"
    assert claim.__pydantic_fields_set__ is not copied.__pydantic_fields_set__
    assert claim.__pydantic_fields_set__ == set(Claim.model_fields)
