"""Constructions of attack-list entries, wire reports and strike reports the tally reader misread
(issue 13, round h69): the one a suicide bomber's blast kills told by the participle after it, a new
group "also killed" in the sentence after the toll, an ordinal and its description as one person, the
death of one harmed "and that of" another, the attackers' own dead told after "N gunmen stormed", and
an aside naming the counted people.  Every sentence is written for the test, with the near misses
that must stay as they are."""

from __future__ import annotations

import pytest

from tests.extract.tolls import killed_and_wounded

_both = killed_and_wounded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A suicide bomber blew himself up at a checkpoint near Tikrit, killing a police commander.", (2, 0)),
        ("A suicide bomber blew himself up outside a Shia mosque in Kohat, killing a guard.", (2, 0)),
        ("A teenage suicide bomber blew himself up in a crowd of worshippers in Kano, killing an imam.", (2, 0)),
        # near misses: the bomber alone; the bomber told again after the attack's toll (counted once, on top)
        ("A suicide bomber blew himself up near a police post in Bannu, killing only himself.", (1, 0)),
        ("Three people were killed in a suicide attack in Kabul; the bomber also died.", (4, 0)),
        # a lone bomber opening the sentence with "detonated" is not counted (sources differ)
        ("A suicide bomber detonated his vest at a wedding in Kunar, killing a guest.", (1, 0)),
    ],
)
def test_one_killed_by_a_suicide_bomber_is_not_the_bomber(text: str, expected: tuple[int, int]) -> None:
    assert _both(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A roadside bomb struck the car of a deputy governor in Kunar, killing him and three of his guards. "
         "Two passing farmers were also killed.", (6, 0)),
        ("Gunmen attacked a police post in Dera Ismail Khan, killing a sub-inspector and two constables. "
         "A tea seller was also shot dead.", (4, 0)),
        # near misses: "also" of the hurt; "also" not of the harm; the same people from another source
        ("A strike killed 3 civilians in Ma'arrat al-Nu'man. Three civilians were also killed, another source said.", (3, 0)),
        ("Gunmen killed a district judge and his driver in Mardan. The judge's bodyguard was also wounded.", (2, 1)),
        ("A bomb killed 22 people at a market in Baghdad. Two of the dead were also members of the provincial "
         "council, police said.", (22, 0)),
    ],
)
def test_a_new_group_also_killed_after_the_toll_adds(text: str, expected: tuple[int, int]) -> None:
    assert _both(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An airstrike killed five members of the Qudaih family in Khuza'a, and a sixth, a cousin, died of his wounds.", (6, 0)),
        ("Coalition airstrikes killed two civilians in Hajin, and a third, an elderly shepherd, died on the way to hospital.", (3, 0)),
        ("Gunmen shot dead two teachers outside a school in Yala, and a third, a janitor, was wounded.", (2, 1)),
        ("A drone strike killed four fighters near Saraqib, and a fifth, a young shepherd, was injured.", (4, 1)),
        # near misses: the ordinal alone; a list of roles described one by one
        ("Militants killed two soldiers in Kunar, and a third died of his wounds.", (3, 0)),
        ("Five members of the Hamdan family were killed in the strike on their home in Khan Younis, and a sixth was wounded.", (5, 1)),
        ("Gunmen killed two policemen in Quetta, a traffic warden, a passer-by, and a shopkeeper.", (5, 0)),
    ],
)
def test_an_ordinal_and_its_description_are_one_person(text: str, expected: tuple[int, int]) -> None:
    assert _both(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ELN rebels attacked the car of a municipal councillor near Saravena, resulting in his death and that of his "
         "bodyguard.", (2, 0)),
        ("Gunmen shot a tribal elder in Khyber, causing his death and those of two of his nephews.", (3, 0)),
        ("A bomb planted under the car of a prosecutor in Nazran exploded as he left his office, resulting in his death.", (1, 0)),
        ("A grenade thrown into the shop of a village headman in Pattani exploded, resulting in his death.", (1, 0)),
        ("Gunmen shot a lawyer outside his home in Quetta, resulting in his death.", (1, 0)),
        # near misses: no death; "that of" a thing; another person owned before "his death"
        ("A bomb exploded under the car of a prosecutor in Nalchik as he left his home; he was unhurt.", (0, 0)),
        ("Gunmen shot a lawyer in Quetta, resulting in his death and that of the case he was arguing.", (1, 0)),
        ("Gunmen shot a lawyer and wounded his son in Quetta, resulting in his death.", (0, 1)),
    ],
)
def test_one_person_s_death_and_that_of_another(text: str, expected: tuple[int, int]) -> None:
    assert _both(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Five gunmen stormed a police training centre in Quetta, killing four recruits. Three of them were killed and "
         "two escaped.", (7, 0)),
        ("Four militants attacked an army post in Kupwara, killing two soldiers. Two of them were shot dead and the "
         "other two fled.", (4, 0)),
        ("Six attackers raided a church in Kaduna, killing nine worshippers. Four of them were killed by soldiers and "
         "two were arrested.", (13, 0)),
        # near misses: the victims broken down; the rest not making up the attackers' count; no count of attackers
        ("Militants attacked a checkpoint in Arish, killing seven soldiers. Four of them were killed by a car bomb and "
         "three by gunfire.", (7, 0)),
        ("Five gunmen stormed a bank in Kandahar, killing nine people. Six of them were killed and three escaped.", (9, 0)),
        ("Gunmen stormed a hotel in Mogadishu, killing eight guests. Four of them were killed and two escaped.", (8, 0)),
    ],
)
def test_some_of_the_counted_attackers_killed_and_the_rest_got_away(text: str, expected: tuple[int, int]) -> None:
    assert _both(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A mine hit a minibus near Gao. Two civilians, a driver and his assistant, were killed.", (2, 0)),
        ("Two health workers, a vaccinator and her assistant, were shot dead in Bannu.", (2, 0)),
        ("A mechanic and his apprentice were wounded when a shell hit their garage in Horlivka.", (0, 2)),
        # near misses: the assistant a modifier of another role, or of an official who tells the toll
        ("Seven players and an assistant coach were injured when gunmen fired on the team bus.", (0, 8)),
        ("An assistant professor was shot dead outside his home in Karachi.", (1, 0)),
        ("The assistant commissioner said three people were killed in the blast.", (3, 0)),
    ],
)
def test_an_aside_naming_the_counted_with_an_assistant(text: str, expected: tuple[int, int]) -> None:
    assert _both(text) == expected
