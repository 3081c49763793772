"""Civilian-harm reports of strikes in styles beside the usual one: a strike that harmed no one
told beside an earlier strike's dead, a toll told whole and then as civilians and "the rest"
fighters, and a death of wounds told by a day without its year in a log dated on the strike's day."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.tolls import toll_top, totals


@pytest.mark.parametrize(
    "text",
    [
        "Alleged Coalition strikes hit the outskirts of Manbij on March 2nd, 2016. Two days earlier a strike on the"
        " town's market had killed 11 civilians. In this incident, however, no civilian casualties were reported.",
        "An alleged Russian airstrike hit an empty school building in Khan Sheikhoun on March 10th, 2019. The school"
        " had been closed since a strike in February killed nine pupils and a teacher. No casualties were reported"
        " in the March 10th strike.",
        "The Syrian Civil Defence said an alleged Russian airstrike hit farmland near Kansafra on May 6th, 2020,"
        " without causing casualties. The village had been struck in April, when a woman and her four children"
        " were killed in their home.",
        "On June 22nd, 2015, an alleged Coalition strike targeted a vehicle near Tal Abyad. Kurdish officials said"
        " 35 ISIS fighters had been killed in fighting around the town that week. There were no reports of"
        " civilian casualties.",
    ],
)
def test_an_earlier_strikes_dead_beside_a_strike_that_harmed_no_one_are_no_toll(text: str) -> None:
    assert toll_top(text, "killed") == 0


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # the report's own dead, with rescuers unharmed
        (
            "An airstrike hit a house in Saraqib on Monday, killing five people. By nightfall rescuers had recovered"
            " two more bodies. No casualties were reported among the rescue teams.",
            7,
        ),
        # a strike that harmed no one beside one that killed, told in the simple past
        (
            "A drone strike killed three men in a car near Marib on Friday. No casualties were reported in a second"
            " strike on an empty building nearby.",
            3,
        ),
        # told in the past before the past, but no word that a strike harmed no one
        (
            "A drone strike hit a car near Marib on Friday. By nightfall the strike had killed three men, local"
            " officials said.",
            3,
        ),
    ],
)
def test_figures_beside_no_such_word_stay(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "On October 6th, 2017, alleged Russian airstrikes on the village of Khusham, Deir ez-Zor, reportedly killed"
            " 14 people. According to Deir Ezzor 24, nine of the dead were civilians, while the rest were fighters of"
            " Hay'at Tahrir al-Sham.",
            9,
        ),
        (
            "An airstrike killed 14 people in Ariha on Friday; six of the dead were civilians and the rest were"
            " militants of the Turkistan Islamic Party, the Observatory said.",
            6,
        ),
    ],
)
def test_a_strikes_civilians_told_beside_the_rest_as_fighters_are_its_toll(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    "text",
    [
        # not a strike: the attackers' victims are all counted
        "A car bomb killed 14 people in Azaz on Friday; nine of the dead were civilians, while the rest were fighters"
        " of the Levant Front.",
        # the rest are no fighters
        "An airstrike killed 14 people in Ariha on Friday; nine of the dead were civilians, while the rest were"
        " displaced families from Hama.",
    ],
)
def test_the_rest_told_as_no_fighters_or_outside_a_strike_stay(text: str) -> None:
    assert toll_top(text, "killed") == 14


def test_a_death_of_wounds_on_a_later_day_told_without_its_year_is_of_the_strike() -> None:
    text = (
        "Eleven people, most of them children, were injured when an alleged Russian airstrike hit a playground in"
        " Maaret Misrin on November 5th, 2019, local sources said. On November 9th, the White Helmets announced"
        " that a seven-year-old girl had died of her injuries."
    )
    assert totals(text, date(2019, 11, 5))[0] == 1


def test_a_death_of_wounds_told_with_an_earlier_year_stays_out() -> None:
    text = (
        "An alleged Russian airstrike hit a playground in Maaret Misrin on November 5th, 2019, injuring eleven"
        " people. On November 9th, 2018, a girl had died of her injuries after a strike on Ariha."
    )
    assert totals(text, date(2019, 11, 5))[0] == 0


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        (
            "On June 17th, 2017, an alleged Coalition strike hit the al-Rawda roundabout in Raqqa, injuring at least"
            " 12 civilians. One of the injured, a 14-year-old boy named Yousef al-Hamad, died of his wounds two days"
            " later, local sources said.",
            1,
            11,
        ),
        (
            "An alleged Russian airstrike hit a bakery in Kafr Takharim on August 8th, 2016, wounding eight people."
            " One of the wounded, aged 60, died in a hospital in Turkey.",
            1,
            7,
        ),
    ],
)
def test_one_of_the_hurt_described_between_commas_who_died_is_dead(text: str, killed: int, wounded: int) -> None:
    assert (toll_top(text, "killed"), toll_top(text, "wounded")) == (killed, wounded)


def test_one_of_the_hurt_described_who_lives_stays_hurt() -> None:
    text = (
        "An alleged Coalition strike hit the al-Rawda roundabout in Raqqa, killing two and injuring 12 civilians."
        " One of the wounded, a 60-year-old shopkeeper, was taken to Tal Abyad."
    )
    assert (toll_top(text, "killed"), toll_top(text, "wounded")) == (2, 12)
