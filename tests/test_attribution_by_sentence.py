"""Cue regexes run once per document find, sentence by sentence, what a search of each
sentence on its own finds: also where a cue phrase runs over a line break (lines are
sentences of their own), and whether a sentence holds a needle or not."""

from __future__ import annotations

import pytest

from reconcile.attribution.patterns import Phrases, by_sentence, compiled
from reconcile.ruleset import load_ruleset
from reconcile.segment import split_sentences

TEXTS = [
    # A cue phrase broken over a line: no match in either line.
    "Prices rose 5 pct in January, according\nto the ministry. Output fell, it said.",
    "Sales were 12.8 billion dlrs, Pall Corp said\nin a statement. The figure, put by\n"
    "analysts at 13 billion, was a record.",
    # A phrase of words one line holds, the next line starting with the rest.
    "The company's estimate\nof 5,000 was revised. OPEC's\nforecast of output rose.",
    "Around 5,000 people attended the protest, a Reuters reporter estimated. "
    "According to the ministry, the Interior Ministry's figures were 65,000; "
    "the ceiling the group adopted in December was 15.8 mln bpd, well below the target "
    "it set, in a survey by Gallup.",
    "No cue at all here: 5,000 tonnes of wheat.\n\nNor here.",
]


def _patterns() -> list[tuple[str, Phrases]]:
    rules = compiled(load_ruleset().lexicon)
    found = [("relative", rules.relative)]
    for cased in (rules.lower, rules.blind):
        found += [("cues", cased.cues), ("inverted", cased.inverted),
                  ("possessive", cased.possessive)]
    return [(name, phrases) for name, phrases in found if phrases is not None]


@pytest.mark.parametrize("text", TEXTS)
def test_matches_dealt_out_to_sentences_are_those_of_each_sentence_alone(text: str) -> None:
    sentences = split_sentences(text)
    for name, phrases in _patterns():
        for searched in (text, text.lower()):
            dealt = by_sentence(phrases, searched, sentences)
            for index, sentence in enumerate(sentences):
                alone = [m.span() for m in phrases.finditer(searched, sentence.start,
                                                            sentence.end)]
                assert [m.span() for m in dealt.get(index, [])] == alone, (name, sentence)


@pytest.mark.parametrize("cased", ["lower", "blind"])
def test_a_cue_phrase_over_a_line_break_is_no_cue_of_either_line(cased: str) -> None:
    """Lower-cased cues have needles (only sentences holding one are searched); case-blind
    ones have none, so the whole text is searched and the match over the break undone."""
    text = TEXTS[0]
    searched = text.lower() if cased == "lower" else text
    sentences = split_sentences(text)
    inverted = getattr(compiled(load_ruleset().lexicon), cased).inverted
    assert inverted is not None and (inverted.needles is None) == (cased == "blind")
    assert [m.group() for m in inverted.pattern.finditer(searched)] == ["according\nto"]
    assert by_sentence(inverted, searched, sentences) == {}
