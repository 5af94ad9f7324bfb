"""Who a person speaks for: the body named in the words that introduce them.

Sentences are from the corpora (Reuters 1987, BBC 2004-05)."""

from __future__ import annotations

import pytest
from attribution_samples import default_lexicon, sources_of

from reconcile.attribution.lexicon import SourceLexicon


@pytest.fixture(scope="module")
def lexicon() -> SourceLexicon:
    return default_lexicon()


@pytest.mark.parametrize(("text", "figure", "name"), [
    # Reuters 8746: a sentence opening with the body's name keeps its first word
    ("Fidelity Bank senior economist Mickey Levy said growth would be a scant 1.5 pct.",
     "1.5 pct", "Mickey Levy (Fidelity Bank)"),
    # Reuters 16513: after a closing quote, as at a sentence's start
    ('"It\'s worth more," Pershing and Co analyst Richard Henderson said, putting it at 55 '
     "dlrs.", "55 dlrs", "Richard Henderson (Pershing and Co)"),
    # BBC politics: a party of two words
    ("Liberal Democrat leader Charles Kennedy said the plan would cost 5 billion pounds.",
     "5 billion pounds", "Charles Kennedy (Liberal Democrat)"),
    # Reuters: a word saying when someone held the post is no part of the body
    ("Former Hongkong Bank chairman Michael Sandberg said profit was 30 mln dlrs.",
     "30 mln dlrs", "Michael Sandberg (Hongkong Bank)"),
    # Reuters: an initial's full stop does not end the aside that names the body
    ("Adebayo Adedeji, executive secretary of the U.N. Economic Commission for Africa, "
     "said 30 mln people were hungry.", "30 mln people",
     "Adebayo Adedeji (U.N. Economic Commission for Africa)"),
    ("George Gaspar, an analyst with Robert W. Baird and Co, said profits would rise to 80 "
     "mln dlrs.", "80 mln dlrs", "George Gaspar (Robert W. Baird and Co)"),
    # Reuters 8075: the task force's subject is not whom its member speaks for
    ("Feldstein, one of four members of a task force on Third World debt, said Brazil "
     "needed three billion dlrs.", "three billion dlrs", "Feldstein"),
])
def test_the_body_a_person_speaks_for(text: str, figure: str, name: str,
                                      lexicon: SourceLexicon) -> None:
    [source] = sources_of(text, [figure], lexicon)
    assert source.name == name


@pytest.mark.parametrize(("text", "figure", "name"), [
    # Reuters: the ticker a wire writes after a company's designator is no part of its name
    ("Nissan Motor Co Ltd NSAN.T said it sold 30,000 cars.", "30,000 cars",
     "Nissan Motor Co Ltd"),
    ("Lawrence Rawl, chairman of Exxon Corp XON, told Reuters he expected prices would "
     "remain at 18 dlrs.", "18 dlrs", "Lawrence Rawl (Exxon Corp)"),
    # ...but a designator in capitals is ("British Petroleum Co PLC"), and so is an acronym
    # after a description ("Economic research group ISAE")
    ("British Petroleum Co PLC said output was 30,000 bpd.", "30,000 bpd",
     "British Petroleum Co PLC"),
    ("Economic research group ISAE has said that consumer confidence rose to 104.4.",
     "104.4", "ISAE"),
    # Reuters 10041, 1985: a ticker with its exchange goes whatever stands before it, also
    # in the long form an acronym stands for
    ("Puma AG Rudolf Dassler Sport PUMA.F said it posted a loss of 20 mln marks.",
     "20 mln marks", "Puma AG Rudolf Dassler Sport"),
    ("The Broken Hill Pty Co Ltd BRKN.S (BHP) group met. In a statement BHP said the rights "
     "would be priced at 25 cents.", "25 cents", "Broken Hill Pty Co Ltd"),
])
def test_a_ticker_after_a_company_is_left_out(text: str, figure: str, name: str,
                                              lexicon: SourceLexicon) -> None:
    [source] = sources_of(text, [figure], lexicon)
    assert source.name == name


def test_an_aside_left_open_still_describes_the_speaker_before_it(
        lexicon: SourceLexicon) -> None:
    # Reuters: the aside's closing comma is missing; "he" is the speaker, not the man
    # quoted the sentence before
    text = ("Larry Goldstein of Petroleum Industry Research said demand would fall 2 pct. Bo "
            "Poates, an analyst at the Energy Futures Group Inc said he foresees demand up "
            "about one pct in the second quarter.")
    assert [s.name for s in sources_of(text, ["2 pct", "about one pct"], lexicon)] == [
        "Larry Goldstein (Petroleum Industry Research)", "Bo Poates"]


@pytest.mark.parametrize(("text", "name"), [
    # Reuters: an office named "X of the Y" before the person is no part of the name
    ("Chancellor of the Exchequer Nigel Lawson said growth would be 3 pct.", "Nigel Lawson"),
    ("U.S. Undersecretary of State for Economic Affairs Allen Wallis said growth would be 3 "
     "pct.", "Allen Wallis"),
    # ...but a person named first keeps the firm named after "of", however it reads
    ("Nick Knight of brokers James Capel said growth would be 3 pct.",
     "Nick Knight (James Capel)"),
    # Reuters: a people, a generic head or a department's field alone names no body
    ("Fidel Castro, the Cuban president, said growth would be 3 pct.", "Fidel Castro"),
    ("Ulrich Wagner, president of the Association, said growth would be 3 pct.",
     "Ulrich Wagner"),
    ("Malcolm Baldrige, Secretary of Commerce, said growth would be 3 pct.",
     "Malcolm Baldrige"),
    # ...while a one-word name does
    ("Jim Perkins, a spokesman for Toyota, said growth would be 3 pct.",
     "Jim Perkins (Toyota)"),
    # Reuters, BBC: where a body is based is no part of its name
    ("Andrew Shoup, an analyst with Dallas-based Sabine, said growth would be 3 pct.",
     "Andrew Shoup (Sabine)"),
    ("Robert Walsh, a Brisbane-based analyst, said growth would be 3 pct.", "Robert Walsh"),
    ("Hong Kong-based Industrial Equity Ltd said growth would be 3 pct.",
     "Industrial Equity Ltd"),
])
def test_an_office_or_a_word_naming_no_body_is_left_out_of_the_name(
        text: str, name: str, lexicon: SourceLexicon) -> None:
    [source] = sources_of(text, ["3 pct"], lexicon)
    assert source.name == name


def test_a_titled_person_joined_to_another_is_no_part_of_his_body() -> None:
    """BBC politics 405: "Mr Blair and Liberal Democrat leader Charles Kennedy"."""
    text = ("Mr Blair and Liberal Democrat leader Charles Kennedy also gave their views. "
            "Mr Kennedy said he had voted for a 22-week limit.")
    assert sources_of(text, ["22-week"], default_lexicon())[0].name == \
        "Charles Kennedy (Liberal Democrat)"
