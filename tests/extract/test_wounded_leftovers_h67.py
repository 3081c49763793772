"""Constructions of the wounded the tally reader misread (issue 13, round h67): a number word set off
after "the wounded" and closed by "of them", a later hour's count of those taken to hospitals, people in
hospital with an illness, a source's first account told after the figure that replaced it, and one
person an attack left with wounds.  Every sentence is written for the test, in the styles of wire news,
Wikipedia attack lists and Airwars strike reports, with the near misses that must stay as they are."""

from __future__ import annotations

import pytest

from tests.extract.tolls import killed_and_wounded

_both = killed_and_wounded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A bomb tore through a market in Peshawar, killing four people. The wounded, thirty of them, were taken to Lady Reading Hospital.", (4, 30)),
        ("A car bomb killed three guards outside a party office in Kirkuk. The injured, 18 of them, were flown to Erbil.", (3, 18)),
        # already read: closed by "in all", in words too
        ("A suicide bomber struck a funeral in Baqubah, killing eight people. The wounded, twenty-six in all, included children.", (8, 26)),
    ],
)
def test_the_wounded_counted_in_words_and_closed_by_of_them(text: str, expected: tuple[int, int]) -> None:
    assert _both(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part set off after "the wounded": no total
        ("A bomb killed two people at a bus stop in Jos. The wounded, four of them children, were taken to hospital.", (2, 0)),
        # other people than the hurt
        ("Gunmen killed five policemen near Bannu. The attackers, ten of them, escaped on motorcycles.", (5, 0)),
        ("Police detained protesters outside parliament in Kampala. The detained, thirty of them, were freed on bail.", (0, 0)),
    ],
)
def test_of_them_after_other_people_or_a_part_is_no_count_of_the_wounded(text: str, expected: tuple[int, int]) -> None:
    assert _both(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A bomb went off at a bus park in Kano, killing 12 people and wounding 47, police said. "
         "By late afternoon, more than 90 people had been taken to hospitals, a rescue official said.", (12, 90)),
        ("Mortar shells hit a market in Aleppo, killing six people and wounding 30. "
         "By nightfall, 64 people had been admitted to hospitals across the city.", (6, 64)),
        ("Two bombs exploded near a stadium in Mogadishu, killing nine people and injuring 25. "
         "By evening, 51 people had been taken to hospitals, medics said.", (9, 51)),
    ],
)
def test_a_later_hours_count_in_hospitals_is_the_later_account_of_the_wounded(text: str, expected: tuple[int, int]) -> None:
    assert _both(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fewer than the wounded: a part of them
        ("A grenade hit a bus station in Garissa, killing three people and wounding 20. By late afternoon, 8 of them had been taken to hospitals.", (3, 20)),
        # the same count: no more people
        ("Two people were killed and 11 wounded in a shooting in Cali. By midnight, all 11 had been taken to hospitals.", (2, 11)),
        # "by" a weekday, no later account of the hour
        ("A blast at a mosque in Quetta killed four people and wounded 15. Twelve people had been taken to hospital by Friday.", (4, 15)),
    ],
)
def test_a_part_or_the_same_count_in_hospitals_changes_nothing(text: str, expected: tuple[int, int]) -> None:
    assert _both(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Fifteen people were admitted to hospital with food poisoning after a wedding feast in Bahawalpur, officials said.",
        "Twenty children were taken to hospital with diarrhoea after drinking from a contaminated well in Thar, officials said.",
        "Nine pilgrims were hospitalised with heatstroke in Mecca on Friday, the health ministry said.",
        "Eight students were taken to hospital with suspected cholera at a boarding school in Kisumu, officials said.",
    ],
)
def test_people_in_hospital_with_an_illness_are_not_wounded(text: str) -> None:
    assert _both(text) == (0, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An air strike hit a market in Saada, killing two people. Thirty people were admitted to hospital with shrapnel injuries.", (2, 30)),
        ("Gunmen attacked a village near Zaria. Eleven people were taken to hospital with gunshot wounds, police said.", (0, 11)),
        ("Six people were admitted to hospital with burns after a petrol bomb was thrown into a bus in Dhaka.", (0, 6)),
        ("A bomb exploded outside a school in Kabul. Fourteen people were taken to hospital, officials said.", (0, 14)),
    ],
)
def test_people_in_hospital_with_wounds_are_still_wounded(text: str, expected: tuple[int, int]) -> None:
    assert _both(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least six people were killed and at least eight injured in a strike on a house in Bureij. "
         "Local media originally reported that eleven people were injured.", (6, 8)),
        ("Five soldiers were killed in an ambush in Kunar province, the army said. Initial reports had said nine soldiers were killed.", (5, 0)),
        ("Four people were injured, according to WAFA, which had originally reported two injured.", (0, 4)),
        ("A bomb killed seven people in Kirkuk, police said. Police initially said that three people were killed.", (7, 0)),
    ],
)
def test_a_first_account_told_after_the_figure_that_replaced_it_adds_nothing(text: str, expected: tuple[int, int]) -> None:
    assert _both(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a later account after the first figure still replaces it
        ("Police first said nine people were killed in the blast. Officials later revised the toll to 63.", (63, 0)),
        ("Six people were wounded in a shelling of Donetsk, officials said. Officials later reported that 14 people were wounded.", (0, 14)),
    ],
)
def test_a_later_account_still_replaces_the_first(text: str, expected: tuple[int, int]) -> None:
    assert _both(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Palestinian man approached an Israeli at a petrol station near Modiin and stabbed him, leaving him with light stabbing wounds.", (0, 1)),
        ("Settlers attacked a Palestinian woman near Hebron with stones, leaving her with head injuries.", (0, 1)),
        ("Three men were treated for stab wounds after a brawl outside a bar in Leeds, police said.", (0, 3)),
    ],
)
def test_one_person_an_attack_left_with_wounds(text: str, expected: tuple[int, int]) -> None:
    assert _both(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # counted before: the one stand-in adds no one
        ("An Israeli was stabbed and moderately wounded near Ariel. The attacker stabbed him in the back, leaving him with moderate wounds.", (0, 1)),
        ("A man stabbed a border policeman near Damascus Gate, leaving him with light wounds.", (0, 1)),
        # no wound
        ("Gunmen killed a shopkeeper in Bannu, leaving his family with no income.", (1, 0)),
        ("A suicide bomber struck an empty police post in Khost, leaving the building with heavy damage.", (0, 0)),
        ("Gunmen shot a trader in Kano, leaving him with fatal wounds.", (0, 0)),
    ],
)
def test_left_with_wounds_near_misses(text: str, expected: tuple[int, int]) -> None:
    assert _both(text) == expected
