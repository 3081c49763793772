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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A gunman killed 58 people and wounded 413 at a concert in Nevada before killing himself.", (59, 413)),
        ("A gunman killed 6 people at a school in Kazan and then killed himself.", (7, 0)),
        ("A lone gunman killed 49 people at a nightclub before being shot dead by police.", (50, 0)),
        ("An attacker stabbed 3 people to death in a church before being shot dead by police.", (4, 0)),
        ("Two gunmen opened fire at an army base, killing 3 soldiers before they were shot dead.", (5, 0)),
        ("The shooter killed 10 people at a supermarket before he was killed by police.", (11, 0)),
        ("Two attackers stabbed five worshippers to death and then killed themselves.", (7, 0)),
        # how many died is not said, or the dead man is not the one who opens the sentence
        ("Gunmen stormed a hotel in Mogadishu, killing 15 people before being killed by security forces.", (15, 0)),
        ("Police shot a gunman who had killed 3 people before being shot dead.", (3, 0)),
        ("A gunman killed 23 people at a store and wounded 23 before he was arrested.", (23, 23)),
        ("A gunman killed his wife and two children before being arrested.", (3, 0)),
        ("A suicide bomber killed himself and 14 others at a recruitment centre.", (15, 0)),
        ("ZAIRE CLASHES KILL THOUSANDS.", (2000, 0)),
    ],
)
def test_attackers_the_entry_opens_on_are_counted_when_they_die_at_its_end(text: str, expected: tuple[int, int]) -> None:
    assert toll(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The attack on the Westgate mall left 67 people dead, plus 4 attackers.", (71, 0)),
        ("The blast at the bus depot left 12 dead plus the bomber.", (13, 0)),
        ("The ambush near Dungu left 9 soldiers dead, plus two civilians, including a child.", (11, 0)),
        # people told with their own outcome, or no people at all
        ("The bombing in Hangu left 12 people dead, plus 30 wounded.", (12, 30)),
        ("The bombing left 12 people dead, plus 30 others wounded.", (12, 30)),
        ("The raid on the village left 5 dead, plus damage to dozens of homes.", (5, 0)),
    ],
)
def test_people_added_with_plus_after_a_toll_left_share_its_outcome(text: str, expected: tuple[int, int]) -> None:
    assert toll(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Death toll 22 (+1 perpetrator)", (23, 0)),
        ("A bus bombing in Haifa. Death toll: 17 (+1 bomber); injured: 53.", (18, 53)),
        ("A bomb exploded at the market in Hilla. Death toll 38 (+3 perpetrators).", (41, 0)),
        ("Killed: 12 (+1 perpetrator)", (13, 0)),
        ("The raid on the base killed 30 soldiers (+2 attackers).", (32, 0)),
        # parts in brackets, and tolls that are no field of the entry
        ("Death toll: 12 (including 2 perpetrators).", (12, 0)),
        ("The attack killed 30 people (4 children).", (30, 0)),
        ("The death toll rose to 12.", (12, 0)),
    ],
)
def test_the_death_toll_field_of_an_entry_and_attackers_added_in_brackets(text: str, expected: tuple[int, int]) -> None:
    assert toll(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Eight police officers were killed and two injured when militants attacked their post; "
            "officials later said 10 had died.",
            (10, 2),
        ),
        ("Six villagers were shot dead in the raid; the governor subsequently put the toll at 9.", (9, 0)),
        # more people, not a later figure for the same people
        ("Eight police officers were killed in the attack; two civilians later died in hospital.", (10, 0)),
        ("Eight soldiers were killed in the ambush; 12 rebels were killed later.", (20, 0)),
    ],
)
def test_a_source_s_later_figure_after_a_semicolon_tells_the_same_toll_again(
    text: str, expected: tuple[int, int]
) -> None:
    assert toll(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police said three people died and 12 were wounded; later the toll rose to five.", (5, 12)),
        ("Four soldiers died and 20 were injured in the blast; the toll later rose to seven.", (7, 20)),
        # the toll's own words still tell it
        ("Police said three people died and 12 were wounded; the toll of injured later rose to 20.", (3, 20)),
        ("Twelve were wounded, and the toll later rose to 14.", (0, 14)),
    ],
)
def test_a_bare_toll_after_a_semicolon_is_not_the_wounded_of_the_clause_before(
    text: str, expected: tuple[int, int]
) -> None:
    assert toll(text) == expected
