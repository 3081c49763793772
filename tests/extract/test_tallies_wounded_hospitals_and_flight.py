"""The wounded of wire stories told hospital by hospital, and the hurt of the flight from an attack.

Written for issue 13 (h65): longer AP, Reuters and AFP stories count the wounded where they were
taken, often with the second hospital's verb left out or its number told as more, and add the
people hurt in the stampede or the crush after the blast to those it wounded.
"""

from __future__ import annotations

import pytest

from tests.extract.tolls import killed_and_wounded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the second hospital's verb left out
        (
            "Israeli air strikes on Gaza City killed seven people on Tuesday, health officials said. Al-Shifa "
            "hospital received 17 wounded and the Baptist hospital 9, the health ministry spokesman said.",
            (7, 26),
        ),
        # its number told as more
        (
            "An alleged Israeli airstrike struck a residential block in Nuseirat, killing four civilians. "
            "Al-Awda hospital received eight wounded and Al-Aqsa Martyrs hospital five more.",
            (4, 13),
        ),
        (
            "Six civilians were killed in a strike on a house in Khan Younis. The European Hospital said it had "
            "received 14 injured, and Nasser Medical Complex received another seven.",
            (6, 21),
        ),
        # the wounded taken to each hospital
        (
            "Three people were killed when a shell hit a bus stop in Donetsk. Six of the wounded were taken to "
            "Hospital No. 14 and five to the Kalinin regional hospital, the city administration said.",
            (3, 11),
        ),
        (
            "A bomb killed five people at a vegetable market in Quetta on Friday. Civil Hospital admitted 21 "
            "wounded, while 13 others were taken to the Combined Military Hospital, officials said.",
            (5, 34),
        ),
        ("Twelve wounded were rushed to Mayo Hospital and seven to Services Hospital.", (0, 19)),
    ],
)
def test_the_wounded_told_hospital_by_hospital_add_up(text: str, expected: tuple[int, int]) -> None:
    assert killed_and_wounded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number with a noun of its own, or after no hospital's wounded, or of the same hospital's patients
        ("Shifa hospital received 20 wounded and the hospital in Rafah 7 bodies.", (7, 20)),
        ("Nine people were wounded in the blast and the hospital received 3.", (0, 9)),
        ("Twelve wounded were taken to Mayo Hospital and seven were discharged by evening.", (0, 12)),
        ("Twelve wounded were taken to Mayo Hospital, and two of them to Services Hospital.", (0, 12)),
        # sources that give their own figures are still two accounts
        ("Wafa reported five killed, and Shehab seven.", (7, 0)),
        ("Nasser hospital said 14 were killed, and the ministry 17.", (17, 0)),
    ],
)
def test_numbers_that_are_no_hospital_s_share_stay_as_they_were(text: str, expected: tuple[int, int]) -> None:
    assert killed_and_wounded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A bomb exploded at a crowded shrine in southern Pakistan on Thursday, killing three people and "
            "wounding 25. Another 30 people were injured in a stampede that followed the blast as worshippers "
            "rushed for the exits, police said.",
            (3, 55),
        ),
        (
            "Three people were killed and 13 wounded when a bomb exploded outside a football stadium in "
            "Mogadishu, officials said. Eight more people were hurt in the crush as the crowd fled.",
            (3, 21),
        ),
        (
            "A grenade exploded at the rally in Dhaka, killing two and injuring 17. Six other people were hurt "
            "as the crowd fled, police said.",
            (2, 23),
        ),
        (
            "A bomb killed four people and wounded 20 at the market. A further 12 were injured in the ensuing "
            "panic, a doctor said.",
            (4, 32),
        ),
    ],
)
def test_more_people_hurt_in_the_flight_from_an_attack_add_to_its_wounded(
    text: str, expected: tuple[int, int]
) -> None:
    assert killed_and_wounded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same people told again, or some of them
        (
            "A bomb killed four people and wounded 20 at the market. Many of the 20 were injured in the "
            "stampede, a doctor said.",
            (4, 20),
        ),
        (
            "A bomb killed four people and wounded 20 at the market. Police said 20 people were injured in the "
            "panic.",
            (4, 20),
        ),
    ],
)
def test_the_hurt_of_the_flight_not_told_as_more_are_not_added(text: str, expected: tuple[int, int]) -> None:
    assert killed_and_wounded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "KANDAHAR (Reuters) - Nine Afghan policemen were killed when Taliban fighters overran their checkpoint "
            "in Arghandab district overnight, officials said. The attack began shortly after midnight. Last "
            "month, 17 policemen were wounded in a similar raid on a checkpoint in the same district.",
            (9, 0),
        ),
        (
            "Five people were killed when a bomb exploded in a market in Hilla on Tuesday. In a 2009 bombing at "
            "the same market, 40 people were wounded.",
            (5, 0),
        ),
    ],
)
def test_the_wounded_of_an_earlier_attack_recalled_are_not_the_report_s(text: str, expected: tuple[int, int]) -> None:
    assert killed_and_wounded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the wounded told in a later sentence of the report's own attack
        (
            "Seven people were killed when a car bomb exploded near a market in Sadr City on Tuesday. The blast "
            "set several cars on fire. Another 23 people were wounded, police said.",
            (7, 23),
        ),
        (
            "Five people were killed when a bomb exploded in a market in Hilla on Tuesday. The blast came a week "
            "after a similar bombing in Karbala. Twelve people were wounded, police said.",
            (5, 12),
        ),
        # the wounded told in the first sentence, the earlier attack's dead left to the restatements
        (
            "A car bomb killed six people near a checkpoint in west Mosul on Saturday and wounded 15. In March, a "
            "similar bombing at the same checkpoint wounded 40 people.",
            (6, 15),
        ),
    ],
)
def test_the_report_s_own_wounded_told_later_still_count(text: str, expected: tuple[int, int]) -> None:
    assert killed_and_wounded(text) == expected
