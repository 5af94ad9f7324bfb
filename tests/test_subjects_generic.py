"""The generic measure: figures no subject rule claims meet by the noun phrase they quantify.

Sentences are from the corpora (Reuters 1987, BBC 2004-05); a rival's sentence is the same
sentence with another source and figure, as news sets them side by side."""

from __future__ import annotations

from datetime import date

import pytest

from reconcile.figures import extract_figures
from reconcile.model import Claim, Document
from reconcile.pipeline import check, extract
from reconcile.ruleset import load_ruleset
from reconcile.subjects.event import parse
from reconcile.subjects.generic import measured_thing

RULES = load_ruleset()
DAY = date(1987, 3, 20)


def article(text: str, doc_id: str = "a", title: str = "TRADE FIGURES") -> Document:
    return Document(id=doc_id, text=text, publisher="Reuters", published=DAY, title=title,
                    path=f"{doc_id}.txt")


def claim_of(text: str, figure: str) -> Claim:
    found = [claim for claim in extract(article(text), RULES) if claim.figure.text == figure]
    assert found, f"no figure {figure!r}"
    return found[0]


def conflicts(text: str) -> list[tuple[str, ...]]:
    report = check([article(text)], RULES)
    ids = {claim.id: claim for claim in report.claims}
    return [tuple(sorted(ids[cid].figure.text for cid in found.claims))
            for found in report.discrepancies if found.subject == "generic"]


@pytest.mark.parametrize(("sentence", "figure", "what"), [
    # Reuters: a linking verb after the measure, its owner's possessive left out
    ("Year to date, Piedmont said its load factor was 54.2 pct.", "54.2 pct", "load factor"),
    # Reuters: a change, not a level
    ("USAir Group Inc said its February load factor rose 2.5 pct.", "2.5 pct",
     "load factor change"),
    # Reuters: one "of" inside the measure
    ("The company said the fat content of pork was 12 pct.", "12 pct", "fat content of pork"),
    # BBC: a share told with its whole first
    ("Career sexism is about saying that engineering, for instance, where only 10% of "
     "employees are women, is really a male-dominated industry.", "10%",
     "women share of employee"),
    # BBC: "there are" counts its noun
    ("About 10 million Mexicans live in the US, where there are 16 million citizens of "
     "Mexican origin.", "16 million citizens", "number of citizen"),
    # an article inside the phrase is dropped: one measure with or without it
    ("The ministry said the fat content of the pork was 12 pct.", "12 pct",
     "fat content of pork"),
    # a change named after its figure is the change a linking verb names
    ("The ministry reported a 0.6 pct rise in retail sales in November.", "0.6 pct",
     "retail sale change"),
])
def test_the_measured_thing_is_the_phrase_beside_the_figure(sentence: str, figure: str,
                                                             what: str) -> None:
    claim = claim_of(sentence, figure)
    assert claim.subject == "generic"
    assert parse(claim.event).what == what


@pytest.mark.parametrize(("sentence", "figure", "what"), [
    # Reuters: "put" past a period: the measure is after the year
    ("Diplomats said estimates put the 1985 harvest at less than one mln tonnes, slightly up "
     "on the year before.", "less than one mln tonnes", "harvest"),
    # Reuters: a verb group between the measure and a bare verb of level
    ("The Indonesian government said crude palm oil output is expected to rise to 1.3 mln "
     "tonnes.", "1.3 mln tonnes", "crude palm oil output"),
    ("BANGKOK, March 5 - Thailand's main paddy crop is expected to fall to 15.5 mln "
     "tonnes.", "15.5 mln tonnes", "main paddy crop"),
    # Reuters: the level a change in a measure ends at
    ("The CPB, forecasting a rise in the budget deficit to 7.2 pct of national income, "
     "said spending must be cut.", "7.2 pct", "budget deficit"),
    # BBC, Reuters: a change named after its figure, with a name in it or a month before it
    ("Recent data from the British Retail Consortium showed a 0.2% slip in High Street sales "
     "during November.", "0.2%", "high street sale change"),
    ("The department said there was a 6.9 pct rise in January shipments.", "6.9 pct",
     "shipment change"),
    # Reuters: the wire's "were off" is a fall, as "were down" is
    ("The federal agency said year-over-year production was off 0.65 pct in December, "
     "compared with a decline of 1.65 pct in November.", "0.65 pct",
     "yearoveryear production change"),
    # Reuters: a month, a quarter or a run of days between the measure and its verb
    ("CHICAGO, April 13 - Domestic sales of farm wheel tractors in March declined 9.2 pct to "
     "7,654 units from 8,434 in the same year-ago period, the Farm and Industrial Equipment "
     "Institute said.", "9.2 pct", "sale of farm wheel tractor change"),
    ("Parent company turnover in the fourth quarter fell 7.1 pct to 3.69 billion marks, with "
     "domestic turnover 4.1 pct lower and foreign turnover 8.6 pct lower.", "7.1 pct",
     "parent company turnover change"),
    ("NEW YORK, March 4 - General Motors Corp said car sales for February 21 through 28 were "
     "off 8.6 pct to 98,036 from 107,207 a year before.", "8.6 pct", "car sale change"),
])
def test_the_phrase_of_a_verb_group_or_a_change_is_read(sentence: str, figure: str,
                                                      what: str) -> None:
    """Read before any rule: some of these a subject rule claims in the pipeline."""
    found = next(f for f in extract_figures(sentence, RULES.conventions) if f.text == figure)
    assert measured_thing(sentence, (0, len(sentence)), found, 0, [], None) == what


@pytest.mark.parametrize(("sentence", "figure"), [
    # Reuters: a count's noun alone names no measure ("35 overseas" service centers)
    ("REDWOOD CITY, Calif., April 13 - DHL Worldwide Express added 35 overseas and 10 "
     "domestic service centers to its delivery network.", "35 overseas"),
    # BBC: a gap of years is a span, measured at birth or at 65
    ("Life expectancy at birth is 71 years for a manual worker and 79 years for a "
     "professional - a gap of eight years.", "eight years"),
    # Reuters: the words before the figure belong to the figure before it
    ("He entered a guilty plea before United States District Court Judge Vincent Broderick "
     "to four specific charges totaling 1,031,000 dlrs on wire fraud.", "1,031,000 dlrs"),
    # BBC: a count after "of" is counted, it measures no phrase before it
    ('"The eyes of 8 million bloggers are going to be on this."', "8 million bloggers"),
    # BBC: a capital opening the sentence alone is a name, not a measure
    ("Gillick was more than half-a-second clear.", "more than half"),
    # Reuters: a phrase after a preposition is another phrase's tail, or no measure at all
    ("The board of directors has declared a five-for-four stock split in the form of a 25 "
     "pct stock dividend.", "25 pct"),
    # Reuters: a yardstick, the earlier value set against the figure of the sentence
    ("In its first year as a member of the European Community, Portugal recorded a deficit "
     "of 98.1 billion escudos in its trade with the other Community states compared with a "
     "deficit of 2.4 billion escudos in 1985.", "2.4 billion escudos"),
    # Reuters: "its total gasoline sales" points at no generic measure of the sentence before
    ("High octane gasoline accounts for 25 pct of Shell's total gasoline sales in Japan, it "
     "added. Idemitsu said it hopes to raise high octane sales to 20 pct of its total "
     "gasoline sales from about seven pct.", "20 pct"),
    # BBC: "to be" after a verb of its own has no measure before it
    ("But the tour would prove to be one step too far for the side.", "one step"),
    # Reuters: a bare verb without a verb group may be any clause's
    ("The move should help the company's exports reach 500 mln dlrs.", "500 mln dlrs"),
    # BBC: "off to" is a direction, not a fall
    ('Mr Montieth says: "If the sound is off to one side it will get to one ear before the '
     'other."', "one side"),
    # Reuters: a time after a phrase's tail ("in all forms during January") is no measure's
    ("LONDON, March 20 - U.K. Consumption of lead and zinc in all forms during January rose "
     "to 26,314 and 18,778 tonnes, from 24,967 and 17,929 tonnes respectively in December, "
     "latest figures by the World Bureau of Metal Statistics (WBMS) show.", "26,314"),
    # Reuters: "during the month" is no measure that a vague phrase would point back from
    ("Total building society receipts in February were 6.4 billion stg against withdrawals "
     "of 5.9 billion. Mortgage lending to home buyers during the month fell slightly to 2.16 "
     "billion stg from 2.18 billion stg in January, the BSA said.", "2.16 billion stg"),
])
def test_no_measure_is_guessed(sentence: str, figure: str) -> None:
    assert claim_of(sentence, figure).subject != "generic"


def test_a_vague_phrase_is_the_measure_stated_just_before() -> None:
    text = ("Piedmont said its load factor was 54.2 pct in February. "
            "Analysts said the figure was 58.6 pct.")
    assert parse(claim_of(text, "58.6 pct").event).what == "load factor"
    alone = "Analysts said the figure was 58.6 pct."
    assert claim_of(alone, "58.6 pct").subject is None


def test_a_change_named_only_by_its_month_is_the_measure_stated_before() -> None:
    # Reuters: "a 1.9 pct gain in January" names no measure but its month
    text = ("Gasoline service station sales rose two pct in February, following a 1.9 pct "
            "gain in January, but economists said higher oil prices rather than an increase "
            "in demand accounted for the rise.")
    claim = claim_of(text, "1.9 pct")
    assert claim.subject == "generic"
    assert parse(claim.event).what == "gasoline service station sale change"
    assert parse(claim.event).period == "1987-01"
    # Reuters: the figure just before is no generic change, so the measure of the
    # sentence before (energy prices) is not this one's (the cost of gasoline)
    other = ("Energy prices were 12.2 pct below year-ago levels. The department's Consumer "
             "Price Index showed that the cost of gasoline rose in February by 4.2 pct, after "
             "a 6.6 pct rise in January.")
    assert claim_of(other, "6.6 pct").subject is None


def test_rival_figures_of_one_measure_meet() -> None:
    # Reuters: "Year to date, Piedmont said its load factor was 54.2 pct."
    text = ("Piedmont Aviation said its load factor was 54.1 pct in February. Analysts at "
            "Salomon Brothers said the load factor was 58.6 pct in February.")
    assert conflicts(text) == [("54.1 pct", "58.6 pct")]


@pytest.mark.parametrize("text", [
    # a different head noun
    "Piedmont said its load factor was 54.1 pct in February. Analysts at Salomon Brothers "
    "said the occupancy rate was 58.6 pct in February.",
    # a modifier that changes the measure: a part is not its whole
    "The ministry said retail sales rose 2.1 pct in February. The retailers' association "
    "said food sales rose 3.5 pct in February.",
    # a change is not a level
    "Piedmont said its load factor rose 4.1 pct in February. Analysts at Salomon Brothers "
    "said the load factor was 58.6 pct in February.",
    # two periods
    "The union said retail sales rose 2.1 pct in February. The ministry said retail sales "
    "rose 1.5 pct in January.",
    # one source against itself
    "Piedmont said its load factor was 54.1 pct in February. Piedmont said the load "
    "factor was 58.6 pct in February.",
    # BBC: two firms' own profits ("it reported a 6% rise in profits", Wimpey's 19%)
    "Bradford said it reported a 6% rise in profits. Wimpey reported a 19% rise in profits.",
    # Reuters: two carmakers' own counts ("Toyota said it exported 649,587 trucks")
    "Toyota said it exported 649,587 trucks. Nissan said it exported 258,278 trucks.",
    # the publisher's own figure against a named source's
    "The load factor was 54.1 pct in February. Analysts at Salomon Brothers said the load "
    "factor was 58.6 pct in February.",
])
def test_figures_of_other_measures_or_of_no_rivals_do_not_meet(text: str) -> None:
    assert conflicts(text) == []


def test_rival_counts_of_one_thing_meet_in_either_voice() -> None:
    text = ("The dealers association said 12,000 cars were registered in February. "
            "Customs officials said 9,000 cars were registered in February.")
    assert conflicts(text) == [("12,000 cars", "9,000 cars")]
    active = "Officials said dealers registered 9,000 cars in February."
    assert parse(claim_of(active, "9,000 cars").event).what == "car registered"


@pytest.mark.parametrize("text", [
    "Perseus said there are 31.6 million blogs. Technorati said the number of blogs was "
    "4 million.",
    "MessageLabs said 94% of all e-mail was spam. Symantec said spam accounted for 60% of "
    "e-mails.",
])
def test_one_measure_told_two_ways_meets(text: str) -> None:
    assert len(conflicts(text)) == 1


@pytest.mark.parametrize(("sentence", "figure", "what"), [
    # Reuters: a cost told by its purpose; the damage to a thing is the thing repaired
    ("Ecuador energy and mines minister Javier Espinosa Teran said last night his country "
     "needs 120 mln dlrs to repair the damage to the export pipeline caused by the "
     "earthquake.", "120 mln dlrs", "cost to repair pipeline"),
    # BBC: a hedge between the verb of need and the sum
    ('"We need at least \u00a375,000 to secure a deposit on the building and we\'ve only got '
     'two months to do it."', "at least \u00a375,000", "cost to secure deposit"),
    # Reuters: how long a halt lasts, of what the verb's object names
    ("Ecuador has suspended crude exports for about five months until it repairs a pipeline "
     "ruputured by a March five tremor.", "about five months", "crude export halt"),
    # Reuters: the length of the part of a thing an action reached, in each way it is told
    ("Oil output was halted on March 5 by an earthquake which damaged 50 km of the main "
     "pipeline linking jungle oilfields at Lago Agrio to the Ecuadorean port.", "50 km",
     "damaged pipeline length"),
    ("The official said Ecuador could resume exports after repairing a 40 km section of the "
     "510 km pipeline, which links jungle oil fields at Lago Agrio to Balao on the Pacific "
     "coast.", "40 km", "repaired pipeline length"),
    ("Noranda said the fire destroyed 6,000 feet of conveyor belt.", "6,000 feet",
     "destroyed belt length"),
])
def test_a_measure_told_by_its_action(sentence: str, figure: str, what: str) -> None:
    claim = claim_of(sentence, figure)
    assert claim.subject == "generic"
    assert parse(claim.event).what == what


@pytest.mark.parametrize(("sentence", "figure"), [
    # Reuters: a purpose with no object names no measure of its own
    ("According to Gould officials, the NP1 cost 50 mln dlrs to develop and the company plans "
     "to spend between 100 to 150 mln to develop the follow-on product.", "50 mln dlrs"),
    # Reuters: a span that is no halt's ("a loan for five years")
    ("The bank said it granted the company a loan for five years.", "five years"),
    # Reuters: the whole's length is not its section's
    ("The official said Ecuador could resume exports after repairing a 40 km section of the "
     "510 km pipeline, which links jungle oil fields at Lago Agrio to Balao on the Pacific "
     "coast.", "510 km"),
    # Reuters: an area is no length of a part
    ("COLUMBUS, Ohio, March 5 - Consolidated Store Corp said it purchased two mln square feet "
     "of warehouse space on 146 acres of land.", "two mln square feet"),
])
def test_an_action_without_its_thing_names_no_measure(sentence: str, figure: str) -> None:
    assert claim_of(sentence, figure).subject != "generic"


def test_rival_costs_and_halts_of_one_action_meet() -> None:
    # Reuters: a minister's and the president's figures, as the wire set them side by side
    text = ("Ecuador energy and mines minister Javier Espinosa Teran said his country needs "
            "120 mln dlrs to repair the damage to the export pipeline. President Leon Febres "
            "Cordero said it would take about 100 mln dlrs to repair the pipeline.")
    assert conflicts(text) == [("120 mln dlrs", "about 100 mln dlrs")]
    halts = ("Energy minister Javier Espinosa Teran said the earthquake will stop crude exports "
             "for five months. President Leon Febres Cordero said the earthquake will suspend "
             "crude exports for four months.")
    assert conflicts(halts) == [("five months", "four months")]
    # Reuters: "the pipeline, 50 km of which had been damaged" against "damaged 40 km of"
    parts = ("Energy minister Javier Espinosa Teran said the Andean Development Corp had granted "
             "a loan of 11.7 mln dlrs towards repairing the pipeline, 50 km of which had been "
             "damaged in the quake. President Leon Febres Cordero said the quake damaged 40 km "
             "of an oil pipeline.")
    assert conflicts(parts) == [("40 km", "50 km")]


def test_newsroom_can_switch_the_fallback_off() -> None:
    rules = load_ruleset(ignore=["generic"])
    text = "Year to date, Piedmont said its load factor was 54.2 pct."
    claims = extract(article(text), rules)
    assert all(claim.subject is None for claim in claims)


def test_the_rule_keeps_conflicts_below_an_error() -> None:
    rule = RULES.subject("generic")
    assert rule.severity.error > 1000 and rule.window_days <= 7


def test_one_companys_figures_under_its_name_and_its_acronym_are_no_rivals() -> None:
    """Reuters: "General Motors Corp said ..." then "GM said ...": the month's fall and the
    year's are one company's figures (and two periods), never a conflict."""
    text = ("NEW YORK, March 4 - General Motors Corp said car sales for February 21 through "
            "28 were off 8.6 pct to 98,036 from 107,207 a year before. It said for the full "
            "month, car sales were off 20.7 pct to 286,771 from 361,785 a year before, and "
            "truck sales were off 4.9 pct to 118,245 from 124,336. GM said year-to-date car "
            "sales were off 29.3 pct to 529,206 from 748,119 a year before and truck sales "
            "were off 13.3 pct to 207,241 from 238,955.")
    assert parse(claim_of(text, "13.3 pct").event).what == "truck sale change"
    assert conflicts(text) == []



@pytest.mark.parametrize(("sentence", "figure", "what"), [
    # Reuters: a verb in the perfect ("has risen to", "had fallen") links as its past does
    ("Debt leverage has risen to 87 pct and the company has suspended dividend payments.",
     "87 pct", "debt leverage"),
    ("New car registrations in January had fallen 41.6 pct against December.", "41.6 pct",
     "car registration change"),
    # Reuters: "averaged" says the figure is the measure's level over the period
    ("NEWPORT BEACH, Calif., March 9 - AirCal said its February load factor averaged 53.4 "
     "pct, down slightly from 54.2 pct a year earlier.", "53.4 pct", "load factor"),
    # BBC: the wire's "jobless total" is unemployment ("total" says nothing of the measure)
    ("On Wednesday, the German Federal Labour Agency said the jobless total had reached "
     "5.037 million in January.", "5.037 million", "unemployment"),
    # Reuters: "the unemployed" are unemployment too, no participle alone
    ("The unemployed totalled 163,000 in March against 193,000 in February.", "163,000",
     "unemployment"),
])
def test_a_perfect_or_an_average_links_the_measure(sentence: str, figure: str,
                                                   what: str) -> None:
    found = next(f for f in extract_figures(sentence, RULES.conventions) if f.text == figure)
    assert measured_thing(sentence, (0, len(sentence)), found, 0, [], None) == what


@pytest.mark.parametrize(("sentence", "figure"), [
    # Reuters: "having grown" opens a clause whose measure is before the comma
    ("The total U.S. Market was estimated to be worth 840 mln dlrs in 1986, having grown by "
     "47 pct in the previous five years, Coloroll said.", "47 pct"),
    # Reuters: "would have to be" is what a goal needs, no level of the measure
    ("Private foreign banks and the World Bank had calculated oil would have to be at least "
     "25 dlrs a barrel for Quito to be able to meet its commitments.", "at least 25 dlrs"),
    # Reuters: a decade's letter is no measure ("the 1970s averaged")
    ("In the late 1970s averaged around 400 mln dlrs annually.", "around 400 mln dlrs"),
])
def test_a_perfect_names_no_measure_where_none_is_said(sentence: str, figure: str) -> None:
    found = next(f for f in extract_figures(sentence, RULES.conventions) if f.text == figure)
    assert measured_thing(sentence, (0, len(sentence)), found, 0, [], None) is None


def test_two_names_of_unemployment_meet() -> None:
    # Reuters: "the jobless total would average" and "unemployment would decline to"; the
    # rival is the same sentence with another source and figure
    text = ("Labour Office President Heinrich Franke said the jobless total had reached 2.5 "
            "mln in March. The DGB union federation said unemployment had reached 2.9 mln in "
            "March.")
    assert conflicts(text) == [("2.5 mln", "2.9 mln")]


@pytest.mark.parametrize(("sentence", "figure"), [
    # BBC: a participle alone before the link names what was done, no measure
    ("According to the Office for National Statistics, the difference between what the UK "
     "exported and imported was £3.1bn ($5.8bn), down from October's £3.6bn.", "£3.1bn"),
    ("The amount of data that can be stored has grown by 400% in the last three years.",
     "400%"),
])
def test_a_participle_alone_is_no_measure(sentence: str, figure: str) -> None:
    found = next(f for f in extract_figures(sentence, RULES.conventions) if f.text == figure)
    assert measured_thing(sentence, (0, len(sentence)), found, 0, [], None) is None


def test_a_share_in_words_is_measured_as_one_in_digits() -> None:
    """BBC: "about two-thirds of Italy's economy" is a percentage (see
    ``figures.shares``), and the subject rules read it as they read "about 66%": a share of
    a whole kept apart by its "of"."""
    words = claim_of("Consumer spending accounts for about two-thirds of Italy's economy.",
                     "about two-thirds")
    digits = claim_of("Consumer spending accounts for about 66% of Italy's economy.",
                      "about 66%")
    assert (words.subject, words.event) == (digits.subject, digits.event)
    assert "of=italy economy" in (words.event or "")
