"""Readers' comments and opinion pages: a day and month written with a slash ("9/11", "7/7"),
things a reader "kills" (pizzas, tyres, processes), and a comparison led by "more" count no
one; a reader who tells a real war's toll keeps the figure."""

from __future__ import annotations

import pytest

from crawler.extract.document import extract_document
from crawler.extract.sentences import split_sentences
from crawler.extract.tallies import find_tallies


def counts(text: str) -> list[tuple[int, str]]:
    return [(t.count, t.outcome) for t in find_tallies(text, split_sentences(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9/11 killed nearly 3,000 people, and we went to war over it.", [(3000, "killed")]),
        ("Also, 9/11 killed 3,000, Antietam killed that many before lunch.", [(3000, "killed")]),
        ("The 7/7 bombings killed 52 people on the London transport network.", [(52, "killed")]),
        ("The 26/11 attacks in Mumbai killed 166 people over four days.", [(166, "killed")]),
        # near misses: a full date and figures beside it are read as before
        ("Two killed, 3 injured in blast on 12/5/2019.", [(2, "killed"), (3, "wounded")]),
        ("The roadside bomb killed 9 soldiers and wounded 11.", [(9, "killed"), (11, "wounded")]),
    ],
)
def test_a_day_and_month_with_a_slash_is_a_date(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Lighten up, I killed 2 pizzas last night.",
        "Meanwhile the potholes on Elm have killed 3 of my tires this summer.",
        "We killed 4,000 zombie processes on one node and latency fell.",
        "My brother killed six beers before kick-off.",
        "I killed 15 zombies in one round on the new map.",
        "Killed 12 mosquitoes last night lol, the camp was a swamp.",
        "Rangers killed 3 wolves that had attacked the herd.",
    ],
)
def test_things_a_reader_kills_are_no_victims(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The blast killed 3 workers at the bottling plant.", [(3, "killed")]),
        ("The air strike killed 12 people near the power plants.", [(12, "killed")]),
        ("The raid killed 3 villagers and 40 pigs.", [(3, "killed")]),
        ("Mosquitoes killed 400,000 people last year, most of them children.", [(400000, "killed")]),
        ("Tom lost 3 friends in Afghanistan and still goes to every parade.", [(3, "killed")]),
        ("My dad lost 6 men from his unit in Fallujah and can't stand that talk.", [(6, "killed")]),
    ],
)
def test_people_near_those_things_and_readers_own_wars_keep_their_figures(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "This country kills more of its own citizens than the Biafra war did some years.",
        "The army kills more of its own soldiers than the enemy does.",
        "Honestly the regime killed more of its own people than the invaders ever did.",
    ],
)
def test_a_comparison_led_by_more_counts_no_one(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Blast kills more than 20 in Kabul market.", [(20, "killed")]),
        ("Gunmen kill driver in Kaduna.", [(1, "killed")]),
        ("Militants killed 14 police officers, more than in any attack this year.", [(14, "killed")]),
    ],
)
def test_figures_beside_more_are_read_as_before(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


def conflict_figures(title: str, comment: str) -> list[tuple[int, str]]:
    """The conflict figures of one reader's comment on an article titled ``title``."""
    extraction = extract_document(comment, None, "en", "comment", title)
    return [(t.count, t.outcome) for t in extraction.tallies if t.event == "conflict"]


# A reader's figure of a battle or a massacre of the past centuries named by the place or the war:
# history, not a claim about the conflicts of the news.
@pytest.mark.parametrize(
    ("title", "comment"),
    [
        ("Barrel bombs kill 23 in Aleppo", "Saddam gassed 5,000 Kurds in Halabja in one day. Everyone forgets that."),
        (
            "Antietam at 150",
            "It was the War of Northern Aggression and 260,000 Southern boys died defending their homes.",
        ),
        ("Operation Market Garden remembered", "My grandad's battalion lost 40 men at Arnhem in one week."),
        ("Britain's colonial record", "Compare that to the Belgian Congo where 10 million died."),
        ("Cambodia trip report", "The Khmer Rouge killed around 1.7 million people in under four years."),
        ("Vietnam veterans' day", "Marines lost 205 killed at Khe Sanh and then the base was abandoned."),
    ],
)
def test_a_reader_s_named_past_battle_or_massacre_is_history(title: str, comment: str) -> None:
    assert conflict_figures(title, comment) == []


# Near misses: a reader's own war of the monitors' years, a past massacre named to measure today's
# by, and a movement of today that shares an old war's name.
@pytest.mark.parametrize(
    ("title", "comment", "expected"),
    [
        (
            "Letters: veterans' care",
            "My dad lost 6 men from his unit in Fallujah and can't stand that talk.",
            [(6, "killed")],
        ),
        ("Aleppo under siege", "This is worse than Halabja, 23 killed in one morning.", [(23, "killed")]),
        ("Nigeria protests", "Police killed 40 pro-Biafra protesters in Onitsha last year.", [(40, "killed")]),
        (
            "Baghdad car bomb",
            "My brother was killed in the 2007 market bombing, 140 died that day.",
            [(1, "killed"), (140, "killed")],
        ),
    ],
)
def test_a_reader_s_own_war_is_kept(title: str, comment: str, expected: list[tuple[int, str]]) -> None:
    assert conflict_figures(title, comment) == expected
