"""Constructions of Wikipedia attack-list entries the tally reader misread (issue 13, round h68): one
death told as "resulting in his immediate death" after fire opened on a person, people named by role
joined by "and" after "shot dead", two more dead in a later clash after the toll, an earlier attack told
as background in the toll's sentence, and members of a named group as the attackers told dead
afterwards.  Every sentence is written for the test in the style of attack lists, with the near misses
that must stay as they are."""

from __future__ import annotations

import pytest

from tests.extract.tolls import killed_and_wounded

_both = killed_and_wounded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Unidentified gunmen opened fire on a pro-government tribal elder near Baqubah, resulting in his immediate death.", (1, 0)),
        ("Gunmen fired at a traffic police officer in Karachi's Lyari, resulting in his instant death.", (1, 0)),
        ("Militants opened fire on a village councillor in Kupwara, resulting in her death.", (1, 0)),
        # already read: shot, attacked
        ("Gunmen shot a lawyer outside the district court in Quetta, resulting in his death.", (1, 0)),
    ],
)
def test_his_immediate_death_after_fire_opened_on_one_person(text: str, expected: tuple[int, int]) -> None:
    assert _both(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fire on a crowd: "his" points at no one shot
        ("Police opened fire on a protest in Srinagar, resulting in his death, the family of a bystander said.", (0, 0)),
        ("Gunmen opened fire on a village elder near Kunduz; his immediate death was confirmed by police.", (0, 0)),
    ],
)
def test_his_death_without_one_person_fired_on_stays_unread(text: str, expected: tuple[int, int]) -> None:
    assert _both(text) == expected
