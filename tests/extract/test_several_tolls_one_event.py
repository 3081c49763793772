"""One event, several tolls in one text: strike and attack reports (civilian-harm monitors, wire
copy, attack-list entries) that tell a first toll and then another for the same dead.

* a source's later account far above the first figure ("Three people were killed, local sources
  said. The Health Ministry later put the toll at 11") is the top of the range, not a running total;
* a named list of some of the dead ("Among the dead were ...") before the toll is a part of it;
* "the number killed rose to 13" raises the toll even when its sentence also tells the wounded;
  "the toll was later confirmed as 39" is another account of it;
* a list of the names of the dead that is longer than the first toll ("Relatives named them as
  ...") puts the top of the range at the names;
* the bodies counted after a vague "dozens" or "scores" are the toll, not a part of the guess;
* the hurt who died the next day ("Two more of those injured died on July 2nd") are dead of it.

Near misses stay as they were: another strike of the same day at another place or on another
target in a monitor's report, a past attack recalled by name ("after the Manchester bombing in
which 22 were killed"), a national running total beside the strike's toll.
"""

from __future__ import annotations

import pytest

from tests.extract.tolls import toll_top

LATER_HIGHER_ACCOUNTS = [
    (
        "On March 3rd, 2024, an alleged Israeli airstrike hit the home of the Abu Salah family in Bani Suheila. "
        "Three people were killed, local sources said. The Health Ministry later put the toll at 11, "
        "including six children.",
        11,
    ),
    (
        "On June 9th, 2017, alleged Coalition aircraft struck a house in the al-Rumaila district of Raqqa. "
        "Activists reported four deaths. The Syrian Network for Human Rights subsequently put the number of "
        "dead at 17.",
        17,
    ),
    (
        "4 March – Gunmen stormed a hotel in Mogadishu's Lido beach district. Early reports said 12 people "
        "were killed; the toll was later confirmed as 19, with 30 injured.",
        19,
    ),
]

NAMED_PARTS_BEFORE_THE_TOLL = [
    (
        "On October 30th 2023, an alleged Israeli strike destroyed the Hammad family house in Beit Hanoun. "
        "Among the dead were the engineer Yasser Hammad, his wife Salwa and their three sons. Wafa put the "
        "toll at 16.",
        16,
    ),
]

NAMES_BEYOND_THE_FIRST_TOLL = [
    (
        "On January 9th, 2024, an alleged Israeli airstrike hit a car near the Kuwaiti roundabout, killing "
        "three people, according to local sources. Relatives named them as Khalil Abu Odeh, his brother "
        "Nasser, his cousin Fadi, and two children, Rima (10) and Ali (7).",
        5,
    ),
    (
        "On May 4th, 2017, alleged Coalition airstrikes hit a farmhouse near al-Karama, east of Raqqa. Four "
        "civilians died, activists said. A relative later listed the victims as Hussein al-Ali (60), his wife "
        "Zahra (55), their sons Khaled (30) and Anas (22), and their daughter Rasha (17).",
        5,
    ),
    (
        "On November 27th 2023, an alleged Israeli airstrike hit a house in Khan Younis. Two people were "
        "reported killed. The dead were later named as Ashraf Barbakh (40), his wife Nisreen (35) and their "
        "three children.",
        5,
    ),
]

# The same person told again with the other spelling of the opening vowel of the name ("Issam",
# "Essam") is no one new beside the names of the list.
NAMES_TOLD_AGAIN = [
    (
        "On October 19th 2023, two civilians were killed in an alleged Israeli strike on the Qassem family home "
        "in Gaza City. A relative posted the names of the victims: 40-year-old Ibrahim Qassem was killed "
        "together with his 35-year-old wife Huda, their son Omar (12), and her two children. His colleagues at "
        "the school wrote that Ebrahim Qassem (40) was killed with his family.",
        5,
    ),
]

RAISED_TOLLS = [
    (
        "On July 21st, 2014, an alleged Israeli strike hit a house in Deir al-Balah, killing six people. The "
        "number killed rose to 10 by the evening, medics said, and about 20 others were wounded.",
        10,
    ),
    (
        "On August 2nd, 2024, an alleged Israeli strike hit a house in Khan Younis, killing five people. Two "
        "more of those injured died on August 3rd.",
        7,
    ),
]

BODIES_AFTER_A_VAGUE_TOLL = [
    (
        "DAMATURU (Reuters) - Scores of people were killed when Boko Haram gunmen attacked a crowded bus "
        "station in Damaturu on Sunday, witnesses said. Hospital officials said 31 bodies had been brought in.",
        31,
    ),
    (
        "On February 12th, 2019, alleged Coalition airstrikes hit a camp for displaced families near Baghuz. "
        "Dozens of people were killed or injured, local sources said. Fifteen bodies were taken to a clinic "
        "in Hajin.",
        15,
    ),
]

NEAR_MISSES = [
    (  # another strike elsewhere that day
        "On July 24th, 2014, an Israeli strike hit the Abu Amer house in Rafah, killing seven people. Elsewhere "
        "in Khan Younis that day, a strike on a car killed two men.",
        7,
    ),
    (  # another strike on another target
        "On October 20th, 2018, Coalition aircraft bombed a bus station in Hays, killing 14 civilians. Another "
        "strike on a truck near Zabid killed two.",
        14,
    ),
    (  # a strike in a nearby district
        "On March 2nd, 2017, an alleged Coalition airstrike hit a house in al-Zanjili, west Mosul, killing "
        "five civilians. Hours later, a strike in the nearby district of al-Yarmouk killed another four people.",
        5,
    ),
    (  # a past attack recalled by name
        "4 April – A man drove a truck into a crowd on a shopping street in Stockholm, killing five people. It "
        "was the second such attack in Europe this year, after the Berlin market attack in which 12 were killed.",
        5,
    ),
    (
        "KABUL (AP) - Gunmen stormed a guesthouse in Kabul on Wednesday, killing 14 people, police said. The "
        "attack recalled the 2018 siege of the Intercontinental hotel in which 40 people died.",
        14,
    ),
    (  # a national running total beside the strike's toll
        "On December 5th, 2023, an alleged Israeli airstrike hit a house in Deir al-Balah, killing six people. "
        "The Health Ministry later said the death toll in Gaza since October 7th had risen to 16,248.",
        6,
    ),
    (  # "the number killed" of a war, with no figure linked after it
        "On May 12th, 2021, an Israeli airstrike hit a building in Gaza City, killing four people. The number "
        "killed in the war is not yet known.",
        4,
    ),
    (  # a later account many times the first figure, told of no later time: not the strike's toll
        "On June 3rd, 2024, an alleged Israeli strike hit a car in Rafah, killing two people. The ministry "
        "later put the toll at 36,479.",
        2,
    ),
]


@pytest.mark.parametrize(
    ("text", "top"),
    LATER_HIGHER_ACCOUNTS + NAMED_PARTS_BEFORE_THE_TOLL + NAMES_BEYOND_THE_FIRST_TOLL + NAMES_TOLD_AGAIN + RAISED_TOLLS
    + BODIES_AFTER_A_VAGUE_TOLL,
)
def test_one_event_several_tolls(text: str, top: int) -> None:
    assert toll_top(text, "killed") == top


@pytest.mark.parametrize(("text", "top"), NEAR_MISSES)
def test_other_events_and_totals_beside_the_toll(text: str, top: int) -> None:
    assert toll_top(text, "killed") == top


def test_wounded_of_a_raised_toll_stay() -> None:
    text = RAISED_TOLLS[0][0]
    assert toll_top(text, "wounded") == 20
