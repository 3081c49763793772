"""Constructions found by writing reports of many kinds afresh: the aim of an act or a clause of
its victims after a figure, a group's quoted name in the victims' phrase, numbers written as
"20-odd", "a pair of", "a trio of" or told again in brackets, and headlines that open on one
person without the article."""

from __future__ import annotations

import pytest

from tests.extract.tolls import assert_report, toll_top


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("A car bomb in the Ras el-Nabeh quarter killed 61 people and injured 190 in an attempt to assassinate a cleric.", 61, 190),
        ("The roadside bomb injured 14 bystanders in an apparent attempt to kill the provincial governor.", 0, 14),
        ("Gunmen killed two guards and wounded three in a failed attempt to kidnap a foreign engineer.", 2, 3),
        ("Police shot dead two gunmen who tried to kill a judge outside the court in Peshawar.", 2, None),
        ("Guards killed three intruders who were trying to kill the minister at his residence.", 3, None),
        ("Troops wounded four smugglers that attempted to cross the border near Kidal.", 0, 4),
    ],
)
def test_an_aim_or_a_clause_after_a_figure_leaves_it_told(text: str, killed: int, wounded: int | None) -> None:
    assert_report(text, killed, wounded)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen made an attempt to kill three judges in Quetta.",
        "In an attempt to kill 12 soldiers, the militants planted a bomb under the bridge.",
        "The militants attempted to kill 12 soldiers at the checkpoint.",
        "Officials fear 40 people could die if the dam gives way.",
        "Doctors said three patients were likely to die.",
    ],
)
def test_an_attempt_or_a_fear_still_counts_no_one(text: str) -> None:
    assert toll_top(text, "killed") == 0


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ('Two members of the "Military Council" were killed by a bomb planted in their car in Manbij.', 2),
        ("Three fighters of the 'Hamza Division' were killed in an ambush near Afrin.", 3),
        ("Four fighters of the “Sultan Murad” faction were killed in clashes in Ras al-Ain.", 4),
        ("Five members of “Hayat Tahrir al-Sham” were killed in shelling on Jabal al-Zawiya.", 5),
        ('Two men were killed, the "Military Council" said.', 2),  # the quoted name is the source
    ],
)
def test_a_quoted_group_name_is_inside_the_victims_phrase(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Twenty-odd villagers were killed when the gunmen rode into Dogon Kiri.", 20),
        ("20-odd pilgrims were killed in the stampede at the shrine.", 20),
        ("Some 30 odd soldiers died in the ambush on the Gao road.", 30),
        ("A pair of journalists were shot dead outside their office in Tijuana.", 2),
        ("A trio of aid workers were killed in the strike on the convoy.", 3),
        ("Police seized a pair of rifles and killed two gunmen in the raid.", 2),  # a pair of things
        ("Two odd-looking men were arrested after the blast.", 0),
    ],
)
def test_numbers_written_loosely(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("Soldier killed in Kashmir gunfight", 1, None),
        ("Israeli soldier killed in northern Gaza", 1, None),
        ("Journalist shot dead outside his home in Tijuana", 1, None),
        ("Iraq: Policeman dies in Kirkuk roadside blast", 1, None),
        ("Officer killed, 3 hurt in Belfast bomb blast", 1, 3),
        ("Palestinian killed by Israeli fire in Jenin", 1, None),
        ("Doctor injured in Kabul hospital blast", 0, 1),
        ("Militant, soldier killed in Kashmir gunfight", 2, None),  # a headline's list of such
        ("Cop, civilian injured in grenade attack in Srinagar", 0, 2),
        ("Woman, child killed as shell hits house in Donetsk", 2, None),
        ("Soldier, 3 militants killed in Kupwara encounter", 4, None),
    ],
)
def test_a_headline_opens_on_one_person_without_the_article(text: str, killed: int, wounded: int | None) -> None:
    assert_report(text, killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Soldier killed in Kashmir gunfight\nAn Army jawan was killed in an encounter with militants in Kupwara on Tuesday.", 1),
        ("Soldier killed three civilians, villagers say", 3),  # the soldier did the killing
        ("Police killed in Kashmir ambush", 0),  # a force, not one person
        ("Family killed in Gaza strike", 0),  # a family without a number
        ("British killed in Basra", 0),  # no noun of one person
        ("Gunmen, police clash in Kaduna", 0),
    ],
)
def test_a_headline_subject_near_misses(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("Fifteen (15) civilians were killed in the attack on Kabuka, the statement said.", 15, None),
        ("Police said 9 (nine) people were killed in the blast at the motor park.", 9, None),
        ("Two (2) soldiers were killed and three (3) others wounded in the ambush.", 2, 3),
        ("Five (5) persons died while twenty-one (21) were injured in the clash.", 5, 21),
        ("Gunmen killed 4 (four) villagers and 1 (one) vigilante in Zurmi.", 5, None),
        ("Twelve people (12) were killed in the raid.", 12, None),  # told after the noun
        ("Two people (aged 5 and 7) were killed in the shelling.", 2, None),  # an aside, not the number
    ],
)
def test_a_number_told_again_in_brackets_is_one_number(text: str, killed: int, wounded: int | None) -> None:
    assert_report(text, killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("Six aid workers employed by a Swiss charity were killed in an ambush near Bria.", 6, None),
        ("Four soldiers stationed at the outpost in Inates were killed in the assault.", 4, None),
        ("Nine civilians trapped in the basement were killed when the building collapsed.", 9, None),
        ("Two men armed with knives were shot dead by police at the station.", 2, None),
        ("Five prisoners held at the camp died of cholera last week.", 5, None),
        ("Two men known to police were shot dead outside a bar in Culiacan.", 2, None),
        ("Seven people injured in the blast were taken to the hospital in Kunduz.", 0, 7),
        ("Two buildings used by the militia were destroyed in the strike.", 0, None),  # things, not people
        ("Three people known to the victims were arrested.", 0, None),
    ],
)
def test_a_participle_clause_after_the_people_is_stepped_over(text: str, killed: int, wounded: int | None) -> None:
    assert_report(text, killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("At least five people are now known to have died in Tuesday's attack on the market.", 5),
        ("Twelve miners are known to have been killed in the raid on the site.", 12),
        ("At least 63 known civilians were killed in the attack, including as many as 27 children.", 63),  # an adjective
    ],
)
def test_people_known_to_have_died(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("The boat capsized off Zuwara, drowning 12 migrants.", 12),
        ("The shell hit the fishing boat, drowning three fishermen.", 3),
        ("Twelve migrants drowned when the boat capsized.", 12),  # the intransitive verb stays
        ("Two soldiers drowned in the canal and three were rescued.", 2),
        ("Rescuers saved 12 people from drowning.", 0),
        ("The drowning of three children shocked the town.", 0),
    ],
)
def test_drowning_people_is_killing_them(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed
