"""Constructions of the wounded the tally reader misread (issue 13, round h68): people an attack left
with hurts ("leaving four people with broken bones", "leaving them with bruises and cuts"), and one
person told among the wounded who later died ("Ahmad Saleh, 34, was among the wounded. Saleh died of his
wounds").  Every sentence is written for the test, in the styles of wire news, Wikipedia attack lists and
Airwars strike reports, with the near misses that must stay as they are."""

from __future__ import annotations

import pytest

from tests.extract.tolls import killed_and_wounded

_both = killed_and_wounded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A car bomb exploded outside a police station in Batman on Tuesday, leaving five people with broken bones and cuts, officials said.", (0, 5)),
        ("A mob attacked a bus carrying pilgrims near Udhampur, leaving eight passengers with head injuries, police said.", (0, 8)),
        ("Soldiers attacked two shepherds near Masafer Yatta with rifle butts, leaving them with bruises and cuts.", (0, 2)),
        ("Riot police beat a photographer covering the march in Tbilisi, leaving him with a broken jaw.", (0, 1)),
        ("Settlers attacked an elderly farmer near Sinjil, leaving her with a fractured skull.", (0, 1)),
        ("A grenade hit a wedding party in Kunduz, killing two guests and leaving nine others with shrapnel wounds.", (2, 9)),
        # the hurt counted otherwise: the people left with hurts are some of them
        ("A bomb killed three people and wounded 14 in Quetta, leaving six of them with broken limbs.", (3, 14)),
        ("Police fired rubber bullets at marchers in Bogota, wounding 11 and leaving four people with eye injuries.", (0, 11)),
    ],
)
def test_people_an_attack_left_with_hurts_are_wounded(text: str, expected: tuple[int, int]) -> None:
    assert _both(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen shot a money changer in Peshawar, leaving him with fatal wounds.", (0, 0)),
        ("A fire swept through a block of flats in Ibadan, leaving six families homeless.", (0, 0)),
        ("An air strike destroyed the only bakery in Kafranbel, leaving the town with no bread, residents said.", (0, 0)),
        ("The floods in Assam left seven people dead and thousands homeless.", (7, 0)),
        ("The cuts left four hospitals with no surgeons, the union said.", (0, 0)),
    ],
)
def test_left_with_no_hurt_or_a_deadly_one_is_no_wounded(text: str, expected: tuple[int, int]) -> None:
    assert _both(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israeli troops shot dead two Palestinians and wounded six during a raid in Jenin, medics said. "
         "Khaled Nasser, 22, was among the wounded. Nasser died of his wounds on Thursday.", (3, 5)),
        ("Two soldiers were killed and seven wounded when a mine hit their vehicle near Gao. "
         "Corporal Paul Martin, one of the wounded, died in hospital three days later.", (3, 6)),
        ("A grenade attack on a bus stand in Anantnag killed one person and wounded 11. "
         "Among the injured was Tariq Ahmad, a driver, who succumbed to his injuries on Friday.", (2, 10)),
        ("On November 8th 2023, two civilians were killed and five were injured in an alleged Israeli strike on a house in Rafah. "
         "Among the injured was Yousef Abu Hamad, who later died of his wounds.", (3, 4)),
        ("Six people were wounded in shelling of Kherson. Nadiia Bondar, 71, one of the wounded, died in hospital the next day.", (1, 5)),
    ],
)
def test_one_of_the_wounded_told_dying_is_dead_and_no_longer_wounded(text: str, expected: tuple[int, int]) -> None:
    assert _both(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three people were killed and eight wounded in a blast in Mogadishu. Farah Ali, 30, was among the wounded; he remains in critical condition.", (3, 8)),
        ("A bomb killed two people and wounded nine in Kirkuk. Omar Jassim, who was among the wounded, said his cousin died in the blast.", (2, 9)),
        ("Gunmen killed two policemen and wounded four in Bannu. Constable Sher Khan, among the wounded, was discharged on Friday.", (2, 4)),
        ("Four people were killed and ten injured in a shooting in Medellin. Among the dead was Jorge Ruiz, a bus driver.", (4, 10)),
    ],
)
def test_one_of_the_wounded_who_lives_or_another_death_stays_as_read(text: str, expected: tuple[int, int]) -> None:
    assert _both(text) == expected
