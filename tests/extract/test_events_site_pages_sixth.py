"""The event class of a famine's dead on NGO and UN pages (issue 14): children who died in feeding
or stabilisation centres, people who died of hunger or starvation, are a dry year's toll, not the
war the same page names as a reason aid cannot reach them; starvation in a besieged town and
attacks on the centres stay the war's.

Every sentence here is written for the test, in the shape of press releases and wire news."""

from __future__ import annotations

import pytest

from tests.extract.readings import events


# A famine's dead told by the centres that treat its starving or by what they died of.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least 640 children have died in feeding centres across Somalia since January, UNICEF said. "
            "Fighting with al-Shabaab has cut the roads to many districts.",
            [(640, "disaster")],
        ),
        (
            "In Niger's Maradi region, 41 children died of malnutrition in stabilisation centres in August, "
            "the health ministry said.",
            [(41, "disaster")],
        ),
        (
            "Across Ethiopia's Somali region, 120 people have died of hunger since the rains failed, officials said.",
            [(120, "disaster")],
        ),
        (
            "At least 17 people died of starvation in Turkana county after three failed rainy seasons, the Kenya Red Cross said.",
            [(17, "disaster")],
        ),
    ],
)
def test_a_famines_dead_are_the_dry_years(text: str, expected: list[tuple[int, str]]) -> None:
    assert events(text) == expected


# Near misses: a siege that starves a town, and armed men who attack a feeding centre, are the war's.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Government forces have besieged Madaya since July; at least 23 people have starved to death in the town, MSF said.",
            [(23, "conflict")],
        ),
        (
            "An airstrike hit a therapeutic feeding centre in Saada, killing 12 people, the hospital director said.",
            [(12, "conflict")],
        ),
        ("Gunmen attacked a feeding centre in Mudug, killing two guards, police said.", [(2, "conflict")]),
        (
            "Six prisoners who died after weeks of starvation in a detention centre run by the militia were buried on Friday.",
            [(6, "conflict")],
        ),
    ],
)
def test_near_misses_of_a_famines_dead_stay_the_wars(text: str, expected: list[tuple[int, str]]) -> None:
    assert events(text) == expected


# A count that does the killing, its verb then whom it killed, on listicles and police pages: the
# count is the killers, no one's toll.
@pytest.mark.parametrize(
    "text",
    [
        "These seven killed more people than any storm of the decade.",
        "Those two killed a shopkeeper and fled towards the river, police said.",
        "The three killed their landlord in a dispute over rent, prosecutors said.",
        "The three killed his brother in a dispute over land, prosecutors said.",
    ],
)
def test_a_count_that_killed_someone_is_no_toll(text: str) -> None:
    assert events(text) == []


# Near misses: the headline's dead before where, when or what else happened stay the dead.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four killed in Mogadishu hotel siege", [(4, "conflict")]),
        ("Two killed a day after the truce in Sanaa", [(2, "conflict")]),
        ("3 killed 5 injured in Quetta blast", [(3, "conflict"), (5, "conflict")]),
        ("Seven killed the next morning in Aleppo shelling", [(7, "conflict")]),
        ("Insurgents killed nine soldiers at a checkpoint in Kunduz.", [(9, "conflict")]),
    ],
)
def test_near_misses_of_a_count_that_killed_stay_the_dead(text: str, expected: list[tuple[int, str]]) -> None:
    assert events(text) == expected


# A whole told wiped out, on explainers and science pages: a village or a unit is no one person.
@pytest.mark.parametrize(
    "text",
    [
        "The bones suggest that a whole village was wiped out in a raid by a neighbouring tribe.",
        "A platoon was wiped out near the border in the first week of the war, the regiment's history says.",
        "An entire convoy had been wiped out in the ambush in Helmand, officers said.",
    ],
)
def test_a_whole_wiped_out_is_no_one(text: str) -> None:
    assert events(text) == []


# Near misses: the members of a whole counted, and a person beside it, stay the dead.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A family of seven was wiped out in the strike on Khan Younis.", [(7, "conflict")]),
        ("One soldier was killed and a village was wiped out in the shelling.", [(1, "conflict")]),
    ],
)
def test_near_misses_of_a_whole_wiped_out(text: str, expected: list[tuple[int, str]]) -> None:
    assert events(text) == expected
