"""The wounded told hospital by hospital, casualties divided into their dead, and a year after its
month before a verb of death."""

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
    ("text", "expected"),
    [
        ("A bombing of commuter trains in March 2004 killed 191 people.", [(191, "killed")]),
        ("A bomb blast at a bus station in Urumqi in April 2014 killed 3 and injured 79.", [(3, "killed"), (79, "wounded")]),
        ("The car bomb in Sept. 2011 wounded 40 people.", [(40, "wounded")]),
        ("A suicide attack in Kabul in 2016 killed 80.", [(80, "killed")]),
    ],
)
def test_a_year_after_its_month_before_the_verb_dates_the_event(text: str, expected: list[tuple[int, str]]) -> None:
    assert toll(text) == expected


def test_a_number_of_people_after_a_month_still_counts_them() -> None:
    assert toll("By June 2000 civilians had been killed in the fighting.") == [(2000, "killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The death toll in Kramatorsk rose from 20 to 27 on Sunday.", [(27, "killed")]),
        ("Health officials raised the number of wounded from 20 to 27. Three were killed.", [(27, "wounded"), (3, "killed")]),
        ("The number of injured in the Jos clashes has risen from 12 to 19.", [(19, "wounded")]),
        ("The death toll of the Sumy strike has climbed from 8 to 11.", [(11, "killed")]),
    ],
)
def test_a_figure_that_rose_from_one_number_to_another_is_the_new_number(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert toll(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Between 20 and 27 people were killed in the raid.", [(20, 27)]),
        ("From 20 to 27 people were killed in each raid, witnesses said.", [(20, 27)]),
    ],
)
def test_a_range_after_no_verb_of_change_stays_a_range(text: str, expected: list[tuple[int, int | None]]) -> None:
    assert [(t.count, t.count_max) for t in extract_document(text, None).tallies] == expected


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The injury count reached 61 by Sunday, and the dead numbered 18.", [(61, "wounded"), (18, "killed")]),
        ("The death count from the Kherson shelling reached 9 on Monday.", [(9, "killed")]),
        ("Officials said the death count had risen to 27, with 80 injured.", [(27, "killed"), (80, "wounded")]),
        ("The wounded count at Al-Awda hospital stood at 12.", [(12, "wounded")]),
    ],
)
def test_a_count_named_by_its_harm_is_a_toll(text: str, expected: list[tuple[int, str]]) -> None:
    assert toll(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The body count of the film reached 40.",
        "The votes that officials count each night reached 61.",
    ],
)
def test_a_count_of_no_harm_is_no_toll(text: str) -> None:
    assert toll(text) == []


def ranges(text: str) -> list[tuple[int, int | None, str]]:
    """The (count, count_max, outcome) of every figure, in reading order."""
    return [(t.count, t.count_max, t.outcome) for t in extract_document(text, None).tallies]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministry said 3 people were killed and 12 wounded; the Red Cross put the wounded at 15.",
            [(3, None, "killed"), (12, 15, "wounded")],
        ),
        (
            "Officials in Aden said 9 were injured, while medics put the injured at 11.",
            [(9, 11, "wounded")],
        ),
        ("Police said 12 were killed in Bunia, while local sources put the dead at 20.", [(12, 20, "killed")]),
    ],
)
def test_a_second_source_s_figure_for_the_people_it_names_widens_theirs(
    text: str, expected: list[tuple[int, int | None, str]]
) -> None:
    assert ranges(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministry said 3 people were killed and 12 wounded; the Red Cross put the dead at 5.",
            [(3, None, "killed"), (12, None, "wounded")],
        ),
        ("Officials said 12 were wounded, while some sources put the dead at 20.", [(12, None, "wounded")]),
    ],
)
def test_a_second_source_s_figure_for_other_people_widens_no_figure_of_the_wounded(
    text: str, expected: list[tuple[int, int | None, str]]
) -> None:
    assert ranges(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Monitors counted 28 injured in Homs, 9 in Hama and 4 in Latakia.",
            [(28, "wounded"), (9, "wounded"), (4, "wounded")],
        ),
        (
            "Five people were wounded in Kunduz, 3 in Herat, 2 in Kandahar and 1 in Balkh.",
            [(5, "wounded"), (3, "wounded"), (2, "wounded"), (1, "wounded")],
        ),
        (
            "Eleven civilians were killed in Bunia, 4 in Djugu and 2 in Mahagi, the UN said.",
            [(11, "killed"), (4, "killed"), (2, "killed")],
        ),
    ],
)
def test_a_list_of_places_after_one_outcome_gives_each_place_s_figure_that_outcome(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert toll(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Twenty people were killed, 30 in Gaza alone.", [(20, "killed")]),
        ("Twenty people were killed in Syria, 12 in Aleppo.", [(20, "killed")]),
        ("Twelve people were wounded in Homs, 9 of them children.", [(12, "wounded")]),
        ("Ten people were killed in Kabul, 3 on Monday and 4 on Tuesday.", [(10, "killed")]),
    ],
)
def test_a_figure_after_a_comma_that_may_be_a_part_is_no_place_of_a_list(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert toll(text) == expected
