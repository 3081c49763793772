"""An earlier event told in a relative clause of the attack: "Two policemen were wounded in the
attack, which came a day after 20 people were injured in a bombing" (the 20 are of the earlier
bombing), up to the clause's end ("The attack, which followed a gun battle, killed 14": this
one's toll)."""

from __future__ import annotations

import pytest

from crawler.extract.sentences import split_sentences
from crawler.extract.tallies import find_tallies


def _toll(text: str) -> tuple[list[int], list[int]]:
    tallies = [t for t in find_tallies(text, split_sentences(text)) if not t.outside_the_sum and t.subset_of is None]
    return [t.count for t in tallies if t.outcome == "killed"], [t.count for t in tallies if t.outcome == "wounded"]


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (
            "Two policemen were wounded in the attack, which came a day after 20 people were injured in a "
            "bombing in the same district.",
            ([], [2]),
        ),
        (
            "Four soldiers were killed in the blast, which came two days after militants killed 11 people in Kandahar.",
            ([4], []),
        ),
        ("Three villagers died in the raid that came a week after gunmen killed nine herders nearby.", ([3], [])),
    ],
)
def test_the_earlier_event_of_a_relative_clause_gives_no_toll(text: str, toll: tuple[list[int], list[int]]) -> None:
    assert _toll(text) == toll


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("The attack, which followed a gun battle, killed 14 people and wounded 20.", ([14], [20])),
        ("The attack, which came a day after a gun battle, killed 14 people.", ([14], [])),
        ("A second blast, which followed minutes later, killed 14 people.", ([14], [])),
    ],
)
def test_the_toll_after_the_relative_clause_is_the_attacks_own(text: str, toll: tuple[list[int], list[int]]) -> None:
    assert _toll(text) == toll
