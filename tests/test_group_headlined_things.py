"""A figure whose sentence names no measured thing, in a story whose headline names one,
is no figure of another thing in another story: Reuters' weekly Argentine crop reports of
18 and 25 March 1987 (round 15 of the annotations), whose maize crop of the last harvest
was set against the other week's soybean crop of 1985/86."""

from __future__ import annotations

from datetime import date

from test_precision import article, conflicts

from reconcile.subjects.event import headline_words


def test_a_soybean_storys_unnamed_crop_is_no_maize_crop() -> None:
    maize = article("maize", "ARGENTINE MAIZE, SOYBEAN FORECASTS FALL", (
        "BUENOS AIRES, March 18 - Argentine grain growers reduced their estimates for maize "
        "production in the current harvest, trade sources said. The new figure is 21.1 to "
        "22.7 pct lower than the 12.8 mln tonnes of maize produced in the last harvest, "
        "according to official figures."), date(1987, 3, 18))
    soybean = article("soybean", "ARGENTINE SOYBEAN YIELD ESTIMATES DOWN FURTHER", (
        "BUENOS AIRES, March 25 - Argentine grain producers again reduced their estimates for "
        "the total yield of the 1986/87 soybean crop, trade sources said. Private sources "
        "put 1985/86 production at a record 7.2 to 7.3 mln tonnes."), date(1987, 3, 25))
    assert not any({"12.8 mln tonnes", "7.2 to 7.3 mln tonnes"} <= found
                   for found in conflicts(maize, soybean))


def test_a_headlines_stop_word_is_no_word_of_its_story_once_made_singular() -> None:
    # reuters-17085's headline: "THIS" was read as "thi", a word two stories of any
    # subject could share by chance and be linked by
    assert headline_words("SWISS GROWTH SEEN SLOWING THIS YEAR AND NEXT") \
        == {"swiss", "growth", "slowing"}
