"""A source named in the figure's own sentence. The past of the forecaster's "see":
"Dealers saw the dollar ... rising above 1.83 marks" is the dealers' view, under the
restriction "see" has (a source noun or a name before it); "results which saw profits
rising", "saw its majority cut" and "saw profits fall" are what a thing or a body went
through. A stray comma after a speaker described by role and firm ("Economist at Kleinwort
Grieveson Securities, said") keeps the speaker, and so does "here" after a speaker's
noun ("traders here said"). Reuters sentences from articles no dev-set
or annotated case uses; the BBC ones guard annotated figures."""

from __future__ import annotations

import pytest
from attribution_samples import default_lexicon, sources_of


def test_saw_after_a_source_noun_is_a_forecast() -> None:
    # reuters-12780
    text = ("Dealers saw the dollar staying at current levels but possibly rising above 1.83 "
            "marks on any supporting remarks emerging from the meetings.")
    (source,) = sources_of(text, ["1.83 marks"], default_lexicon())
    assert source.name == "Dealers"
    assert source.cue == "saw"


@pytest.mark.parametrize(("text", "quote"), [
    # reuters-902
    ("The company was commenting on 1986 results which saw pre-tax profits rising to 85.1 "
     "mln stg from 72.3 mln in 1985.", "85.1 mln stg"),
    # reuters-15625
    ("EMS currencies saw the French franc end unchanged from last night at 30.03/06 marks "
     "per 100.", "30.03/06 marks"),
    # reuters-13499, reuters-4383: a market report's trading, a judgement
    ("SMR CV saw sellers at 244 while SMR L was bidd between 240 and 242.", "244"),
    ("It added that the Group saw as realistic Morocco's medium-term goal of restoring "
     "creditworthiness, and agreed to discuss Morocco's five year development strategy.",
     "five year"),
    # bbc-business (annotated): a body that went through its own result
    ("The German-US carmaker saw fourth quarter operating profits fall to 785m euros ($1bn) "
     "from 2.4bn euros in 2003.", "785m euros"),
    ("The government earlier saw its 161-strong majority cut to just 14 as a cross-party "
     "amendment was narrowly rejected by the Commons.", "just 14"),
])
def test_saw_after_a_thing_names_no_source(text: str, quote: str) -> None:
    (source,) = sources_of(text, [quote], default_lexicon())
    assert source.cue != "saw"


def test_a_stray_comma_after_a_described_speaker_keeps_the_speaker() -> None:
    # reuters-18672 (the speaker's name opens the sentence in the article; the role,
    # firm and comma are as written)
    text = ("Economist at Kleinwort Grieveson Securities, said any fresh sterling strength "
            "would still trigger a base rate cut of 0.5 pct.")
    (source,) = sources_of(text, ["0.5 pct"], default_lexicon())
    assert source.name == "Kleinwort Grieveson Securities"


def test_a_comma_after_an_opening_clause_leaves_the_speaker_after_the_verb() -> None:
    text = "Sales rose 5 pct in the United States, said Jones."
    (source,) = sources_of(text, ["5 pct"], default_lexicon())
    assert source.name == "Jones"


def test_a_speaker_noun_before_here_speaks() -> None:
    # reuters-2246
    text = ("LONDON, March 5 - Turkey is holding a buying tender for 100,000 tonnes of white "
            "sugar on March 24, traders here said.")
    (source,) = sources_of(text, ["100,000 tonnes"], default_lexicon())
    assert source.name == "traders"
