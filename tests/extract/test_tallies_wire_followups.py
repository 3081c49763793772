"""Wire-news constructions around a toll: who of the hurt died since ("two of the seven people
wounded in the attack died in hospital"); the dead of the earlier event a superlative is measured
against ("the deadliest since a 2015 bombing that killed 27", "since May 2017, when a truck bomb
killed 150"): another event's dead, never this one's toll; the dead of a run of attacks so far
("the latest in a string of insider attacks this year that have killed 51 coalition troops"): a
running total; the worst of the attacks a toll counts ("the deadliest of which killed 12"): a part
of it; and people counted place by place in order ("five in the first village and four in the
second"): both counted."""

from __future__ import annotations

import pytest

from crawler.extract.document import extract_document
from crawler.extract.export import event_tallies_json


def _figures(text: str, published: str | None = None) -> list[tuple[int, str, str]]:
    """(count, outcome, figure) of every tally of ``text``."""
    return [(f["count"], f["outcome"], f["figure"]) for f in event_tallies_json(text, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police said two of the seven people wounded in Friday's attack had died in hospital overnight.",
            [(5, "wounded", "toll"), (2, "killed", "toll")],
        ),
        (
            "Three of the 12 passengers injured in the ambush near Mandera died on the way to hospital.",
            [(9, "wounded", "toll"), (3, "killed", "toll")],
        ),
        (
            "One of the four soldiers wounded in the mortar attack on the base later died of his injuries, the army said.",
            [(3, "wounded", "toll"), (1, "killed", "toll")],
        ),
        # the verb of death right after the hurt's participle, or after "the seven wounded"
        (
            "Two of the seven people wounded later died in hospital, a doctor at the district hospital said.",
            [(5, "wounded", "toll"), (2, "killed", "toll")],
        ),
        ("Three of the 12 pilgrims injured subsequently died of their burns.", [(9, "wounded", "toll"), (3, "killed", "toll")]),
        ("Two of the seven wounded later died at the Khyber Teaching Hospital.", [(5, "wounded", "toll"), (2, "killed", "toll")]),
        ("Four of 30 hurt died overnight, officials said.", [(26, "wounded", "toll"), (4, "killed", "toll")]),
        # near misses: a part of the dead, the hurt still alive, one of a number killed
        ("Two of the seven wounded are in critical condition.", [(7, "wounded", "toll")]),
        ("The 12 injured were taken to the hospital in Peshawar.", [(12, "wounded", "toll")]),
        ("Two of the seven soldiers killed in the ambush were officers.", [(7, "killed", "toll")]),
        ("Four of the 20 people injured in the blast are in critical condition.", [(20, "wounded", "toll")]),
        ("He was one of 15 people wounded in the raid on the market.", [(15, "wounded", "toll")]),
    ],
)
def test_the_dead_among_the_hurt_are_taken_from_them(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause on the event compared with
        (
            "The attack was the deadliest in the country since a 2015 bombing at a Shia mosque that killed 27 people.",
            [],
        ),
        ("It was the deadliest attack on foreigners since the 2002 Bali bombings, which killed 202 people.", []),
        ("It was the deadliest attack in India since the 2008 Mumbai attacks, in which 166 people were killed.", []),
        (
            "The blast killed 26 people, the deadliest in the city since the 2011 bombing of the UN building, which "
            "killed 23.",
            [(26, "killed", "toll")],
        ),
        # a "when" clause in a text without a publication date: another event's dead, apart
        (
            "It was the worst attack in Kabul since May 2017, when a truck bomb killed more than 150 people.",
            [(150, "killed", "background")],
        ),
        (
            "Gunmen killed 12 villagers in Zamfara on Sunday, the worst attack in the state since 2018, when bandits "
            "killed 48 people.",
            [(12, "killed", "toll"), (48, "killed", "background")],
        ),
        # near misses: the superlative is the subject of this event's own verb, or no "since" at all
        ("The deadliest attack since the truce that ended the fighting killed 9 people.", [(9, "killed", "toll")]),
        (
            "The blast was the deadliest since the truce that ended the fighting, and it killed 9 people.",
            [(9, "killed", "toll")],
        ),
        ("It was the deadliest attack of the year, which killed 31 people in all.", [(31, "killed", "toll")]),
    ],
)
def test_the_dead_of_the_event_compared_with_are_no_toll_of_this_one(
    text: str, expected: list[tuple[int, str, str]]
) -> None:
    assert _figures(text) == expected


def test_a_dated_text_gives_the_compared_event_its_own_time_and_keeps_it_apart() -> None:
    text = ("Gunmen killed 12 villagers in Zamfara on Sunday, the worst attack in the state since 2018, "
            "when bandits killed 48 people.")
    figures = event_tallies_json(text, "2020-06-17")
    assert [(f["count"], f["figure"]) for f in figures] == [(12, "toll"), (48, "background")]
    assert figures[1]["window"]["start"] == "2018-01-01"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two NATO soldiers were killed by a man in an Afghan army uniform in the south, the alliance said, the "
            "latest in a string of insider attacks this year that have killed 51 coalition troops.",
            [(2, "killed", "toll"), (51, "killed", "running_total")],
        ),
        (
            "The bombing in Hilla was the latest in a wave of attacks that have killed more than 300 people this month.",
            [(300, "killed", "running_total")],
        ),
        (
            "Four pilgrims died in the blast, the latest in a series of bombings, which have claimed more than 200 "
            "lives in the province.",
            [(4, "killed", "toll"), (200, "killed", "running_total")],
        ),
        # a war's dead told as lives it has claimed: the verb right before the figure's words
        ("The war in Yemen has claimed more than 10,000 lives.", [(10000, "killed", "running_total")]),
        # near misses: a run of blasts told as the day's event, or in the past tense
        ("A series of explosions killed 14 people in the city on Monday.", [(14, "killed", "toll")]),
        ("A wave of bombings that killed 12 people hit markets in Baghdad on Friday.", [(12, "killed", "toll")]),
    ],
)
def test_the_dead_of_a_run_of_attacks_so_far_are_a_running_total(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A total of 30 people were killed in attacks across Iraq on Monday, the deadliest of which killed 12 in "
            "Baquba.",
            [(30, "killed", "toll"), (12, "killed", "subset")],
        ),
        (
            "At least 41 people died in a wave of bombings in Baghdad, the worst of them a car bomb that killed 17 "
            "people in Sadr City.",
            [(41, "killed", "toll"), (17, "killed", "subset")],
        ),
        # near misses: one attack's toll, or a "worst" figure above the toll (another count, left as it is)
        ("A car bomb killed 30 people in Baquba, the deadliest of which killed 12.", [(30, "killed", "toll"), (12, "killed", "toll")]),
        (
            "Attacks killed 30 people on Monday, the deadliest of which killed 40 in Baquba.",
            [(30, "killed", "toll"), (40, "killed", "toll")],
        ),
    ],
)
def test_the_worst_of_the_attacks_a_toll_counts_is_part_of_it(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen attacked two villages in Plateau State, killing five people in the first and four in the second.",
            [(5, "killed", "toll"), (4, "killed", "toll")],
        ),
        (
            "Two bombs exploded in Quetta, killing three people in the first blast and seven in the second.",
            [(3, "killed", "toll"), (7, "killed", "toll")],
        ),
        ("Gunmen killed five people in the first village and four in the second.", [(5, "killed", "toll"), (4, "killed", "toll")]),
        # near misses: no count after "and", or the second clause has its own verb
        ("The bomb killed five people in the first car and the second car was empty.", [(5, "killed", "toll")]),
        (
            "Gunmen killed five people in the first attack and wounded four in the second.",
            [(5, "killed", "toll"), (4, "wounded", "toll")],
        ),
    ],
)
def test_people_counted_place_by_place_in_order_are_all_counted(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "UN observers counted 108 bodies in Houla on Sunday. The UN says more than 9,000 people have been killed since "
        "the uprising against President Bashar al-Assad began in March 2011.",
        "Police said 12 people died in the blast on Friday. More than 2,000 people have been killed since the "
        "insurgency in the southern provinces erupted in January 2004.",
    ],
)
def test_a_since_clause_with_a_long_subject_makes_a_running_total(text: str) -> None:
    """ "since the uprising against President Bashar al-Assad began in March 2011": the start of a
    war told by a clause with a long subject, up to its date, still makes the figure a total."""
    assert [f["figure"] for f in event_tallies_json(text, "2012-05-27")] == ["toll", "running_total"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each side's claim of its own dead and of the enemy's: two peoples, two figures
        (
            "South Sudan said 22 of its soldiers had been killed in three days of fighting. An army spokesman said "
            "South Sudanese troops had killed 240 Sudanese soldiers.",
            [(22, None, "South Sudanese"), (240, None, "Sudanese")],
        ),
        # the enemy's claim of the same people's dead: one figure, its range widened
        (
            "Israel said three of its soldiers were killed. Hamas said its fighters had killed 12 Israeli soldiers.",
            [(3, 12, "Israeli"), (12, None, "Israeli")],
        ),
        ("Hezbollah announced that two of its fighters were killed in the strike.", [(2, None, "Hezbollah")]),
        ("The Pakistani army said four of its soldiers died in the attack.", [(4, None, "Pakistani")]),
        # near misses: a speaker who is no country nor group, and people who are nobody's own men
        ("The hospital said 14 of its patients were killed.", [(14, None, None)]),
        ("Kenya said 22 people had been killed in the raid.", [(22, None, None)]),
    ],
)
def test_a_speakers_own_men_take_the_speakers_nationality(
    text: str, expected: list[tuple[int, int | None, str | None]]
) -> None:
    """ "South Sudan said 22 of its soldiers had been killed": the soldiers are South Sudanese, so
    the 240 Sudanese soldiers its army claims to have killed are other people, not a higher count
    of the same ones."""
    assert [(t.count, t.count_max, t.nationality) for t in extract_document(text, None).tallies] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # how the dead were found, told before the place: bodies dumped in a war or a feud
        ("The bodies of 11 men were found shot dead in Baghdad's Dora district, an Interior Ministry official said.",
         [(11, "killed", "toll")]),
        ("Five members of a family were found shot dead at their home in suburban Houston, police said.",
         [(5, "killed", "toll")]),
        ("Three aid workers were found beheaded near Jalalabad on Thursday.", [(3, "killed", "toll")]),
        ("Two teachers were found stabbed to death in their school in Maiduguri.", [(2, "killed", "toll")]),
        # near misses: the found alive, and found by someone
        ("Police found five men shot dead in a car outside Culiacan.", [(5, "killed", "toll")]),
        ("Four children were found alive under the rubble.", []),
    ],
)
def test_the_dead_found_shot_or_beheaded_are_counted(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the hurt of whom some died since, fronted: dead of their wounds, no longer among the wounded
        (
            "A mortar attack on the market killed three people and wounded nine. Of the wounded, two later died in hospital.",
            [(3, "killed", "toll"), (7, "wounded", "toll"), (2, "killed", "toll")],
        ),
        (
            "Gunmen killed a policeman and injured 14 worshippers at the shrine. Of the injured, three died overnight, "
            "a hospital official said.",
            [(1, "killed", "toll"), (11, "wounded", "toll"), (3, "killed", "toll")],
        ),
        # near misses: the hurt still alive, a part of the dead
        (
            "A mortar attack on the market killed three people and wounded nine. Of the wounded, two are in critical condition.",
            [(3, "killed", "toll"), (9, "wounded", "toll"), (2, "wounded", "subset")],
        ),
        (
            "A mortar attack on the market killed three people and wounded nine. Of the dead, two were children.",
            [(3, "killed", "toll"), (9, "wounded", "toll"), (2, "killed", "subset")],
        ),
    ],
)
def test_the_hurt_who_died_told_fronted_are_dead(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dead told by a bare count right after those stabbed or shot are some of them
        ("A man stabbed four people at a bus stop in Jerusalem, killing two.", [(2, "wounded", "toll"), (2, "killed", "toll")]),
        ("A Palestinian assailant stabbed three Israelis, killing one of them, police said.",
         [(2, "wounded", "toll"), (1, "killed", "toll")]),
        ("A man stabbed three people outside a church and killed one of them.", [(2, "wounded", "toll"), (1, "killed", "toll")]),
        ("Gunmen shot four police officers at a checkpoint and killed two of them.",
         [(2, "wounded", "toll"), (2, "killed", "toll")]),
        # near misses: people told after the killing verb may be others
        ("A man stabbed three people and killed a policeman.", [(3, "wounded", "toll"), (1, "killed", "toll")]),
        ("Gunmen shot four police officers and killed two soldiers.", [(2, "killed", "toll")]),
        ("A man stabbed three people on Monday. Another attacker killed two soldiers.",
         [(3, "wounded", "toll"), (2, "killed", "toll")]),
    ],
)
def test_the_dead_among_those_stabbed_or_shot_are_taken_from_them(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert _figures(text) == expected
