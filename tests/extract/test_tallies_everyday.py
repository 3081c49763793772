"""Constructions common in any news text: verbs before a figure, lists before one outcome,
"respectively", relative clauses, ages, "fell" in battle, and people taken to hospital."""

from __future__ import annotations

import pytest

from crawler.extract.document import extract_document
from crawler.extract.records import Tally
from crawler.extract.sentences import split_sentences
from crawler.extract.tallies import find_tallies


def tallies(text: str) -> list[Tally]:
    return find_tallies(text, split_sentences(text))


def counts(text: str) -> list[tuple[int, str]]:
    return [(t.count, t.outcome) for t in tallies(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Police named 14 people who were killed in the attack on the market.",
        "Local officials identified 14 victims killed in Tuesday's bombing.",
        "Authorities named the 14 people killed in the attack.",
        "The army released the names of 14 soldiers killed in the ambush.",
    ],
)
def test_a_verb_before_the_figure_is_not_part_of_the_people(text: str) -> None:
    assert counts(text) == [(14, "killed")]


@pytest.mark.parametrize(
    "text",
    [
        "The ambush left 17 soldiers and four civilians dead.",
        "The ambush killed 17 soldiers and four civilians.",
    ],
)
def test_a_list_of_counted_groups_before_or_after_one_outcome_is_summed(text: str) -> None:
    assert counts(text) == [(17, "killed"), (4, "killed")]


def test_leaving_some_wounded_and_others_dead_gives_each_its_outcome() -> None:
    text = "The blast left 3 soldiers wounded and four civilians dead."
    assert counts(text) == [(3, "wounded"), (4, "killed")]


def test_one_toll_that_sources_give_respectively_is_one_figure_with_its_range() -> None:
    text = (
        "Militants attacked the village. Two witnesses later updated the death toll to seven and to nine respectively."
    )
    assert [(t.count, t.count_max, t.outcome) for t in tallies(text)] == [(7, 9, "killed")]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The death tolls in Aleppo and Idlib rose to 20 and 30 respectively.", 50),
        ("The death tolls in Aleppo, Homs and Idlib rose to 20, 30 and 12, respectively.", 62),
    ],
)
def test_the_tolls_of_several_places_told_respectively_are_summed(text: str, count: int) -> None:
    assert [(t.count, t.count_max, t.outcome) for t in tallies(text)] == [(count, None, "killed")]


@pytest.mark.parametrize(
    "text",
    [
        "Five and 12 people were killed and wounded respectively.",
        "Police said 5 and 12 people were killed and injured, respectively, in the two blasts.",
        "The blasts killed and wounded 5 and 12 people respectively.",
    ],
)
def test_figures_and_outcomes_told_respectively_are_paired(text: str) -> None:
    assert counts(text) == [(5, "killed"), (12, "wounded")]


def test_without_respectively_a_second_figure_keeps_its_own_outcome() -> None:
    assert counts("The death toll rose to 20, and 30 were wounded.") == [(20, "killed"), (30, "wounded")]


@pytest.mark.parametrize(
    "text",
    [
        "Two Army veterans who had returned from Afghanistan last year were killed in the crash.",
        "Two soldiers, aged 45 and 52, were killed when their vehicle hit a mine.",
    ],
)
def test_a_counted_group_with_a_long_modifier_before_the_verb(text: str) -> None:
    assert counts(text) == [(2, "killed")]


@pytest.mark.parametrize(
    "text",
    [
        "Israeli troops shot dead a 17-year-old Palestinian near Nablus on Friday.",
        "Israeli forces killed a 17-year-old in Jenin on Tuesday.",
        "A 17-year-old was killed in the strike on the camp.",
    ],
)
def test_one_person_described_by_age_counts_one(text: str) -> None:
    assert counts(text) == [(1, "killed")]


def test_an_attacker_who_stabbed_and_killed_is_not_counted_as_stabbed() -> None:
    assert counts("A 17-year-old stabbed and killed an Israeli citizen outside a West Bank mall.") == [(1, "killed")]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The commander said 100 of their men fell in the assault on the town.", 100),
        ("Three soldiers fell in battle near Kherson on Monday.", 3),
        ("Two policemen fell in the line of duty on Sunday.", 2),
        ("The ceremony honoured the 12 fallen soldiers of the 3rd Brigade.", 12),
    ],
)
def test_falling_in_battle_is_dying(text: str, count: int) -> None:
    assert counts(text) == [(count, "killed")]


@pytest.mark.parametrize(
    "text",
    [
        "Two workers fell from a roof in the city centre.",
        "Prices fell sharply as the war dragged on.",
        "Three climbers fell in the mountains on Sunday.",
    ],
)
def test_other_falls_are_no_deaths(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Sergeant Adams, who served two tours in Iraq, was killed by a roadside bomb.",
        "The veteran who served two tours in Iraq died in the attack.",
        "He served two tours in Afghanistan and died in 2010.",
    ],
)
def test_a_count_of_things_in_a_clause_counts_no_one(text: str) -> None:
    assert all(count == 1 for count, _ in counts(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Twelve people were hospitalised after the bombing of the bus station.", [(12, "wounded")]),
        ("Five people were taken to hospital after the shooting at the mall.", [(5, "wounded")]),
        ("Three people were killed and 12 were hospitalized.", [(3, "killed"), (12, "wounded")]),
    ],
)
def test_people_taken_to_hospital_are_wounded(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("20 were injured in the blast. 12 people were taken to hospital.", [(20, "wounded")]),
        ("12 bodies were taken to hospital.", [(12, "killed")]),
        ("Three were killed and injured others were taken to the hospital.", [(3, "killed")]),
        ("Four people were rushed to hospital and later died.", [(4, "killed")]),
        ("Two people were hospitalised with serious wounds.", [(2, "wounded")]),
    ],
)
def test_the_hospitalised_are_no_figure_beside_the_wounded_or_the_dead(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(("text", "qualifier"), [("A dozen", "exact"), ("About a dozen", "about")])
def test_a_dozen_is_twelve_exactly_unless_hedged(text: str, qualifier: str) -> None:
    found = tallies(f"{text} people were killed in the airstrike on the village.")
    assert [(t.count, t.qualifier) for t in found] == [(12, qualifier)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Killed in the attack were five soldiers and a civilian.", [(5, "killed"), (1, "killed")]),
        ("Also killed was a paramedic.", [(1, "killed")]),
        ("Wounded in the blast were 12 people.", [(12, "wounded")]),
    ],
)
def test_an_outcome_word_opening_the_sentence_counts_the_people_after_the_verb(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A mother of four was killed in the shelling.", [1]),
        ("A father of three was shot dead at a checkpoint.", [1]),
        ("The strike killed a father of five and his son.", [1, 1]),
        ("The shelling killed a family of five.", [5]),
    ],
)
def test_a_parent_told_by_their_children_is_one_person(text: str, expected: list[int]) -> None:
    assert [count for count, _ in counts(text)] == expected


def test_the_dead_identified_as_people_are_counted() -> None:
    found = tallies("The dead were identified as two brothers, aged 19 and 23.")
    assert [(t.count, t.outcome) for t in found] == [(2, "killed")]


@pytest.mark.parametrize(
    "text",
    [
        "Two Palestinians, identified as Ahmed Ali and Omar Said, were shot dead.",
        "Two men, named as Ali and Omar, were killed near the town.",
    ],
)
def test_people_identified_by_name_in_an_aside_are_counted_once(text: str) -> None:
    assert counts(text) == [(2, "killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Witnesses said seven people died and scores were wounded.", [(7, "killed"), (40, "wounded")]),
        ("The attacks killed 93 people and injured scores more.", [(93, "killed"), (40, "wounded")]),
    ],
)
def test_scores_alone_before_a_verb_or_more_are_forty_at_least(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


def test_a_toll_raised_by_those_who_died_of_their_injuries_counts_the_dead() -> None:
    text = "Three more people died of their injuries on Tuesday, bringing the toll to 15."
    assert [t.outcome for t in tallies(text)] == ["killed", "killed"]


@pytest.mark.parametrize(
    "text",
    [
        "He was killed along with three of his bodyguards.",
        "The governor was killed, along with three bodyguards.",
    ],
)
def test_people_killed_along_with_one_told_of_elsewhere_are_counted(text: str) -> None:
    assert counts(text) == [(3, "killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Six missing fishermen were found dead after the storm of shelling on the coast.", [(6, "killed")]),
        ("Two injured soldiers later died in hospital, the army said.", [(2, "killed")]),
        ("Two missing soldiers were killed, the ministry confirmed.", [(2, "killed")]),
        # held, then killed: both, as with "were abducted and executed"
        ("Two abducted journalists were executed by the group.", [(2, "captured"), (2, "killed")]),
        # no later outcome: the adjective's own
        ("Six wounded protesters were taken to a field clinic.", [(6, "wounded")]),
        ("Five dead soldiers were flown home on Friday.", [(5, "killed")]),
    ],
)
def test_an_outcome_word_before_the_people_s_noun_gives_way_to_their_death(
    text: str, expected: list[tuple[int, str]]
) -> None:
    """ "Six missing fishermen were found dead": the participle before the noun describes the
    people counted; the verb after them tells what became of them."""
    assert counts(text) == expected


def test_two_people_each_described_by_an_outcome_word_stay_apart() -> None:
    found = counts("The strike left one injured civilian and one dead child in the street.")
    assert (1, "wounded") in found and (1, "killed") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "were among the dead" after people with an aside: a part of the dead, at least that many
        ("Nineteen people, including three children, were among the dead after the shelling.",
         [(19, "at_least", None), (3, "exact", 0)]),
        ("Thirty people died in the blast. Nine policemen, all off duty, were among the dead.",
         [(30, "exact", None), (9, "exact", 0)]),
        # "among" opening its clause: the people come after the verb
        ("In the attack, among the dead were two soldiers.", [(2, "at_least", None)]),
    ],
)  # fmt: skip
def test_people_before_were_among_the_dead(text: str, expected: list[tuple[int, str, int | None]]) -> None:
    assert [(t.count, t.qualifier, t.subset_of) for t in tallies(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Another family member, Yousef Nabil Hamad was also killed in the strike.", [(1, "killed")]),
        ("The son of the former president, Karl Anton Weber was stabbed to death on Tuesday.", [(1, "killed")]),
        # the person and the wife killed with him
        ("A brother of the mayor, 39-year-old Osama Khalil was killed along with his wife.",
         [(1, "killed"), (1, "killed")]),
    ],
)  # fmt: skip
def test_a_description_then_a_name_before_a_singular_verb_is_one_person(
    text: str, expected: list[tuple[int, str]]
) -> None:
    """ "Another family member, NAME was killed": without a conjunction, and with "was", the
    words before the comma describe the person named after it."""
    assert counts(text) == expected


def test_a_list_without_a_conjunction_before_a_plural_verb_is_still_a_list() -> None:
    assert counts("Four soldiers, two policemen were killed in the attack.") == [(4, "killed"), (2, "killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two brothers, Juan Perez, 19, and Carlos Perez, 22, were killed by gunmen in Tumaco.", [(2, "killed")]),
        ("Two policemen, Constable Ali Khan, 31, and Rashid Ahmed, 40, were martyred in the attack.",
         [(2, "killed")]),
        # the first name right after the people word, the rest after "and"
        ("Their two sons Mohammed and Khaled were also killed in the strike.", [(2, "killed")]),
        ("Their two sons three-year-old Mohammed Ali and Khaled Ali, an infant, were also killed.",
         [(2, "killed")]),
    ],
)  # fmt: skip
def test_as_many_names_with_ages_after_counted_people_are_those_people(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A police constable succumbed to his wounds at the district hospital on Wednesday night.",
        "A gendarme was killed when his patrol came under fire near the border.",
        "A patrolman died of his injuries on Sunday.",
    ],
)
def test_one_police_officer_by_rank_is_one_person(text: str) -> None:
    assert counts(text) == [(1, "killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mohammed Ali, a shopkeeper, was shot dead outside his home in Peshawar.", [(1, "killed")]),
        ("Mohammed Ali, 34, a shopkeeper, was shot dead outside his home in Peshawar.", [(1, "killed")]),
        ("Police said Jose Ramirez, a local councillor, died in the attack.", [(1, "killed")]),
        ("Ahmed Khan, a local commander, and two fighters were killed.", [(1, "killed"), (2, "killed")]),
    ],
)  # fmt: skip
def test_a_name_described_between_commas_before_the_verb_is_one_person(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three militants were killed in the operation, while two soldiers also embraced martyrdom.",
         [(3, "killed"), (2, "killed")]),
        ("Two soldiers embraced shahadat during the exchange of fire, the military's media wing said.",
         [(2, "killed")]),
    ],
)  # fmt: skip
def test_soldiers_who_embraced_martyrdom_were_killed(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Among the dead were a district police chief and his driver.",
         [(1, "at_least", None), (1, "at_least", None)]),
        ("The dead included a journalist and his son, relatives said.",
         [(1, "at_least", None), (1, "at_least", None)]),
        # with a total told before, both are parts of it
        ("Ten people were killed. Among the dead were a police chief and his driver.",
         [(10, "exact", None), (1, "exact", 0), (1, "exact", 0)]),
    ],
)  # fmt: skip
def test_people_listed_among_the_dead_are_not_parts_of_one_another(
    text: str, expected: list[tuple[int, str, int | None]]
) -> None:
    assert [(t.count, t.qualifier, t.subset_of) for t in tallies(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Half a dozen soldiers were wounded in the firefight.", [(6, "wounded", "exact")]),
        ("About half a dozen people were killed when the roof collapsed.", [(6, "killed", "about")]),
    ],
)  # fmt: skip
def test_half_a_dozen_is_six(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert [(t.count, t.outcome, t.qualifier) for t in tallies(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two soldiers, a captain and a sepoy, were killed in the attack.",
         [(2, None), (1, 0), (1, 0)]),
        ("A captain and a corporal were killed when their vehicle hit a mine.", [(1, None), (1, None)]),
    ],
)  # fmt: skip
def test_a_rank_in_a_list_is_one_soldier(text: str, expected: list[tuple[int, int | None]]) -> None:
    assert [(t.count, t.subset_of) for t in tallies(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A soldier, John Smith, and two civilians were killed in the ambush.", [(1, "killed"), (2, "killed")]),
        ("Police said a shopkeeper, Mohammed Ali, and two customers were wounded.",
         [(1, "wounded"), (2, "wounded")]),
    ],
)  # fmt: skip
def test_a_description_then_a_name_between_commas_in_a_list_is_one_person(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence that ends on a month: the figure opening the next one is people, not a day
        ("The ceasefire collapsed in April. Eleven soldiers were killed in the first week.", [(11, "killed")]),
        ("The talks ended in May. 12 soldiers were killed the next day.", [(12, "killed")]),
        # a month abbreviated with a full stop, or written before its day, is a date
        ("On Sept. 5 three soldiers were killed.", [(3, "killed")]),
        ("On May 12 two soldiers were killed.", [(2, "killed")]),
    ],
)
def test_a_month_ending_a_sentence_leaves_the_next_figure_a_count(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


def totals(text: str) -> list[tuple[int, str]]:
    """The figures of ``text`` that are no part of another."""
    return [(t.count, t.outcome) for t in tallies(text) if t.subset_of is None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Body armour did not save the two policemen killed in the ambush.", [(2, "killed")]),
        ("Doctors could not save the three children wounded in the blast.", [(3, "wounded")]),
        # the negation of the people themselves still denies
        ("Not a single soldier was hurt in the attack, the army said.", []),
        ("None of the 30 passengers were hurt.", []),
    ],
)
def test_a_negation_of_another_verb_does_not_deny_the_people_s_outcome(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Two fighters of the Death Brigade were killed in the clashes near Deir ez-Zor.",
        "Two members of the Martyrs Brigade were killed in the clashes.",
    ],
)
def test_an_outcome_word_inside_a_group_s_name_is_part_of_the_people(text: str) -> None:
    assert counts(text) == [(2, "killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # undivided casualties count nothing; the dead among them do
        ("The army suffered 57,470 casualties, 19,240 of them killed.", [(19240, "killed")]),
        ("The gunmen abducted four aid workers, one of whom was later found dead.",
         [(4, "captured"), (1, "killed")]),
        ("Thirty people were wounded in the blast, two of whom later died in hospital.",
         [(30, "wounded"), (2, "killed")]),
        ("Gunmen stopped a bus carrying 30 workers near Gao. Five of them were killed.", [(5, "killed")]),
        # the same outcome again: a part, no more people
        ("Twelve people were injured, three of them were seriously injured.", [(12, "wounded")]),
        ("Seven people were killed, three of whom were killed in their homes.", [(7, "killed")]),
        ("Twelve people were killed in the attack on the market. Two of them were beheaded.", [(12, "killed")]),
    ],
)  # fmt: skip
def test_some_of_them_with_an_outcome_of_their_own(text: str, expected: list[tuple[int, str]]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three kidnapped aid workers were found dead on Monday.", [(3, "captured"), (3, "killed")]),
        ("Two injured police officers later died in hospital.", [(2, "killed")]),
    ],
)
def test_an_outcome_word_before_a_noun_of_two_words_gives_way_to_their_death(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two civilians, a farmer and his son, were killed in the shelling.", [(2, "killed")]),
        ("Two civilians, a farmer, Ali Khan, and his son, were killed in the shelling.", [(2, "killed")]),
        ("Two brothers, Juan Perez and his brother Carlos, were killed by gunmen in Tumaco.", [(2, "killed")]),
        ("The strike killed two civilians, a farmer and his son, on Tuesday.", [(2, "killed")]),
        ("The drone strike killed two people, a policeman and a child.", [(2, "killed")]),
        # soldiers are no general people: a farmer and his son are two more
        ("The strike killed two soldiers, a farmer and his son.", [(2, "killed"), (1, "killed"), (1, "killed")]),
        ("Two soldiers, a farmer and his son were killed.", [(2, "killed"), (1, "killed"), (1, "killed")]),
    ],
)  # fmt: skip
def test_one_person_each_after_as_many_counted_people_are_those_people(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops neutralised 12 terrorists during a clearance operation in Borno, the army said.", [(12, "killed")]),
        ("Twenty-three militants were neutralized in the operation, the military's media wing said.",
         [(23, "killed")]),
        ("Security forces eliminated four insurgents in an intelligence-based operation in Bannu.", [(4, "killed")]),
        ("The army said its troops had neutralised three bandits in Katsina State.", [(3, "killed")]),
        # not armed men: a tournament, a bomb, a squad
        ("The team was eliminated in the first round after losing two matches.", []),
        ("Bomb disposal experts neutralised two explosive devices near the bridge.", []),
        ("Three soldiers were eliminated from the squad before the final.", []),
    ],
)  # fmt: skip
def test_armed_men_neutralised_or_eliminated_are_killed(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


def test_a_quoted_word_of_the_army_s_stays_its_own() -> None:
    assert counts('The army said it "neutralised" 12 insurgents in the hills.') == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a caption: a picture was taken
        ("The suspect was captured wearing a suicide vest outside the station.", []),
        ("A man was captured on CCTV walking away from the car minutes before the blast.", []),
        # taken
        ("Two gunmen were captured trying to cross the border into Chad.", [(2, "captured")]),
        ("Three militants were captured during the raid in Marawi.", [(3, "captured")]),
    ],
)
def test_people_captured_on_camera_are_no_captives(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The victims, identified as Ali Hassan and Omar Farouk, were shot dead outside their shop in Karachi.",
         [(1, "killed", None), (1, "killed", None)]),
        ("Police identified the dead as Ahmed Raza, 24, and Bilal Khan, 31.", [(1, "killed", None), (1, "killed", None)]),
        # after the figure that counts them, they are its parts
        ("Gunmen shot dead two shopkeepers in Karachi on Monday. The victims, identified as Ali Hassan and "
         "Omar Farouk, were shot dead outside their shop.", [(2, "killed", None), (1, "killed", 0), (1, "killed", 0)]),
        ("Gunmen shot dead two men on Monday. Police identified the dead as Ahmed Raza, 24, and Bilal Khan, 31.",
         [(2, "killed", None), (1, "killed", 0), (1, "killed", 0)]),
    ],
)  # fmt: skip
def test_people_told_without_a_number_then_named_are_as_many_as_the_names(
    text: str, expected: list[tuple[int, str, int | None]]
) -> None:
    assert [(t.count, t.outcome, t.subset_of) for t in tallies(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three soldiers and two wounded civilians were killed in the ambush.", [(2, "killed"), (3, "killed")]),
        ("Four policemen and six abducted villagers were found dead near Kidal.",
         [(6, "captured"), (4, "killed"), (6, "killed")]),
    ],
)  # fmt: skip
def test_an_outcome_word_before_the_last_noun_of_a_list_describes_that_item_only(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two soldiers who were wounded in last week's ambush died in hospital on Monday.", [(2, "killed")]),
        ("Three civilians injured in the shelling on Friday later died, the governor said.", [(3, "killed")]),
        # held, then killed: both
        ("Four people who were kidnapped last week were found dead.", [(4, "captured"), (4, "killed")]),
        # no later outcome: the clause's own
        ("Four soldiers wounded in the attack were flown to Kabul.", [(4, "wounded")]),
    ],
)
def test_people_whose_wound_a_relative_clause_tells_then_died_are_dead(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The body of a missing journalist was found in a river in Sinaloa.", [(1, "killed")]),
        ("A missing fisherman was found dead on the beach on Tuesday.", [(1, "killed")]),
        ("An injured policeman later died in hospital.", [(1, "killed")]),
        ("A wounded soldier was evacuated by helicopter.", [(1, "wounded")]),
        # held, then killed: both
        ("A kidnapped businessman was found dead near Kaduna.", [(1, "captured"), (1, "killed")]),
        ("Police filed a missing person report.", []),
    ],
)
def test_one_person_described_by_an_outcome_word(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least 12 people were killed and 30 others wounded when a car bomb exploded in Kirkuk on Sunday, police said.", [(12, "killed"), (30, "wounded")]),
        ("3 soldiers killed, 5 hurt in roadside blast in North Waziristan", [(3, "killed"), (5, "wounded")]),
        ("Five dead, 12 injured in Quetta blast", [(5, "killed"), (12, "wounded")]),
        ("Militants kill 7 in Nigerian village", [(7, "killed")]),
        ("Gunmen killed seven villagers and wounded two others in Zamfara State overnight, a local official said.", [(7, "killed"), (2, "wounded")]),
        ("A policeman was killed and two others injured in the attack on a checkpoint in Quetta.", [(1, "killed"), (2, "wounded")]),
        ("The blast left one person dead and 17 injured.", [(1, "killed"), (17, "wounded")]),
        ("The shelling left three people dead and seven wounded, the regional governor wrote on Telegram.", [(3, "killed"), (7, "wounded")]),
        ("The death toll from Friday's bombing has climbed to 63, with more than 100 wounded.", [(63, "killed"), (100, "wounded")]),
        ("RSF fighters killed at least 15 civilians and injured dozens in El Geneina.", [(15, "killed"), (24, "wounded")]),
        ("Police said 14 people were killed and 20 others sustained injuries.", [(14, "killed"), (20, "wounded")]),
        ("Three people died and 14 were hurt when a grenade exploded at a rally in Cotabato.", [(3, "killed"), (14, "wounded")]),
        ("Two children were killed and their mother critically injured in the strike.", [(2, "killed"), (1, "wounded")]),
        ("The bandits killed 11, injured 5 and abducted 20 others in the raid.", [(11, "killed"), (5, "wounded"), (20, "captured")]),
        ("Attackers stormed the village, killing at least nine and abducting 25.", [(9, "killed"), (25, "captured")]),
        ("Authorities confirmed four deaths and 23 injuries.", [(4, "killed"), (23, "wounded")]),
        ("In total, 320 people were killed and 1,200 injured across the region.", [(320, "killed"), (1200, "wounded")]),
        ("One person was killed and several others were injured.", [(1, "killed"), (2, "wounded")]),
        ("Four people were killed and three others are missing after the boat was attacked.", [(4, "killed"), (3, "missing")]),
        ("Police said the death toll stood at 9, with 4 people still missing.", [(9, "killed"), (4, "missing")]),
        ("Two more bodies were pulled from the rubble on Wednesday, bringing the death toll to 27.", [(2, "killed"), (27, "killed")]),
        ("Authorities put the death toll at 31.", [(31, "killed")]),
        ("A Reuters tally put the dead at 38.", [(38, "killed")]),
    ],
)  # fmt: skip
def test_news_sentences_with_a_toll_and_its_wounded_are_read(text: str, expected: list[tuple[int, str]]) -> None:
    """Wire and local-paper leads: a toll, then the wounded, with sources, dates and headlines' shorthand."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fighting has claimed the lives of at least 40 soldiers since Friday.", [(40, "killed")]),
        ("Heavy fighting claimed the lives of 14 soldiers and 30 rebels.", [(14, "killed"), (30, "killed")]),
        ("Two of the wounded later succumbed to their injuries in hospital.", [(2, "killed")]),
        ("One soldier died of his wounds on the way to hospital.", [(1, "killed")]),
        ("At least 8 people lost their lives in the bombing.", [(8, "killed")]),
        ("We lost three brothers in that attack and nobody cares.", [(3, "killed")]),
        ("Police recovered the bodies of five men dumped near the highway in Cali.", [(5, "killed")]),
        ("The bodies of 13 men, their hands tied, were found in a ditch near Mosul.", [(13, "killed")]),
        ("Eight bodies, some showing signs of torture, were found in a ditch outside Juarez.", [(8, "killed")]),
        ("The two men were later found dead in a ditch.", [(2, "killed")]),
        ("Fourteen people have been confirmed dead.", [(14, "killed")]),
        ("At least 30 people are feared dead after the attack on the camp.", [(30, "killed")]),
        ("The militants executed six hostages, the group said in a video.", [(6, "killed")]),
        ("Two militants were killed and a soldier was martyred in an exchange of fire.", [(2, "killed"), (1, "killed")]),
        ("It's terrible, 5 people died in my village last night.", [(5, "killed")]),
    ],
)  # fmt: skip
def test_deaths_told_without_the_usual_verbs_are_read(text: str, expected: list[tuple[int, str]]) -> None:
    """"Claimed the lives of", "succumbed to", "lost their lives", "the bodies of", "found dead", "feared dead"."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The strike killed a mother and her three children.", [(1, "killed"), (3, "killed")]),
        ("Armed men shot dead a village chief and his two sons in Cauca department.", [(1, "killed"), (2, "killed")]),
        ("Killed in the attack were two teachers and a student.", [(2, "killed"), (1, "killed")]),
        ("Seven people were killed, among them four children, in the strike on a house in Rafah.", [(7, "killed")]),
        ("Eleven of the 14 passengers were killed.", [(11, "killed")]),
        ("The assailants shot dead two guards, aged 34 and 51, before fleeing.", [(2, "killed")]),
        ("Between 20 and 30 civilians were killed in the airstrike, residents said.", [(20, "killed")]),
        ("Between 100 and 150 fighters have died in the battle for the town.", [(100, "killed")]),
        ("The explosion killed no fewer than 30 people.", [(30, "killed")]),
        ("The Ukrainian military said it had destroyed 12 tanks and killed 300 Russian soldiers.", [(300, "killed")]),
        ("Nine people were abducted by gunmen on the Abuja-Kaduna highway.", [(9, "captured")]),
        ("Nearly 50 people have been abducted in Kaduna state since January.", [(50, "captured")]),
    ],
)  # fmt: skip
def test_lists_ranges_and_parts_in_news_sentences_are_read(text: str, expected: list[tuple[int, str]]) -> None:
    """Lists of people, ranges, parts of a figure, ages after people, the people after the verb."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("No one was killed in the blast, but three passers-by were lightly injured.", [(3, "wounded")]),
        ("Nobody was hurt in the explosion.", []),
        ("The bomb killed no one.", []),
        ("The army denied that any civilians had been killed.", []),
        ("Local media reported that no casualties were recorded.", []),
        ("Some 25 soldiers were killed or wounded in the assault.", []),
        ("The soldiers were killed when their vehicle struck a roadside bomb.", []),
        ("The youths were killed in cold blood, the family said.", []),
    ],
)  # fmt: skip
def test_news_sentences_that_count_no_one_give_nothing(text: str, expected: list[tuple[int, str]]) -> None:
    """Negations, denials, undivided casualties, people told without a number."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dead included two women, aged 30 and 45, and a man.", [(2, "killed"), (1, "killed")]),
        ("The strike killed two women, aged 30 and 45, and a man, 60.", [(2, "killed"), (1, "killed")]),
        ("Gunmen killed three farmers, aged 25, 31 and 40, in Plateau State.", [(3, "killed")]),
        # bare numbers as many as the people are their ages
        ("Those killed included two men, 24 and 31, from the same village.", [(2, "killed")]),
        ("The raid killed two brothers, 19 and 22, and their father.", [(2, "killed"), (1, "killed")]),
        # before the verb
        ("Two women, aged 30 and 45, and a man were killed in the crossfire.", [(2, "killed"), (1, "killed")]),
        ("Two men, 24 and 31, were shot dead in Kingston on Friday night.", [(2, "killed")]),
        ("Two men, 24 and 31, and a woman were shot dead.", [(2, "killed"), (1, "killed")]),
        # figures with their own people are more people
        ("The strike killed two soldiers, 14 civilians and 3 police officers.",
         [(2, "killed"), (14, "killed"), (3, "killed")]),
    ],
)  # fmt: skip
def test_the_ages_of_counted_people_are_no_people_and_the_list_goes_on(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials said 30 people were dead or missing after the attack on the village.", []),
        ("The attack left 15 people dead or missing.", []),
        ("More than 40 soldiers were killed or captured in the assault on the base.", []),
        # "and" with a figure of each: each its own
        ("The floods and fighting left 45 people dead and 30 missing.", [(45, "killed"), (30, "missing")]),
        ("Five people were killed and 10 remain missing.", [(5, "killed"), (10, "missing")]),
    ],
)
def test_people_of_either_outcome_are_of_neither_alone(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "At least 14 people, and possibly as many as 20, were killed in the raid.",
        "At least 14 people were killed, and possibly as many as 20.",
        "The attack killed at least 14 people, possibly as many as 20, officials said.",
    ],
)
def test_the_most_a_figure_may_be_told_beside_it_is_its_top(text: str) -> None:
    assert [(t.count, t.count_max, t.outcome) for t in tallies(text)] == [(14, 20, "killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two soldiers were martyred while six terrorists were sent to hell, the military's media wing said.",
         [(2, "killed"), (6, "killed")]),
        ("Troops killed 17 militants, losing three of their own.", [(17, "killed"), (3, "killed")]),
        ("The police lost one of its own in the raid.", [(1, "killed")]),
        # not people
        ("The patient was sent to hospital.", []),
        ("Labour lost 40 of its own seats.", []),
    ],
)  # fmt: skip
def test_military_statements_wording(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Unknown gunmen have killed a catechist and abducted three others in Kaduna.", [(1, "killed"), (3, "captured")]),
        ("Gunmen abducted four seminarians from the seminary in Kafanchan.", [(4, "captured")]),
        ("RIP to the 7 brave soldiers who lost their lives defending our country", [(7, "killed")]),
        ("my cousin and his 2 kids were killed in that strike, nobody reported it", [(1, "killed"), (2, "killed")]),
        ("Police constable Ghulam Rasool embraced martyrdom while two others sustained injuries.",
         [(1, "killed"), (2, "wounded")]),
        ("Five persons were feared killed as suspected herders attacked Agatu community.", [(5, "killed")]),
    ],
)  # fmt: skip
def test_local_papers_and_reader_comments(text: str, expected: list[tuple[int, str]]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The strike resulted in one injured civilian and one killed civilian.", [(1, "wounded"), (1, "killed")]),
        ("A dead policeman and three civilians injured is the toll of the attack in Arauca.",
         [(1, "killed"), (3, "wounded")]),
        ("The raid ended with two killed soldiers.", [(2, "killed")]),
    ],
)  # fmt: skip
def test_an_outcome_word_before_the_people_s_noun_at_a_clause_s_end(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


_ALL_OF_A_FIGURE = [
    ("Police said all 11 had been killed.", [(11, "killed")]),
    ("Police said all six were shot dead at close range.", [(6, "killed")]),
    ("The bodies were found in a ditch; all 11 were shot dead.", [(11, "killed")]),
    ("All 23 miners were killed in the explosion.", [(23, "killed")]),
    ("The gunmen lined up the workers and killed all 11.", [(11, "killed")]),
    ("Militants stopped the bus and shot dead all 14 passengers.", [(14, "killed")]),
    ("The gunmen killed all 11 passengers and wounded two guards.", [(11, "killed"), (2, "wounded")]),
]


@pytest.mark.parametrize(("text", "expected"), _ALL_OF_A_FIGURE)
def test_all_and_a_figure_are_the_people(text: str, expected: list[tuple[int, str]]) -> None:
    assert totals(text) == expected


_LESS_COMMON_DEATHS = [
    ("Saddam gassed 5,000 Kurds in Halabja in 1988.", [(5000, "killed")]),
    ("Saddam's forces gassed 5,000 Kurds in Halabja.", [(5000, "killed")]),
    ("Some 5,000 Kurds were gassed in Halabja.", [(5000, "killed")]),
    ("The regime was accused of gassing 1,400 people in Ghouta.", [(1400, "killed")]),
    ("12 children froze to death in the camp last winter.", [(12, "killed")]),
    ("Three infants have frozen to death in the tents.", [(3, "killed")]),
    ("At least 20 people starved to death in the besieged town.", [(20, "killed")]),
    ("Seven people were crushed under the rubble of their home.", [(7, "killed")]),
    ("A mob lynched two men accused of cattle theft.", [(2, "killed")]),
    ("Two men were lynched by a mob in the village.", [(2, "killed")]),
    ("Troops mowed down 30 protesters in the square.", [(30, "killed")]),
    ("Soldiers gunned down four men at the checkpoint.", [(4, "killed")]),
    ("Militants beheaded three aid workers in the desert.", [(3, "killed")]),
    ("Five villagers were hacked to death with machetes.", [(5, "killed")]),
    ("Nine people were burned alive when the mob set fire to the bus.", [(9, "killed")]),
    ("Two guards were bludgeoned to death during the prison riot.", [(2, "killed")]),
    ("A mob beat to death three men accused of spying for the army.", [(3, "killed")]),
    ("Villagers beat to death a suspected militant on Sunday.", [(1, "killed")]),
    ("Soldiers beat two protesters to death in the square.", [(2, "killed")]),
    ("Two protesters were beaten to death by soldiers.", [(2, "killed")]),
    ("Police beat 40 protesters with batons.", []),
    ("Gunmen wiped out a family of eight in the village.", [(8, "killed")]),
    ("The offensive wiped out 40 insurgents in two days, the army said.", [(40, "killed")]),
    ("Floods wiped out 12 villages in the valley.", []),
    ("A late goal wiped out their 2-0 lead.", []),
]


@pytest.mark.parametrize(("text", "expected"), _LESS_COMMON_DEATHS)
def test_less_common_ways_of_dying(text: str, expected: list[tuple[int, str]]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police tear-gassed 40 protesters.",
        "Police tear gassed 40 protesters outside parliament.",
        "Police fired tear gas, and 40 protesters were gassed.",
    ],
)
def test_tear_gas_kills_no_one(text: str) -> None:
    assert tallies(text) == []


_PEOPLE_TOLD_IN_AN_ASIDE = [
    ("The victims, two women and a man, were shot dead.", 3),
    ("The victims, two women, aged 30 and 45, and a man, were shot dead.", 3),
    ("Gunmen killed three people. The victims, two women and a man, were shot dead.", 3),
]


@pytest.mark.parametrize(("text", "count"), _PEOPLE_TOLD_IN_AN_ASIDE)
def test_people_told_between_commas_after_the_victims_are_the_victims(text: str, count: int) -> None:
    """ "The victims" without a number, then counted people between commas before the verb: those
    people, parts of a figure told before if there is one."""
    assert sum(t.count for t in tallies(text) if t.subset_of is None) == count


def test_an_aside_without_counted_people_after_the_victims_counts_no_one() -> None:
    assert tallies("The victims, all from one family, were shot dead.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Militants killed three and injured “a number” of others.", [(3, "killed"), (2, "wounded")]),
        ("“Dozens” of people were injured in the blast.", [(24, "wounded")]),
        ('"Scores" of people were wounded when the market was shelled.', [(40, "wounded")]),
        ("The strike killed seven civilians and injured “dozens” of others.", [(7, "killed"), (24, "wounded")]),
        ("Police said ‘several’ protesters were killed in the clashes.", [(2, "killed")]),
    ],
)
def test_a_vague_figure_in_quote_marks_counts_as_without_them(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Militants are holding 12 police officers hostage.", [(12, "captured")]),
        ("Militants took 12 soldiers hostage after overrunning the post.", [(12, "captured")]),
        ("Gunmen held 30 passengers hostage for six hours before troops stormed the bus.", [(30, "captured")]),
        ("Rebels took 40 government troops prisoner in the offensive.", [(40, "captured")]),
        ("Al-Shabaab is holding at least 25 Kenyan soldiers captive, the group said.", [(25, "captured")]),
        ("The gunmen took a hostage and fled.", [(1, "captured")]),
        ("Insurgents ambushed two vans, killing and taking civilians hostage.", []),
        ("The rebels hold 300 prisoners of war.", []),
        ("Officials said the talks on a hostage deal had stalled.", []),
    ],
)
def test_people_taken_or_held_hostage_are_captured(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The wounded, 63 in all, were taken to hospitals in Quetta.", [(63, "wounded")]),
        ("The dead, 40 altogether, were buried in a mass grave.", [(40, "killed")]),
        ("The injured, about 30 in total, were treated at the scene.", [(30, "wounded")]),
        ("The dead, mostly women and children, were buried on Friday.", []),
    ],
)
def test_a_figure_set_off_after_the_dead_or_the_wounded_counts_them(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen dragged 19 passengers off the bus and shot them dead.", [(19, "killed")]),
        ("Militants stopped a bus carrying 30 passengers and killed them all.", [(30, "killed")]),
        ("Gunmen abducted 12 villagers and later executed them.", [(12, "captured"), (12, "killed")]),
        ("They lined up eight men against a wall and shot them dead.", [(8, "killed")]),
        ("Rebels seized 14 soldiers and killed them on Sunday, the army said.", [(14, "killed")]),
        ("Two gunmen stopped the car and shot them dead.", []),
        ("The gunmen killed them.", []),
        ("Police arrested five suspects and questioned them.", []),
        ("The army freed 30 hostages after militants threatened to kill them.", [(30, "captured")]),
        ("Troops captured 40 fighters and later released them.", [(40, "captured")]),
        ("Gunmen abducted 12 villagers and killed all of them.", [(12, "captured"), (12, "killed")]),
        ("Gunmen abducted two aid workers and killed both of them.", [(2, "captured"), (2, "killed")]),
        ("The army freed 30 hostages after militants threatened to kill all of them.", [(30, "captured")]),
        ("The gunmen killed all of them.", []),
    ],
)
def test_them_after_a_killing_verb_counts_the_people_counted_before_it(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert counts(text) == expected


def ranges(text: str) -> list[tuple[int, int | None, str]]:
    return [(t.count, t.count_max, t.outcome) for t in tallies(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The monitor reported four deaths, while Radio Marun reported six.", [(4, 6, "killed")]),
        ("Reuters put the toll at 12, AFP at 15.", [(12, 15, "killed")]),
        ("Police put the number of injured at 12, hospital officials at 15.", [(12, 15, "wounded")]),
        ("Police put the number of dead at 12, hospital officials at 15.", [(12, 15, "killed")]),
        ("Police put the number of injured at 12, at 8 pm on Monday.", [(12, None, "wounded")]),
        ("The ministry said 20 people were killed, while the rebels said 35.", [(20, 35, "killed")]),
        ("Officials said 46 militants died, but the Taliban said 13.", [(13, 46, "killed")]),
        ("The army said it killed 30 militants, while local sources put the number at 18.", [(18, 30, "killed")]),
        ("Police said nine people were wounded, and hospital staff counted 11.", [(9, 11, "wounded")]),
        (
            "Twelve people were killed, while the ministry put the toll at 40,000.",
            [(12, None, "killed"), (40000, None, "killed")],
        ),
        ("The blast killed 12 people, AFP said, citing three sources.", [(12, None, "killed")]),
        ("Five soldiers were killed, and two were wounded.", [(5, None, "killed"), (2, None, "wounded")]),
        ("Three people were wounded, the army said on 12 March.", [(3, None, "wounded")]),
        ("The raid killed 7 militants, the army said, while the group said 2.", [(2, 7, "killed")]),
        ("Four people were killed, police said, and 12 were wounded.", [(4, None, "killed"), (12, None, "wounded")]),
        ("The ministry put the toll at 12, up from 9.", [(12, None, "killed")]),
        ("Wafa reported five people killed, and Shehab seven.", [(5, 7, "killed")]),
        ("Wafa said five people were killed; Shehab said seven.", [(5, 7, "killed")]),
        ("The ministry said 14 were killed while medics said at least 17.", [(14, 17, "killed")]),
        ("Police said 5 were killed in Kabul, and in Herat 3.", [(5, None, "killed")]),
        ("Police said 5 people were killed on Monday, and 3 on Tuesday.", [(5, None, "killed"), (3, None, "killed")]),  # two days, not two sources
        ("Officials reported 4 dead; 3 were wounded.", [(4, None, "killed"), (3, None, "wounded")]),
    ],
)
def test_a_second_source_s_figure_with_its_noun_left_out_makes_a_range(
    text: str, expected: list[tuple[int, int | None, str]]
) -> None:
    assert ranges(text) == expected


def parts(text: str) -> list[tuple[int, str, int | None]]:
    return [(t.count, t.outcome, t.subset_of) for t in tallies(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Twelve people were killed in the attack. Among them were three policemen.",
            [(12, "killed", None), (3, "killed", 0)],
        ),
        (
            "Twelve people were killed in the attack. Three policemen were among them.",
            [(12, "killed", None), (3, "killed", 0)],
        ),
        (
            "At least 20 people were wounded in the shelling. Among them was a local journalist.",
            [(20, "wounded", None), (1, "wounded", 0)],
        ),
        (
            "Police named the 16 people killed in the strike. Among them were a mother and her four children.",
            [(16, "killed", None), (1, "killed", 0), (4, "killed", 0)],
        ),
        (
            "Twelve people were killed and 30 wounded in the attack. Among them were three policemen.",
            [(12, "killed", None), (30, "wounded", None)],
        ),
        ("Four soldiers were killed. Among them were seven officers.", [(4, "killed", None)]),
        ("The school sheltered 300 people. Among them were 40 children.", []),
    ],
)
def test_among_them_after_a_toll_is_a_part_of_that_toll(text: str, expected: list[tuple[int, str, int | None]]) -> None:
    assert parts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "More than 3,000 civilians have been killed in the fighting, over 1,300 in Mosul alone.",
            [(3000, "killed", None), (1300, "killed", 0)],
        ),
        ("Twenty people were killed on Friday, 12 in Gaza City alone.", [(20, "killed", None), (12, "killed", 0)]),
        (
            "The war has killed 400,000 people, 80,000 in Aleppo alone, the monitor said.",
            [(400000, "killed", None), (80000, "killed", 0)],
        ),
        ("Twenty people were killed, 30 in Gaza alone.", [(20, "killed", None)]),
        ("The strikes killed 14 soldiers and 3 civilians.", [(14, "killed", None), (3, "killed", None)]),
        ("Eight people were killed, five of whom were children.", [(8, "killed", None), (5, "killed", 0)]),
        ("Twenty people were killed, 12 of them in Gaza City alone.", [(20, "killed", None), (12, "killed", 0)]),
        (
            "At least 50 people were killed across the country, including 30 in Baghdad.",
            [(50, "killed", None), (30, "killed", 0)],
        ),
        ("The bombing killed 25 people in all, including two policemen.", [(25, "killed", None), (2, "killed", 0)]),
        ("The dead, 12 in total, included three children.", [(12, "killed", None), (3, "killed", 0)]),
        (
            "The dead, 40 altogether, included 11 women and 9 children.",
            [(40, "killed", None), (11, "killed", 0), (9, "killed", 0)],
        ),
    ],
)
def test_a_figure_in_one_place_alone_is_a_part_of_the_toll(text: str, expected: list[tuple[int, str, int | None]]) -> None:
    assert parts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nine people died in the blast, and the rest of the 20 victims were wounded.", [(9, "killed"), (11, "wounded")]),
        ("Two soldiers died and the rest of the 30 soldiers were captured.", [(2, "killed"), (28, "captured")]),
        ("The rest of the 12 wounded were discharged on Monday.", [(12, "wounded")]),
        ("Six people were killed, two of them children; the remaining four were farmers.", [(6, "killed"), (2, "killed")]),
    ],
)
def test_the_rest_of_a_figure_is_that_figure_less_those_told_before(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Twenty-four migrants drowned when their boat capsized off the coast.", [(24, "killed")]),
        ("At least 12 civilians drowned while fleeing the shelling across the river.", [(12, "killed")]),
        ("Three soldiers were drowned when their vehicle was swept away during the offensive.", [(3, "killed")]),
    ],
)  # fmt: skip
def test_people_who_drowned_are_dead(text: str, expected: list[tuple[int, str]]) -> None:
    """People fleeing a war across rivers and seas, and soldiers on a river crossing, drown."""
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Five soldiers were killed in the attack, along with two civilians.", [(5, "killed"), (2, "killed")]),
        ("Five soldiers were killed, as well as two civilians.", [(5, "killed"), (2, "killed")]),
        ("Five soldiers were killed on Monday as well as two civilians.", [(5, "killed"), (2, "killed")]),
        ("A priest was kidnapped on Monday in the south as well as two other priests.", [(1, "captured"), (2, "captured")]),
        ("Five soldiers were killed as well as wounded.", [(5, "killed")]),
        ("Three people were killed in Kabul as well as in Herat.", [(3, "killed")]),
        # "while" opens a clause of its own: its "along with" is of its own verb
        (
            "Ahmed was injured, while his brother was killed along with two cousins.",
            [(1, "wounded"), (1, "killed"), (2, "killed")],
        ),
        ("One soldier was wounded when a shell hit the post along with two trucks.", [(1, "wounded")]),
    ],
)  # fmt: skip
def test_more_people_after_a_phrase_of_place_or_time_share_the_outcome(text: str, expected: list[tuple[int, str]]) -> None:
    """ "along with", "as well as" after the place or the time of the deaths add the people named
    after them, not another place ("in Kabul as well as in Herat") or another outcome."""
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police said five soldiers were killed, and two civilians.", [(5, "killed"), (2, "killed")]),
        ("Four died on Monday, and two on Tuesday.", [(4, "killed"), (2, "killed")]),
        ("Five soldiers were killed in 2014, and two in 2015.", [(5, "killed")]),
        ("Five soldiers were killed and two arrested.", [(5, "killed")]),
    ],
)  # fmt: skip
def test_a_figure_whose_verb_is_left_out_after_a_comma_and_and_shares_the_outcome(text: str, expected: list[tuple[int, str]]) -> None:
    """Gapping at a clause's or sentence's end, as wires write it; another year is a comparison."""
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four journalists covering the protest were wounded by rubber bullets.", [(4, "wounded")]),
        ("Two boys herding goats near the border were killed by a landmine.", [(2, "killed")]),
        ("Five men protesting the arrests were shot dead by police.", [(5, "killed")]),
        ("Three farmers harvesting olives were wounded by settlers' gunfire.", [(3, "wounded")]),
    ],
)
def test_what_people_were_doing_between_them_and_their_verb(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A young man carrying the injured was photographed outside the hospital.",
        "Two medics rescuing the wounded were seen on the footage.",
    ],
)
def test_people_doing_something_to_the_hurt_are_not_the_hurt(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three policemen and the gunman died in an exchange of fire at the checkpoint.", [(3, "killed"), (1, "killed")]),
        ("Two soldiers and the driver were killed when the truck hit a mine.", [(2, "killed"), (1, "killed")]),
        ("The driver and two soldiers were killed when the truck hit a mine.", [(1, "killed"), (2, "killed")]),
        # no one more: the rest of those counted, or one person alone (who may be one told before)
        ("Four soldiers and the rest of the unit were killed.", [(4, "killed")]),
        ("The gunmen and the police exchanged fire for an hour.", []),
    ],
)
def test_one_person_with_the_after_counted_people_is_one_more(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two people were killed and a couple of others injured in the grenade attack.", [(2, "killed"), (2, "wounded")]),
        ("A couple of soldiers were wounded by sniper fire.", [(2, "wounded")]),
        ("An elderly couple was killed when the shell hit their home.", [(2, "killed")]),  # the noun, as before
        ("The second blast came a couple of hours later.", []),
    ],
)
def test_a_couple_of_people_are_two(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected



# "one of 15 people killed": the participle right after the people tells what befell them all.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rahim, a baker, was one of 15 people killed in the attack on the market.", [(15, "killed")]),
        ("She was one of the 23 civilians killed when the shell hit the school.", [(23, "killed")]),
        ("The driver is one of three soldiers wounded in the ambush.", [(3, "wounded")]),
        ("Two of the 40 pilgrims injured in the blast remain in hospital.", [(40, "wounded")]),
        # the verb after tells what befell the part only
        ("One of the 15 miners was killed.", [(1, "killed")]),
        ("One of five brothers was killed in the raid.", [(1, "killed")]),
    ],
)
def test_one_of_the_people_an_outcome_befell_counts_them_all(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


# British Army units named on with "The": the people of the subject reach past the unit's name.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A British soldier from 1st Battalion The Rifles was killed by small-arms fire in Helmand.", [(1, "killed")]),
        ("A soldier from 2nd Battalion The Royal Welsh died in Nad-e Ali on Tuesday.", [(1, "killed")]),
        ("Two soldiers from 1st Battalion The Duke of Lancaster's Regiment were killed in an explosion.", [(2, "killed")]),
        ("Three soldiers from 1st Battalion The Royal Anglian Regiment were wounded in the blast.", [(3, "wounded")]),
        # "The" that opens a subject of its own
        ("He said the patrol was hit. The Rifles lost no one, but two Afghan soldiers were killed.", [(2, "killed")]),
    ],
)
def test_a_unit_named_on_with_the_is_part_of_the_people(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


# Deaths as a toll of their own: the plural noun as the subject of a verb of its rise or standing.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("US military deaths in Iraq rose to 4,000 on Sunday.", [(4000, "killed")]),
        ("Civilian deaths stood at 1,200 by the end of June, the UN mission said.", [(1200, "killed")]),
        ("Coalition fatalities in Afghanistan have passed 2,000.", [(2000, "killed")]),
        ("Deaths among the protesters numbered at least 30, the group said.", [(30, "killed")]),
        ("Estimates of civilian deaths range from 1,000 to 3,000.", [(1000, "killed")]),  # up to 3,000
        # the deaths of people told by "of", a figure before the noun, a rate
        ("Iranian outlets have confirmed the deaths of 12 fighters.", [(12, "killed")]),
        ("12 deaths were reported in the province.", [(12, "killed")]),
        ("Monthly deaths vary from 10 to 20 in the region.", []),
        ("Deaths rose sharply in May.", []),
    ],
)
def test_deaths_that_rose_to_a_figure_are_a_running_toll(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "US military deaths in Iraq rose to 4,000 on Sunday.",
        "Coalition fatalities in Afghanistan have passed 2,000.",
        "Estimates of civilian deaths range from 1,000 to 3,000.",
    ],
)
def test_such_a_toll_is_a_running_total_with_its_range(text: str) -> None:
    (tally,) = tallies(text)
    assert tally.cumulative
    assert tally.count_max in (None, 3000)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yet more Nigerians die on the roads in a month than Boko Haram has killed in three years.", []),
        ("Police say the suspect had killed before and would kill again.", []),
        ("Neighbours said Ahmad Saleh had killed before, in the war of 2006.", []),
        ("The Taliban have killed in every district of the province.", []),
        # near misses: the passive perfect, and the active perfect with its object
        ("Ahmad Saleh has been killed in the shelling of his street.", [(1, "killed")]),
        ("The group has killed at least 40 soldiers this year.", [(40, "killed")]),
    ],
)
def test_who_has_killed_with_no_object_is_the_killer_not_a_victim(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a reader's name or an outlet run into the sentence, with no full stop after it
        ("Wafula 1,133 died in the post-election violence and nobody has been jailed.", "1,133 died"),
        ("Anadolu Agency two women were killed in the strike, the agency said.", "two women were killed"),
        # words that open the counted people, and a name's possessive, stay theirs
        ("All 12 died when the shell hit the shelter.", "All 12 died"),
        ("Hoda's five children were killed in the strike.", "Hoda's five children were killed"),
    ],
)
def test_a_capitalised_word_run_into_a_figure_is_no_part_of_its_people(text: str, figure: str) -> None:
    found = tallies(text)
    assert [text[t.start : t.end] for t in found] == [figure]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The death toll is now above 5,000, the UN said.", [(5000, "killed")]),
        ("The toll from the floods and the fighting has climbed above 60.", [(60, "killed")]),
        # near misses: ages and heights
        ("Children above 5 years of age were given food in the camp.", []),
        ("The village lies 300 metres above the river where 2 soldiers died.", [(2, "killed")]),
    ],
)
def test_a_toll_told_above_a_figure_is_more_than_it(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two gunmen stormed the bank and police shot them dead.", [(2, "killed")]),
        ("Three militants attacked the checkpoint before troops killed them.", [(3, "killed")]),
        ("Four attackers opened fire on the hotel lobby until security forces killed them.", [(4, "killed")]),
        # near misses: other people, the same subject going on, and no forces as the new subject
        ("Two policemen chased the robbers and soldiers shot them dead.", []),
        ("Two gunmen stopped the car and shot them dead.", []),
        ("Two gunmen stormed the bank and the manager shot them dead.", []),
    ],
)
def test_attackers_the_forces_take_down_are_taken_back_by_them(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "cumulative"),
    [
        ("More than 2,000 people have been killed in the conflict in eastern Ukraine since April, the UN said.", True),
        ("At least 300 soldiers have died in the province since 2011.", True),
        ("The toll has risen to 45 since late March, the ministry said.", True),
        # near misses: a comparison's year, and no span at all
        ("The bombing killed 19 people, the worst attack in the city since 2009.", False),
        ("Ten people were killed when the bomb exploded near the market.", False),
    ],
)
def test_a_figure_since_a_month_or_a_year_is_a_running_total_without_a_publication_date(
    text: str, cumulative: bool
) -> None:
    assert [t.cumulative for t in extract_document(text, None).tallies] == [cumulative]
