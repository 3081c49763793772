"""Constructions of the wounded the tally reader misread (issue 13, leftovers), on sentences in the
styles of wire news, Wikipedia attack lists and Airwars strike reports, with the near misses that
must stay as they are."""

from __future__ import annotations

from tests.extract.tolls import killed_and_wounded

_both = killed_and_wounded


def test_a_figure_of_the_wounded_set_off_with_when_or_by_whom_it_was_counted() -> None:
    text = "A suicide car bomber struck a convoy in Kabul, killing seven people. The wounded, at least 40 by evening, included two soldiers."
    assert _both(text) == (7, 40)
    assert _both("Six killed in Kharkiv this morning. The injured, 30 at last count, include children.") == (6, 30)
    text = "Police fired rubber bullets at workers outside Dhaka. The injured, 17 according to the hospital, were mostly women."
    assert _both(text) == (0, 17)
    # already read: the figure closed by "in all"
    assert _both("A bomb killed four officers in Istanbul. The wounded, 35 in all, were taken to three hospitals.") == (4, 35)


def test_a_part_set_off_after_the_wounded_is_no_total() -> None:
    text = "A bomb killed two people at the market in Kano. The injured, three of them children, were taken to hospital."
    assert _both(text)[0] == 2
    assert _both(text)[1] != 3
    text = "Two people were killed in a shooting in Tijuana. The victims, both in their twenties, were shot at the entrance."
    assert _both(text) == (2, 0)


def test_people_brought_to_a_hospital_named_or_described_with_injuries() -> None:
    text = "An air strike hit a wedding party in Hajjah, killing two people. Eleven people were brought to al-Jumhuri hospital with shrapnel wounds."
    assert _both(text) == (2, 11)
    text = "A bomb killed four spectators in Nangarhar. Eight people were admitted to the provincial hospital with injuries, an official said."
    assert _both(text) == (4, 8)
    assert _both("Police baton-charged lawyers in Lahore. Nine people were brought to Mayo Hospital with injuries.") == (0, 9)
    # a plain word before "hospital" still needs its article
    assert _both("Eight people were taken to surgery hospital.") == (0, 0)


def test_people_burned_in_an_attack_were_hurt() -> None:
    text = "Four people were badly burned when attackers threw a petrol bomb into a minibus in Dhaka, police said."
    assert _both(text) == (0, 4)
    text = "On October 24th 2023, two civilians were killed in an alleged strike on a house in Beit Lahia. Three children were badly burned, according to local sources."
    assert _both(text) == (2, 3)
    assert _both("A drone struck a fuel station in Zaporizhzhia, killing two people. Seven others suffered burns.") == (2, 7)


def test_burned_to_death_or_things_burned_stay_as_they_are() -> None:
    assert _both("Five people were burned to death when a mob set fire to a house in Nanded district, police said.") == (5, 0)
    assert _both("Three people were killed when militants stormed a village in Borno. Dozens of buildings burned, residents said.") == (3, 0)
    assert _both("Nine houses were burned when a wildfire swept through the hills above Valparaiso, officials said.") == (0, 0)
    assert _both("Three villagers were burned alive in their homes by the militia, witnesses said.") == (3, 0)
    assert _both("An air strike killed three men in a car near Jilib. The driver's body was burned beyond recognition.") == (3, 0)


def test_some_of_the_wounded_described_then_dying_are_new_deaths() -> None:
    text = "A bomb hit a bus near Quetta, killing one person and wounding 14, police said. Two of the wounded, a man and his son, died in hospital."
    assert _both(text) == (3, 12)
    # one read already: described by "a" before the verb of dying
    text = "A roadside bomb struck a minibus in Baghdad, killing four people and wounding 18. One of the wounded, a 12-year-old boy, died in hospital."
    assert _both(text) == (5, 17)
    # one described, then an adverb before the verb ("later died"), stays a part of the wounded (half B's Airwars)
    text = "A roadside bomb struck a minibus in Baghdad, killing four people and wounding 18. One of the wounded, a 12-year-old boy, later died."
    assert _both(text) == (4, 18)
    # one of the wounded described, who lives, stays a part of them
    text = "Three people were wounded in a shooting in Kirkuk. One of the wounded, a taxi driver, was in serious condition, police said."
    assert _both(text) == (0, 3)
    text = "A car bomb killed six people and wounded 20 at a checkpoint in Mogadishu. Two of the wounded, a man and a woman, were soldiers."
    assert _both(text) == (6, 20)


def test_a_later_and_higher_figure_in_hospital_is_the_wounded_told_again() -> None:
    text = (
        "A bomb killed 22 people at a concert in Manchester, police said. 59 people were injured, officials said in the "
        "morning. Later, 119 people had been taken to hospitals, the health service said."
    )
    assert _both(text) == (22, 119)
    text = "A bomb killed six people in Kabul. Twenty were injured, police said. The health ministry later said 48 wounded had been taken to hospitals."
    assert _both(text) == (6, 48)
    # more in hospital, told with no later account: the wounded stand (tests/extract/test_tallies_issue13_third_list.py)
    assert _both("Fifteen people were wounded in the blast. Sixteen were treated at the district hospital, police said.") == (0, 15)
    # fewer in hospital than the wounded: a part of them
    text = "Three people died when a gunman opened fire on a bus in Hebron. Nine were injured. Of them, four had been taken to hospitals in Jerusalem."
    assert _both(text) == (3, 9)
    text = "A car bomb killed eight people in Baghdad and wounded 30, police said. Separately, 12 people were taken to hospitals after a fire in Basra."
    assert _both(text) == (8, 30)


def test_one_by_trade_hurt_then_dying_is_a_death() -> None:
    text = "Gunmen opened fire on a police van in Karachi on Wednesday. The driver, who was critically wounded, died on the way to hospital, police said."
    assert _both(text) == (1, 0)
    assert _both("Gunmen fired on a truck near Herat. The driver died in 2009 in a crash, his brother said.") == (0, 0)
    # one by trade told with no hurt first may be one of the dead counted
    assert _both("A car bomb killed four soldiers in Mogadishu. The driver died in hospital.") == (4, 0)
    assert _both("A car bomb killed four soldiers in Mogadishu. The driver, who was critically injured, died in hospital.") == (5, 0)
