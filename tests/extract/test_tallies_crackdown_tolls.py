"""Tolls of crackdowns and wars as the news of 2008 and 2012 wrote them: a plural noun of deaths
whose rise is told past a long phrase of the event ("fatalities from five days of clashes near the
interior ministry had climbed to 33"), people counted as members of two forces joined by "and"
("350 members of the army and security forces"), and a toll told back from now ("rose to 20,000
three weeks ago"), and one victim named by a single word before a count of others ("killed Neda
and dozens of other protesters"), and a country's murders weighed against a war ("more murders a
year than the whole Iraq war killed"), and what protesters and fighters were doing when they were hit,
after people joined by "and" too ("forty civilians and rebel fighters defending the square were
killed"); with the near misses that must stay as they were."""

from __future__ import annotations

import pytest

from crawler.extract.sentences import split_sentences
from crawler.extract.tallies import find_tallies
from tests.extract.readings import events


def counts(text: str) -> list[tuple[int, str]]:
    return [(t.count, t.outcome) for t in find_tallies(text, split_sentences(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The health ministry said fatalities from five days of clashes near the interior ministry had climbed to 33.",
            [(33, "killed")],
        ),
        ("Civilian deaths from three weeks of shelling in Homs have passed 700, activists said.", [(700, "killed")]),
        ("Deaths among the protesters in Sanaa and Taiz since February rose to 120 on Sunday.", [(120, "killed")]),
        ("Deaths from the clashes near the ministry, which began on Saturday, reached 30.", [(30, "killed")]),
        # near misses: the figure of the deaths is their own, or no rise is told of them
        ("The deaths of 12 fighters in the raid were confirmed by the group.", [(12, "killed")]),
        ("Fatalities from five days of clashes were mostly young men, doctors said.", []),
        ("Twelve deaths from the clashes were recorded on Monday.", [(12, "killed")]),
    ],
)
def test_deaths_rising_past_a_long_phrase_of_the_event_are_a_toll(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nearly 1,400 civilians and 350 members of the army and security forces have been killed since March, according to rights groups.",
            [(1_400, "killed"), (350, "killed")],
        ),
        ("Twelve officers of the police and the army were killed in the ambush near Deir ez-Zor.", [(12, "killed")]),
        ("Seven members of the army and police died when their convoy was bombed in Anbar.", [(7, "killed")]),
        # near misses: a second counted conjunct is people of its own; forces joined with no "of"
        ("Five members of the army and 12 civilians were killed.", [(5, "killed"), (12, "killed")]),
        ("Two soldiers and policemen were killed in the blast.", [(2, "killed")]),
        ("The army and security forces killed 14 protesters in Homs.", [(14, "killed")]),
    ],
)
def test_members_of_two_forces_joined_by_and_are_the_people_counted(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The death toll in Syria rose to 20,000 three weeks ago and is still climbing.", [(20_000, "killed")]),
        ("Activists said the toll passed 5,000 two months ago.", [(5_000, "killed")]),
        # near misses: a duration opening the sentence, or taken by the killing, is no people's noun either way
        ("Three weeks ago, 12 protesters were killed in Deraa.", [(12, "killed")]),
        ("Troops killed 200 people over three days in Hama.", [(200, "killed")]),
        ("The survivors, aged over 60 years, were taken to hospital.", []),
    ],
)
def test_a_toll_told_back_from_now_keeps_its_figure(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        (
            "The health ministry said fatalities from five days of clashes near the interior ministry had climbed to 33.",
            "Egypt: clashes in Tahrir",
            [(33, "conflict")],
        ),
        (
            "Nearly 1,400 civilians and 350 members of the army and security forces have been killed since March, according to rights groups.",
            "Syria: activists' count",
            [(1_400, "conflict"), (350, "conflict")],
        ),
        # near misses: the same shapes of a disaster's and a crime's dead keep their class
        ("Fatalities from three days of flooding in Sindh have climbed to 160, officials said.", "Pakistan floods", [(160, "disaster")]),
        ("Deaths from two years of gang killings in San Pedro Sula rose to 1,200, police said.", "Honduras gangs", [(1_200, "crime")]),
    ],
)
def test_such_tolls_keep_the_class_of_their_event(text: str, title: str, expected: list[tuple[int, str]]) -> None:
    assert events(text, title) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Snipers shot dead Hamza and 12 other protesters in Deraa.", [(1, "killed"), (12, "killed")]),
        ("Security forces killed Neda and dozens of other protesters in Tehran.", [(1, "killed"), (24, "killed")]),
        ("Basij militiamen killed Sohrab and 7 others outside the university dormitories.", [(1, "killed"), (7, "killed")]),
        # near misses: places and groups beside a count of others are no one; a full name was read already
        ("The strike hit Aleppo and 12 other towns, killing four.", [(4, "killed")]),
        ("Troops killed Ali Hassan and 12 others.", [(1, "killed"), (12, "killed")]),
        ("Troops shelled Homs and 12 other towns on Sunday.", []),
    ],
)
def test_one_named_by_a_single_word_beside_a_count_of_others_is_one_of_the_dead(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Guatemala has more murders a year than the whole Iraq war killed some years, 6,000 dead in 2009.",
            [(6_000, "crime")],
        ),
        ("Chicago had more homicides than Afghanistan last year, 506 people murdered.", [(506, "crime")]),
        # near misses: the war's own dead keep their class wherever murders are weighed
        ("Mexico has had more murders since 2006 than Iraq, with 60,000 killed in the drug war.", [(60_000, "conflict")]),
        ("The war has brought more murders than ever: 300 civilians were executed by militias in Homs this month.", [(300, "conflict")]),
        ("The Iraq war killed 4,486 American troops.", [(4_486, "conflict")]),
    ],
)
def test_murders_weighed_against_a_war_are_a_crime_toll(text: str, expected: list[tuple[int, str]]) -> None:
    assert events(text, "Readers respond") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Twenty protesters marching towards the governor's office in Taiz were shot dead by snipers.", [(20, "killed")]),
        ("Eight people taking part in the Ashura processions in central Tehran were killed.", [(8, "killed")]),
        ("Some 30 residents of Bab Amr trying to flee the shelling were killed by sniper fire.", [(30, "killed")]),
        ("Nine demonstrators camping in Change Square were killed when troops stormed the sit-in.", [(9, "killed")]),
        ("Dozens of civilians and rebel fighters defending the town's main square were killed in the assault.", [(24, "killed")]),
        ("Six students and their teacher returning from a trip were killed.", [(6, "killed"), (1, "killed")]),
        # near misses: no counted people before the phrase, or no verb of harm after it
        ("A shell hit the square and rebel fighters holding it were killed.", []),
        ("Thousands of people marching through Sanaa chanted against the president.", []),
        ("A video showed a young boy taking care of his sister injured in the school's bombing.", []),
    ],
)
def test_what_the_people_were_doing_stands_between_them_and_their_verb(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected
