"""Constructions the tally reader misread (issue 13, fourth list), on sentences in the styles of
wire news, Wikipedia attack lists and Airwars strike reports, with the near misses that must stay
as they are."""

from __future__ import annotations

from tests.extract.tolls import killed_and_wounded

_both = killed_and_wounded


def test_a_vague_amount_shot_leaves_the_rest_of_them_untold() -> None:
    text = "Dozens of protesters were shot, 17 of them fatally, when troops opened fire on a march in Taiz, medics said."
    assert _both(text) == (17, 0)
    assert _both("Hundreds of mourners were shot, 31 of them fatally, at the funeral in Homs, activists said.") == (31, 0)
    text = "Several people were shot, one of them fatally, outside a nightclub in Lagos early on Sunday, police said."
    assert _both(text) == (1, 0)


def test_a_number_shot_still_splits_off_the_wounded() -> None:
    text = "At least 30 demonstrators were shot, 12 of them fatally, when police fired on the crowd in Khartoum."
    assert _both(text) == (12, 18)
    assert _both("Eight villagers were shot, three of them fatally, by gunmen near Bunia, a local official said.") == (3, 5)
    # "dozens" told wounded is read as the project reads it everywhere (24)
    assert _both("Dozens of protesters were wounded and 19 were killed when soldiers fired on the crowd in Basra.") == (19, 24)


def test_all_of_a_group_of_another_number_is_the_attackers() -> None:
    text = "Attackers killed nine people at a checkpoint near Arish on Monday. All four were shot dead by soldiers, the army said."
    assert _both(text) == (13, 0)
    text = "Three gunmen killed 12 worshippers at the shrine in Balochistan. All three were killed by police in a shootout."
    assert _both(text) == (15, 0)
    assert _both("Militants killed 21 people at the hotel complex. Both were killed by commandos after the siege.") == (23, 0)


def test_all_of_the_figure_or_its_part_told_again_stays_one_toll() -> None:
    assert _both("Gunmen killed 12 passengers on the bus near Mandera. All 12 were shot at close range.") == (12, 0)
    text = "The strike killed seven people in Khan Younis, including three children. All three were buried on Sunday."
    assert _both(text) == (7, 0)
    text = "A strike killed the journalist Issam Abdallah and his cameraman Ali Hassan. Both were killed instantly."
    assert _both(text) == (2, 0)
    # no attackers named with the dead before: "all four" is no group of its own
    text = "An alleged Israeli strike killed five members of the Nassar family in Deir al-Balah. All three were buried on Tuesday."
    assert _both(text) == (5, 0)


def test_the_dead_of_a_fronted_total_of_the_hurt_leave_the_rest_wounded() -> None:
    assert _both("Of the 64 victims taken to hospital in Kunduz, 51 died, a health official said.") == (51, 13)
    text = "Of the 40 people rushed to hospital after the stampede at the rally, nine died of their injuries, police said."
    assert _both(text) == (9, 31)
    text = "Of the 120 people wounded in the blasts in Maiduguri, 17 died in hospital overnight, a rescue official said."
    assert _both(text) == (17, 103)


def test_a_fronted_total_with_no_dead_of_it_stays_whole() -> None:
    assert _both("Of the 35 people taken to hospital, 20 were discharged by the evening, a doctor in Hilla said.") == (0, 35)
    text = "Of the 60 victims, 52 died at the scene and eight in hospital, the provincial health director said."
    assert _both(text) == (60, 0)
    # the passive is read as before, and the hospitalised stand in only where no wounded are counted
    assert _both("The blast killed 12 people; 30 others were taken to hospital, a doctor said.") == (12, 30)


def test_a_toll_first_given_as_one_figure_is_its_later_one() -> None:
    assert _both("The toll (initially given as 6) rose to 11 after two of the wounded died overnight, officials said.") == (11, 0)
    assert _both("The death toll, first reported as 40, was later raised to 92, the health ministry said.") == (92, 0)
    assert _both("The toll, initially given as 15, rose to 21 as rescuers searched the rubble in Aleppo.") == (21, 0)


def test_a_toll_of_the_wounded_revised_down_is_its_last_figure() -> None:
    text = "The number of wounded, first given as 180, was revised down to 64, the interior ministry said on Sunday."
    assert _both(text) == (0, 64)
    text = "The number of injured, initially given as 30, rose to 47 by evening, the emergencies ministry said."
    assert _both(text) == (0, 47)
    # a plain rise stays as it was read
    assert _both("The number of injured, first put at 90, rose to 131 on Tuesday, city officials said.") == (0, 131)


def test_a_first_figure_told_beside_a_later_one_is_the_same_people() -> None:
    text = "Sixty people were wounded, officials first said, with some 200 wounded by Sunday morning."
    assert _both(text) == (0, 200)
    text = "At least 41 people were killed and some 130 injured, police said, after an earlier figure of 95 injured."
    assert _both(text) == (41, 130)


def test_more_wounded_told_beside_a_first_figure_still_add_up() -> None:
    text = "Officials first said 80 people were wounded, with another 30 wounded in a second blast an hour later."
    assert _both(text) == (0, 110)
    assert _both("Twelve people were wounded in the first blast and 20 in the second, officials said.") == (0, 32)


def test_a_revision_of_a_first_figure_is_the_toll_however_far() -> None:
    text = "Officials first said seven people were killed in the siege of the hotel. Officials later revised the toll to 52."
    assert _both(text) == (52, 0)
    text = "Police initially said three people were killed at the market in Maiduguri. The state governor later raised the toll to 31."
    assert _both(text) == (31, 0)
    text = "A suicide bomber killed 6 people at a rally in Bannu, police said. Officials later raised the toll to 44."
    assert _both(text) == (44, 0)


def test_a_wider_or_other_toll_after_a_first_figure_stays_apart() -> None:
    text = "Five people were killed in the bombing, officials said. The national toll of attacks this year was revised to 630."
    assert _both(text) == (5, 0)
    text = "Police first said 20 people were killed in the blast. Officials later revised the number of injured to 228."
    assert _both(text) == (20, 228)
    text = "Initial reports said four people were killed. Injuries were extensive, and a local source later raised the toll to 150."
    assert _both(text)[0] == 4


def test_the_toll_of_an_event_compared_by_than_or_passing_stays_out() -> None:
    text = "A car bomb in a Mogadishu market killed 31 people on Friday, making it deadlier than the 2019 checkpoint attack that killed 22."
    assert _both(text) == (31, 0)
    text = "The strike on the bakery killed 47 people, more than the 2016 strike on the school that killed 29, local officials said."
    assert _both(text) == (47, 0)
    text = "The bombing of the shrine killed 64 people, surpassing the 2017 attack that killed 52 as the deadliest in the province."
    assert _both(text) == (64, 0)
    text = "The attack killed 19 people, the deadliest in the city since the 2011 bombing that killed 40."
    assert _both(text) == (19, 0)


def test_more_than_a_figure_is_no_comparison() -> None:
    assert _both("Gunmen killed five people in the village, more than a dozen were wounded, police said.") == (5, 12)
    text = "Gunmen killed six people at the market and wounded more than 20, more than the hospital could treat."
    assert _both(text) == (6, 20)
