"""Tolls misread in wire copy, attack-list entries and strike reports (issue 13, fifth list).

* the attackers' own claim of the dead they made ("claimed to have killed", "boasted", "said in a
  statement on its Telegram channel") beside an official figure of the same people is another
  account of one toll: the official figure stands, the claim neither adds to it nor widens it;
* a toll followed by how long after the event it stood ("The toll rose to 88 two days later") is
  the toll, the time after it no noun of its people;
* attackers counted with who they were between commas ("The four attackers, teenagers who had
  crossed from the north, were shot dead") are counted;
* "N of them" after armed men its sentence names anew ("Gunmen then stormed the hotel, and five of
  them were killed") counts those armed men, not some of the people told before;
* a toll's figure set off right after "toll" ("The toll, 49 by Friday night, was expected to
  rise", "The toll (eight soldiers and five civilians) rose") is the toll, a bracketed list its sum;
* "the toll rose to", naming nothing else, raises a first reported figure far below it ("Officials
  said 10 were killed ... The toll rose to 80"): one event's toll, not a running total;
* the people of an outcome noun opening its clause run to the clause's verb ("The bodies of a
  mother and her three children were recovered": four dead), not only to the first of them.

Near misses stay as they were: a claim of responsibility with no number of its own, a
source's claim of the dead it did not make ("Local activists claimed that 11 civilians died"), two
official accounts of one toll, and what happened days later with a figure of its own.
"""

from __future__ import annotations

import pytest

from tests.extract.tolls import toll_top

KILLERS_CLAIMS = [
    (
        "Jamaat Nusrat al-Islam claimed to have killed 40 soldiers in the raid on the camp at Boulkessi; the "
        "Malian army said 12 soldiers and 20 assailants died.",
        32,
    ),
    (
        "A roadside bomb struck an army convoy in Helmand, killing three soldiers. The Taliban claimed the "
        "attack, saying 11 soldiers were killed.",
        3,
    ),
    (
        "The defence ministry said 23 soldiers were killed in the attack on the outpost near Menaka. Islamic "
        "State, in a statement on its Amaq news agency, said 50 soldiers had been killed.",
        23,
    ),
    (
        "Al-Shabaab boasted that it had killed 30 Ugandan troops at the base in Bulo Marer. Uganda's army said "
        "four of its soldiers were killed.",
        4,
    ),
]

NEAR_MISSES = [
    ("The Taliban claimed the attack on the checkpoint in Kunduz, which killed four policemen, officials said.", 4),
    (
        "Syrian state media said four people were killed in the strike on the bakery in Raqqa. Local activists "
        "claimed that 11 civilians died.",
        11,
    ),
    (
        "Police said nine people were killed in the bombing of the market in Quetta. Hospital officials later "
        "said 14 had been killed.",
        14,
    ),
]


@pytest.mark.parametrize(("text", "killed"), KILLERS_CLAIMS + NEAR_MISSES)
def test_killers_claim_gives_way_to_the_official_toll(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


TOLLS_DAYS_LATER = [
    ("At least 45 people were killed in the suicide bombing at the Shia mosque in Kunduz; the toll rose to 72 two days later.", 72),
    ("Police first said 19 people died in the blast at the bus terminal in Kano. The death toll climbed to 34 three days later.", 34),
    ("The toll from the car bomb in Sadr City was raised to 64 a day later, Iraqi police said.", 64),
]

DAYS_LATER_NEAR_MISSES = [
    ("A gunman killed 11 worshippers at the synagogue in Pittsburgh. Two days later, police charged him with 44 counts.", 11),
    ("At least 45 people were killed in the Kunduz bombing, and a second attack struck Kandahar a week later, killing 63.", 108),
]


@pytest.mark.parametrize(("text", "killed"), TOLLS_DAYS_LATER + DAYS_LATER_NEAR_MISSES)
def test_toll_told_days_later_is_the_toll(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


ATTACKERS_DESCRIBED = [
    (
        "Gunmen killed 22 people at the Westgate mall in Nairobi. The three attackers, young men from "
        "Mombasa, were killed when troops stormed the building.",
        25,
    ),
    (
        "Militants killed 19 people at the Radisson hotel in Bamako. The two gunmen, Mauritanians who had "
        "entered the country in October, were shot dead by special forces.",
        21,
    ),
]

DESCRIBED_NEAR_MISSES = [
    (
        "Gunmen killed 22 people at the mall in Nairobi. The three attackers, young men from Mombasa, "
        "escaped through a service entrance.",
        22,
    ),
]


@pytest.mark.parametrize(("text", "killed"), ATTACKERS_DESCRIBED + DESCRIBED_NEAR_MISSES)
def test_attackers_described_between_commas_are_counted(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


ARMED_MEN_OF_THEM = [
    (
        "Nine hostages were killed in the first hours of the siege. Militants then blew a hole in the wall, "
        "and four of them were killed by soldiers.",
        13,
    ),
    (
        "Bandits killed 12 villagers in Katsina. Soldiers pursued the attackers into the forest, and seven of "
        "them were killed.",
        19,
    ),
]

OF_THEM_NEAR_MISSES = [
    ("Twelve passengers were killed when the bus hit a mine. Three of them were children.", 12),
    ("Gunmen killed 12 villagers in Katsina; seven of them were women.", 12),
]


@pytest.mark.parametrize(("text", "killed"), ARMED_MEN_OF_THEM + OF_THEM_NEAR_MISSES)
def test_of_them_after_armed_men_counts_those_men(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


TOLLS_SET_OFF = [
    ("The toll, 37 by Sunday evening, was expected to rise as rescuers dug through the rubble of the market in Idlib.", 37),
    ("The death toll, at least 26 by Thursday, included four children, the provincial governor said.", 26),
    ("The toll (six policemen and three civilians) made it the deadliest attack in Dagestan this year.", 9),
    ("The death toll, 61 on Saturday morning, rose to 74 by nightfall, hospital officials in Quetta said.", 74),
]

SET_OFF_NEAR_MISSES = [
    ("The toll, which officials would not confirm, was expected to rise, the governor said.", 0),
    ("The toll (not counting the bomber) stood at 31 on Monday.", 31),
    ("Medics said that, in total, 45 people were wounded in the shelling of the market.", 0),
]


@pytest.mark.parametrize(("text", "killed"), TOLLS_SET_OFF + SET_OFF_NEAR_MISSES)
def test_toll_set_off_after_its_word_is_the_toll(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


BARE_TOLLS_RAISED = [
    (
        "Police said six people were killed when the bomb went off outside the bus station in Jos. The toll "
        "rose to 44 on Sunday.",
        44,
    ),
    (
        "Witnesses said 9 worshippers were killed in the blast at the mosque in Zaria. The death toll has "
        "climbed to 81, hospital officials said.",
        81,
    ),
]

BARE_TOLL_NEAR_MISSES = [
    (
        "Police said six people were killed in the bombing in Jos. The toll from this year's attacks in "
        "Plateau state rose to 410.",
        6,
    ),
    (
        "An airstrike killed seven people in Khan Younis on Tuesday. The toll rose to 240 in the "
        "neighbourhood since the war began.",
        7,
    ),
]


@pytest.mark.parametrize(("text", "killed"), BARE_TOLLS_RAISED + BARE_TOLL_NEAR_MISSES)
def test_bare_toll_raised_far_above_the_first_figure_is_the_toll(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


BODIES_OF_A_FAMILY = [
    (
        "On May 4th, 2017, alleged Coalition aircraft struck a house in al-Tabqa. The bodies of a woman and "
        "her two sons were pulled from the rubble, local sources said.",
        3,
    ),
    (
        "Several civilians were killed in the shelling of Deir Ezzor. The bodies of a man, his wife and their "
        "four children were recovered on Sunday.",
        6,
    ),
]

BODIES_NEAR_MISSES = [
    ("The strike killed a man in al-Tabqa, and his two sons were wounded, local sources said.", 1),
    ("A woman and her two sons were rescued from the rubble in al-Tabqa, local sources said.", 0),
]


@pytest.mark.parametrize(("text", "killed"), BODIES_OF_A_FAMILY + BODIES_NEAR_MISSES)
def test_bodies_of_a_family_count_every_member(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed
