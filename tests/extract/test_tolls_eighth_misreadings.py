"""The eighth list of misread tallies (issue 13), on wire news, Wikipedia attack-list entries and
Airwars strike reports written fresh, with the near misses that keep their reading."""

from __future__ import annotations

from datetime import date

import pytest

from crawler.extract.document import extract_document
from tests.extract.tolls import totals


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Officials in Riyadh said four soldiers died in the clash near Jizan. The Houthis claimed 15 Saudi troops were killed.", 4),
        ("The interior ministry said six policemen were killed in the raid in Kunduz. The Taliban claimed that 40 police had died.", 6),
        ("The army said three soldiers were killed in the attack near Diffa, while the insurgents claimed 50 soldiers died.", 3),
        ("Boko Haram claimed 80 soldiers were killed in the raid on Metele. The army said 23 soldiers died.", 23),
        # near misses: the claim alone, a source's claim, or a claim of the attack whose clause adds dead
        ("The Houthis claimed 15 Saudi troops were killed in the raid on Najran.", 15),
        ("Local residents claimed 12 civilians were killed in the airstrike on the market in Saada.", 12),
        ("Officials said four soldiers died in the clash near Jizan. The Houthis claimed the attack, which also killed two civilians.", 6),
    ],
)
def test_an_armed_groups_claimed_clause_is_its_claim(text: str, killed: int) -> None:
    """An armed group's "claimed" with a clause is the attackers' claim: it gives way to another
    account of the same dead and widens none."""
    assert totals(text, date(2016, 8, 17))[0] == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("A truck bomb killed 150 people in the Karrada district of Baghdad. The toll rose to 340 weeks later.", 340),
        ("Thirty worshippers were killed when gunmen stormed the mosque in Maiduguri; the toll rose to 41 days later.", 41),
        ("The bombing of the bus station killed 18 people. The death toll climbed to 24 weeks afterwards, hospital officials said.", 24),
        # near misses: a span that dates another event, and a toll raised a counted span later
        ("A truck bomb killed 150 people in Baghdad. Weeks later, another car bomb killed nine people in the same street.", 159),
        ("A truck bomb killed 150 people in Baghdad. The toll rose to 170 two weeks later.", 170),
    ],
)
def test_a_toll_raised_weeks_later_is_the_toll(text: str, killed: int) -> None:
    """ "rose to 340 weeks later": the number is the toll, the span word dates its telling."""
    assert totals(text, date(2016, 7, 30))[0] == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Civil defence teams pulled several bodies from the rubble in Jobar, those of a mother and her four children.", 5),
        ("Several bodies were found in the ruins of the house in Tabqa, those of Khalil al-Hassan, his wife and their three sons.", 5),
        ("Soldiers found several bodies in a well near Kidal on Monday, those of two traders and their driver.", 3),
        # near misses: a number of bodies told with a list of its own, and a part of the dead after "including"
        ("Rescuers recovered seven bodies in Jobar, those of a mother, her four children and two neighbours.", 7),
        ("Rescuers recovered 14 bodies from the rubble in Jobar, including those of a mother and her four children.", 14),
    ],
)
def test_a_vague_count_of_bodies_told_as_those_of(text: str, killed: int) -> None:
    """ "several bodies, those of a mother and her five children": the list counts the bodies."""
    assert totals(text, date(2017, 3, 18))[0] == killed


def events(text: str) -> list[str | None]:
    return [t.event for t in extract_document(text, None).tallies]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Anthrax killed three herders in the Kiruhura district after they ate the meat of a dead cow.", "disease"),
        ("Lassa fever has killed 23 people in Bauchi state this year, the NCDC said.", "disease"),
        ("Yellow fever killed 14 people in the villages around Kenema last month.", "disease"),
        ("Rabies killed four children in the district of Jhapa, health officials said.", "disease"),
        # near misses: the illness names the victims or follows the killing in another clause
        ("ADF rebels killed two Ebola health workers in Butembo, officials said.", "conflict"),
        ("A cholera outbreak in the camp followed an airstrike that killed 40 people in Hodeidah.", "conflict"),
    ],
)
def test_an_illness_that_killed_is_disease(text: str, event: str) -> None:
    """An illness named as the subject of "killed" is the deaths' event, as "cholera killed" is."""
    assert events(text) == [event]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Walter Brandt landed at Omaha Beach with the 1st Infantry Division. He died on Sunday at a nursing home in Ohio, aged 97.", 0),
        ("Sergeant Ahmad Rahimi was wounded twice in the Soviet war. He died in a Kabul hospital on Friday, aged 86.", 0),
        ("Colonel Yusuf Mansour commanded a tank brigade in the 1973 war. He died on Monday in Cairo, aged 89, his family said.", 0),
        # near misses: a death of the wounds of an attack, the age of a man killed in one, and an illness
        # told as what the death came of (the disease's)
        ("Colonel Ahmed Saleh was hit in the ambush on his convoy in Aden. He died on Saturday of wounds he sustained in the attack.", 1),
        ("Sergeant Rahim Noori was wounded in the ambush in Helmand. He died in hospital in Kandahar, aged 64, two days after a roadside bomb struck his patrol.", 1),
        ("A cleric jailed for blasphemy in 2011 died of a heart attack in his cell in Lahore, aged 71.", 1),
    ],
)
def test_an_obituarys_death_of_old_age_is_no_event(text: str, killed: int) -> None:
    """ "He died on Saturday at a nursing home, aged 91": a natural death in an obituary is no event."""
    assert totals(text, date(2019, 3, 10))[0] == killed
