"""Who is named in wire copy: "US" in capitals is the country, not the pronoun ("two US soldiers"
are counted, and American); a title before a single name makes it one person ("Sheikh Ahmed")."""

from __future__ import annotations

import pytest

from crawler.extract.sentences import split_sentences
from crawler.extract.tallies import find_tallies


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Two US soldiers were killed by a roadside bomb in Diyala province.", 2),
        ("A US Marine was killed in Helmand on Saturday, the military said.", 1),
        ("A roadside bomb killed three US soldiers north of Baghdad.", 3),
    ],
)
def test_us_soldiers_are_american_soldiers(text: str, count: int) -> None:
    found = find_tallies(text, split_sentences(text))
    assert [(t.count, t.nationality, t.role) for t in found] == [(count, "American", "soldiers")]


def test_us_the_pronoun_names_nobody() -> None:
    text = "They told us that 3 were killed."
    assert [(t.count, t.nationality) for t in find_tallies(text, split_sentences(text))] == [(3, None)]


@pytest.mark.parametrize(
    "text",
    ["The airstrike killed Sheikh Ahmed and his two sons.", "A drone strike killed Commander Hakimullah and 2 guards."],
)
def test_a_title_and_one_name_is_one_person(text: str) -> None:
    found = find_tallies(text, split_sentences(text))
    assert [t.count for t in found] == [1, 2]
