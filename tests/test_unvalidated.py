"""Models built without pydantic's validation (``reconcile.unvalidated``): the figures of
the scan and the sentences of the segmenter are the objects validation would make: same
values of the same types in the same order, the same fields recorded as given, the same
JSON. A field added to a model or a value of another type (an ``int`` where validation
makes a ``float``) fails here first."""

from __future__ import annotations

import pickle

from pydantic import BaseModel

from reconcile.figures import FigureConventions, extract_figures
from reconcile.model import Figure, Sentence
from reconcile.segment import split_sentences

CONVENTIONS = FigureConventions(name="test")
SENTENCES = [
    "Police said about 5,000 people marched, while organisers put the number at 20,000.",
    "The company said net profit rose 12.5 pct to 34 mln dlrs, or 1.20 dlrs a share.",
    "Output was 1.8 mln tonnes, up from more than 1.5 mln, and 30 or more mills closed.",
    "One in five workers earns less than £200 a week; 3/4 of them are aged 25 to 34.",
]


def _assert_as_validated(built: BaseModel) -> None:
    given = {name: getattr(built, name) for name in built.__pydantic_fields_set__}
    validated = type(built)(**given)
    assert list(built.__dict__.items()) == list(validated.__dict__.items())
    assert [type(value) for value in built.__dict__.values()] == [
        type(value) for value in validated.__dict__.values()]
    assert built.__pydantic_fields_set__ == validated.__pydantic_fields_set__
    assert built.__pydantic_extra__ == validated.__pydantic_extra__
    assert built.__pydantic_private__ == validated.__pydantic_private__
    assert built.model_dump_json() == validated.model_dump_json()
    assert built == validated and hash(built) == hash(validated)
    assert pickle.loads(pickle.dumps(built)) == validated


def test_scanned_figures_are_what_validation_makes() -> None:
    figures = [figure for sentence in SENTENCES
               for figure in extract_figures(sentence, CONVENTIONS)]
    assert len(figures) >= 12
    assert all(isinstance(figure, Figure) for figure in figures)
    for figure in figures:
        _assert_as_validated(figure)


def test_sentences_are_what_validation_makes() -> None:
    sentences = split_sentences("  Mr. Smith said 5 pct.\nHEADLINE\n\n" + " ".join(SENTENCES))
    assert len(sentences) == 2 + len(SENTENCES)
    assert all(isinstance(sentence, Sentence) for sentence in sentences)
    for sentence in sentences:
        _assert_as_validated(sentence)


def test_a_copy_records_its_update_apart_from_the_original() -> None:
    figure = extract_figures("About 5,000 people marched.", CONVENTIONS)[0]
    copied = figure.model_copy(update={"vague": "thousands"})
    assert "vague" in copied.__pydantic_fields_set__
    assert "vague" not in figure.__pydantic_fields_set__
