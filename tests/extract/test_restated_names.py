"""Incident reports that name or list more dead than their lead figure counted: a later account
of the same strike told with the people it is besides ("the mukhtar and 14 other members of his
clan were killed", "Samir and his wife Nadia were killed along with their four sons"), or a list
of the dead by name, widens the lead figure to all of them, counted once each."""

from __future__ import annotations

import pytest

from tests.extract.tolls import toll_range


def killed(text: str) -> tuple[int, int]:
    """The bottom and top of the killed toll, as the figures not flagged cumulative sum it."""
    return toll_range(text, "killed")


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (
            "At least 11 civilians were killed when an alleged airstrike hit a house in Beit Lahia on June 9th "
            "2024. Palestine Today reported that “the village mukhtar and 14 other members of his clan were "
            "killed” in the bombing.",
            (11, 15),
        ),
        (
            "At least ten people were reportedly killed when a strike hit the Dabbour family home in Rafah. "
            "Local media said the grandfather and 12 others died under the rubble.",
            (10, 13),
        ),
        (
            "At least eight members of the Nassar family were killed in the bombing of their home. A paramedic "
            "told Al-Aqsa TV that there were seven dead at the scene and four others dead in hospital.",
            (8, 11),
        ),
        (
            "At least six civilians were killed in the shelling of a school in Jabalia. Witnesses said the "
            "headmaster, Yousef Qandil (58), and seven other teachers died in the strike.",
            (6, 8),
        ),
    ],
)
def test_a_restated_figure_of_others_counts_the_people_it_is_besides(text: str, toll: tuple[int, int]) -> None:
    assert killed(text) == toll


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (  # the one before "and" was wounded, not killed
            "At least 14 people were killed in the strike on the market in Khan Yunis. A vendor was wounded "
            "and 12 others were killed, medics said.",
            (14, 14),
        ),
        (  # the others were injured: another outcome
            "At least nine civilians were killed in the strike on the Halabi home. Shehab Agency reported "
            "that Amal Halabi was killed and 25 others were injured.",
            (9, 9),
        ),
        (  # others no more than the lead figure holds
            "At least 20 people were killed in the airstrike on the shelter in Deir al-Balah. Relatives said "
            "the father and four other children died.",
            (20, 20),
        ),
        (  # a figure of others that comes with no one before it
            "At least five civilians were killed in the strike on a car near Nuseirat. Wafa said seven others died.",
            (5, 7),
        ),
    ],
)
def test_a_figure_of_others_with_no_one_killed_before_it_adds_no_one(text: str, toll: tuple[int, int]) -> None:
    assert killed(text) == toll


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (  # two parents named as the subject, their children as the figure
            "At least five members of the Odeh family were killed in an alleged strike on their home in Tal "
            "al-Sultan. A neighbour wrote that engineer Samir Odeh and his wife Nadia were killed along with "
            "their four sons.",
            (5, 6),
        ),
        (  # the one named before, then those killed with him
            "At least four civilians were killed in the strike on the Qudra home in Khan Yunis. Relatives said "
            "Jamal Qudra was killed alongside his four sons.",
            (4, 5),
        ),
        (
            "At least four people were killed when a strike hit a house in Bureij. Layla Darwish (41) was "
            "reportedly killed along with her five daughters, the youngest only a year old.",
            (4, 6),
        ),
        (
            "At least two civilians were killed in the shelling of Maghazi camp. Nabil Hamdan was killed together "
            "with his three grandchildren.",
            (2, 4),
        ),
    ],
)
def test_those_killed_along_with_someone_count_that_someone_too(text: str, toll: tuple[int, int]) -> None:
    assert killed(text) == toll


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (  # a mother and her children, fewer than the lead figure
            "At least ten civilians were killed in the strike on the Abu Taha home in Rafah. Hanin Abu Taha was "
            "reportedly killed along with her three children.",
            (10, 10),
        ),
        (  # the named members of the group killed with him are that group, not more people
            "At least nine members of the Barakat family were killed in the strike on their home. Mousa Barakat "
            "was killed along with his three nephews, 19-year-old Tareq Barakat, 17-year-old Jihad Barakat and "
            "15-year-old Anas Barakat, and two of their cousins.",
            (9, 9),
        ),
        (  # the lead figure already holds them all
            "Seven members of the Zaqout family were killed in an alleged strike on their house. Khaled Zaqout "
            "and his wife Amal were killed alongside their five children.",
            (7, 7),
        ),
    ],
)
def test_those_killed_along_with_someone_widen_only_past_the_lead(text: str, toll: tuple[int, int]) -> None:
    assert killed(text) == toll


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (
            "At least five civilians were killed in an alleged strike on a home in Khan Yunis on March 3rd 2024. "
            "The Information Center shared their names among the list of those killed in the raid – Yousef "
            "Qassem, his wife Nisreen Qassem (39), their sons Adham Qassem (17) and Karam Qassem (11), and their "
            "daughters Lulu (8) and Reem (4).",
            (5, 6),
        ),
        (
            "At least three people were killed when a drone struck a car on the coastal road near Deir al-Balah. "
            "The dead were identified as: 34-year-old Samer Hijazi, Omar Hijazi (29), Rami Abu Shaaban and "
            "Nidal Hassouna.",
            (3, 4),
        ),
        (  # a kin word and the name after it are one person
            "At least four members of the Kurd family were killed in the bombing of their apartment in Tal "
            "al-Hawa. A relative posted the names of those killed: Ziad Kurd (61), his wife Amal Kurd, their "
            "son Fadi Kurd, his daughter-in-law Rana and her son Yamen.",
            (4, 5),
        ),
    ],
)
def test_a_list_of_the_named_dead_longer_than_the_lead_widens_it(text: str, toll: tuple[int, int]) -> None:
    assert killed(text) == toll


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (  # as many names as the lead counted
            "Six civilians were killed in an alleged strike on a residential building in the Nasr quarter of Marun. "
            "The dead were identified as: Ali Sayegh (60), Mariam Sayegh (55), Hassan Sayegh (31), Rania Sayegh "
            "(29), Jud Sayegh (6) and Lama Sayegh (3).",
            (6, 6),
        ),
        (  # a list of the injured
            "Two farmers were killed in the shelling of an orchard near Beit Hanoun. Four of the injured victims "
            "were named as: 33-year-old Salah Dawas, 41-year-old Bassam Ouda, Fuad Ouda and 60-year-old Jaber "
            "Kafarna.",
            (2, 2),
        ),
    ],
)
def test_a_list_of_the_named_dead_that_adds_no_one_leaves_the_toll(text: str, toll: tuple[int, int]) -> None:
    assert killed(text) == toll


def test_a_list_of_the_named_dead_in_the_lead_figures_own_sentence_is_that_figure() -> None:
    text = (
        "An alleged strike hit the Salem family home in Nuseirat. Four people were killed, and the dead were "
        "identified as: Yasser Salem, Huda Salem, Karim Salem and Dina Salem."
    )
    assert killed(text) == (4, 4)
