"""Constructions of the wounded the tally reader misread (issue 13, round h68): one person told among
the wounded who later died ("Ahmad Saleh, 34, was among the wounded. Saleh died of his
wounds").  Every sentence is written for the test, in the styles of wire news, Wikipedia attack lists and
Airwars strike reports, with the near misses that must stay as they are."""

from __future__ import annotations

import pytest

from tests.extract.tolls import killed_and_wounded

_both = killed_and_wounded


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
