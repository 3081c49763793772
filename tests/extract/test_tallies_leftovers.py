"""Constructions of news and monitor English left unread by earlier rounds: a part of those an
active "shot" counts told with "fatally", ..."""

from __future__ import annotations

import pytest

from crawler.extract.records import Tally
from crawler.extract.sentences import split_sentences
from crawler.extract.tallies import find_tallies


def tallies(text: str) -> list[Tally]:
    return find_tallies(text, split_sentences(text))


def counts(text: str) -> list[tuple[int, str]]:
    return sorted((t.count, t.outcome) for t in tallies(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen on motorbikes shot four people, two fatally, at a bus stop in Maiduguri.", [(2, "killed"), (2, "wounded")]),
        ("A gunman shot five worshippers, two of them fatally, outside a mosque in Kaduna on Friday.",
         [(2, "killed"), (3, "wounded")]),
        ("Police shot two protesters, both fatally, during the march in Nairobi.", [(2, "killed")]),
        ("Soldiers shot 12 villagers, three of whom fatally, near the border post.", [(3, "killed"), (9, "wounded")]),
        # held back while the rule was written
        ("An off-duty officer shot three teenagers, one fatally, after an argument in a car park.",
         [(1, "killed"), (2, "wounded")]),
    ],
)
def test_a_part_of_those_an_active_shot_counts_told_fatally_was_killed(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert counts(text) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot four people, two in the legs, at a checkpoint.",
        "Gunmen shot four people, two seriously, in the market.",
        "The gunmen shot four people in the attack.",
    ],
)
def test_those_shot_with_no_part_told_fatally_give_nothing(text: str) -> None:
    assert counts(text) == []
