"""Families in casualty reports: children of one birth, a family wiped out, a family without a
number, and the children of a counted figure named or told by sex after it."""

from __future__ import annotations

import pytest

from tests.extract.tolls import toll_top


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Twin girls were killed when the shell hit their home in Saraqib.", 2),
        ("Her twin sons, aged six, were killed in the strike on the market.", 2),
        ("The 14-year-old twins were killed as they walked home from school.", 2),
        ("The twins were among the dead, relatives said.", 2),
        ("Triplets aged two were killed in the shelling of their home in Idlib.", 3),
        ("A twin was killed and her sister was wounded in the shelling.", 1),  # one of a pair
        ("Twin blasts killed 12 people near the bus station in Homs.", 12),  # twin bombs, not people
    ],
)
def test_children_of_one_birth_are_counted_by_the_word(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("A family of seven was wiped out in the airstrike on Beit Lahia.", 7),
        ("Five members of the Abu Hussein family were wiped out when the building collapsed.", 5),
        ("Gunmen wiped out a family of eight in the village overnight.", 8),
        ("The floods wiped out 300 homes along the river.", 0),  # homes, not people
    ],
)
def test_people_wiped_out_were_killed(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    "text",
    [
        "A family was killed when the shell hit their car on the coast road.",
        "The entire family was wiped out in the strike, neighbours said.",
        "His family was killed in the bombing of the camp.",
        "Her household was killed in the raid.",
    ],
)
def test_a_family_without_a_number_counts_no_one(text: str) -> None:
    assert toll_top(text, "killed") == 0


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("A family member was killed and two others were wounded.", 1),  # one member
        ("Another member of the family was killed in the second strike.", 1),
        ("The family's eldest son was killed at the checkpoint.", 1),
    ],
)
def test_one_of_a_family_is_one_person(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # counted kin, then each of them by kin word and name
        ("The strike killed her two children, daughter Aseel and son Ahmed, in their beds.", 2),
        ("Shelling killed his three sons, Karim, Nabil and Omar, on the farm.", 3),
        # counted children, then the same children by sex or kin
        ("The strike killed her two children, a daughter and a son.", 2),
        ("Three children, two girls and a boy, were killed by the mine.", 3),
        # people of no kind, then each of them, a neighbour among them
        ("The airstrike killed three people, a woman, her son and a neighbour.", 3),
    ],
)
def test_counted_kin_named_after_their_number_are_the_same_people(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # children, then adults: a list of more people, not the children again
        ("The strike killed two children, a woman and an old man.", 4),
        ("The strike killed two children, a farmer and his son.", 4),
        ("The raid killed her two children and a neighbour.", 3),
    ],
)
def test_adults_after_counted_children_are_more_people(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Sources reported that Mahmoud Abu Samra, his wife Fatima and their daughter Salma were killed.", 3),
        ("Officials said Ahmed Saleh, his wife Mona and their son Ali were killed in the strike.", 3),
        ("Relatives confirmed that Yusuf Darwish, his brother and two cousins were killed.", 4),
        # "that" as a determiner opens no report
        ("Medics said that man and his son were wounded, not killed.", 0),
    ],
)
def test_a_family_listed_after_a_report_that_starts_with_its_first_name(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("A five-member family was killed when a shell hit their house in Poonch.", 5),
        ("The three-member crew was killed when the helicopter was shot down over Kunar.", 3),
        ("Militants killed a two-man team of polio vaccinators in Bannu.", 2),
        ("The 12-strong patrol was ambushed near Gao and all were killed.", 12),
        # the size of a thing, not of people killed
        ("The 15-member committee was dissolved after the killings were reported.", 0),
    ],
)
def test_a_group_told_by_its_size_counts_its_members(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Eleven people from two families were killed; the names of nine of them were published.", 11),
        ("The strike killed two Palestinian families in their homes.", 0),  # how many people is not told
        ("Omar's two brothers and their families were also killed.", 2),
        ("At least 21 members of the Abu al-Eish and al-Helou families were killed.", 21),
    ],
)
def test_families_counted_as_such_are_no_count_of_people(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # deaths told without a number, then the victims named
        ("Civilians were reportedly killed in the strike on Rafah. Among the victims were Ahmad Nabil (32) and his son Yusuf (5).", 2),
        ("Three soldiers died in the ambush. Among the victims were Sgt. John Smith and Cpl. Dan Brown.", 3),
        # victims of what hurt and killed, or of no death at all
        ("Five people were killed and 12 wounded. Among the victims were Ahmad Nabil (32) and his son Yusuf (5).", 5),
        ("Fraud has cost pensioners millions. Among the victims were two retired teachers.", 0),
    ],
)
def test_the_victims_named_after_deaths_are_among_the_dead(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Samah and her two children were killed when the shell hit their tent.", 3),
        ("Ahmed and his wife were killed in the strike on their home.", 2),
        # a place, or a group and its own, is no person
        ("Gaza and her two children were on every front page.", 0),
        ("Hamas and its allies were blamed for the attack.", 0),
    ],
)
def test_one_name_before_and_her_kin_is_a_person(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        ("Their son, 8, and daughter, 5, were injured in the strike.", 2),
        ("Their son (8) and daughter (5) were injured in the strike.", 2),
        ("His wife and son were injured when the shell hit the car.", 2),
        # no possessive to share: how many is not told
        ("The wife and son were injured when the shell hit the car.", 0),
    ],
)
def test_kin_sharing_a_possessive_across_their_ages(text: str, wounded: int) -> None:
    assert toll_top(text, "wounded") == wounded
