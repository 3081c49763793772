"""A toll "left" as casualties and then divided into its dead: "The attack left 12 casualties,
including three dead" counts three dead and nine wounded (``casualty_splits``), not 12 dead."""

from __future__ import annotations

import pytest

from crawler.extract.sentences import split_sentences
from crawler.extract.tallies import find_tallies


def _toll(text: str) -> tuple[list[int], list[int]]:
    tallies = [t for t in find_tallies(text, split_sentences(text)) if t.subset_of is None]
    return [t.count for t in tallies if t.outcome == "killed"], [t.count for t in tallies if t.outcome == "wounded"]


@pytest.mark.parametrize(
    "text",
    [
        "The attack left 12 casualties, including three dead.",
        "The roadside bomb left 12 casualties, including three killed, police said.",
        "The attack left 12 Afghan casualties, including three dead.",
    ],
)
def test_casualties_left_then_divided_into_their_dead(text: str) -> None:
    assert _toll(text) == ([3], [9])


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("The attack left 12 people dead, including three children.", ([12], [])),
        ("The clashes left 40 dead and 12 casualties among the police.", ([40], [])),
        ("The bombing left 25 casualties.", ([], [])),
        ("The blast left 30 dead and 45 wounded, including 10 children.", ([30], [45])),
    ],
)
def test_people_left_dead_stay_dead_and_undivided_casualties_stay_nothing(
    text: str, toll: tuple[list[int], list[int]]
) -> None:
    assert _toll(text) == toll
