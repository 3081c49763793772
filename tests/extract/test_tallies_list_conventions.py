"""Entries of lists of attacks ("List of terrorist incidents in 2014" and the like): entries pasted
with no space after a sentence's dot are still read sentence by sentence."""

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
    ("text", "sentences"),
    [
        ("Two gunmen attacked a church in Minya on Sunday.Three worshippers were killed.",
         ["Two gunmen attacked a church in Minya on Sunday.", "Three worshippers were killed."]),
        ("A bomb exploded in a market in Jos.Locals said nine people died.No group claimed it.",
         ["A bomb exploded in a market in Jos.", "Locals said nine people died.", "No group claimed it."]),
    ],
)
def test_a_sentence_run_on_without_its_space_is_split(text: str, sentences: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == sentences


@pytest.mark.parametrize(
    "text",
    [
        "Write to press.Office@example.org for the list.",
        "The account posted on news.Yahoo.com that evening.",
        "He spoke to Mrs.Smith at the U.S.Army base.",
        "The figures came from bbc.Co.uk and were later revised.",
    ],
)
def test_addresses_titles_and_initials_run_on_stay_one_sentence(text: str) -> None:
    assert len(split_sentences(text)) == 1


def test_an_entry_run_on_is_read_per_sentence() -> None:
    text = ("Two female suicide bombers attacked a village in Cameroon on Friday.One of them set off her "
            "bomb at a mosque, killing a worshipper.Soldiers shot dead the second bomber before she could "
            "detonate.")
    assert counts(text) == [(1, "killed"), (1, "killed")]
