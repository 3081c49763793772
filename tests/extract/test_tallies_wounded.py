"""Wounded figures: the constructions that tell how many were hurt, and the near misses that
must keep their reading (subjects with an unclosed "including" aside, people trapped under
rubble, the wounded told with other verbs and nouns)."""

from __future__ import annotations

import pytest

from crawler.extract.records import Tally
from crawler.extract.sentences import split_sentences
from crawler.extract.tallies import find_tallies


def tallies(text: str) -> list[Tally]:
    return find_tallies(text, split_sentences(text))


def wholes(text: str) -> list[tuple[int, str]]:
    """(count, outcome) of the tallies that are not part of another one."""
    return [(t.count, t.outcome) for t in tallies(text) if t.subset_of is None]


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
