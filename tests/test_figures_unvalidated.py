"""Figures the scan builds without pydantic's validation (``extract._figure``) are the
objects validation would make: same values of the same types in the same order, the same
fields recorded as given, the same JSON. A field added to ``Figure`` or a value of another
type (an ``int`` where validation makes a ``float``) fails here first."""

from __future__ import annotations

import pickle

from reconcile.figures import FigureConventions, extract_figures
from reconcile.model import Figure

CONVENTIONS = FigureConventions(name="test")
SENTENCES = [
    "Police said about 5,000 people marched, while organisers put the number at 20,000.",
    "The company said net profit rose 12.5 pct to 34 mln dlrs, or 1.20 dlrs a share.",
    "Output was 1.8 mln tonnes, up from more than 1.5 mln, and 30 or more mills closed.",
    "One in five workers earns less than £200 a week; 3/4 of them are aged 25 to 34.",
]


def test_scanned_figures_are_what_validation_makes() -> None:
    seen = 0
    for sentence in SENTENCES:
        for figure in extract_figures(sentence, CONVENTIONS):
            given = {name: getattr(figure, name) for name in figure.__pydantic_fields_set__}
            validated = Figure(**given)
            assert list(figure.__dict__.items()) == list(validated.__dict__.items())
            assert [type(value) for value in figure.__dict__.values()] == [
                type(value) for value in validated.__dict__.values()]
            assert figure.__pydantic_fields_set__ == validated.__pydantic_fields_set__
            assert figure.__pydantic_extra__ == validated.__pydantic_extra__
            assert figure.__pydantic_private__ == validated.__pydantic_private__
            assert figure.model_dump_json() == validated.model_dump_json()
            assert figure == validated and hash(figure) == hash(validated)
            assert pickle.loads(pickle.dumps(figure)) == validated
            seen += 1
    assert seen >= 12


def test_a_copy_records_its_update_apart_from_the_original() -> None:
    figure = extract_figures("About 5,000 people marched.", CONVENTIONS)[0]
    copied = figure.model_copy(update={"vague": "thousands"})
    assert "vague" in copied.__pydantic_fields_set__
    assert "vague" not in figure.__pydantic_fields_set__
