"""Wikipedia attack-list entries of the 1970s-1990s and of 2017-2023 (issue 13), written fresh: a
toll corrected downward replaces the first one, a survivors' much higher account in the sentence of
the officials' toll widens it, and "two of the victims" or "two of the dead" told by how they died
are some of the dead, and one of the hurt told in an aside ("one of them, a 17-year-old boy, died
later") is dead, a list goes on past "one of the two bombers", and residents' or witnesses' figure
in the sentence of the toll is another account of it; with the near misses that keep their reading."""

from __future__ import annotations

import pytest

from tests.extract.tolls import toll_range, toll_top


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Gunmen on motorcycles attacked the Fulani village of Ogossagou in central Mali, killing 160 people; "
            "the toll was later revised down to 157.",
            157,
        ),
        ("Militants stormed the army post at Boulkessi, killing 38 soldiers. The army later lowered the death toll to 29.", 29),
        ("A car bomb exploded at a market in Beledweyne, killing 31 people. The toll was later corrected to 26.", 26),
        # near misses: a toll revised upward widens the first; one of a list is not the whole toll's correction
        ("Gunmen attacked the village of Seytenga, killing 79 people. The toll was later revised upward to 86.", 86),
        (
            "Jihadists killed 40 villagers and 12 soldiers near Djibo; the toll of the villagers was later revised down to 35.",
            52,
        ),
    ],
)
def test_a_toll_revised_down_replaces_the_first(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        (
            "Armed men attacked the village of Rais, south of Algiers, overnight, killing at least 98 people according to "
            "the government; hospital workers and witnesses put the toll at up to 400.",
            98,
            400,
        ),
        (
            "Militiamen killed at least 60 villagers in Tchoma Bangou, officials said, while local leaders put the death "
            "toll at 300.",
            60,
            300,
        ),
        # near misses: the higher account in a sentence of its own, or of a wider span, is no account of the event
        (
            "Armed men attacked the village of Rais overnight, killing at least 98 people. Human rights groups put the "
            "toll at 400.",
            98,
            98,
        ),
        (
            "Armed men killed at least 31 villagers in Sidi Kebir; witnesses put the toll of the year's massacres at 900.",
            31,
            31,
        ),
    ],
)
def test_a_survivors_account_in_the_officials_sentence_widens_their_toll(text: str, low: int, high: int) -> None:
    assert toll_range(text, "killed") == (low, high)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Soldiers and militiamen killed 10 Rohingya men in Inn Din village and buried them in a mass grave; two of "
            "the victims were hacked to death by villagers.",
            10,
        ),
        ("ADF fighters killed 36 civilians in Beni. Four of the victims were beheaded.", 36),
        ("Insurgents killed 20 men in Muatide; six of the dead were beheaded on a football field.", 20),
        # near misses: victims where people were hurt may be the hurt who died; the injured who died are more dead
        ("A bomb killed five people and injured 20 in Kano; two of the victims died later in hospital.", 7),
        ("A grenade killed two people and wounded 14 in Jammu. Three of the injured died in hospital.", 5),
    ],
)
def test_some_of_the_victims_told_by_how_they_died_are_parts(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        (
            "A grenade attack on a bus station in Jammu injured 33 people; one of them, a 17-year-old boy, died later "
            "in hospital.",
            1,
            32,
        ),
        (
            "A bomb hidden in a motorbike exploded at a market in Djibo, wounding 14 people; two of them, both "
            "traders, died of their wounds overnight.",
            2,
            12,
        ),
        # near misses: an aside on one of the hurt with no death, and one with no aside
        ("A bomb injured 20 people in Jammu; one of them, a policeman, was in critical condition.", 0, 20),
        ("A grenade attack on a bus station in Jammu injured 33 people; one of them died later in hospital.", 1, 32),
    ],
)
def test_one_of_the_hurt_told_in_an_aside_who_died(text: str, killed: int, wounded: int) -> None:
    assert (toll_top(text, "killed"), toll_top(text, "wounded")) == (killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "A bomb left by the IRA in a shop on Shankill Road exploded prematurely, killing one of the two bombers, "
            "Thomas Begley, and nine Protestant civilians.",
            10,
        ),
        ("Soldiers returned fire, killing two of the four gunmen and a bystander.", 3),
        ("The car bomb went off early, killing one of the three bombers and six passers-by.", 7),
        # near misses: the one of the whole described in an aside; the whole told as people killed
        ("Police shot dead one of the three attackers, a 24-year-old man, and arrested the others.", 1),
        ("He was one of 15 people killed in the raid on the village.", 15),
    ],
)
def test_a_list_goes_on_past_one_of_a_counted_whole(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Troops opened fire on marchers in Sopore, killing at least 40 people; residents said up to 120 were killed.", 40, 120),
        ("Gunmen killed 60 villagers in Kaya, the governor said, but local officials said 75 had died.", 60, 75),
        ("Soldiers shot dead 14 protesters in Mandalay, though witnesses said 20 people were killed.", 14, 20),
        # near misses: more people told by the second source, or people of another side
        ("Gunmen killed 60 villagers in Kaya; officials said five more people died in hospital.", 65, 65),
        ("Gunmen killed 12 soldiers near Kaya; officials said eight civilians were killed.", 20, 20),
    ],
)
def test_an_unnamed_sources_account_in_the_sentence_of_the_toll_is_another_account(text: str, low: int, high: int) -> None:
    assert toll_range(text, "killed") == (low, high)
