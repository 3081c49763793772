"""An army, a town or a family that "lost" people: a casualty figure only when the people are
armed men, kin or people; the same verb with seats, jobs, staff or games is no casualty."""

from __future__ import annotations

import pytest

from crawler.extract.sentences import split_sentences
from crawler.extract.tallies import find_tallies


def counts(text: str) -> list[tuple[int, str]]:
    return [(t.count, t.outcome) for t in find_tallies(text, split_sentences(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Syrian army has lost more than 1,000 soldiers since the uprising began.", [(1000, "killed")]),
        ("Britain has lost 400 troops in Afghanistan since 2001.", [(400, "killed")]),
        ("The battalion lost 13 men in the raid, the ministry said.", [(13, "killed")]),
        ("I lost two brothers in the war and nobody ever apologised.", [(2, "killed")]),
        ("He lost his two sons in the 2006 war.", [(2, "killed")]),
        ("The rebels admitted losing 9 fighters in the assault.", [(9, "killed")]),
    ],
)
def test_people_lost_are_killed(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Labour lost 40 seats in the election.",
        "The company lost 3,000 jobs last year.",
        "The firm lost 200 employees after the merger.",
        "The school lost 40 students when the new academy opened.",
        "The club lost two players to injury before the final.",
        "They lost 2-1 to Chelsea on Saturday.",
        "He lost 20 pounds on the new diet.",
        "The patrol lost contact with 3 soldiers after the storm.",
    ],
)
def test_other_things_lost_are_no_casualty(text: str) -> None:
    assert counts(text) == []
