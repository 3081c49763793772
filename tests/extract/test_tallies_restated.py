"""A figure told again in a later sentence is marked, so that adding up new figures counts each
person once; figures about other people, other times or other events still add up."""

from __future__ import annotations

from datetime import date

import pytest

from crawler.extract.document import extract_document
from crawler.extract.records import Tally
from crawler.extract.restatements import event_tallies


def _tallies(text: str, published: date | None = date(2023, 10, 13)) -> list[Tally]:
    return extract_document(text, published).tallies


def _event_sum(text: str, outcome: str = "killed", published: date | None = date(2023, 10, 13)) -> int:
    return sum(t.count for t in event_tallies(_tallies(text, published)) if t.outcome == outcome and not t.cumulative)


def test_the_same_figure_restated_later_is_not_counted_twice() -> None:
    text = (
        "On October 12, six members of the Saleh family were killed in an airstrike on their home. "
        "The father, his wife and four of their children were listed among the dead. "
        "Relatives said the six were buried the next morning."
    )
    assert _event_sum(text) == 6


def test_another_source_figure_for_the_same_strike_is_a_restatement() -> None:
    text = (
        "At least 12 civilians were killed in the strike on Thursday night. "
        "A news agency citing the interior ministry reported that nine Palestinians had been killed. "
        "A resident said that nearly 50 people had died."
    )
    found = _tallies(text)
    assert [(t.count, t.restates) for t in found] == [(12, None), (9, 0), (50, 0)]
    assert _event_sum(text) == 12


def test_a_named_victim_after_the_total_is_a_restatement() -> None:
    text = (
        "Seven civilians were killed when the shell hit the market. "
        "A paramedic, Hatem Saeed, was killed while treating the wounded."
    )
    assert _event_sum(text) == 7


def test_subsets_are_not_added_to_their_total() -> None:
    text = "Eleven people, including five children and two women, were killed in the raid."
    assert _event_sum(text) == 11


def test_different_sides_add_up() -> None:
    text = (
        "Five policemen were killed and three others were injured in the attack. "
        "The army launched a counteroffensive, killing 21 militants."
    )
    assert _event_sum(text) == 26
    assert _event_sum(text, "wounded") == 3


def test_a_bare_figure_shares_the_side_of_the_figure_before_it_in_its_sentence() -> None:
    text = (
        "Two policemen were wounded when the Taliban stormed a checkpoint in the district overnight. "
        "Fourteen Taliban fighters were killed in the clashes and 13 were wounded, the police chief said."
    )
    assert _event_sum(text, "wounded") == 15


def test_a_bare_figure_of_anyone_may_still_restate() -> None:
    text = (
        "Five people were wounded when a bomb went off at a bus stop in the city. "
        "Officials said the explosion killed two and wounded 5."
    )
    assert _event_sum(text, "wounded") == 5


def test_different_nationalities_add_up() -> None:
    text = (
        "Officials confirmed the deaths of 12 Iranian fighters in the last four days. "
        "In addition, seven Afghan and four Pakistani fighters were buried last weekend."
    )
    assert _event_sum(text, published=date(2015, 12, 1)) == 23


def test_a_separate_incident_adds_up() -> None:
    text = (
        "A village elder was shot dead near the market. "
        "In a separate incident, a shopkeeper was killed by gunmen in the same district."
    )
    assert _event_sum(text) == 2


def test_in_an_attack_is_not_another_event() -> None:
    text = "Five soldiers were killed on the road to Kirkuk. The five were killed in an attack by gunmen."
    assert _event_sum(text) == 5


def test_a_figure_dated_apart_from_the_lead_figure_is_background() -> None:
    text = (
        "On October 17, 2023, at least 40 civilians were killed in the strike on the camp. "
        "In April 2024, another strike on the camp killed approximately 300 civilians."
    )
    found = _tallies(text, date(2024, 5, 1))
    assert [(t.count, t.restates) for t in found] == [(40, None), (300, None)]
    assert [t.count for t in event_tallies(found)] == [40]


def test_a_date_that_says_when_a_list_was_released_does_not_date_the_deaths() -> None:
    text = (
        "On October 11, 2023, at least eight civilians were killed when a bomb hit the house. "
        "Their names were found on the health ministry list released on October 26th, which named 8 fatalities."
    )
    assert _event_sum(text, published=date(2023, 11, 1)) == 8


def test_running_totals_are_kept_apart_from_new_figures() -> None:
    text = (
        "Four more soldiers were killed on Sunday, bringing the death toll since the offensive began "
        "to 112."
    )
    found = _tallies(text)
    assert [(t.count, t.cumulative) for t in found] == [(4, False), (112, True)]
    assert _event_sum(text) == 4


def test_a_comparison_since_a_date_is_no_running_total() -> None:
    text = (
        "A car bomb killed at least 19 people outside a police academy in the deadliest attack "
        "in the city since 2009."
    )
    assert _event_sum(text) == 19
    worst = "Gunmen killed 7 villagers in the worst violence in the district since the ceasefire began."
    assert _event_sum(worst) == 7


def test_fighters_also_killed_after_a_toll_of_anyone_add_up() -> None:
    text = (
        "At least 25 people were killed in clashes with security forces in the district. "
        "Four policemen were also killed and six others were wounded."
    )
    assert _event_sum(text) == 29
    named = (
        "At least six people were killed when a strike hit the family home on Monday. "
        "Their neighbour, Ahmad Saleh, was also killed, relatives said."
    )
    assert _event_sum(named) == 6
    text = "13 people were killed in clashes in the province. 3 militants were killed as well."
    assert _event_sum(text) == 16


def test_a_later_higher_figure_for_the_same_strike_widens_the_range() -> None:
    text = (
        "On October 12, at least six civilians were killed in an airstrike on a family home in Rafah. "
        "Local journalists later reported that nine people had been killed in the strike."
    )
    found = [t for t in event_tallies(_tallies(text)) if t.outcome == "killed"]
    assert [(t.count, t.count_max) for t in found] == [(6, 9)]
    lower = (
        "On October 12, eight civilians were killed in an airstrike on a family home in Rafah. "
        "A neighbour said five people had been killed."
    )
    assert [(t.count, t.count_max) for t in event_tallies(_tallies(lower)) if t.outcome == "killed"] == [(8, None)]


def test_militants_killed_after_a_toll_of_people_add_up() -> None:
    text = (
        "A bomb blast destroyed the police headquarters. 5 people, including a baby, were killed and 36 "
        "were wounded. 8 militants were killed in clashes with police following the bombing."
    )
    assert _event_sum(text) == 13


def test_some_of_the_dead_are_a_part_whoever_they_were() -> None:
    text = "The blast at the market killed at least 20 bystanders. Three of the dead were policemen."
    assert _event_sum(text) == 20


def test_figures_after_a_colon_break_down_the_figure_before_it() -> None:
    text = (
        "Eleven people died in twin attacks on the city: eight civilians and a police officer were killed "
        "outside a church, and two civilians were killed in a shop."
    )
    assert _event_sum(text) == 11
    listed = "Police said on Monday: four soldiers were killed in the north and six civilians died in the south."
    assert _event_sum(listed) == 10


def test_deaths_of_security_forces_as_well_as_a_protest_toll_add_up() -> None:
    text = (
        "Rights groups say at least 90 people have been killed since the protests began. "
        "State television showed the funerals of protesters, as well as the deaths of "
        "at least six members of the security forces."
    )
    assert [(t.count, t.restates) for t in _tallies(text)] == [(90, None), (6, None)]
    assert _event_sum(text) == 96


def test_how_badly_some_were_hurt_in_the_same_sentence_is_a_part() -> None:
    text = (
        "Eleven civilians and six police officers were injured in the attack, although only two "
        "were seriously hurt."
    )
    assert _event_sum(text, "wounded") == 17
    assert _event_sum("Two people were killed and three were seriously injured.", "wounded") == 3


def test_figures_said_to_be_more_people_add_up() -> None:
    another = (
        "A roadside bomb killed two soldiers and wounded four near the border crossing on Monday. "
        "Another three soldiers were killed and one injured in a mortar attack on their post."
    )
    assert _event_sum(another) == 5
    assert _event_sum(another, "wounded") == 5
    additional = (
        "Gunmen stormed a hotel in the capital, killing 7 guests. Soon after, a car bomb went off at the gate, "
        "killing an additional four people."
    )
    assert _event_sum(additional) == 11


def test_a_sentence_on_the_next_event_adds_up() -> None:
    later = (
        "At least 19 worshippers were killed when gunmen opened fire in a church. "
        "Hours later gunmen on motorbikes attacked an army patrol, killing 2 soldiers."
    )
    assert _event_sum(later) == 21
    third = (
        "Two car bombs exploded outside the ministry, killing 11 people. "
        "A third car bomb exploded on a market street in the north of the city, killing four."
    )
    assert _event_sum(third) == 15
    numbered = (
        "1. A bomb blast in the market killed at least two people. "
        "2. An IED explosion near a checkpoint killed at least one person."
    )
    assert _event_sum(numbered) == 3


def test_a_next_event_sentence_that_reports_or_names_is_still_a_restatement() -> None:
    reported = (
        "Eight civilians were killed in a strike on the family home. "
        "Later, a local news agency reported that eight members of the family were killed."
    )
    assert _event_sum(reported) == 8
    named = (
        "Five members of the Haddad family were killed in the strike on their home. "
        "Another victim of the strike was their neighbour, Samir Khalil, who was also killed."
    )
    assert _event_sum(named) == 5


def test_a_toll_raised_to_a_new_figure_is_the_event_figure() -> None:
    text = (
        "At least 13 civilians were killed when a strike hit a school sheltering displaced families. "
        "Later in the day the number of those killed had risen to 22 as rescuers recovered more bodies."
    )
    assert _event_sum(text) == 22
    running = (
        "Six people were killed in the strike on the camp. "
        "The toll in the territory has risen to 3,400 since the war began."
    )
    assert _event_sum(running) == 6
    far_above = "Six people were killed in the strike on the camp. The toll has risen to 3,400."
    assert _event_sum(far_above) == 6


def test_a_total_after_the_figures_of_each_blast_is_the_event_figure() -> None:
    text = (
        "Two car bombs exploded outside the ministry, killing 11 people. Soon after, a bomber blew himself up "
        "in a restaurant, killing an additional eight. A third car bomb exploded on a market street, killing four. "
        "A total of 24 people were killed in the blasts."
    )
    assert _event_sum(text) == 24


def test_the_injured_who_died_later_are_more_dead() -> None:
    text = (
        "Car bombs outside three police stations killed 68 people on Wednesday morning. "
        "Five of the injured died overnight, bringing the death toll up to 73."
    )
    assert _event_sum(text) == 73
    without_toll = "A blast at the bus station killed 12 people. Two of the wounded died in hospital."
    assert _event_sum(without_toll) == 14


def test_a_bomber_who_blew_himself_up_is_not_restated_by_the_victims() -> None:
    text = "A teenage boy blew himself up in the crowded market. The blast killed at least 11 people."
    assert _event_sum(text) == 12


def test_two_sources_in_one_sentence_are_two_accounts() -> None:
    text = "Though provincial officials said 46 militants died in the raid, the Taliban said 13 were killed."
    assert _event_sum(text) == 46
    listed = "Officials said 5 soldiers were killed and 3 civilians died in the attack."
    assert _event_sum(listed) == 8


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police put the death toll at 14, while residents said at least 20 people were killed.", [(14, 20, "killed")]),
        ("Officials confirmed 9 deaths, but relatives said 13 people died in the raid.", [(9, 13, "killed")]),
        ("The army recorded 6 deaths, though villagers said 11 were killed in the shelling.", [(6, 11, "killed")]),
        # not two accounts: another outcome, another place
        (
            "Police counted 14 bodies at the scene, while doctors said 20 people were wounded.",
            [(14, None, "killed"), (20, None, "wounded")],
        ),
        (
            "The army recorded 14 deaths in Kandahar, while officials said 20 people were killed in Helmand.",
            [(14, None, "killed"), (20, None, "killed")],
        ),
    ],
)
def test_a_source_that_puts_or_confirms_the_first_figure_is_one_account_of_two(
    text: str, expected: list[tuple[int, int | None, str]]
) -> None:
    assert [(t.count, t.count_max, t.outcome) for t in event_tallies(_tallies(text))] == expected


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("An American soldier was killed by a roadside bomb in Baghdad. Three other Americans were also killed.", 4),
        ("Two policemen died in the ambush near Kirkuk. Four other police officers were also killed, the ministry said.", 6),
        ("A bomb killed a district chief in Helmand. Two other government employees had also been killed.", 3),
        # the rest of a group told before, and another source's count of the same dead
        ("Five villagers were abducted and one escaped. The other four were also killed.", 4),
        ("A strike killed 3 civilians, local sources said. Three civilians were also killed, another source said.", 3),
    ],
)
def test_people_told_as_other_and_also_come_on_top_of_the_dead_before(text: str, killed: int) -> None:
    assert _event_sum(text) == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "A Palestinian man was shot dead by Israeli troops near Hebron, the army said. Later on Friday, two "
            "Palestinians were killed in clashes near Ramallah, the health ministry said.",
            3,
        ),
        (
            "Gunmen killed four policemen at a checkpoint in Baquba, police said. Hours later, five people died in "
            "Samarra when a bomb hidden in a cart went off, officials said.",
            9,
        ),
        (
            "A mortar round killed two children in Idlib. Later that evening, three men were killed in Saraqeb, "
            "activists said.",
            5,
        ),
        # the same event told again by name, or at the same place
        ("A bomb killed 7 people in Kirkuk on Monday. Later that day, police said the blast had killed 9.", 9),
        ("A bomb killed 7 people in Kirkuk on Monday. Hours later, police in Kirkuk said 9 people had died.", 9),
    ],
)
def test_a_later_sentence_at_another_place_tells_another_event_even_as_a_source_tells_it(text: str, killed: int) -> None:
    assert sum(t.count_max or t.count for t in event_tallies(_tallies(text)) if t.outcome == "killed") == killed


def test_a_number_put_on_people_first_told_of_without_one_is_the_figure() -> None:
    text = (
        "Several members of the Haddad family were killed when a strike hit their home on Monday night. "
        "Local journalists reported that the strike caused at least nine deaths, including four women."
    )
    found = [t for t in event_tallies(_tallies(text)) if t.outcome == "killed" and t.subset_of is None]
    assert [(t.count, t.qualifier) for t in found] == [(9, "at_least")]


def test_an_armed_group_named_alone_is_another_side() -> None:
    text = (
        "Three policemen were killed when the Taliban stormed checkpoints in the province. "
        "The attack was repelled, leaving 12 Taliban killed."
    )
    assert _event_sum(text) == 15


def test_a_raised_toll_dated_later_than_the_first_figure_is_the_event_figure() -> None:
    text = (
        "Shortly before midnight on July 31, 2024, a car was hit in an airstrike near the camp, killing at least "
        "six men and injuring a number of others. Initial reports noted that two people were killed in the incident. "
        "By the early hours of August 1, 2024, a correspondent reported that the death toll had risen to six."
    )
    assert _event_sum(text, published=date(2024, 8, 2)) == 6


def test_headlines_of_one_attack_repeated_by_several_outlets_are_one_figure() -> None:
    text = (
        "Four dead in suicide bombing in the city: security sources\n"
        "Militants claim responsibility for attack in the city: statement\n"
        "Four dead in suicide bombing in the city: security officials"
    )
    assert _event_sum(text) == _event_sum(text.splitlines()[0])  # the bomber too, once


def test_a_figure_of_a_list_is_widened_only_beyond_the_list() -> None:
    text = (
        "One woman and three young children were reportedly killed on Sunday, October 15th, 2023, when an alleged"
        " Israeli airstrike hit the home of the family in Gaza City. "
        "Local sources said that four people had been killed in the strike."
    )
    found = [t for t in event_tallies(_tallies(text)) if t.outcome == "killed"]
    assert [(t.count, t.count_max) for t in found] == [(1, None), (3, None)]


def test_a_list_widened_by_a_higher_report_takes_only_the_difference() -> None:
    text = (
        "Two women and a child were killed in the strike on Sunday. "
        "Later reports said that five people had been killed in the strike."
    )
    found = [t for t in event_tallies(_tallies(text)) if t.outcome == "killed"]
    assert sum(t.count_max or t.count for t in found) == 5


def test_a_vague_figure_told_later_does_not_widen_a_number() -> None:
    text = (
        "Around dawn on Saturday, October 21, 2023, nine civilians, including one woman and six children, were"
        " killed by an alleged Israeli airstrike on the family home in Deir Balah. "
        "Alwatan voice reported dozens of martyrs and wounded in new Israeli strikes in the Gaza Strip."
    )
    [toll] = [t for t in event_tallies(_tallies(text)) if t.outcome == "killed"]
    assert (toll.count, toll.count_max) == (9, None)


def test_a_toll_put_by_another_source_widens_the_event_figure() -> None:
    text = (
        "At least ten civilians were killed in an alleged Israeli airstrike on the family home on Monday. "
        "Journalist Ahmad Qudeih put the number of killed at 12."
    )
    found = [t for t in event_tallies(_tallies(text)) if t.outcome == "killed"]
    assert [(t.count, t.count_max, t.cumulative) for t in found] == [(10, 12, False)]


def test_a_toll_since_a_date_stays_a_running_total() -> None:
    text = (
        "Four people were killed in the strike on Monday. "
        "Health officials said the death toll in the war had risen to 40 since October 7."
    )
    found = [t for t in event_tallies(_tallies(text)) if t.outcome == "killed"]
    assert [(t.count, t.count_max, t.cumulative) for t in found] == [(4, None, False), (40, None, True)]


def test_paramilitaries_killed_after_civilians_are_other_people() -> None:
    text = (
        "Terrorists killed two polio workers in Safi tehsil on Monday. The gunmen also attacked tribal police"
        " when they responded to the attack, killing one paramilitary and wounding another."
    )
    assert _event_sum(text) == 3


def test_the_wounded_beside_new_dead_in_a_later_sentence_are_new_people() -> None:
    text = (
        "A suicide bomber attacked the gate of the airport, killing seven civilians and injuring at least eight more. "
        "Insurgents attacked a police post in the next district, sparking a firefight that killed two police "
        "officers and left two others injured."
    )
    assert _event_sum(text, "wounded") == 10


def test_the_wounded_beside_dead_told_again_are_told_again() -> None:
    text = (
        "An airstrike on the family home killed four civilians and injured 11 others on Tuesday. "
        "The civil defence said four people were killed and 11 injured in the strike."
    )
    assert _event_sum(text, "wounded") == 11


def test_the_wounded_a_source_reports_beside_its_dead_are_told_again() -> None:
    text = (
        "Two militants, including a local commander, were killed by an airstrike on the house at noon. "
        "More than 20 others were also injured, some seriously. "
        "Civil defence teams reported ten civilian deaths and more than 20 injuries."
    )
    assert _event_sum(text, "wounded") == 20


@pytest.mark.parametrize(
    "second",
    [
        "At least 5,000 people have been killed in the country since the uprising began, the UN says.",
        "Since the start of the fighting, 40 soldiers have died in the province.",
        "So far 230 people have been killed in the offensive, rights groups say.",
    ],
)
def test_a_running_total_in_a_text_without_a_date_is_kept_as_one(second: str) -> None:
    text = "Security forces opened fire on protesters in the capital on Saturday, killing 12 people. " + second
    found = event_tallies(_tallies(text, published=None))
    assert [(t.count > 12, t.cumulative) for t in found] == [(False, False), (True, True)]


def test_the_attacks_of_a_series_are_parts_of_its_toll() -> None:
    text = (
        "A wave of attacks across Iraq killed 93 people and injured scores more. "
        "In Hillah, two car bombs killed at least 22 at a restaurant frequented by policemen. "
        "Separately, unidentified gunmen shot and killed at least three security officers in Baghdad."
    )
    assert _event_sum(text) == 93


def test_attacks_beyond_the_toll_of_a_series_still_add_up() -> None:
    text = (
        "Coordinated bombings killed 12 people in Baghdad on Monday. "
        "Elsewhere, gunmen stormed an army post in Mosul and killed 20 soldiers."
    )
    assert _event_sum(text) == 32


def test_the_attacks_a_toll_was_told_in_are_its_parts() -> None:
    text = (
        "Four peacekeepers were killed in two attacks on Saturday. "
        "A peacekeeper was killed when a car bomb exploded at the camp gate. "
        "In the second attack, two security guards and a contractor were shot dead at a checkpoint."
    )
    assert _event_sum(text) == 4


def test_a_total_told_before_any_other_figure_is_the_toll_itself() -> None:
    text = (
        "An airstrike hit the family home in Khan Younis on Monday night. "
        "The news agency reported that in total eight family members were killed, "
        "while local sources said seven civilians were injured."
    )
    assert _event_sum(text) == 8
    assert _event_sum("A total of 27 people have been killed since the fighting began in March.") == 0


def test_the_number_alone_after_a_figure_is_another_account_of_it() -> None:
    text = (
        "At least 18 civilians were killed when the strike hit a tent camp on Tuesday. "
        "Some accounts, such as a post by a local journalist, placed the number as high as 35."
    )
    found = [t for t in event_tallies(_tallies(text)) if t.outcome == "killed"]
    assert [(t.count, t.count_max, t.cumulative) for t in found] == [(18, 35, False)]


def test_the_number_alone_among_injuries_is_no_death_toll() -> None:
    text = (
        "Four people were killed in the strikes on Khan Younis. The agency first reported 34 injuries, "
        "then raised the number to 51."
    )
    assert _event_sum(text) == 4
    assert all(t.count != 51 for t in _tallies(text) if t.outcome == "killed")


@pytest.mark.parametrize(
    "text",
    [
        "The death toll from the bombing of the market rose to 11, police said.",
        "The death toll from Tuesday's bombing has risen to 11. Among the dead were four children.",
        "The death toll rose to 11 as three of the injured died in hospital.",
        "The death toll from the bombing reached 11 on Wednesday, police said.",
    ],
)
def test_a_raised_toll_with_no_earlier_figure_is_the_event_toll(text: str) -> None:
    assert _event_sum(text) == 11


def test_a_raised_toll_over_a_period_stays_a_running_total() -> None:
    assert _event_sum("The death toll in the province has risen to 300 this year.") == 0
    assert _event_sum("The death toll has risen to 300 since October 7.") == 0


def test_a_total_told_after_its_figure_is_the_event_toll() -> None:
    assert _event_sum("The attacks on the two villages killed 25 people in total.") == 25


def test_one_named_person_then_another_named_person_are_two() -> None:
    text = (
        "Adnan Farouk, 45, was killed in the strike on his house on July 1. "
        "His son Tarek Farouk, 12, was also killed, relatives said."
    )
    assert _event_sum(text) == 2


def test_one_named_person_named_again_is_one() -> None:
    text = (
        "Journalist Ahmed Abdul Hay Abu Mahadi was killed in the strike on his home on October 25. "
        "Colleagues said Ahmed Abu Mahadi was killed with his camera in his hands."
    )
    assert _event_sum(text) == 1


def test_a_raised_toll_takes_in_the_deaths_that_raised_it() -> None:
    text = (
        "The strike on the house on January 2 killed five people. "
        "The Civil Defence later said the toll had reached eight, after three of the injured died in hospital."
    )
    assert _event_sum(text) == 8


def test_two_sources_of_one_toll_in_clauses_a_semicolon_parts() -> None:
    text = "The strike killed at least four people, according to Wafa; Shehab Agency reported five deaths."
    found = event_tallies(_tallies(text))
    assert [(t.count, t.count_max) for t in found if t.outcome == "killed" and t.subset_of is None] == [(4, 5)]


def test_a_semicolon_between_two_clauses_of_one_list_still_adds_up() -> None:
    text = "Four soldiers were killed in the north; two civilians were killed in the south, officials said."
    assert _event_sum(text) == 6


def test_another_source_told_with_with_is_another_account() -> None:
    text = "The strike on the bakery killed at least seven people, with Wafa reporting nine deaths."
    found = event_tallies(_tallies(text))
    assert [(t.count, t.count_max) for t in found if t.outcome == "killed" and t.subset_of is None] == [(7, 9)]


def test_a_with_clause_after_a_figure_tells_who_some_of_them_were() -> None:
    text = "At least 29 others were injured in the incident, with dozens of children reportedly seriously injured."
    assert _event_sum(text, "wounded") == 29


@pytest.mark.parametrize(
    "text",
    [
        "Eight people were killed, with three more killed in a second strike.",
        "Eight people were killed, with three killed in a separate attack.",
    ],
)
def test_a_with_clause_of_more_people_adds_up(text: str) -> None:
    assert _event_sum(text) == 11
