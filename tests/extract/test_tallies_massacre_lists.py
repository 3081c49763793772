"""Entries of massacre lists and lists of attacks of older wars ("List of massacres in Colombia",
"list of terrorist incidents in 1974"): a massacre named by its place, killing by the knife, a
checkpoint that was false, mourners killed at a funeral, the wounded of whom some died later,
second sources and estimates after a place, asides closed before ", and", what a massacre
avenged, victims more by rank, a labelled death toll, the killer dead with his victims."""

from __future__ import annotations

from datetime import date

import pytest

from crawler.extract.document import extract_document


def toll(text: str) -> tuple[int, int]:
    """The killed and wounded totals of an entry: its figures that restate, are part of or run
    on from no other, at the top of their range."""
    sums = {"killed": 0, "wounded": 0}
    for t in extract_document(text, date(1990, 1, 1)).tallies:
        if t.restates is None and t.subset_of is None and not t.cumulative and t.outcome in sums:
            sums[t.outcome] += t.count_max or t.count
    return sums["killed"], sums["wounded"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the massacre of El Salado, paramilitaries killed around 60 villagers over three days.", (60, 0)),
        ("In the massacre of La Rochela, gunmen killed 12 members of a judicial commission.", (12, 0)),
        ("The massacre of Las Hojas was carried out by soldiers and a civil patrol.", (0, 0)),
        ("After the massacre of Los Josefinos, the survivors fled to Mexico.", (0, 0)),
        # the people after "of": a count, a noun
        ("The massacre of 16 villagers in El Aro was blamed on paramilitaries.", (16, 0)),
        ("The massacre of 31 farmers near San Carlos shocked the country.", (31, 0)),
    ],
)
def test_a_massacre_named_by_its_place_after_of_is_no_person_killed(text: str, expected: tuple[int, int]) -> None:
    assert toll(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("GIA gunmen cut the throats of 31 people at a roadblock near Medea.", (31, 0)),
        ("Armed men slit the throats of 12 villagers, including 4 children, near Blida.", (12, 0)),
        ("The attackers slit the throat of a shepherd near Tiaret.", (1, 0)),
        ("Insurgents cut the throats of 9 bus passengers and wounded 5 others.", (9, 5)),
        # no cutting, or no people
        ("Doctors examined the throats of 30 patients at the clinic.", (0, 0)),
        ("The raiders cut the throats of 20 sheep.", (0, 0)),
    ],
)
def test_throats_cut_of_people_after_of_are_killed(text: str, expected: tuple[int, int]) -> None:
    assert toll(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed 31 people at a false roadblock near Medea; 3 others were wounded.", (31, 3)),
        ("Rebels at a false checkpoint shot dead 14 bus passengers and wounded 6.", (14, 6)),
        # "false" that denies what a report says
        ("Police said a false report that 3 people were wounded had spread.", (0, 0)),
        ("It is false that 3 soldiers were killed, the ministry said.", (0, 0)),
    ],
)
def test_a_false_roadblock_denies_nothing(text: str, expected: tuple[int, int]) -> None:
    assert toll(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Archbishop Oscar Romero was shot dead while saying Mass in San Salvador. At his funeral, "
            "an estimated 30 to 50 mourners were killed in a stampede and shooting.",
            (51, 0),
        ),
        ("A tribal elder was killed by a roadside bomb. At his funeral, gunmen killed 25 people.", (26, 0)),
        ("A Sinn Fein councillor was shot dead in Belfast. Three mourners were killed by a gunman at the funeral.", (4, 0)),
        # the funeral's own attack told again, or a funeral held
        ("A suicide bomber struck a funeral in Kabul, killing 40 mourners. Officials later said 45 people died.", (45, 0)),
        ("Three soldiers were killed in an ambush. Officials later said 4 soldiers had died.", (4, 0)),
        # mourners who gather round the dead of the attack
        (
            "An airstrike hit the family's house, killing 40 people. A photo showed mourners gathered "
            "around the bodies, at least 42 of whom had been killed, relatives said.",
            (42, 0),
        ),
        ("Shelling killed 12 people in the market. Mourners carried the bodies of 12 victims to the cemetery.", (12, 0)),
    ],
)
def test_mourners_killed_at_a_funeral_are_more_dead(text: str, expected: tuple[int, int]) -> None:
    assert toll(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Loyalists shot dead 5 men at a betting shop; 9 others were wounded, one of whom died later.", (6, 8)),
        ("A bomb killed 17 passengers and wounded 30, two of whom died later in hospital.", (19, 28)),
        ("Gunmen killed 5 people and wounded 9; two of them died later in hospital.", (7, 7)),
        # a part of the dead, or of the wounded
        ("Gunmen wounded 9 people and killed 5, two of whom were children.", (5, 9)),
        ("Gunmen killed 5 people, two of whom were children.", (5, 0)),
        ("Gunmen killed 5 people and wounded 9, three of them seriously.", (5, 9)),
    ],
)
def test_the_wounded_of_whom_some_died_add_to_the_dead(text: str, expected: tuple[int, int]) -> None:
    assert toll(text) == expected  # and are taken from the wounded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Shining Path killed 8 journalists and their guide in Uchuraccay.", (9, 0)),
        ("Gunmen killed 6 tourists and their guide near the temple.", (7, 0)),
        ("Six Jesuit priests, their housekeeper and her daughter were murdered by soldiers.", (8, 0)),
        ("Militants killed a Filipino maid and 3 guests at the hotel.", (4, 0)),
        # the guide who tells, not a victim
        ("The guide said 3 tourists were killed in the ambush.", (3, 0)),
    ],
)
def test_guides_and_household_staff_are_people_of_a_list(text: str, expected: tuple[int, int]) -> None:
    assert toll(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Armed men killed 98 villagers in Rais, south of Algiers, according to the government; "
            "other sources put the toll at about 300.",
            (300, 0),
        ),
        ("Soldiers killed 12 people near Kibeho, the army said; aid workers said 40.", (40, 0)),
        ("Guerrillas killed 30 soldiers in San Miguel; the rebels put the toll at 70.", (70, 0)),
        # another outcome, other people, or a war's toll after the place
        ("Soldiers killed 12 people in Kibeho; 40 others were wounded.", (12, 40)),
        ("Soldiers killed 12 people in Kibeho, while rebels killed 6 in Butare.", (18, 0)),
        ("A strike killed 5 people in Gaza City; officials put the death toll in the war at 30,000.", (5, 0)),
    ],
)
def test_a_second_source_after_the_place_of_the_first_figure_gives_its_range(
    text: str, expected: tuple[int, int]
) -> None:
    assert toll(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LTTE militants killed 33 Buddhist monks, most of them novices, and 4 civilians.", (37, 0)),
        ("The rebels killed 12 soldiers, many of them conscripts, and 3 policemen.", (15, 0)),
        ("Guerrillas killed 12 soldiers, including an officer, and 4 civilians in the ambush.", (16, 0)),
        ("A bomb killed 9 policemen, including a colonel, and 2 passers-by.", (11, 0)),
        # an aside of a figure before another outcome, or a serial list of parts
        ("Gunmen killed 12 people, most of them women, and wounded 30.", (12, 30)),
        ("The blast killed 20 people, including 5 children, and injured 40 others.", (20, 40)),
        ("Gunmen killed 12 people, including two children, a woman, and an old man.", (12, 0)),
        ("Gunmen killed 12 people, including two children and a woman.", (12, 0)),
    ],
)
def test_an_aside_closed_by_a_comma_before_and_ends_the_parts_of_the_item(text: str, expected: tuple[int, int]) -> None:
    assert toll(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The army killed 24 Tamil civilians at Kokkadicholai in retaliation for a mine attack that had "
            "killed 2 soldiers.",
            (24, 0),
        ),
        ("Paramilitaries killed 19 farmers to avenge the killing of 3 of their men.", (19, 0)),
        ("Militiamen burned 40 villagers alive in reprisal for an ambush that killed 6 of their fighters.", (40, 0)),
        # the revenge itself, after the comma that closes what it avenged
        ("In revenge for an army raid, the rebels killed 12 villagers.", (12, 0)),
        ("The rebels killed 12 villagers in revenge for an army raid, and wounded 5.", (12, 5)),
    ],
)
def test_a_figure_of_the_attack_a_massacre_avenged_is_of_another_event(text: str, expected: tuple[int, int]) -> None:
    assert toll(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An IRA bomb exploded at a ceremony in Enniskillen, killing 11 people and injuring 63. "
            "A twelfth victim died after 13 years in a coma.",
            (12, 63),
        ),
        ("Five soldiers were killed in the ambush. A sixth soldier later died of his wounds.", (6, 0)),
        ("The bomb killed 14 passengers. A fifteenth passenger died in hospital in March.", (15, 0)),
        # a doubt, or a rank that is no death
        ("Nine passengers were killed. A tenth passenger may have died, officials said.", (9, 0)),
        ("Two policemen were killed. A second policeman named by police was the driver.", (2, 0)),
    ],
)
def test_a_victim_more_by_a_spelled_rank_adds_one_dead(text: str, expected: tuple[int, int]) -> None:
    assert toll(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Red Brigades shot and wounded a Fiat executive in Turin.", (0, 1)),
        ("Gunmen shot dead a bank manager and his driver in Medellin.", (2, 0)),
        ("ETA killed the admiral, his driver and a bodyguard with a bomb under the street.", (3, 0)),
        # the manager who tells
        ("The mine manager said 3 workers were killed in the attack.", (3, 0)),
    ],
)
def test_executives_managers_and_admirals_are_people_killed(text: str, expected: tuple[int, int]) -> None:
    assert toll(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Army troops fired on protesters in Gawkadal, killing at least 50; some estimates put the dead at 280.", (280, 0)),
        (
            "Militias killed at least 1,000 people in the siege of Tel al-Zaatar; other estimates reach 3,000.",
            (3000, 0),
        ),
        ("Paramilitaries killed 14 people in the village of El Aro; residents said 24.", (24, 0)),
        ("Troops killed 50 protesters; some sources put the toll at 100.", (100, 0)),
        # parts, a war's toll, a toll raised
        ("Troops killed 50 protesters; some were children.", (50, 0)),
        ("Troops killed 12 people; other sources put the toll in the war at 40,000.", (12, 0)),
        ("Troops killed 12 people; officials said 4 of them were children.", (12, 0)),
    ],
)
def test_estimates_of_a_massacre_give_the_top_of_its_range(text: str, expected: tuple[int, int]) -> None:
    assert toll(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A gunman shot dead 7 people at a bus stop in Istanbul before being killed by police.", (8, 0)),
        ("A gunman shot dead 5 worshippers before being shot dead by soldiers.", (6, 0)),
        ("Two gunmen shot dead 4 soldiers before they were killed.", (6, 0)),
        # arrested, or the people shot of no outcome
        ("A gunman shot dead 7 people before being arrested.", (7, 0)),
        ("A gunman shot 7 people before being shot dead by police.", (1, 0)),
    ],
)
def test_a_gunman_who_shot_dead_people_then_was_killed_is_one_dead_more(text: str, expected: tuple[int, int]) -> None:
    assert toll(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Shining Path car bomb in Lima killed 4 policemen and a passer-by aged 15.", (5, 0)),
        ("A bomb killed a passer-by in Lima.", (1, 0)),
        ("In the Mukura massacre, soldiers suffocated 69 detainees in a railway wagon.", (69, 0)),
        ("Sixty-nine detainees suffocated in a locked railway wagon.", (69, 0)),
    ],
)
def test_a_passer_by_and_the_suffocated_are_counted(text: str, expected: tuple[int, int]) -> None:
    assert toll(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed 3 workmen at a building site in Castlerock; death toll: 3.", (3, 0)),
        ("Gunmen killed 5 soldiers and 3 civilians near Crossmaglen; Death toll: 8.", (8, 0)),
        ("A bomb killed 12 people in a Derry pub (death toll: 12).", (12, 0)),
        ("A bomb in a Belfast bar killed 5 people; Death toll: 6, as one of the injured died later.", (6, 0)),
        # the toll told in a sentence of its own, as before
        ("Loyalists shot dead 8 men in a bar in Greysteel. Death toll: 8.", (8, 0)),
    ],
)
def test_a_labelled_death_toll_after_the_figures_of_its_sentence_tells_them_again(
    text: str, expected: tuple[int, int]
) -> None:
    assert toll(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bosnian Serb shelling of Gorazde killed 45 and wounded more than 200 over three days.", (45, 200)),
        ("Government troops killed 200 over two weeks in the Nuba mountains.", (200, 0)),
        ("Fighting in the camp killed 12 over the past 48 hours.", (12, 0)),
        ("Shelling killed 200 people over three days.", (200, 0)),
        # an age, not the time of the killing
        ("Five people aged over 60 years were killed in the raid.", (5, 0)),
        ("Gunmen killed 4 men over 50 years old in the village.", (4, 0)),
    ],
)
def test_the_time_a_killing_took_after_a_bare_count_is_no_noun_of_it(text: str, expected: tuple[int, int]) -> None:
    assert toll(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An LTTE suicide bomber drove a truck into the navy base in Welisara, killing 11 sailors and himself.", (12, 0)),
        ("A gunman killed 5 people and himself at a school in Dunblane.", (6, 0)),
        ("A suicide bomber killed 14 people and himself at a rally.", (15, 0)),
        ("The bomb exploded prematurely, killing its planter.", (1, 0)),
        # how many of "themselves" is not told; wounds are no death
        ("The attackers killed 4 guards and themselves.", (4, 0)),
        ("A gunman wounded 5 people and himself.", (0, 5)),
    ],
)
def test_the_killer_last_of_the_people_he_killed_is_one_dead_more(text: str, expected: tuple[int, int]) -> None:
    assert toll(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bomb killed its planter, a 22-year-old member of the INLA, in a field near Newry.", (1, 0)),
        ("The bomb killed its driver, a 40-year-old father of three, in Newry.", (1, 0)),
        ("Gunmen killed a man, a member of the UDA, in Belfast.", (1, 0)),
        ("Gunmen killed a policeman and a soldier, a father of two, in Belfast.", (2, 0)),
        # lists of people
        ("Gunmen killed a policeman, a soldier and a child.", (3, 0)),
        ("Gunmen killed a policeman, a soldier, and a child in Belfast.", (3, 0)),
        ("Gunmen killed a policeman, a soldier, a child and two women.", (5, 0)),
    ],
)
def test_one_person_described_in_commas_after_the_verb_is_one(text: str, expected: tuple[int, int]) -> None:
    assert toll(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Twelve Guardia Civil officers, including a lieutenant, and two civilians were killed by a van bomb.", (14, 0)),
        ("Twelve officers, including 2 lieutenants, and two civilians were killed.", (14, 0)),
        ("Twelve officers, most of them conscripts, and two civilians were killed.", (14, 0)),
        ("Twelve soldiers, many of them young recruits, and a policeman died in the ambush.", (13, 0)),
        # the parts of one figure
        ("Twelve people, including two children and a woman, were killed.", (12, 0)),
        ("Twelve people, including two children, a woman, and a man, were killed.", (12, 0)),
        ("Twelve people, most of them women, were killed.", (12, 0)),
        ("Between 23 and 27 members of the family including 7 women, 10 children, and an infant were killed.", (27, 0)),
    ],
)
def test_an_aside_closed_before_and_in_a_subject_list_ends_the_parts_of_the_item(
    text: str, expected: tuple[int, int]
) -> None:
    assert toll(text) == expected


def test_the_top_of_a_range_after_an_including_aside_is_no_more_people() -> None:
    killed, _ = toll("At least four civilians, including two municipal workers, and up to six civilians were killed.")
    assert killed <= 6


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A bomb killed 11 people and injured 63. Two of them died later in hospital.", (13, 63)),
        ("The blast killed 4 soldiers and wounded 12. One of them later died of his wounds.", (5, 12)),
        # the dead of the figure before
        ("Five people were killed. Two of them died instantly.", (5, 0)),
        ("Five people were killed in the raid. Two of them died later in hospital.", (5, 0)),
    ],
)
def test_the_wounded_told_before_who_died_later_are_more_dead(text: str, expected: tuple[int, int]) -> None:
    assert toll(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A car bomb killed Lebanese president Bachir Gemayel and 25 others in Achrafieh.", (26, 0)),
        ("A car bomb killed the Lebanese president and 25 others.", (26, 0)),
        ("Gunmen killed the vice president of the union and his driver.", (2, 0)),
        # the president who tells
        ("The president said 5 soldiers were killed in the ambush.", (5, 0)),
    ],
)
def test_a_president_in_lower_case_is_a_person_killed(text: str, expected: tuple[int, int]) -> None:
    assert toll(text) == expected
