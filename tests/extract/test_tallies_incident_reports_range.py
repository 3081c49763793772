"""Strike reports of Gaza, the West Bank and south Lebanon (2023-2024), written fresh in the shapes
a civilian-harm monitor writes least often: a toll told only by the names of the dead, fighters
named among the dead in a way of their own.  Each case is the top of the range a monitor would
record for the killed (the figure the benchmark scores)."""

from __future__ import annotations

import pytest

from tests.extract.tolls import toll_top


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "An alleged Israeli airstrike hit the home of the Nassar family in Beit Lahia on 3 November 2023. "
            "A cousin posted the names of those killed: Saeed Nassar (64), his wife Huda (59), their son Tareq (31) "
            "and Tareq's daughters Rama (8) and Jude (3).",
            5,
        ),
        (
            "In the alleged Israeli drone strike on the Qassas flat in Nuseirat on 11 May 2024, the victims were: "
            "Yahya Qassas, 47; Ghada Qassas, 44; and Omar Qassas, 12.",
            3,
        ),
        (
            "A family member named the civilians killed in the alleged Israeli shelling of their house in "
            "Abasan on 6 January 2024 as Rafiq Abu Daqqa, Samah Abu Daqqa, the twins Lina and Lama, and their "
            "grandfather Fayez Abu Daqqa.",
            5,
        ),
        (
            "An alleged Israeli strike destroyed a house in the Yarmouk area of Gaza City on 2 December 2023. "
            "Neighbours named those killed in the strike as follows: Anwar Jundiya, 52; Rasha Jundiya, 48; "
            "Nidal Jundiya, 20; and the children Hala and Basel.",
            5,
        ),
        (
            "Relatives named the people killed when a shell hit the Halabi home in Tal al-Hawa on 18 October "
            "2023: Mazen Halabi (55), Manal Halabi (50) and Adnan Halabi (23).",
            3,
        ),
        (
            "An alleged Israeli missile struck a car near the Salah al-Din gate in Rafah on 8 April 2024. "
            "Those killed were named as Wasim Barhoum and Ismail Abu Jazar.",
            2,
        ),
        (
            "An alleged strike hit the Hamdan family home in Rafah on May 2nd 2024. The victims were named as: "
            "Mahmoud Hamdan, Rawan Hamdan and Jood Hamdan.",
            3,
        ),
    ],
)
def test_a_list_of_the_dead_by_name_is_the_toll_of_a_report_that_gives_no_figure(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # a figure told before: the names tell it again
        (
            "At least three people were killed in an alleged Israeli strike on the Shurrab home in Khan Younis. "
            "Relatives named those killed as Hatem Shurrab, his wife Ibtisam and their son Kareem.",
            3,
        ),
        # the injured by name
        (
            "An alleged Israeli strike hit a tent in al-Mawasi on 20 June 2024. The injured were named as: "
            "Amira Salem, Basma Salem and Younis Salem.",
            0,
        ),
        # names of no dead, in a report of no attack
        (
            "Three men from Hebron were detained at a checkpoint on Monday. The men were named as: Adel Tamimi, "
            "Fouad Jaabari and Hani Sharabati.",
            0,
        ),
        # the figure of the dead told after the names
        (
            "An alleged Israeli strike hit a house in Zawayda. Relatives named those killed as Khaled Awad, his "
            "brother Mousa and their mother Latifa. In all, three people died.",
            3,
        ),
    ],
)
def test_names_told_with_a_figure_or_of_no_dead_add_nothing(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Five people were reportedly killed in an alleged Israeli strike on a school shelter in Tuffah on "
            "22 May 2024. Among them was the al-Qassam commander Rami Awad, according to a Hamas statement.",
            4,
        ),
        (
            "Seven people were killed when an alleged Israeli airstrike hit a house in Aitaroun, south Lebanon. "
            "Among the dead was the Hezbollah field commander Hassan Ibrahim, the group said.",
            6,
        ),
        (
            "An alleged Israeli drone strike hit a car near Tammun, killing four men. The Ministry of Health said "
            "one of them was a farmer; the al-Aqsa Martyrs' Brigades claimed the other three.",
            1,
        ),
        (
            "Six people were killed in an alleged Israeli strike on a flat in Nabatieh. Relatives said four of them "
            "were children; Hezbollah mourned the remaining two.",
            4,
        ),
    ],
)
def test_fighters_claimed_as_the_others_or_named_among_the_dead_leave_the_toll(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # the army's word alone
        (
            "Five people were killed in an alleged Israeli strike on a house in Bureij. The Israeli army said "
            "that among them was the Hamas commander Sami Nofal; relatives denied this.",
            5,
        ),
        # a fighter among the kin of the dead, not among them
        (
            "Four people were killed in an alleged Israeli strike on a house in Jabalia. Among them was the "
            "brother of a Hamas commander, Walid Odeh.",
            4,
        ),
        # claimed the other wounded, not the dead: another sentence of no group
        (
            "Three people were killed in an alleged Israeli strike on a car in Rafah. Neighbours claimed the other "
            "two passengers had survived.",
            3,
        ),
    ],
)
def test_claims_not_made_by_a_group_of_fighters_among_the_dead_change_nothing(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Alleged Israeli strikes reportedly hit three houses in the Maghazi camp at dawn on 9 December 2023, "
            "killing nine civilians in total. Six people were killed in the Abu Hamad house, according to Shehab. "
            "Three were killed in the neighbouring Sarsawi house, WAFA said.",
            9,
        ),
        (
            "In total, 12 people were reportedly killed when alleged Israeli strikes hit two homes in Bani Suheila. "
            "Seven members of the Qudra family died in the first house.",
            12,
        ),
    ],
)
def test_figures_by_place_after_a_total_told_first_are_its_parts(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # of another incident
        (
            "Alleged Israeli strikes on Khan Younis killed 9 people in total on Tuesday. In a separate strike in "
            "Rafah, three people were killed.",
            12,
        ),
        # more people
        (
            "In total, 14 people were killed in the strikes on Maghazi. Another four were killed in Bureij.",
            18,
        ),
        # another day
        (
            "Alleged Israeli strikes killed 12 people in total in Nuseirat on Sunday. On Monday, a strike on a tent "
            "in Bureij killed five.",
            17,
        ),
        # the hurt who died later
        (
            "A total of 11 people were killed in the alleged strike on the Abu Amra house. Two of the injured later "
            "died in hospital.",
            13,
        ),
        # more than the total: no parts of it
        (
            "Strikes on Jabalia killed eight people in total. A strike on the Saftawi market killed 15.",
            23,
        ),
    ],
)
def test_figures_on_top_of_a_total_told_first_still_add(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Israeli forces raided the Askar camp on 9 February 2024, reportedly killing two Palestinians. "
            "Neither was claimed by an armed group.",
            2,
        ),
        (
            "An alleged Israeli strike hit a car in Tubas, killing three men. None was claimed by the al-Quds Brigades.",
            3,
        ),
    ],
)
def test_none_claimed_by_a_group_keeps_the_toll(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed
