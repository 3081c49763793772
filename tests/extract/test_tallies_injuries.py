"""The hurt told of by the care they got, the injuries they have or where they were shot, without
"injured" or "wounded" as the verb: "15 people were treated for injuries", "three others with
injuries", "a man was shot in the leg"."""

from __future__ import annotations

import pytest

from crawler.extract.sentences import split_sentences
from crawler.extract.tallies import find_tallies


def _wounded(text: str) -> list[int]:
    return [t.count for t in find_tallies(text, split_sentences(text)) if t.outcome == "wounded"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # the care they got, or the injuries they have
        ("Hospital officials said 15 people were treated for injuries after the blast.", 15),
        ("Two people died and seven were hospitalised with serious wounds.", 7),
        ("Two soldiers were killed and 11 were taken to hospital with shrapnel injuries.", 11),
        ("Four soldiers were killed. Three others with injuries were taken to the district hospital.", 3),
        ("The mortar attack killed two people and caused injuries to 15 others.", 15),
        ("Fifteen people received treatment for their injuries at the district hospital.", 15),
        ("Fifteen people were given treatment for minor injuries at the scene.", 15),
        ("Medics treated 15 people for gunshot wounds after the clashes.", 15),
        # left with their injuries
        ("Six people were left with serious injuries after a mortar landed near a school in Idlib.", 6),
        ("The blast killed two soldiers and left 14 others with injuries.", 14),
        # in hospital without "taken": being treated there
        ("Two people were killed and 18 others are being treated in hospital after the blast.", 18),
        ("Five soldiers were treated at a hospital in Kandahar after the ambush.", 5),
        # shot in an arm or a leg (shot in the head or chest may be either)
        ("A man was shot in the leg during the clashes near the border fence.", 1),
        ("A protester was shot in his right leg by a rubber bullet.", 1),
        ("Three men were shot in the legs by masked gunmen in the city overnight.", 3),
        ("Soldiers shot two protesters in the legs during the march.", 2),
    ],
)
def test_people_hurt_told_without_injured_or_wounded_as_the_verb(text: str, count: int) -> None:
    assert _wounded(text) == [count]


def test_people_a_medic_treated_for_injuries_may_be_a_list() -> None:
    assert _wounded("Doctors treated two policemen and a child for shrapnel wounds.") == [2, 1]


@pytest.mark.parametrize(
    "text",
    ["The soldier died of his wounds in hospital.", "The gunmen killed four people with knives."],
)
def test_wounds_of_the_dead_and_things_with_people_are_no_injured(text: str) -> None:
    assert _wounded(text) == []


def test_people_left_with_injuries_and_a_new_clause_of_the_hurt() -> None:
    assert _wounded("The attack left two soldiers dead and three with serious injuries.") == [3]
    text = "The ambush killed two soldiers, and three others sustained wounds."
    found = find_tallies(text, split_sentences(text))
    assert [(t.count, t.outcome) for t in found] == [(2, "killed"), (3, "wounded")]


@pytest.mark.parametrize(
    "text",
    [
        "One of the guards was killed and two others injured one seriously and admitted to intensive care.",
        "Gunmen killed a guard and injured two, one seriously.",
        "Two people were injured, one seriously, in the attack.",
    ],
)
def test_how_many_of_the_hurt_how_badly_is_a_part_of_them(text: str) -> None:
    assert sum(t.count for t in find_tallies(text, split_sentences(text))
               if t.outcome == "wounded" and t.subset_of is None) == 2


def test_shot_in_the_head_says_no_more_than_the_words_after() -> None:
    text = "A teenager was shot in the head and killed at the checkpoint."
    assert [(t.count, t.outcome) for t in find_tallies(text, split_sentences(text))] == [(1, "killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Five people were shot, two of them fatally, outside a nightclub on Saturday.", [(2, "killed"), (3, "wounded")]),
        ("Police said 12 people were shot, three fatally, in the city over the weekend.", [(3, "killed"), (9, "wounded")]),
        ("Two people were shot, both fatally, in the parking lot.", [(2, "killed")]),
    ],
)
def test_people_shot_some_of_them_fatally_are_killed_and_wounded(text: str, expected: list[tuple[int, str]]) -> None:
    assert [(t.count, t.outcome) for t in find_tallies(text, split_sentences(text))] == expected


@pytest.mark.parametrize(
    "text",
    [
        "A fourth civilian, Nihad Auf, was seriously wounded and later died from his injuries.",
        "Nihad Auf was wounded in the strike and died in hospital the next day.",
    ],
)
def test_the_wounded_who_died_are_among_the_dead_only(text: str) -> None:
    found = find_tallies(text, split_sentences(text))
    assert sorted((t.outcome, t.count) for t in found) == [("killed", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "He left with minor injuries and a warning from the judge.",  # no count
        "The soldiers left with the injured before dawn.",  # left carrying them
        "Doctors treated him in hospital for a week.",  # a pronoun
    ],
)
def test_near_misses_of_people_left_with_injuries_or_treated_in_hospital(text: str) -> None:
    assert _wounded(text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A man lost his leg in the blast at the market.", 1),
        ("Two children lost their legs when the device exploded near the school.", 2),
        ("A boy lost both hands in the explosion.", 1),
        ("Three people lost their sight in the attack on the rally.", 3),
    ],
)
def test_people_who_lost_a_limb_or_their_sight_were_wounded(text: str, count: int) -> None:
    assert _wounded(text) == [count]


@pytest.mark.parametrize(
    "text",
    [
        "He lost his job after the attack.",
        "The team lost two players to injury.",
        "She lost her way in the smoke.",
    ],
)
def test_what_is_lost_that_is_no_limb(text: str) -> None:
    assert _wounded(text) == []

