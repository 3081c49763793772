"""Sentences of whole news pages and reader threads of 2008 and 2012 met the way a crawl meets them:
the dead and the hurt a source puts at a figure, a toll held up as a prospect, a reader's relative
who died thinking of the day, a toll counted from a disputed vote, and Israel's offensives in Gaza
and the towns their rockets hit, named alone."""

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
        ("Medics in Aleppo put the dead at 23 and the wounded at 80.", [(23, "killed"), (80, "wounded")]),
        ("The Syrian Observatory for Human Rights puts the dead at more than 40,000.", [(40_000, "killed")]),
        ("Opposition groups put Syria's dead at 60,000 since March 2011.", [(60_000, "killed")]),
        ("Rebel commanders put their own dead at 14.", [(14, "killed")]),
        ("400,000 Syrians have fled abroad, and the Observatory puts the dead at more than 40,000.", [(40_000, "killed")]),
        ("Hospital officials in Gaza put the injured at 150 and the dead at 42.", [(150, "wounded"), (42, "killed")]),
    ],
)
def test_the_dead_or_hurt_a_source_puts_at_a_figure_are_a_toll(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soldiers put the dead in a truck and drove off.", []),
        ("Villagers put the dead at the side of the road.", []),
        ("The 12 dead at the checkpoint were buried on Friday.", [(12, "killed")]),
        ("Monitors put the toll at 170 for Sunday alone.", [(170, "killed")]),
        ("Police said 12 were killed in Bunia, while local sources put the dead at 20.", [(12, "killed")]),
    ],
)
def test_the_dead_put_elsewhere_are_read_as_before(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The UN envoy said he was scared by the prospect of 100,000 more deaths in Syria next year if the war went on.",
        "The prospect of another 50,000 dead in Syria should shame the Security Council, he said.",
        "A ground invasion of Gaza raises the spectre of hundreds of civilian deaths, aid groups said.",
        "Officials in Bamako fear the prospect of 2,000 dead in the north if the Islamists are not stopped.",
    ],
)
def test_a_toll_held_up_as_a_prospect_is_no_event(text: str) -> None:
    assert events(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Faced with the prospect of defeat, the rebels in Homs killed 12 prisoners.", [(12, "conflict")]),
        ("The prospect of peace faded after a bomb killed 9 soldiers in Kandahar.", [(9, "conflict")]),
    ],
)
def test_a_prospect_of_something_else_leaves_the_toll(text: str, expected: list[tuple[int, str]]) -> None:
    assert events(text) == expected


_RAMADI = "Posted by vet_0311: I hope he brings my unit home; we lost 3 guys from our unit in Ramadi this year. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Posted by sandra: My grandfather died in 1968 thinking this day would never come.",
        "My father died in 2003 hoping to see a black president, and here we are.",
        "Her mother died in 1995 never knowing what became of the farm.",
        "His wife died in 2010, still waiting for a letter from her sister in Manila.",
    ],
)
def test_a_reader_s_relative_who_died_in_a_year_thinking_of_the_day_is_no_event(sentence: str) -> None:
    assert events(_RAMADI + sentence, "Comments: the election") == [(3, "conflict")]  # the veteran's unit's own dead only


@pytest.mark.parametrize(
    "sentence",
    [
        "My son died in 2007 fighting in Basra.",
        "My brother died in 2006 hoping to see his daughter, killed by a roadside bomb in Anbar.",
    ],
)
def test_a_relative_who_died_in_the_war_stays_the_war_s(sentence: str) -> None:
    assert events(_RAMADI + sentence, "Comments: the election") == [(3, "conflict"), (1, "conflict")]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("1,400 Palestinians were killed in Cast Lead, most of them civilians.", "Reader comments"),
        ("Cast Lead killed some 1,400 Gazans in 22 days.", "Comments: the truce"),
        ("During Operation Pillar of Defense, 158 Palestinians and 6 Israelis died.", "A week of rockets"),
        ("Eight days of Pillar of Defence left 160 dead.", "Comments"),
        ("Three people were hurt, one of them seriously, in Sderot on Tuesday, medics said.", "Sirens again"),
        ("A woman and her 2 children were injured in Kiryat Malachi.", "Night of sirens"),
    ],
)
def test_israel_s_gaza_offensives_and_the_towns_their_rockets_hit_name_the_conflict(text: str, title: str) -> None:
    assert {event for _, event in events(text, title)} == {"conflict"}


@pytest.mark.parametrize(
    "text",
    [
        "The cast lead the story well, and 3 characters die in the first act of the film.",
        "In the film, whose cast is led by Tom Hanks, 40 soldiers die on the beach.",
    ],
)
def test_a_film_s_cast_stays_a_film_s(text: str) -> None:
    assert [event for _, event in events(text, "Review")] in ([], [None])


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "The Red Cross said more than 250 people had been killed across the country since the December 27 vote.",
            "Machete gangs burn houses in the Rift Valley",
        ),
        ("At least 80 people have died since the March 29 election, the MDC says.", "Gangs of youths beat voters"),
        ("Some 300 people have been killed since the disputed election, the UN says.", "Gangs loot shops in Abobo"),
    ],
)
def test_a_toll_counted_from_a_vote_is_the_unrest_s(text: str, title: str) -> None:
    assert {event for _, event in events(text, title)} == {"conflict"}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Since the election, 12 people have died in floods in the west.", "disaster"),
        ("Police say 14 people have been killed in gang shootings since the election of the new mayor.", "crime"),
    ],
)
def test_another_event_s_toll_after_a_vote_stays_its_own(text: str, event: str) -> None:
    assert {e for _, e in events(text)} == {event}
