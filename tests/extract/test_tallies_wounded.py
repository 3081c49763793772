"""Wounded figures: the constructions that tell how many were hurt, and the near misses that
must keep their reading (subjects with an unclosed "including" aside, people trapped under
rubble, the wounded told with other verbs and nouns)."""

from __future__ import annotations

from datetime import date

import pytest

from crawler.extract.document import extract_document
from crawler.extract.records import Tally
from crawler.extract.restatements import event_tallies
from crawler.extract.sentences import split_sentences
from crawler.extract.tallies import find_tallies


def tallies(text: str) -> list[Tally]:
    return find_tallies(text, split_sentences(text))


def wholes(text: str) -> list[tuple[int, str]]:
    """(count, outcome) of the tallies that are not part of another one."""
    return [(t.count, t.outcome) for t in tallies(text) if t.subset_of is None]


def event_sum(text: str, outcome: str) -> int:
    """The figure of ``outcome`` for the text's event, each person counted once."""
    found = extract_document(text, date(2024, 3, 4)).tallies
    return sum(t.count for t in event_tallies(found) if t.outcome == outcome and not t.cumulative)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Six, including an American were injured in a bomb blast at the air base.", [(6, "wounded")]),
        ("Eleven, including two policemen were wounded when the bomb went off in Jalalabad.", [(11, "wounded")]),
        ("Nine people, including three women and a child were hurt in the crush at the stadium.", [(9, "wounded")]),
        ("Fourteen villagers, including a local imam were killed in the raid on Dogo.", [(14, "killed")]),
        ("Four soldiers were killed and 20, including a colonel were wounded.", [(4, "killed"), (20, "wounded")]),
    ],
)
def test_a_counted_subject_keeps_its_figure_when_the_including_aside_is_not_closed(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert wholes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the people before the comma are the object of an earlier verb, not the subject
        ("Police evacuated 40 residents, including two children were hurt.", [(2, "wounded")]),
        # not people before the comma
        ("As reported by several news channels, including Al-Quds and Wattan, the dead were buried.", []),
        # a closed aside is read as before
        ("Six, including an American, were injured in the bombing.", [(6, "wounded")]),
        ("Five including three militiamen were killed near the border.", [(5, "killed")]),
    ],
)
def test_near_misses_of_the_unclosed_including_aside(text: str, expected: list[tuple[int, str]]) -> None:
    assert wholes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "More than 40 people were buried under the rubble of the apartment block.",
        "Rescuers said 15 residents, including six children, were buried under rubble after the quake.",
        "A young woman was wounded and had been buried under the rubble for hours before she was freed.",
    ],
)
def test_people_buried_under_rubble_are_trapped_not_dead(text: str) -> None:
    assert all(outcome != "killed" for _, outcome in wholes(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ten fighters were buried in the village cemetery on Friday.", [(10, "killed")]),
        ("Relatives buried 12 victims of the massacre on Sunday.", [(12, "killed")]),
    ],
)
def test_people_buried_in_a_grave_are_still_dead(text: str, expected: list[tuple[int, str]]) -> None:
    assert wholes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three severely injured children were taken to the clinic in Rafah.", [(3, "wounded")]),
        ("Two critically wounded soldiers were flown to the military hospital in Kabul.", [(2, "wounded")]),
        ("Footage showed four seriously injured men being carried from the rubble.", [(4, "wounded")]),
    ],
)
def test_a_count_before_how_badly_and_the_participle_counts_the_people_it_describes(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert wholes(text) == expected


def test_a_later_count_of_badly_hurt_people_outnumbers_the_others_injured() -> None:
    text = (
        "On March 3, the shelling killed six civilians and injured others in the town. "
        "Photos showed at least five badly wounded children being treated at the clinic."
    )
    assert event_sum(text, "wounded") == 5


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the adverb before an active verb: its object is counted, as before
        ("Gunmen killed 4 and seriously wounded 6 policemen near Quetta.", [(4, "killed"), (6, "wounded")]),
        ("The blast killed two and badly injured three others.", [(2, "killed"), (3, "wounded")]),
    ],
)
def test_how_badly_before_an_active_verb_keeps_its_object(text: str, expected: list[tuple[int, str]]) -> None:
    assert wholes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eleven people, police said, were wounded in the market blast.", [(11, "wounded")]),
        ("At least 14 others, according to the health ministry, were injured.", [(14, "wounded")]),
        (
            "Five civilians were killed and at least nine others, based on images, were injured in the strike.",
            [(5, "killed"), (9, "wounded")],
        ),
        ("Seven miners, the company said, have died of their injuries.", [(7, "killed")]),
        ("Two soldiers were killed and, police said, four others were wounded.", [(2, "killed"), (4, "wounded")]),
    ],
)
def test_a_source_set_between_the_counted_people_and_their_verb_is_stepped_over(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert wholes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no people before the aside: nothing counted
        ("Residents of the village, according to the army, were evacuated before the shelling.", []),
        # other asides and a source after the subject are read as before
        ("Eleven people, mostly children, were hurt in the stampede.", [(11, "wounded")]),
        ("The army, officials said, killed 12 militants in the raid.", [(12, "killed")]),
    ],
)
def test_near_misses_of_the_source_aside(text: str, expected: list[tuple[int, str]]) -> None:
    assert wholes(text) == expected


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("In the town of Tulkarm three youths were wounded by gunfire.", "three youths"),
        ("Later in the municipality of San Vicente four farmers were slightly injured.", "four farmers"),
        ("At Camp Bastion two British soldiers were hurt in a rocket attack.", "two British soldiers"),
    ],
)
def test_the_people_begin_at_the_figure_after_a_place_fronted_without_a_comma(text: str, people: str) -> None:
    (found,) = tallies(text)
    assert text[found.start :].startswith(people)


def test_a_second_bomb_told_after_a_place_fronted_without_a_comma_adds_its_wounded() -> None:
    text = (
        "A car bomb went off near the market of Toribio on Monday, leaving three civilians injured. "
        "Later in the village of El Palo five civilians were injured by the blast of another car bomb."
    )
    assert event_sum(text, "wounded") == 8


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two of the four soldiers of the convoy were wounded.", [(2, "wounded")]),
        ("Members of the Abu Arram family were injured in the raid.", []),
    ],
)
def test_near_misses_of_the_place_fronted_without_a_comma(text: str, expected: list[tuple[int, str]]) -> None:
    assert wholes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A community leader was shot dead and his wife were injuried in the attack.", [(1, "killed"), (1, "wounded")]),
        ("Three policemen were injuried when a grenade exploded at the checkpoint.", [(3, "wounded")]),
        ("Three people were kiled and two injured in the blast.", [(3, "killed"), (2, "wounded")]),
        ("Gunmen kiled four soldiers at the post.", [(4, "killed")]),
    ],
)
def test_the_common_misspellings_injuried_and_kiled_are_read(text: str, expected: list[tuple[int, str]]) -> None:
    assert wholes(text) == expected


@pytest.mark.parametrize(
    "place",
    ['near the "Green Zone"', "near the “Green Zone”", "outside the “Grand Mosque”"],
)
def test_a_name_in_quote_marks_does_not_make_an_added_figure_a_report(place: str) -> None:
    text = (
        "Two car bombs exploded outside the ministry on Sunday, killing 9 people and injuring 14 others. "
        f"Soon after, a gunman opened fire at a checkpoint {place}, killing an additional three people "
        "and wounding six others."
    )
    assert (event_sum(text, "killed"), event_sum(text, "wounded")) == (12, 20)


def test_a_quotation_still_reports_the_same_wounded_again() -> None:
    text = (
        "A car bomb exploded outside the ministry on Sunday, killing 9 people and injuring 14 others. "
        "A witness told the agency that “at least 16 people were wounded” in the blast."
    )
    assert event_sum(text, "wounded") == 14
