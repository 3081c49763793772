"""Entries of incident lists ("List of terrorist incidents in 2014"): one to four sentences per
attack, its toll told by one source and then another, the attackers' own deaths counted on top."""

from __future__ import annotations

import pytest

from crawler.extract.export import event_tallies_json


def toll(text: str) -> tuple[int, int]:
    """The killed and wounded totals of a text: the sum of its figures that are not flagged."""
    sums = {"killed": 0, "wounded": 0}
    for figure in event_tallies_json(text, "2020-01-01"):
        if not figure["cumulative"] and figure["outcome"] in sums:
            sums[figure["outcome"]] += figure["count"]
    return sums["killed"], sums["wounded"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least 16 people were killed, according to police; hospital sources later said 19.", (19, 0)),
        ("Eleven villagers died, according to the governor; residents said 14.", (14, 0)),
        ("Six soldiers were killed, according to the army, while the rebels said 9.", (9, 0)),
        ("Eight people were killed, the police said; medics said 10.", (10, 0)),
        # not a second source's figure: other people, other outcome, another event
        ("Eight soldiers were killed, according to the army; 12 rebels died.", (20, 0)),
        ("Nine people were killed, according to local officials; 30 were wounded.", (9, 30)),
        ("Five people were killed, according to police, and three others later died in hospital.", (8, 0)),
    ],
)
def test_a_second_source_after_an_according_to_aside_gives_the_top_of_the_range(
    text: str, expected: tuple[int, int]
) -> None:
    assert toll(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three coordinated suicide bombings on the metro killed 52 people and injured over 700. "
            "The four bombers also died.",
            (56, 700),
        ),
        ("A series of attacks on churches in Jos killed 30 people. Five attackers were killed by police.", (35, 0)),
        ("Twin blasts at two markets in Kano killed 41 people. Both suicide bombers were also killed.", (43, 0)),
        # an attack of the series told one by one stays a part of its toll
        ("A wave of bombings across Iraq killed 60 people. In Hilla, two car bombs killed 22.", (60, 0)),
        ("A series of attacks in Borno killed 30 people. In Konduga, gunmen killed 12 villagers.", (30, 0)),
    ],
)
def test_attackers_dead_after_a_series_toll_are_not_one_of_its_attacks(text: str, expected: tuple[int, int]) -> None:
    assert toll(text) == expected
