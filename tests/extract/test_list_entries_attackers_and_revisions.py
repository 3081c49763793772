"""Entries of lists of attacks (Wikipedia's "List of terrorist incidents" and the like): attackers
told dead after the victims, by a "before" clause of the counted people the entry opens on or by "the
attackers" of the sentence after the one that counted them, and a toll revised "a week later"."""

from __future__ import annotations

from tests.extract.tolls import killed_and_wounded, toll_top


def test_counted_attackers_opening_the_entry_dead_before_its_end() -> None:
    insider = (
        "Two Afghan soldiers turned their weapons on NATO trainers at a base in Zabul, killing two "
        "Americans before being shot dead themselves."
    )
    assert toll_top(insider, "killed") == 4
    raid = "Three militants stormed a checkpoint in Khyber, killing four policemen before they were shot dead."
    assert toll_top(raid, "killed") == 7
    guards = "Two policemen opened fire on their colleagues in Helmand, killing five, before being killed by guards."
    assert toll_top(guards, "killed") == 7


def test_counted_people_opening_the_entry_not_dead_before_its_end() -> None:
    assert killed_and_wounded("Two soldiers were wounded in the attack near Kunduz before being evacuated.") == (0, 2)
    assert toll_top("Five villagers were abducted by Boko Haram near Chibok before being released.", "killed") == 0
    assert toll_top("Two soldiers guarded the gate of the base in Bannu before being relieved.", "killed") == 0


def test_the_attackers_counted_in_the_sentence_before() -> None:
    mosque = (
        "Two gunmen opened fire on worshippers at a Shia mosque in Quetta, killing six. "
        "The gunmen were later killed by police."
    )
    assert toll_top(mosque, "killed") == 8
    bridge = (
        "Three attackers drove a van into pedestrians on London Bridge and then stabbed people in Borough "
        "Market, killing eight. The attackers were shot dead by armed police; 48 people were injured."
    )
    assert killed_and_wounded(bridge) == (11, 48)


def test_the_attackers_not_counted_before_or_already_counted() -> None:
    uncounted = "Gunmen opened fire on worshippers at a mosque in Quetta, killing six. The gunmen were later killed by police."
    assert toll_top(uncounted, "killed") == 6
    arrested = "Two gunmen opened fire on worshippers at a mosque in Quetta, killing six. The attackers were arrested."
    assert toll_top(arrested, "killed") == 6
    counted = (
        "Two gunmen opened fire on worshippers at a mosque in Quetta, killing six people and the two attackers. "
        "The attackers were killed by police."
    )
    assert toll_top(counted, "killed") == 8


def test_a_toll_revised_a_week_later() -> None:
    text = (
        "A suicide bomber detonated explosives at a bus station in Nyanya on the outskirts of Abuja, killing "
        "71 people. The toll was revised upward to 88 a week later."
    )
    assert toll_top(text, "killed") == 88


def test_a_running_toll_told_a_week_later_stays_apart() -> None:
    text = (
        "A bomb killed 12 people at a bus station in Jos. The toll of the insurgency since the start of the "
        "year rose to 880 a week later."
    )
    assert toll_top(text, "killed") == 12


def test_people_broken_down_by_role_in_an_aside() -> None:
    ambush = "Gunmen killed seven people, five policemen and two civilians, in an ambush near Swabi."
    assert toll_top(ambush, "killed") == 7
    bomb = "A bomb killed seven people, five policemen and two civilians, and wounded 20 others in Quetta."
    assert killed_and_wounded(bomb) == (7, 20)


def test_a_list_of_groups_stays_a_list() -> None:
    groups = "A bomb killed seven soldiers, five policemen and two civilians in Quetta."
    assert toll_top(groups, "killed") == 14
    wounded = "A bomb killed seven people in Quetta, wounding five policemen and two civilians."
    assert killed_and_wounded(wounded) == (7, 7)


def test_attackers_a_toll_leaves_out_died_too() -> None:
    bomber = (
        "A suicide bomber driving a truck packed with explosives struck an Iraqi army base in Tal Afar. "
        "Twelve soldiers were killed, not including the bomber, and 40 were wounded."
    )
    assert killed_and_wounded(bomber) == (13, 40)
    gunmen = "Gunmen stormed a hotel in Mogadishu, killing 20 people, excluding the four attackers."
    assert toll_top(gunmen, "killed") == 24


def test_a_toll_that_leaves_out_others_than_attackers() -> None:
    assert toll_top("Thirty people were killed in the clashes in Tikrit, excluding soldiers.", "killed") == 30


def test_a_bomber_blowing_himself_up_after_a_place_or_a_semicolon() -> None:
    place = "In Kirkuk, a suicide bomber blew himself up at a Kurdish party office, killing five."
    assert toll_top(place, "killed") == 6
    wave = (
        "A wave of attacks hit Iraq. In Baghdad, a car bomb in Sadr City killed nine people; in Mosul, gunmen "
        "killed four policemen at a checkpoint; and in Kirkuk, a suicide bomber blew himself up at a Kurdish "
        "party office, killing five."
    )
    assert toll_top(wave, "killed") == 19
    counted = "On Monday, two suicide bombers blew themselves up at a checkpoint in Kandahar, killing 11."
    assert toll_top(counted, "killed") == 13


def test_uncounted_bombers_after_a_place_stay_uncounted() -> None:
    assert toll_top("In the attack on the base in Bannu, militants blew themselves up at the gate.", "killed") == 0


def test_him_and_a_list_of_his_own_after_a_comma() -> None:
    family = "Gunmen attacked the home of a Sahwa leader near Abu Ghraib, killing him, his wife and their three sons."
    assert toll_top(family, "killed") == 5
    guards = "A drone strike hit the car of a Taliban commander in Paktika, killing him, his driver and two bodyguards."
    assert toll_top(guards, "killed") == 4


def test_him_then_a_comma_that_opens_no_list_of_his() -> None:
    said = "Gunmen shot dead a tribal elder in Kunar, killing him, police said, and wounding his son."
    assert killed_and_wounded(said) == (1, 1)


def test_a_rubber_tapper_of_southern_thailand() -> None:
    text = "Two suspected insurgents on a motorcycle shot dead a Buddhist rubber tapper in Rueso district of Narathiwat."
    assert toll_top(text, "killed") == 1


def test_civilians_of_a_trade_broken_down_by_sex_in_a_closed_aside() -> None:
    charity = "Gunmen killed seven employees of a charity, five women and two men, in an ambush on their vehicle in Swabi."
    assert toll_top(charity, "killed") == 7
    workers = "A bomb killed three workers, a woman and two children, at a brick kiln near Quetta."
    assert toll_top(workers, "killed") == 3


def test_civilians_of_a_trade_then_a_list_that_is_not_an_aside() -> None:
    ended = "A bomb killed three workers, a woman and two children."
    assert toll_top(ended, "killed") == 6
    roles = "Gunmen killed seven workers, five policemen and two soldiers, in Quetta."
    assert toll_top(roles, "killed") == 14
