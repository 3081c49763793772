"""Constructions the tally reader misread (issue 13, second list), on sentences in the styles of
wire news, Wikipedia attack lists and Airwars strike reports, with the near misses that must stay
as they are: those shot "N of them fatally" after a phrase of place or time, the age limit of a
group of people, trades and titles of the named dead, and an attacker's death told after the
victims."""

from __future__ import annotations

from tests.extract.tolls import killed_and_wounded, toll_top


def _sum(text: str, outcome: str = "killed") -> int:
    return toll_top(text, outcome)


_both = killed_and_wounded


def test_those_shot_some_fatally_after_a_place_or_a_time() -> None:
    text = "A gunman shot six people at a bus stop in Malmo on Sunday, two of them fatally, police said."
    assert _both(text) == (2, 4)
    text = "Soldiers shot 45 supporters of the deposed leader outside the army barracks, 12 of them fatally."
    assert _both(text) == (12, 33)
    assert _both("Militiamen shot nine people near the bridge on Friday, one of them fatally, witnesses said.") == (1, 8)
    # a figure "at least" or "dozens" splits no wounded off
    text = "Police shot dozens of protesters along the main road, four of them fatally, medics said."
    assert _both(text) == (4, 0)


def test_those_shot_with_no_outcome_told_stay_uncounted() -> None:
    assert _both("Saleh's forces shot 40 protesters in Taiz on Sunday, doctors at a field clinic said.") == (0, 0)
    assert _both("Police shot scores of demonstrators with rubber bullets near the square on Friday.") == (0, 0)
    assert _both("Police shot and wounded 14 protesters in Taiz on Sunday, doctors said.") == (0, 14)
    assert _both("Troops shot dead 14 protesters in Taiz on Sunday, doctors said.") == (14, 0)


def test_the_age_limit_of_a_group_is_no_count() -> None:
    assert _sum("Twelve children under the age of 10 were killed in the strike on the market, medics said.") == 12
    assert _sum("Six children under the age of five died when the shelter was hit.") == 6
    assert _sum("Seven pupils under age 12 were wounded in the blast at the school gate.", "wounded") == 7
    assert _sum("Thirty children between the ages of six and 11 were killed when the school bus was hit.") == 30
    assert _sum("At least 17 people aged between 18 and 25 were killed when the bus was hit.") == 17
    assert _sum("Nine boys, the youngest 8, died when the shell hit the football pitch.") == 9


def test_people_after_a_list_of_ages_are_more_people() -> None:
    text = "Fourteen children aged nine to 11 and two teachers were killed when a gunman opened fire at the school."
    assert _sum(text) == 16
    assert _sum("Fourteen children aged 9 to 11 and 2 teachers were killed in the attack.") == 16
    assert _sum("Two boys aged nine and 12 were killed when the shell hit their house.") == 2


def test_an_age_limit_with_no_people_counted_stays_as_it_was() -> None:
    assert _sum("Most of the students at the college are aged between 18 and 25, a lecturer said.") == 0
    assert _sum("Two boys, ages 9 and 12, were killed when the wall collapsed on them.") == 2


def test_a_named_physician_and_others() -> None:
    text = (
        "On December 3rd, 2023, Dr. Khaled Saleh, a well-known physician, and 14 other members of his "
        "family were killed when an alleged Israeli airstrike hit their home in Jabalia."
    )
    assert _sum(text) == 15
    text = "Pastor Daniel Adamu, a clergyman, and six members of his congregation were killed when gunmen attacked the church."
    assert _sum(text) == 7


def test_trades_and_titles_of_the_named_dead() -> None:
    text = "Gunmen killed Hassan Ali, a professor at Basra University, and two of his students outside the campus."
    assert _sum(text) == 3
    text = "Samir Haddad, an architect, and four other civilians were killed when the building was struck."
    assert _sum(text) == 5
    text = "Father Michel Daoud, a parish priest, and two deacons were killed when the church was shelled."
    assert _sum(text) == 3


def test_a_toll_after_a_list_of_named_trades_is_the_whole() -> None:
    text = (
        "Yousef Awad, a physician, Hani Salem, a surgeon, and Rami Odeh, a nurse, were killed when the "
        "strike hit the hospital gate. The strike killed nine people in all."
    )
    assert _sum(text) == 9


def test_a_toll_put_after_the_named_dead_told_as_some_of_them() -> None:
    text = (
        "An air strike hit a house in Rafah on Tuesday night. Among the dead were the surgeon Dr. Omar "
        "Hamdan, his wife Lina and their three sons, relatives said. The health ministry put the toll at 17 "
        "killed. A local news site gave a lower figure of 12 dead."
    )
    assert _sum(text) == 17
    text = (
        "Among the dead were the pharmacist Samir Odeh and his brother, neighbours said. Civil defence "
        "officials put the death toll at nine."
    )
    assert _sum(text) == 9


def test_a_named_trade_who_tells_or_survives_is_no_victim() -> None:
    assert _sum("Dr. Khaled Saleh, a physician at the hospital, said three people were killed in the strike.") == 3
    text = "Samir Haddad, an architect, and two of his clients were arrested outside the court on Friday."
    assert _sum(text) == 0
    text = "A physician in Rafah said 12 members of one family were wounded in the strike on the house."
    assert _both(text) == (0, 12)


def test_an_attacker_named_or_counted_dies_after_the_victims() -> None:
    text = "Ahmed Masri killed three people at the station before being shot dead by police, officials said."
    assert _sum(text) == 4
    text = (
        "Yusuf Demir drove a lorry into the crowd at the market, killing 11 people, before being shot dead "
        "by police."
    )
    assert _sum(text) == 12
    text = "The two attackers killed five worshippers at the mosque before being shot dead by police."
    assert _sum(text) == 7
    text = "A gunman killed three people in the old town on Sunday night before police shot him dead, officials said."
    assert _sum(text) == 4


def test_who_is_no_attacker_of_the_sentence_is_not_counted() -> None:
    text = "Ahmed Masri said the gunmen killed three people before being shot dead by police."
    assert _sum(text) == 3
    assert _sum("Boko Haram fighters killed 30 villagers before being killed by troops.") == 30
    assert _sum("Ahmed Masri killed three people at the station before he was arrested by police.") == 3
    assert _sum("Two policemen chased a robber through the market and soldiers shot him dead.") == 0
