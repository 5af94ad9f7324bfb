"""Poll results: a share of respondents is the result of the poll named last before it.

Texts are from the corpora (BBC 2004-05, Reuters 1987), cut to the sentences that matter."""

from __future__ import annotations

import pytest

from reconcile.attribution.polls import polls_named, respondents_answer
from reconcile.model import Document, Figure
from reconcile.pipeline import check
from reconcile.ruleset import load_ruleset

RULES = load_ruleset()

BLUNKETT = (  # BBC politics 112
    "A majority of voters (68%) believe the prime minister has been damaged by the row, a "
    "poll suggests.\n\nBut nearly half those surveyed said Mr Blunkett should return to "
    "Cabinet. Some 63% of respondents in the Sunday Times poll thought his former lover "
    "acted vindictively. YouGov polled a weighted sample of 1,981 voters online. Sir Alan "
    "Budd's inquiry also found Mr Blunkett's account of events had been wrong. Three-quarters "
    "said Mr Blunkett was right to go to court for the right to see Mrs Quinn's son - whom he "
    "says he fathered - and just 14% voiced sympathy for Mrs Quinn. A majority, 52%, said "
    "Chancellor Gordon Brown had done a good job.\n\nA second poll for the Independent on "
    "Sunday found that support for all parties remained largely unchanged. Thirty per cent "
    "said the affair showed Mr Blunkett could not be trusted as a minister while 63%, "
    "disagreed.")


def sources(text: str, publisher: str = "BBC News") -> dict[str, str]:
    document = Document(id="d", text=text, path="d", publisher=publisher)
    return {claim.figure.text: claim.source.name for claim in check([document], RULES).claims}


def share(text: str, words: str, occurrence: int = 0) -> Figure:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(words, start + 1)
    return Figure(text=words, start=start, end=start + len(words), number_start=start,
                  number_end=start + len(words), value=5.0, low=None, high=None, kind="percent",
                  unit="percent")


def test_the_polls_a_story_names_in_their_order() -> None:
    assert [poll.name for poll in polls_named(BLUNKETT)] == [
        "Sunday Times poll", "YouGov", "Independent on Sunday poll"]


@pytest.mark.parametrize(("text", "names"), [
    # Reuters 20855: a sentence ends inside the run of capitals before "poll"
    ("The survey was taken on Tuesday. The ABC-Washington Post poll found 53 pct.",
     ["ABC-Washington Post poll"]),
    # Reuters 8585: a possessive ends the body's name; a month names no poll
    ("The CBI's February survey showed 23 pct. The March survey showed 25 pct.",
     ["CBI survey"]),
    # Reuters 19974: "the poll said" names none
    ("The poll said 23.7 pct would boost output abroad.", []),
])
def test_a_poll_is_named_by_its_body_not_its_date_or_article(text: str,
                                                             names: list[str]) -> None:
    assert [poll.name for poll in polls_named(text)] == names


def test_each_share_of_respondents_is_the_poll_named_last_before_it() -> None:
    found = sources(BLUNKETT)
    # before any poll is named, the first named after it; "a poll suggests" names none
    assert found["68%"] == found["nearly half"] == found["Some 63%"] == "Sunday Times poll"
    # "whom he says he fathered" is no source of the respondents' answer
    assert found["Three-quarters"] == found["14%"] == found["52%"] == "YouGov"
    assert found["Thirty per cent"] == found["63%"] == "Independent on Sunday poll"


def test_a_share_set_against_another_answers_too() -> None:
    # BBC politics 112 and business 495: "compared to 45% who thought", "as against 36% who
    # said"; "the child he says is his" vouches for its own clause only
    text = ("A poll by CommunicateResearch for the Independent on Sunday found support steady. "
            "Some 82% said Mr Blunkett had set a good example by wanting to take responsibility "
            "for the child he says is his, but 42% backed his legal action compared to 45% who "
            "thought it was unbecoming. Sir Alan Budd's inquiry also found he was wrong.")
    found = sources(text)
    assert found["42%"] == found["45%"] == "CommunicateResearch (Independent on Sunday poll)"


def test_a_share_that_is_no_clauses_subject_is_no_answer() -> None:
    # "sales rose 5%, said the company": the share is what rose, not who said
    text = "The Gallup poll was published today. Sales rose 5%, said the company. 5% said no."
    polls = polls_named(text)
    assert respondents_answer(text, share(text, "5%"), polls) is None
    answer = respondents_answer(text, share(text, "5%", 1), polls)
    assert answer is not None and (answer.poll.name, answer.verb) == ("Gallup poll", "said")


def test_a_named_teller_keeps_the_poll_result_he_gives() -> None:
    # Reuters 1685: the economist who gives the survey's result is its source
    text = ("Keidanren's December survey was released today. Of companies polled in the key "
            "manufacturing sector, almost 80 pct thought the high yen would create a drop in "
            "production volume, said Keidanren economist Kazuyuki Kinbara.")
    assert "Kinbara" in sources(text, "Reuters")["almost 80 pct"]


def test_no_poll_named_leaves_shares_as_they_were() -> None:
    text = "Some 87% said politicians did not keep their promises."
    assert sources(text) == {"Some 87%": "BBC News"}


def test_a_teller_named_in_lower_case_keeps_the_result_too() -> None:
    text = ("The Gallup poll was published today. Some 40% said they would vote Labour, "
            "economists said.")
    assert sources(text)["Some 40%"] == "economists"


def test_a_pollsters_poll_carried_by_a_paper_or_show_is_the_pollsters() -> None:
    # reuters-17893 (in no annotated or dev-set case): the show only broadcasts Harris's
    # poll; the name keeps the show as the annotations name a poll ("YouGov (Sunday Times
    # poll)")
    found = sources("The Harris poll on the TV-AM breakfast television show gave Thatcher's "
                    "Conservative Party 42 pct, Labour 35 pct and the centrist Alliance 21 pct.",
                    publisher="Reuters")
    assert found["42 pct"] == "Harris (TV-AM breakfast television show poll)"
    assert found["21 pct"] == "Harris (TV-AM breakfast television show poll)"


def test_a_poll_that_names_no_pollster_stays_the_papers() -> None:
    # reuters-17893: "Another poll in the Times newspaper": no pollster named before the paper
    found = sources("Another poll in the Times newspaper taken in 73 key marginal "
                    "constituencies, predicted a Conservative majority of 92 seats.",
                    publisher="Reuters")
    assert not found["92 seats"].startswith("Another")
