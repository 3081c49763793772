"""Constructions the tally reader misread (issue 13, sixth list: the wounded and groups of
people), on sentences in the styles of wire news, Wikipedia attack lists and Airwars strike
reports, with the near misses that must stay as they are."""

from __future__ import annotations

from tests.extract.tolls import killed_and_wounded

_both = killed_and_wounded


def test_a_count_of_the_wounded_corrected_or_revised_upward_is_its_last_figure() -> None:
    text = "The number of wounded, first given as 15, was later corrected to 28, a hospital official in Karachi said."
    assert _both(text) == (0, 28)
    text = "The number of people injured, initially given as 12, was later revised upward to 31 by the health ministry."
    assert _both(text) == (0, 31)
    text = "The number of injured, first put at 40, was revised downward to 26 after duplicates were removed, officials said."
    assert _both(text) == (0, 26)
    assert _both("The death toll, first given as 15, was later corrected to 12, the governor of Diyala said.") == (12, 0)


def test_a_plain_revision_or_rise_still_reads_as_before() -> None:
    text = "The number of wounded, first given as 15, was later revised to 28, a hospital official said."
    assert _both(text) == (0, 28)
    text = "The number of injured, initially reported as 20, was later raised to 43 as more victims arrived in Ramadi."
    assert _both(text) == (0, 43)
    text = "Five soldiers were killed and 15 wounded in an ambush in Kunar, the ministry said, correcting an earlier statement."
    assert _both(text) == (5, 15)


def test_ranks_and_jobs_in_an_aside_name_the_counted() -> None:
    text = "One soldier was killed near Kandahar. Two others, a sergeant and a private, were wounded, the ministry said."
    assert _both(text) == (1, 2)
    text = "Two hospital workers, a nurse and a cleaner, were hurt when a shell hit the clinic in Donetsk on Thursday."
    assert _both(text) == (0, 2)
    text = "Three policemen, a constable, a sub-inspector and a driver, were injured when a mob stoned their jeep in Bhagalpur."
    assert _both(text) == (0, 3)
    text = "In Gao, three soldiers, a captain, a corporal and a private, were wounded by a roadside bomb, the army said."
    assert _both(text) == (0, 3)


def test_ranks_and_jobs_outside_such_an_aside_stay_as_they_are() -> None:
    assert _both("A private security guard was killed when gunmen attacked a bank van in Peshawar, police said.") == (1, 0)
    assert _both("Two soldiers, a sergeant and a private, were killed when their vehicle struck a mine near Kidal.") == (2, 0)
    text = "Police said a constable, a sub-inspector and a driver were injured when the mob stoned their jeep."
    assert _both(text) == (0, 3)
    text = "Four people were wounded, among them an army private and a teacher, when a grenade exploded in Imphal."
    assert _both(text) == (0, 4)


def test_names_with_their_jobs_in_an_aside_name_the_counted() -> None:
    text = "Two journalists, Reuters cameraman Ali Hassan and photographer Omar Said, were wounded by sniper fire in Aleppo."
    assert _both(text) == (0, 2)
    text = "A car bomb killed a judge in Mosul. Two of his guards, police officer Saad Jassim and bodyguard Karim Abbas, were wounded."
    assert _both(text) == (1, 2)
    text = (
        "Two civilians were killed and three others, nurse Huda Abu Amra, teacher Salem Qudaih and student Malak "
        "Qudaih, were injured in an alleged Israeli strike in Khan Younis on December 1st 2023."
    )
    assert _both(text) == (2, 3)
    text = "Two local reporters, TV cameraman Oleg Petrenko and correspondent Anna Kovalenko, were wounded in Luhansk."
    assert _both(text) == (0, 2)


def test_names_with_their_jobs_outside_a_count_of_the_hurt_stay_as_they_are() -> None:
    text = "Two journalists, Reuters cameraman Ali Hassan and photographer Omar Said, were detained by police in Cairo."
    assert _both(text) == (0, 0)
    text = "Two journalists, Al Mayadeen correspondent Farah Omar and cameraman Rabih Maamari, were killed in south Lebanon."
    assert _both(text) == (2, 0)
    text = "Photographer Omar Said was wounded in the leg; his colleague, Reuters cameraman Ali Hassan, was unhurt."
    assert _both(text) == (0, 1)


def test_he_or_she_and_more_people_are_one_more() -> None:
    text = "Police said the gunman fired on officers in Naples; he and an accomplice were shot and wounded as they fled."
    assert _both(text) == (0, 2)
    text = "An alleged Israeli airstrike hit the home of Amal Shurrab in Khan Younis. She and her two sons were killed, a relative said."
    assert _both(text) == (3, 0)
    text = "A police officer was killed in the attack in Peshawar. The station chief said he and two constables were injured."
    assert _both(text) == (1, 3)
    assert _both("A rocket hit a house in Sderot. She and her husband were lightly injured, Magen David Adom said.") == (0, 2)


def test_he_or_she_with_no_outcome_of_their_own_stays_as_it_is() -> None:
    text = "He and his driver were stopped at a checkpoint outside Mosul; the driver was later shot dead, police said."
    assert _both(text) == (1, 0)
    text = "Gunmen opened fire on the car of a judge in Quetta. He survived, but his driver and a guard were wounded."
    assert _both(text) == (0, 2)
    assert _both("A shell struck the neighbouring house in Horlivka; she and her two sons escaped unhurt.") == (0, 0)


def test_the_wounded_of_a_war_in_a_ward_are_no_toll() -> None:
    text = "WASHINGTON (AP) - Around 1,200 soldiers wounded in Iraq are being treated at Walter Reed Army Medical Center."
    assert _both(text) == (0, 0)
    text = "More than 300 Ukrainian soldiers wounded on the front are recovering at a military hospital in Lviv, its director said."
    assert _both(text) == (0, 0)
    text = "The clinic in Kilis has treated 2,000 people wounded in the Syrian war since it opened in 2012, MSF said."
    assert _both(text) == (0, 0)


def test_the_wounded_of_an_attack_in_a_ward_stay_a_toll() -> None:
    text = "Twenty-five soldiers wounded in Sunday's ambush near Kandahar are being treated at Bagram air base, NATO said."
    assert _both(text) == (0, 25)
    text = "Twelve people injured in the explosion at the market in Kano are in hospital, police said."
    assert _both(text) == (0, 12)
    text = "Three people were killed and 14 wounded in the blast in Karrada; the wounded are being treated at al-Kindi hospital."
    assert _both(text) == (3, 14)


def test_the_wounded_of_a_recalled_attack_at_the_same_place_are_apart() -> None:
    text = "A bomb wounded 10 people at the market in Peshawar on Friday. In a 2009 bombing at the same market, 40 people were wounded."
    assert _both(text) == (0, 10)
    text = (
        "A bomb exploded at the vegetable market in Peshawar on Friday, killing two people and wounding 10, police said. "
        "In the first attack on the market, in 2009, 40 people were wounded."
    )
    assert _both(text) == (2, 10)


def test_a_second_blast_at_the_same_place_adds_its_wounded() -> None:
    text = "A bomb wounded 10 people at the market in Kano. In a second blast at the same market, 40 people were wounded."
    assert _both(text) == (0, 50)
    text = "Two people were killed and 12 wounded in the first blast at the market; a second bomb 20 minutes later wounded 40 more."
    assert _both(text) == (2, 52)


def test_the_dead_of_the_wounded_fronted_again_leave_the_wounded() -> None:
    text = "A car bomb killed three people and wounded 40 outside a mosque in Hilla. Of the 40 people wounded, six died overnight."
    assert _both(text) == (9, 34)
    text = "Two people were killed and 20 injured when a bomb exploded at a bus stop in Kampala. Of the 20 people injured, four died later."
    assert _both(text) == (6, 16)
    assert _both("Six people were killed and 25 wounded in the attack on the bazaar; of the 25 wounded, six later died.") == (12, 19)


def test_the_wounded_fronted_again_with_no_dead_stay_as_told() -> None:
    text = "A bomb killed three people and wounded 40 in Ramadi. Of the 40 wounded, six were in critical condition, a doctor said."
    assert _both(text) == (3, 40)
    assert _both("Six people were killed and 25 wounded in the attack on the bazaar; of the 25 wounded, eight were children.") == (6, 25)
    text = "Of the 112 people wounded in the twin blasts in Maiduguri, nine died in hospital overnight, a rescue official said."
    assert _both(text) == (9, 103)


def test_a_wounded_relative_who_died_later_is_dead_and_no_longer_wounded() -> None:
    text = "The strike killed Samir Abu Nada in Rafah and wounded her husband. The husband died of his injuries the next day."
    assert _both(text) == (2, 0)
    text = (
        "On November 7th 2023, an alleged Israeli airstrike on the Barbakh family home in Khan Younis killed Rana Barbakh "
        "and wounded her husband and her son. Her husband died of his injuries the following morning."
    )
    assert _both(text) == (2, 1)


def test_a_death_of_wounds_of_someone_no_figure_counted_stays_as_it_is() -> None:
    text = "The strike killed Samir Abu Nada in Rafah and wounded his son. Samir's wife died of her wounds the next day."
    assert _both(text) == (2, 1)
    text = "A sniper killed a shepherd near Kupiansk and wounded his son. The son survived his injuries, his family said."
    assert _both(text) == (1, 1)
