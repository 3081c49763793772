"""Constructions the tally reader misread (issue 13, third list), on sentences in the styles of
wire news, Wikipedia attack lists and Airwars strike reports, with the near misses that must stay
as they are."""

from __future__ import annotations

from tests.extract.tolls import killed_and_wounded, toll_top


def _sum(text: str, outcome: str = "killed") -> int:
    return toll_top(text, outcome)


_both = killed_and_wounded


def test_shooting_some_of_them_fatally_splits_those_shot() -> None:
    text = "Gunmen opened fire on the crowd outside the mosque, shooting 40 people, 15 of them fatally, residents said."
    assert _both(text) == (15, 25)
    text = "Militiamen fired into the crowd of protesters in Benghazi, shooting nine people, two fatally, witnesses said."
    assert _both(text) == (2, 7)
    # a part told may pass a rough figure of those shot; no wounded are split off it
    text = "The gunman fired from the hotel window for ten minutes, shooting dozens of concertgoers, 58 of them fatally."
    assert _both(text) == (58, 0)
    assert _both("Soldiers fired on protesters, shooting at least 60 people, 22 of them fatally, a rights group said.") == (22, 0)


def test_shooting_with_no_outcome_told_stays_uncounted() -> None:
    assert _both("Israeli snipers were shooting at protesters along the fence for hours, the ministry said.") == (0, 0)
    assert _both("Troops were shooting 12 rounds a minute into the hills above the town, a witness said.") == (0, 0)
    assert _both("Troops fired rubber bullets, shooting and injuring 14 people, none of them fatally.") == (0, 14)


def test_a_part_of_those_shot_told_dead_leaves_the_rest_wounded() -> None:
    assert _both("Six of the 12 people shot outside the mosque died, a doctor at the city hospital said.") == (6, 6)
    text = "Eleven of the 31 demonstrators shot by security forces in Karbala have died, the health directorate said."
    assert _both(text) == (11, 20)
    text = "Four of the 20 people shot when troops cleared the square later died of their wounds, officials said."
    assert _both(text) == (4, 16)


def test_a_part_of_those_shot_told_otherwise_is_no_death() -> None:
    assert _both("Six of the 31 demonstrators shot in Karbala remain in intensive care, doctors said.") == (0, 0)
    assert _both("Three of the five officers shot in Dallas were released from hospital on Friday.") == (0, 0)
    assert _both("Four of the 20 people shot in the square were under 18, hospital officials said.") == (0, 0)


def test_a_part_of_the_victims_of_an_attack_gives_its_dead() -> None:
    text = "A suicide bomber struck a wedding party in Gaziantep late on Saturday. Police said 29 of the 54 victims were under 14."
    assert _sum(text) == 54
    assert _sum("Officials said 132 of the 145 victims of the school massacre in Peshawar were children.") == 145
    assert _sum("Police named 10 of the 22 victims of the Manchester Arena bombing on Wednesday.") == 22
    # the part told dead is a part of the whole
    assert _sum("Officials said 42 of the 51 victims of the mosque shootings in Christchurch were killed at Al Noor.") == 51


def test_victims_hurt_or_of_no_attack_are_no_dead() -> None:
    assert _sum("A lawyer for the families said 12 of the 40 victims of the fraud had lost their homes.") == 0
    assert _both("Police said 59 of the 116 victims treated in hospital had serious injuries.") == (0, 0)
    text = "The blast wounded 40 people at the market. Police said 12 of the 40 victims were women."
    assert _both(text) == (0, 40)


def test_casualties_put_at_a_figure_split_by_their_dead() -> None:
    assert _both("The health ministry put the casualties at 60, including 11 dead.") == (11, 49)
    text = "Local authorities put the casualties of the market bombing in Urumqi at 125, 31 of them fatal."
    assert _both(text) == (31, 94)
    assert _both("Police put the number of casualties at 87, including 23 dead, after the twin bombings.") == (23, 64)


def test_casualties_put_at_with_no_split_of_their_own() -> None:
    assert _both("Hospital officials put the casualties at more than 300, including 105 dead.") == (105, 0)
    assert _both("The army put its own casualties at 49, including 21 dead and 28 missing.") == (21, 0)
    assert _both("Officials put the cost of the damage at 340 million rupees, including 72 million for the park.") == (0, 0)


def test_a_rough_figure_of_the_wounded_told_exactly_by_the_hospital() -> None:
    assert _sum("Over a dozen people were wounded. Thirteen were treated at the district hospital, police said.", "wounded") == 13
    text = "Dozens of people were wounded when the car bomb went off. Forty-one were admitted to the main hospital in Kirkuk."
    assert _sum(text, "wounded") == 41
    text = "Two people were killed and more than a dozen wounded in the attack. Fourteen were treated at Kenyatta hospital."
    assert _both(text) == (2, 14)


def test_a_hospital_figure_that_is_not_all_the_wounded() -> None:
    text = "Over a dozen people were wounded. Five were treated at the district hospital and released, police said."
    assert _sum(text, "wounded") == 12
    text = "Fifteen people were wounded in the blast. Sixteen were treated at the district hospital, police said."
    assert _sum(text, "wounded") == 15
    assert _sum("More than 20 people were injured in the blast. Six of them were in critical condition.", "wounded") == 20


def test_the_attacker_told_dead_in_the_next_sentence() -> None:
    assert _sum("The gunman killed five worshippers at the mosque. He was shot dead by police minutes later.") == 6
    assert _sum("The gunman killed four hostages at the kosher supermarket. He was later killed in a shootout with police.") == 5
    # told by his noun, as before
    assert _sum("A gunman killed 49 people at a nightclub in Orlando. The attacker was shot dead by police.") == 50


def test_a_pronoun_after_no_attacker_or_no_death() -> None:
    assert _sum("The gunman killed five worshippers at the mosque. He was arrested by police minutes later.") == 5
    assert _sum("The soldier killed five worshippers at the mosque. He was shot dead by police minutes later.") == 5
    text = "The gunman killed four hostages at the supermarket. One of them was shot dead as he tried to grab the gun."
    assert _sum(text) == 4


def test_those_guarded_are_not_the_dead_who_guarded_them() -> None:
    assert _sum("Soldiers guarding 12 prisoners were killed when militants attacked the convoy near Tikrit.") == 0
    assert _sum("Police officers escorting 30 pilgrims were killed in the ambush near Kirkuk, officials said.") == 0
    assert _sum("Twelve guards protecting 40 workers at the oil field were killed by gunmen, the company said.") == 12
    assert _sum("Four soldiers escorting a convoy of 25 trucks were killed in an ambush in Mali, the army said.") == 4


def test_the_guards_counted_by_the_verb_before_them() -> None:
    assert _sum("Militants attacked a convoy near Tikrit, killing six soldiers guarding 12 prisoners.") == 6
    assert _sum("Twelve prisoners were killed when militants attacked the convoy near Tikrit.") == 12
