"""The wounded an analyst records from list entries and strike reports, told in the ways half of
such texts tell them: the active "hurt", "wounded scores", the stabbed who later died, and the
one companion hurt beside one dead."""

from __future__ import annotations

import pytest

from crawler.extract.records import Tally
from crawler.extract.sentences import split_sentences
from crawler.extract.tallies import find_tallies


def tallies(text: str) -> list[Tally]:
    return find_tallies(text, split_sentences(text))


def counts(text: str) -> list[tuple[int, str]]:
    return [(t.count, t.outcome) for t in tallies(text) if t.subset_of is None and t.restates is None]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("A bomb in Kano killed three people and hurt 12.", [(3, "killed"), (12, "wounded")]),
        ("The blast killed two shoppers and hurt five others in Jos.", [(2, "killed"), (5, "wounded")]),
        ("A parcel bomb hurt four postal workers in Athens.", [(4, "wounded")]),
        ("A grenade attack on a rally in Kampala killed three people and hurt dozens.", [(3, "killed"), (24, "wounded")]),
        ("Militants hurt 14 villagers when they threw grenades into a market near Kokrajhar.", [(14, "wounded")]),
        # the participle and the noun of feeling stay what they were
        ("Two dead, 12 hurt in a bus blast in Quetta.", [(2, "killed"), (12, "wounded")]),
        ("Five people were killed and 12 hurt when a bomb exploded in Herat.", [(5, "killed"), (12, "wounded")]),
        ("Nine passengers hurt in the crash were taken to hospital.", [(9, "wounded")]),
        ("The sanctions hurt the economy of the province.", []),
        ("A friend who listened to my hurt came to the funeral.", []),
    ],
)
def test_the_active_hurt_of_a_list_entry(text: str, want: list[tuple[int, str]]) -> None:
    assert counts(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("A car bomb killed 8 people and wounded scores in Baghdad.", [(8, "killed"), (40, "wounded")]),
        ("Twin car bombs killed 11 and injured scores at a market in Kirkuk.", [(11, "killed"), (40, "wounded")]),
        ("Rockets killed two children and hurt scores in Aleppo.", [(2, "killed"), (40, "wounded")]),
        ("A car bomb killed 8 and injured scores of people in Baghdad.", [(8, "killed"), (40, "wounded")]),
        ("Scores were wounded when a car bomb exploded in Hilla.", [(40, "wounded")]),
        # "scores" as results of a game after the verb are no people
        ("The striker was injured and the team conceded scores of goals.", []),
    ],
)
def test_scores_right_after_a_verb_of_the_hurt(text: str, want: list[tuple[int, str]]) -> None:
    assert counts(text) == want
