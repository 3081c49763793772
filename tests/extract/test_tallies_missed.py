"""Constructions whose figure was missed or counted twice: people burned alive."""

from __future__ import annotations

import pytest

from crawler.extract.records import Tally
from crawler.extract.sentences import split_sentences
from crawler.extract.tallies import find_tallies


def tallies(text: str) -> list[Tally]:
    return find_tallies(text, split_sentences(text))


def counts(text: str) -> list[tuple[int, str]]:
    return [(t.count, t.outcome) for t in tallies(text)]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The militants set fire to the chapel, burning at least 30 worshippers alive.", 30),
        ("Gunmen burned 12 villagers alive inside their homes near Kaduna.", 12),
        ("A mob burned two suspected thieves alive at the market in Goma on Sunday.", 2),
        ("Attackers barricaded the doors and burnt seven people alive, witnesses said.", 7),
        ("Rebels are accused of burning dozens of farmers alive.", 24),
    ],
)
def test_people_burned_alive_were_killed(text: str, count: int) -> None:
    assert counts(text) == [(count, "killed")]


@pytest.mark.parametrize(
    "text",
    [
        "The soldiers burned 40 houses in the village of Dogo.",
        "The fire burned for hours, but all 12 miners were found alive.",
        "Arsonists burned three shops and left two guards alive but shaken.",
    ],
)
def test_burning_things_or_people_found_alive_is_no_death(text: str) -> None:
    assert [c for c in counts(text) if c[1] == "killed"] == []
