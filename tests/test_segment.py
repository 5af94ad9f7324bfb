"""Sentence splitting keeps offsets and does not break at news abbreviations."""

from hypothesis import given
from hypothesis import strategies as st

from reconcile.segment import sentence_at, split_sentences


def texts(source: str) -> list[str]:
    return [source[s.start : s.end] for s in split_sentences(source)]


def test_splits_the_seed_pair_into_two_sentences() -> None:
    source = (
        "Around 5,000 people attended the pro-Lukashenko protest, a Reuters reporter "
        "estimated. The Belarusian Interior Ministry put the number at 65,000."
    )
    assert texts(source) == [
        "Around 5,000 people attended the pro-Lukashenko protest, a Reuters reporter "
        "estimated.",
        "The Belarusian Interior Ministry put the number at 65,000.",
    ]


def test_abbreviations_and_initials_do_not_end_a_sentence() -> None:
    source = (
        "Mr. Smith of Acme Co. said U.S. output fell. George W. Bush met Gen. Ray on Jan. 5."
    )
    assert texts(source) == [
        "Mr. Smith of Acme Co. said U.S. output fell.",
        "George W. Bush met Gen. Ray on Jan. 5.",
    ]


def test_an_initialism_before_a_capitalised_noun_does_not_end_a_sentence() -> None:
    """Reuters, 1987: "U.S." and "U.K." stand before nouns of the same sentence."""
    assert texts(
        "Further pressure from a protectionist U.S. Congress for a lower dollar is also "
        "limiting Washington's options, they said."
    ) == [
        "Further pressure from a protectionist U.S. Congress for a lower dollar is also "
        "limiting Washington's options, they said."
    ]
    assert texts(
        "Output reached 1.8 mln tonnes in 1986, the U.S. Embassy said. It gave no estimate."
    ) == ["Output reached 1.8 mln tonnes in 1986, the U.S. Embassy said.", "It gave no estimate."]
    assert len(texts("Miyazawa also told the committee the U.S. Has not called on Japan.")) == 1


def test_an_initialism_ends_a_sentence_before_an_opening_word_or_a_quote() -> None:
    assert texts("Exports went to the U.S. The ministry gave no figure.") == [
        "Exports went to the U.S.",
        "The ministry gave no figure.",
    ]
    assert texts('Sales rose in the U.K. "We are pleased," he said.') == [
        "Sales rose in the U.K.",
        '"We are pleased," he said.',
    ]
    assert texts("He left at 5 p.m. Officials said nothing.") == [
        "He left at 5 p.m.",
        "Officials said nothing.",
    ]


def test_closing_quote_stays_with_its_sentence() -> None:
    source = "“I have never betrayed you,” he said. “We are united.” It rained."
    assert texts(source) == ["“I have never betrayed you,” he said.", "“We are united.”",
                             "It rained."]


def test_decimal_points_and_lower_case_continuations_do_not_split() -> None:
    source = "Output rose 5.5 pct. to 1.2 mln tonnes, the ministry said. Prices fell."
    assert texts(source) == ["Output rose 5.5 pct. to 1.2 mln tonnes, the ministry said.",
                             "Prices fell."]


def test_lines_are_hard_boundaries_and_blank_lines_vanish() -> None:
    source = "Belarus protest\n\nTOTAL 14.7 16.0 15.8\nThe end"
    assert texts(source) == ["Belarus protest", "TOTAL 14.7 16.0 15.8", "The end"]


def test_a_line_ending_on_a_stop_is_one_boundary_whatever_follows() -> None:
    """The line break ends the sentence, not the stop before it: a lower-case word on the
    next line (a wrapped Reuters table note) starts a new sentence all the same, and a
    sentence end inside the line still counts before other white space."""
    source = ("Production was 14.7 mln bpd.\nsource: OPEC secretariat\r\n"
              "Output fell.\tExports rose.\x0cImports too.")
    assert texts(source) == ["Production was 14.7 mln bpd.", "source: OPEC secretariat",
                             "Output fell.", "Exports rose.", "Imports too."]


def test_sentence_at_finds_the_sentence_holding_an_offset() -> None:
    source = "One. Two three. Four."
    sentences = split_sentences(source)
    assert sentence_at(sentences, source.index("three")) == 1
    assert sentence_at(sentences, 0) == 0
    assert sentence_at(sentences, len(source) - 1) == 2


@given(st.text(max_size=300))
def test_sentences_are_ordered_disjoint_and_trimmed(source: str) -> None:
    previous_end = 0
    for sentence in split_sentences(source):
        assert previous_end <= sentence.start < sentence.end <= len(source)
        piece = source[sentence.start : sentence.end]
        assert piece == piece.strip()
        previous_end = sentence.end


def test_a_company_name_or_its_ticker_can_end_a_sentence() -> None:
    """Reuters: "Corp." and a one-letter ticker close a name and, before an opening word,
    the sentence; before a name or a bracketed ticker they do not."""
    assert texts("It drew a bid from Chrysler Corp C. Analysts said buyers were anxious.") == [
        "It drew a bid from Chrysler Corp C.", "Analysts said buyers were anxious."]
    assert texts("The bid came from Acme Corp. The company said it would sell.") == [
        "The bid came from Acme Corp.", "The company said it would sell."]
    assert len(texts('"This is a year of testing," said Alfred Munk, manager of foreign '
                     'affairs at Amoco Corp. (AN).')) == 1
    assert len(texts("Robert W. Baird and Co. Inc. said George W. Bush met Plan B. Smith.")) == 1
