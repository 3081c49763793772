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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen shot dead a Buddhist monk and a novice as they collected alms in Narathiwat's Rueso district.", (2, 0)),
        ("Gunmen shot dead a forest ranger on patrol in Yala province.", (1, 0)),
        ("Insurgents shot dead two rangers and a village headman in Pattani.", (3, 0)),
        # already read: roles joined by "and"
        ("Militants shot dead a nurse and a health worker in Kandahar's Spin Boldak district.", (2, 0)),
        # near misses: one shot dead, one wounded; a team's name
        ("Gunmen shot dead a ranger and wounded his son outside their home in Pattani.", (1, 1)),
        ("Rangers beat Celtic 2-1 at Ibrox on Saturday.", (0, 0)),
    ],
)
def test_people_named_by_role_after_shot_dead(text: str, expected: tuple[int, int]) -> None:
    assert _both(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Boko Haram gunmen raided the village of Kawuri in Borno State, killing 45 people. "
         "Two soldiers were killed in a later clash with the attackers.", (47, 0)),
        ("Bandits raided the village of Kadisau in Katsina State, killing 20 villagers. "
         "Three vigilantes were killed in a later clash with the bandits.", (23, 0)),
        # already read: the ensuing fighting
        ("Militants attacked a village in Tillabéri, killing 18 civilians. "
         "Four soldiers were killed in a subsequent gunfight with the militants.", (22, 0)),
        # near misses: a part of the dead told after the toll
        ("Gunmen attacked a market in Zamfara State, killing 30 people. Two of the dead were soldiers.", (30, 0)),
        ("Gunmen attacked a market in Zamfara State, killing 30 people, among them two soldiers.", (30, 0)),
    ],
)
def test_dead_of_a_later_clash_add_to_the_toll(text: str, expected: tuple[int, int]) -> None:
    assert _both(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A car bomb exploded at the Shorja market in Baghdad, killing 15 people; "
         "a similar attack at the same market last month killed 21.", (15, 0)),
        ("A bomb exploded outside a mosque in Kano, killing 9 worshippers; a bomb attack last year killed 30 at the same mosque.", (9, 0)),
        ("A bomb went off in a market in Yala, killing 4 people and wounding 22; an attack on the same market in 2007 had killed 6.", (4, 22)),
        ("A bomb exploded at a Shia procession in Kohat, killing 31 people; "
         "a bombing at the same procession last year killed more than 40.", (31, 0)),
        # near misses: more attacks of the same day, told in a clause of the toll's sentence
        ("Gunmen killed four people at a bar in Kano, and a similar attack killed three more nearby an hour later.", (7, 0)),
        ("A car bomb exploded in Kirkuk, killing 7 people; a second car bomb minutes later killed 5 more.", (12, 0)),
        ("Two bombs exploded at a bus station in Nyanya, Abuja, killing 19 people, and an explosion nearby an hour later killed 4 more.", (23, 0)),
    ],
)
def test_dead_of_an_earlier_attack_in_the_toll_s_sentence_are_apart(text: str, expected: tuple[int, int]) -> None:
    assert _both(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eight members of the banned group escaped from Bhopal Central Jail after killing a guard. "
         "They were shot dead by police the next morning.", (9, 0)),
        ("Five members of Lashkar-e-Jhangvi attacked a police station in Quetta, killing four policemen. "
         "They were killed in a four-hour gunfight.", (9, 0)),
        ("Six members of the Abu Sayyaf group raided a resort in Sipadan, killing two guards. "
         "They were later killed by Malaysian commandos.", (8, 0)),
        # near misses: members of a family or a party as the victims
        ("Four members of a Hindu family were shot dead by militants in Rajouri district. "
         "They had been returning from a wedding.", (4, 0)),
        ("Five members of a wedding party were killed by a roadside bomb in Helmand. They were buried the next day.", (5, 0)),
        ("Three members of the Awami National Party were kidnapped in Swat and their driver was killed. "
         "They were freed days later.", (1, 0)),
    ],
)
def test_counted_members_of_a_group_as_attackers_told_dead_next(text: str, expected: tuple[int, int]) -> None:
    assert _both(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three members of the Caucasus Emirate stormed a press house in Grozny, killing three policemen. "
         "All three were killed by security forces.", (6, 0)),
        ("Four Abu Sayyaf gunmen raided a village in Basilan, killing four farmers. All four were later killed by marines.", (8, 0)),
        # near misses: a number that is not the attackers', and victims with no deaths told before
        ("Four gunmen attacked a bus in Mastung, killing two passengers. All three were killed by police.", (5, 0)),
        ("Three gunmen abducted three aid workers in Darfur. All three were killed days later.", (3, 0)),
    ],
)
def test_counted_attackers_told_dead_next_by_all_and_their_number(text: str, expected: tuple[int, int]) -> None:
    assert _both(text) == expected
