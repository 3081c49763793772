"""Casualty news in the English of South Asian and African papers and wires, and the incident
lists that copy it: "an army personnel and two militants were killed in an encounter", "a Naik
and a Sepoy embraced shahadat", "martyring four soldiers", "the duo were shot dead", "a score of
villagers", "two of the injured were declared brought dead", "were, however, injured"."""

from __future__ import annotations

import pytest

from crawler.extract.document import extract_document
from crawler.extract.export import event_tallies_json
from crawler.extract.sentences import split_sentences
from crawler.extract.tallies import find_tallies


def counts(text: str) -> list[tuple[int, str]]:
    return [(t.count, t.outcome) for t in find_tallies(text, split_sentences(text))]


def totals(text: str) -> tuple[int, int, int]:
    """Killed, wounded and captured of the text's own event, as the figures of its toll sum."""
    figures = [f for f in event_tallies_json(text, "2021-05-04") if not f["cumulative"]]
    killed, wounded, captured = (sum(f["count"] for f in figures if f["outcome"] == o) for o in ("killed", "wounded", "captured"))
    return killed, wounded, captured


def events(text: str) -> list[str]:
    return [t.event for t in extract_document(text, None).tallies]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Suspected herdsmen have killed a score of villagers in Agatu local government area.", [(20, "killed")]),
        ("A score of people were injured when police lathi-charged the protesters in Patna.", [(20, "wounded")]),
        ("Over a score of persons were injured in the clash at the weekly market.", [(20, "wounded")]),
        ("Bandits abducted a score of farmers from their fields near Tsafe.", [(20, "captured")]),
    ],
)
def test_a_score_of_people_is_twenty(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The team won the title with a score of 85 points.",
        "She finished with a score of 9.5 from the judges.",
        "Kenya beat Uganda by a score of three goals to one.",
    ],
)
def test_a_score_of_points_is_no_people(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An army personnel and two militants were killed in an encounter in Kupwara on Sunday.",
            [(1, "killed"), (2, "killed")],
        ),
        ("A BSF personnel was injured in unprovoked firing from across the border in Samba.", [(1, "wounded")]),
        ("A CRPF personnel was martyred when terrorists attacked a naka party in Srinagar.", [(1, "killed")]),
        ("Five army personnel were killed in the ambush in Kathua district.", [(5, "killed")]),
    ],
)
def test_a_personnel_is_one_member_of_the_forces(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


def test_a_personnel_carrier_is_no_person() -> None:
    assert counts("An armoured personnel carrier was destroyed in the blast near Kandahar.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The duo were shot dead by militants near their home in Tral.", [(2, "killed")]),
        ("The trio were abducted from their farm by bandits in Birnin Gwari.", [(3, "captured")]),
        ("The duo were injured when miscreants hurled crude bombs at them.", [(2, "wounded")]),
    ],
)
def test_the_duo_and_the_trio_are_two_and_three(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


def test_a_trio_of_gunmen_are_the_killers_not_the_dead() -> None:
    assert counts("A trio of gunmen shot dead a trader in Pulwama.") == [(1, "killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Both the militants were killed in the encounter at Hajin.", [(2, "killed")]),
        ("Both the soldiers were injured in the shelling along the LoC.", [(2, "wounded")]),
        ("Both his sons were shot dead by unknown gunmen in Bajaur.", [(2, "killed")]),
        ("Militants shot dead both the brothers outside their shop.", [(2, "killed")]),
    ],
)
def test_both_before_the_or_a_possessive_counts_two(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


def test_both_the_one_and_the_other_stay_two_people() -> None:
    assert counts("The blast killed both the driver and the conductor of the bus.") == [(2, "killed")]
