"""A plural source's present tense of a verb of arguing ("Independent economists warn that",
"officials maintain") is a cue, as "see" and "note" are, only after such a subject; in a
clause someone reports ("Malaysia would maintain its 10 pct production cutback") the
figure stays the reporter's. The sentences are from Reuters articles no annotated case or
dev-set case uses."""

from __future__ import annotations

from attribution_samples import default_lexicon, sources_of


def test_economists_who_warn_give_the_figures_of_their_warning() -> None:
    text = ("Independent economists warn that the deficit could push inflation to between 60 "
            "and 100 pct in 1987, against the govenment target of 40-50 pct.")
    (source,) = sources_of(text, ["between 60 and 100 pct"], default_lexicon())
    assert source.name == "economists"
    assert source.cue == "warn"


def test_maintain_in_a_reported_clause_leaves_the_reporter() -> None:
    text = ("Petronas said in February that Malaysia would maintain its 10 pct production "
            "cutback until mid-1987.")
    (source,) = sources_of(text, ["10 pct"], default_lexicon())
    assert source.name == "Petronas"
