"""Sentences of 2008 and 2012 news and reader threads whose event the class or the count turns on:
pirates' killings and mob justice (crime), a state's executions counted by the year (no war's), a
cartel's gunmen under a massacre headline (crime), a film's zombies under a review's title (no
event), people who "had their throats cut", a force's dead as "our bravest", and the people a
phrase of what the dead were doing counts ("soldiers guarding 12 prisoners"), with the near misses
each rule must leave as they were."""

from __future__ import annotations

import pytest

from crawler.extract.document import extract_document
from crawler.extract.sentences import split_sentences
from crawler.extract.tallies import find_tallies


def counts(text: str) -> list[tuple[int, str]]:
    return [(t.count, t.outcome) for t in find_tallies(text, split_sentences(text))]


def events(text: str, title: str | None = None) -> list[tuple[int, str | None]]:
    return [(t.count, t.event) for t in extract_document(text, None, "en", "body", title).tallies]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Somali pirates shot dead two Indian sailors aboard the hijacked tanker, the owners said.", [(2, "crime")]),
        ("In 2010 Somali pirates killed eight hostages, the International Maritime Bureau said.", [(8, "crime")]),
        ("A mob beat to death two men suspected of stealing a motorcycle in Kisumu on Saturday.", [(2, "crime")]),
        ("Villagers burned alive three women accused of witchcraft in Kisii, police said.", [(3, "crime")]),
        ("Police recorded 512 deaths from mob justice last year.", [(512, "crime")]),
    ],
)
def test_pirates_and_mob_justice_are_crime(text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Al-Shabaab fighters killed 14 Somali soldiers in an ambush near Afgoye.", [(14, "conflict")]),
        ("Rioting mobs killed 60 people in two days of fighting between Muslim and Christian youths in Jos.",
         [(60, "conflict")]),
        ("Mobs torched villages in Kokrajhar and killed 12 people in clashes between Bodos and Muslim settlers.",
         [(12, "conflict")]),
    ],
)
def test_an_armed_group_s_and_a_communal_mob_s_killings_stay_conflict(
    text: str, expected: list[tuple[int, str | None]]
) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Saudi Arabia beheaded 79 people last year, most of them for murder and drug trafficking.", 79),
        ("Iran executed at least 250 people in 2010, according to rights groups.", 250),
        ("Iraq hanged 14 men convicted of murder and kidnapping on Thursday.", 14),
        ("Iraq hanged 11 men convicted of terrorism offences on Monday, the justice ministry said.", 11),
    ],
)
def test_a_state_s_executions_counted_by_the_year_are_no_war_s(text: str, count: int) -> None:
    # kept apart from the war's dead: "other", or "crime" where the charge's words outweigh the execution's
    found = events(text)
    assert [c for c, _ in found] == [count] and all(event not in (None, "conflict") for _, event in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Taliban fighters executed 9 villagers they accused of spying for the government in Ghazni.", [(9, "conflict")]),
        ("Islamic State militants beheaded 21 Egyptian Christians on a beach near Sirte.", [(21, "conflict")]),
    ],
)
def test_an_armed_group_s_executions_stay_conflict(text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text) == expected


def test_gunmen_of_the_zetas_under_a_massacre_headline_are_crime() -> None:
    text = "Gunmen from the Zetas shot dead 17 farmworkers at a ranch near Torreon, prosecutors said."
    assert events(text, "Massacre at Coahuila ranch") == [(17, "crime")]


def test_soldiers_fight_with_the_zetas_stays_conflict() -> None:
    text = "Soldiers killed 11 suspected Zetas gunmen in a firefight in Piedras Negras, the defence ministry said."
    assert events(text, "Army clashes with cartel") == [(11, "conflict")]


def test_a_film_s_zombies_under_a_review_s_title_are_no_event() -> None:
    text = "The zombies kill thousands in Jerusalem as the city's wall is overrun."
    assert events(text, "World War Z review") == []


@pytest.mark.parametrize(
    "title", ["Defence review", "Strategic defence review", "Army chief orders review"]
)
def test_a_policy_s_review_is_no_story_title(title: str) -> None:
    assert events("The offensive killed 40 Taliban fighters in Helmand, officials say.", title) == [(40, "conflict")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Witnesses said 14 men had their throats cut by militiamen in the village.", [(14, "killed")]),
        ("Six members of one family had their throats slit in their home.", [(6, "killed")]),
        ("GIA gunmen cut the throats of 31 people at a false roadblock.", [(31, "killed")]),
    ],
)
def test_people_who_had_their_throats_cut_are_killed(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We have lost 430 of our bravest in Afghanistan, and we owe it to them to finish the job.", [(430, "killed")]),
        ("The battalion lost 19 of its finest in Sangin last summer.", [(19, "killed")]),
        ("We lost 5 of our best lads in one week in Nad-e Ali.", [(5, "killed")]),
        ("United lost 3 of their best players to injury before the derby.", []),
        ("The firm lost 200 of its staff in the restructuring.", []),
    ],
)
def test_a_force_s_own_dead_told_as_its_bravest(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soldiers guarding 12 prisoners were killed when Taliban fighters stormed the jail.", []),
        ("Policemen escorting 30 inmates to court were killed in an ambush near Bannu.", []),
        ("Two soldiers guarding 12 prisoners were killed when Taliban fighters stormed the jail.", [(2, "killed")]),
        ("Six people returning home from a wedding were killed in the blast.", [(6, "killed")]),
        ("14 workers travelling to the mine were killed when the bus was ambushed.", [(14, "killed")]),
    ],
)
def test_the_count_of_what_the_dead_were_guarding_is_not_theirs(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


def test_the_executed_for_their_part_in_an_attack_are_no_war_s_dead() -> None:
    text = "Two of the bombers were executed for their roles in the 2005 attacks on Monday."
    assert [event for _, event in events(text, "Indonesia executes bombers")] == ["other"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The three were convicted over the 2002 bombings, which killed 202 people, most of them tourists.",
         [(202, "conflict")]),
        ("The Taliban executed two men for their roles in helping foreign troops, a spokesman said.", [(2, "conflict")]),
    ],
)
def test_the_attack_s_own_toll_and_a_group_s_executions_stay_conflict(
    text: str, expected: list[tuple[int, str | None]]
) -> None:
    assert events(text, "Bali bombers executed") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aid has not reached the town for months. At least 14 people have died of hunger in the besieged town, "
         "activists said.", [(14, "conflict")]),
        ("Residents said 9 children died of hunger in the besieged Yarmouk camp last month.", [(9, "conflict")]),
        ("An Israeli airstrike hit the house in Jabalia. Three children died in the fire that followed, medics said.",
         [(3, "conflict")]),
    ],
)
def test_a_siege_s_hunger_and_a_strike_s_fire_are_the_war_s(text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aid workers said 12 children died of hunger in the drought-hit region last month.", [(12, "disaster")]),
        ("Seven people died in a fire at a wedding hall in Karachi.", [(7, "accident")]),
        ("A gas heater exploded in the kitchen. Two children died in the fire that followed, firefighters said.",
         [(2, "accident")]),
        ("Police said 3 people died in the bank the robbers besieged for six hours.", [(3, "crime")]),
    ],
)
def test_a_drought_s_hunger_and_a_mishap_s_fire_stay_apart(text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text) == expected
