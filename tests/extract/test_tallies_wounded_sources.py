"""The wounded told hospital by hospital, and casualties divided into their dead."""

from __future__ import annotations

import pytest

from crawler.extract.document import extract_document


def toll(text: str) -> list[tuple[int, str]]:
    """The (count, outcome) of the figures the event's sum adds, in reading order."""
    return [(t.count, t.outcome) for t in extract_document(text, None).tallies if t.figure == "toll"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The blast caused 30 casualties, including 8 dead.", [(22, "wounded"), (8, "killed")]),
        ("Officials reported 12 casualties, four of them fatal.", [(8, "wounded"), (4, "killed")]),
        ("The attack on the checkpoint left 25 casualties, 6 of whom died.", [(19, "wounded"), (6, "killed")]),
        (
            "There were 17 casualties, including 3 fatalities, after the shelling of Toretsk.",
            [(14, "wounded"), (3, "killed")],
        ),
        ("A bomb at a bus stop in Haifa caused 22 casualties, one of them fatal.", [(21, "wounded"), (1, "killed")]),
        ("The riot in Kisumu left 15 casualties, none of them fatal.", [(15, "wounded")]),
        (
            "The ambush on the convoy near Gao caused 18 casualties, of whom 7 were killed.",
            [(11, "wounded"), (7, "killed")],
        ),
        ("The shelling left 22 Palestinian casualties, three of them fatal.", [(19, "wounded"), (3, "killed")]),
    ],
)
def test_casualties_divided_into_their_dead_leave_the_rest_wounded(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert toll(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The battalion suffered 42 casualties.", []),
        ("The blast caused 30 casualties, including 8 children.", []),
        (
            "Hospital sources reported 40 casualties, including 11 dead and 29 wounded.",
            [(11, "killed"), (29, "wounded")],
        ),
    ],
)
def test_casualties_not_divided_into_their_dead_give_no_wounded_of_their_own(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert toll(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nasser hospital received 19 wounded and the European Hospital received 7, medics said.",
            [(19, "wounded"), (7, "wounded")],
        ),
        (
            "Medina hospital said it received 26 wounded and Erdogan hospital treated 11.",
            [(26, "wounded"), (11, "wounded")],
        ),
        (
            "Emergency hospital treated 31 wounded, while Wazir Akbar Khan hospital admitted 12.",
            [(31, "wounded"), (12, "wounded")],
        ),
        ("Al-Shifa hospital received 28 injured and al-Aqsa hospital received 6.", [(28, "wounded"), (6, "wounded")]),
    ],
)
def test_the_next_hospital_s_bare_number_is_more_of_the_wounded(text: str, expected: list[tuple[int, str]]) -> None:
    assert toll(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nine people were wounded and the hospital received 3.", [(9, "wounded")]),
        ("Shifa hospital received 20 wounded, while a hospital in Rafah received 7 bodies.", [(20, "wounded"), (7, "killed")]),
        ("Nasser hospital received 19 wounded on Tuesday.", [(19, "wounded")]),
    ],
)
def test_a_number_after_no_hospital_s_wounded_or_with_its_own_noun_is_no_share(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert toll(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The battalion suffered 42 casualties, including 10 dead.",
        "The marines sustained 17 casualties, three of them fatal, in the battle for the ridge.",
    ],
)
def test_a_force_s_losses_divided_into_their_dead_leave_no_wounded(text: str) -> None:
    """An army's casualties count its missing and captured too."""
    assert [outcome for _, outcome in toll(text)] == ["killed"]
