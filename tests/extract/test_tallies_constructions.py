"""Constructions the reader used to miss: bare "shot" with an outcome told after it, the parts of
the dead told as a split, "the dead were ..., 19 in all", a bomber who "blew himself" without
"up", counted and uncounted suicide bombers, and a killer who kills his family and then himself.
Then three kinds of things a word of death is said of: lamps and bulbs, dead spots, a
team's power plays; and one person's kin told again beside a new one ("the boy's father and
brother were also wounded": the brother is one more); counted kin named with their ages in
parentheses, then more people ("three sons, Hazem (22), Amir (20) and Mohammed (18), and four of
his grandchildren").  Each table holds sentences in the shape of wire news, incident lists and monitor reports, and the
near misses that must keep their reading."""

from __future__ import annotations

import pytest

from crawler.extract.document import extract_document
from crawler.extract.records import Tally
from crawler.extract.sentences import split_sentences
from crawler.extract.tallies import find_tallies
from tests.extract.tolls import toll_top


def tallies(text: str) -> list[Tally]:
    return find_tallies(text, split_sentences(text))


def counts(text: str) -> list[tuple[int, str]]:
    return sorted((t.count, t.outcome) for t in tallies(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nine people were shot; all of them died.", [(9, "killed")]),
        ("Four teenagers were shot outside a nightclub in Leeds, all of whom died.", [(4, "killed")]),
        ("Two men were shot near the bus station on Friday; both of them died.", [(2, "killed")]),
        ("Five people were shot and two of them later died in hospital.", [(2, "killed"), (3, "wounded")]),
        ("Twelve students were shot on Friday; four of them died.", [(4, "killed"), (8, "wounded")]),
        ("Gunmen shot 20 people, killing 11.", [(9, "wounded"), (11, "killed")]),
        ("Militiamen shot 14 villagers at a wedding in Kaduna, killing six.", [(6, "killed"), (8, "wounded")]),
        ("A sniper shot three soldiers, killing one.", [(1, "killed"), (2, "wounded")]),
        ("The gunman shot six customers, two of whom died.", [(2, "killed"), (4, "wounded")]),
    ],
)
def test_an_outcome_told_after_those_shot_splits_them(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army shot hundreds of protesters.", []),
        ("Police shot three protesters on Sunday.", []),
        ("Eight people were shot in the first attack and four in the second.", []),
        ("Four people were shot, but all of them survived.", []),
        # the wounded are told, or all of those shot were killed: nothing added
        ("Gunmen shot 20 people at a wedding, killing 11 and wounding nine.", [(9, "wounded"), (11, "killed")]),
        ("Gunmen shot nine people at a clinic, killing all of them.", [(9, "killed")]),
        ("Police said 12 people were shot, three of them fatally.", [(3, "killed"), (9, "wounded")]),
        ("Six people were shot, two of whom were seriously wounded.", [(2, "wounded")]),
        # firing at people is not hitting them
        ("Soldiers shot at 40 people, killing 12.", [(12, "killed")]),
        # "shot dead" already counts its people
        ("Seven people were shot and killed in the raid.", [(7, "killed")]),
    ],
)
def test_shot_without_an_outcome_after_it_or_with_one_that_tells_all_adds_nothing(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Of the dead, three were children and five were women.", [3, 5]),
        ("Of the dead, 11 were soldiers, six were police officers and five were civilians.", [5, 6, 11]),
        ("Of those killed, two were journalists and one was a paramedic.", [1, 2]),
    ],
)
def test_the_parts_of_the_dead_told_as_a_split_are_each_read(text: str, parts: list[int]) -> None:
    assert counts(text) == [(n, "killed") for n in parts]


def test_parts_of_the_dead_after_a_toll_are_parts_of_it() -> None:
    text = "A car bomb killed 30 people in the market. Of the dead, three were children and five were women."
    found = tallies(text)
    expected = [(30, None, "people"), (3, 0, "children"), (5, 0, "women")]
    assert [(t.count, t.subset_of, t.role) for t in found] == expected


def test_parts_of_the_dead_without_a_toll_are_side_by_side() -> None:
    text = "Of the dead, 11 were soldiers, six were police officers and five were civilians."
    assert [(t.count, t.subset_of) for t in tallies(text)] == [(11, None), (6, None), (5, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Of the dead, three were children, the hospital said.", [(3, "killed")]),
        (
            "Of the dead, three were children and five were wounded in the second blast.",
            [(3, "killed"), (5, "wounded")],
        ),
        (
            "A bomb killed 12 people. Of the dead, four were police officers; the rest were never named.",
            [(4, "killed"), (12, "killed")],
        ),
    ],
)
def test_one_part_of_the_dead_stays_one_part(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dead were mostly women and children, 19 in all.", (19, "killed")),
        ("The dead were mostly Shia pilgrims from Iran, 27 in total, officials said.", (27, "killed")),
        ("The wounded were mainly farmers, 31 in all.", (31, "wounded")),
        ("The dead, mostly women and children, numbered 19.", (19, "killed")),
        ("The wounded, most of them farmers, totalled 31.", (31, "wounded")),
        ("The dead, the ministry said, numbered 40.", (40, "killed")),
    ],
)
def test_who_the_dead_were_then_their_figure_in_all(text: str, expected: tuple[int, str]) -> None:
    assert counts(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The dead were mostly women and children, the ministry said.",
        "The victims were mostly women and children, 19 in all.",  # "victims" tells no outcome
    ],
)
def test_who_the_dead_were_without_a_figure_in_all_counts_nothing(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bomber blew himself in the crowd.", [(1, "killed")]),
        ("The attacker blew himself among the worshippers at Friday prayers.", [(1, "killed")]),
        ("One of the bombers blew himself while still in the vehicle.", [(1, "killed")]),
        (
            "A teenage bomber blew himself at the gate of the mosque, killing 12 worshippers.",
            [(1, "killed"), (12, "killed")],
        ),
        ("A woman blew herself in the market in Maiduguri, killing 5 people.", [(1, "killed"), (5, "killed")]),
        # with "up", as before
        ("The bomber blew himself up in the crowd, killing 7.", [(1, "killed"), (7, "killed")]),
    ],
)
def test_a_bomber_who_blew_himself_without_up_is_dead(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The striker blew himself a kiss after the goal.",
        "He blew himself out of the race with a poor final lap.",
        "The bomber blew himself.",
    ],
)
def test_blew_himself_that_tells_no_blast_counts_nothing(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two suicide bombers blew themselves up at the checkpoint.", [(2, "killed")]),
        ("Three female suicide bombers attacked the camp, killing 11.", [(3, "killed"), (11, "killed")]),
        (
            "Two suicide bombers blew themselves up at the checkpoint, killing 9 soldiers.",
            [(2, "killed"), (9, "killed")],
        ),
        # how many bombers is not told: only the others' figure
        ("Female suicide bombers attacked two camps in Maiduguri, killing eight people.", [(8, "killed")]),
        ("Female suicide bombers attacked the camp.", []),
        ("Suicide bombers blew themselves up near the gate.", []),
    ],
)
def test_suicide_bombers_count_only_when_counted(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("He killed his wife and two children and then killed himself.", 4),
        ("A farmer in Ohio killed his wife and three daughters before killing himself.", 5),
        ("Police said the father killed his two sons and then killed himself.", 3),
        ("A retired soldier killed his wife and her mother, then killed himself, police said.", 3),
    ],
)
def test_a_killer_who_kills_his_family_and_then_himself_is_one_more_dead(text: str, killed: int) -> None:
    found = counts(text)
    assert sum(n for n, outcome in found if outcome == "killed") == killed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He killed his wife and then tried to kill himself.", [(1, "killed")]),
        ("The soldier killed himself after the verdict.", []),
        ("The gunmen killed six villagers and then killed themselves.", [(6, "killed")]),  # how many: not told
        # the attackers the sentence opens on, as before
        ("A gunman killed 58 people at a concert before killing himself.", [(1, "killed"), (58, "killed")]),
        ("Two attackers killed four guards and then killed themselves.", [(2, "killed"), (4, "killed")]),
    ],
)
def test_a_killer_s_own_death_needs_a_killing_before_and_one_killer(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


def events(text: str) -> list[tuple[int, str | None]]:
    return [(t.count, t.event) for t in extract_document(text, None, "en", "body", None).tallies]


@pytest.mark.parametrize(
    "text",
    [
        "Half of the 40 bulbs in the hall are dead.",
        "Three street lamps died in the storm.",
        "Our wifi has 12 dead spots upstairs.",
        "The penalty kill killed 4 power plays on the night.",
    ],
)
def test_lamps_spots_and_plays_are_no_people(text: str) -> None:
    assert events(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Bombs went off at three spots in the city, killing 12 people.",
        "Gunmen killed 12 people at three spots in Kaduna.",
        "The rocket killed 12 students watching two plays at the school.",
    ],
)
def test_people_killed_at_spots_or_plays_still_count(text: str) -> None:
    assert [count for count, _ in events(text)] == [12]


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        (
            "A girl was killed and her mother wounded when the shell hit their house in Idlib. Relatives said "
            "the girl's mother and sister were also wounded.",
            2,
        ),
        (
            "A woman was killed and her husband injured by shelling in Donetsk. A local official said her "
            "husband and daughter were wounded.",
            2,
        ),
        # the kin told again alone is the same person
        (
            "A woman was killed and her husband injured by shelling in Donetsk. A local official said her "
            "husband was wounded.",
            1,
        ),
        (
            "A boy was killed and his father injured in the airstrike. The Syrian Civil Defence said the "
            "boy's father was wounded by shrapnel.",
            1,
        ),
    ],
)
def test_a_kin_word_told_again_beside_a_new_one_adds_the_new_one(text: str, wounded: int) -> None:
    assert toll_top(text, "wounded") == wounded


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "The strike killed three sons of the commander, Bilal (24), Yusuf (19) and Karim (16), and two of "
            "his grandchildren.",
            5,
        ),
        ("The shell killed two children, Lina (7) and Omar (4), and their mother.", 3),
        ("Israeli fire killed two brothers, Samer (31) and Fadi (27), and a cousin in Jenin.", 3),
    ],
)
def test_counted_people_named_with_ages_in_parentheses_then_more_people(text: str, killed: int) -> None:
    assert sum(n for n, outcome in counts(text) if outcome == "killed") == killed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The strike killed three sons of the commander, Bilal (24), Yusuf (19) and Karim (16).", [(3, "killed")]),
        ("The shell killed two children, Lina (7) and Omar (4), in their home.", [(2, "killed")]),
    ],
)
def test_counted_people_named_with_ages_in_parentheses_are_no_more_people(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert counts(text) == expected
