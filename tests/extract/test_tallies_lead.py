"""Issue 13: lead sentences of incident reports whose figure is far from its verb: names of
several families, participle phrases, asides that are lists, appositives after a dash aside."""

from __future__ import annotations

import pytest

from crawler.extract.records import Tally
from crawler.extract.sentences import split_sentences
from crawler.extract.tallies import find_tallies


def tallies(text: str) -> list[Tally]:
    return find_tallies(text, split_sentences(text))


def totals(text: str) -> list[tuple[int, int | None, str]]:
    return [(t.count, t.count_max, t.outcome) for t in tallies(text) if t.subset_of is None]


def test_members_of_two_named_families() -> None:
    text = (
        "Shortly before 11 PM on May 4, at least 21 members of the Abu al-Ahmad and al-Sayed families, "
        "including at least nine women and seven children, were reportedly killed in an airstrike."
    )
    assert totals(text) == [(21, None, "killed")]


def test_people_spanning_generations_of_a_family() -> None:
    text = (
        "At least 30 civilians spanning two generations of the Saleh family, including 8 women and "
        "12 children, were killed in a strike on the house."
    )
    assert totals(text) == [(30, None, "killed")]


def test_all_members_of_a_family_after_a_dash_aside() -> None:
    text = (
        "On June 2, between 18 and 22 civilians – including women and children – all members of the "
        "Khalil family were killed, and 40 others were injured in a strike."
    )
    assert totals(text) == [(18, 22, "killed"), (40, None, "wounded")]


def test_an_including_aside_that_is_itself_a_list() -> None:
    text = "At least 40 people, including a doctor, 12 women and 20 children, were killed in the strike."
    assert totals(text) == [(40, None, "killed")]


def test_bounds_set_off_by_commas() -> None:
    text = "At least 40, and up to 90, people from the same family were killed in the strike."
    assert totals(text) == [(40, 90, "killed")]


def test_people_and_where_they_were_going() -> None:
    text = "Seven people returning home from a wedding were killed when their car hit a roadside bomb."
    assert totals(text) == [(7, None, "killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two policemen escorting the van were killed.", [(2, None, "killed")]),
        ("Three soldiers escorting a fuel convoy were killed when militants attacked it.", [(3, None, "killed")]),
        ("Four deminers clearing a field near Mosul were killed by a mine.", [(4, None, "killed")]),
        ("Five election officials transporting ballot boxes were killed in an ambush.", [(5, None, "killed")]),
        ("Two engineers inspecting the dam were wounded by sniper fire.", [(2, None, "wounded")]),
    ],
)
def test_people_and_the_duty_they_were_on(text: str, expected: list[tuple[int, int | None, str]]) -> None:
    assert totals(text) == expected


def test_one_person_and_what_they_were_doing() -> None:
    text = "A peacekeeper sitting in the vehicle succumbed to his injuries when he was taken to hospital."
    assert totals(text) == [(1, None, "killed")]
    assert totals("Three children playing in the street were killed by a shell.") == [(3, None, "killed")]


def test_people_and_a_relative_clause_before_the_verb() -> None:
    text = "A policeman that was on patrol was shot dead by Islamic State insurgents in the Hawija District."
    assert totals(text) == [(1, None, "killed")]
    assert totals("Two guards who were manning the gate were killed in the blast.") == [(2, None, "killed")]


def test_people_of_an_along_with_aside_come_on_top() -> None:
    text = "An anti-Taliban politician, together with three police officers, was killed in a bomb attack in Faryab."
    assert totals(text) == [(1, None, "killed"), (3, None, "killed")]
    assert totals("A soldier, along with two civilians, was killed in the blast.") == [(1, None, "killed"), (2, None, "killed")]


def test_one_person_named_with_the_in_a_list_of_people_is_one_of_them() -> None:
    text = "The deputy governor of Logar province and his two bodyguards were killed in a Taliban ambush."
    assert totals(text) == [(1, None, "killed"), (2, None, "killed")]
    assert totals("The soldiers and two civilians were killed.") == [(2, None, "killed")]


def test_a_family_and_where_it_was_coming_from() -> None:
    text = "A family composed of 6 returning from a displacement camp were killed when a mine exploded."
    assert totals(text) == [(6, None, "killed")]


def test_executions_by_crucifixion_and_beheading() -> None:
    assert totals("Militants crucified 3 men in the town square for smuggling cigarettes.") == [(3, None, "killed")]
    assert totals("Two men were crucified in the town square.") == [(2, None, "killed")]
    assert totals("The group beheads 4 hostages in a new video.") == [(4, None, "killed")]


def test_an_institution_name_with_and_inside_the_phrases_after_the_people() -> None:
    text = (
        "Four students from the Faculty of Law and Economics in Kabul University were killed and "
        "seven others wounded when gunmen opened fire."
    )
    assert totals(text) == [(4, None, "killed"), (7, None, "wounded")]


def test_the_earlier_event_a_superlative_is_measured_against() -> None:
    text = (
        "A wave of bombings across the country killed 61 people in the deadliest day since "
        "coordinated attacks in March 2012 left more than 100 dead."
    )
    assert totals(text) == [(61, None, "killed")]
    text = "The bombing killed 23 people, the worst attack in the city since a truck bomb killed 80 in 2015."
    assert totals(text) == [(23, None, "killed")]


def test_a_superlative_subject_keeps_its_own_toll() -> None:
    assert totals("The deadliest attack since the war began killed 40 people on Monday.") == [(40, None, "killed")]


def test_an_including_list_with_a_serial_comma_and_an_extended_family() -> None:
    text = (
        "At least 60, and up to 120, people from the same large extended family, including a doctor, "
        "12 women, and 20 children, were killed in the strike."
    )
    assert totals(text) == [(60, 120, "killed")]


def test_all_members_of_a_quoted_family_name_after_a_dash_aside() -> None:
    text = (
        "On June 2, between 18 and 22 civilians – including women and children – all members of the "
        "‘Abu Hamad’ family were killed in a strike."
    )
    assert totals(text) == [(18, 22, "killed")]


def test_people_named_after_a_dash_that_a_comma_closes() -> None:
    text = (
        "On May 3 at least three people – 41 year old teacher Omar Saleh, his sister-in-law, 60 year old "
        "Huda Nasser, and her grandson, four year old Karim Nasser, were killed by an airstrike on a flat."
    )
    assert totals(text) == [(3, None, "killed")]
    assert totals("Two men – Ahmad Saleh and his cousin Omar, were shot dead at a checkpoint.") == [(2, None, "killed")]


def test_a_stray_comma_between_the_counted_people_and_their_verb() -> None:
    text = "Market bombings: 22 people, were killed and 102 others were injured when two bombs exploded."
    assert totals(text) == [(22, None, "killed"), (102, None, "wounded")]


def test_people_an_attack_sent_to_hospital_were_hurt() -> None:
    text = "A car bomb exploded at a market, killing nine people and sending another 29 to hospital."
    assert totals(text) == [(9, None, "killed"), (29, None, "wounded")]
    assert totals("The ministry sent 200 soldiers to the area.") == []


def test_the_number_of_a_military_unit_is_no_count() -> None:
    assert totals("A rifleman of 13 Sikh Light Infantry was killed in an encounter with rebels.") == [(1, None, "killed")]
    assert totals("12 Afghan soldiers were killed.") == [(12, None, "killed")]


def test_a_friend_or_neighbour_of_a_victim_is_one_person() -> None:
    text = "An Ahmadi man was shot dead by two gunmen, while his friend was injured."
    assert totals(text) == [(1, None, "killed"), (1, None, "wounded")]
