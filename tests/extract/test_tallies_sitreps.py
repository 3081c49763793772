"""Humanitarian situation reports, event-data notes and military communiqués: running totals
since the start of an outbreak or an escalation, shares of a toll given in per cent, fields
labelled "Total fatalities", figures "reported" or "confirmed", and "personnel" losses."""

from __future__ import annotations

import pytest

from crawler.extract.export import event_tallies_json
from crawler.extract.records import Tally
from crawler.extract.sentences import split_sentences
from crawler.extract.tallies import find_tallies


def tallies(text: str) -> list[Tally]:
    return find_tallies(text, split_sentences(text))


def counts(text: str) -> list[tuple[int, str]]:
    return [(t.count, t.outcome) for t in tallies(text)]


def figures(text: str) -> list[tuple[int, str, str]]:
    """(count, outcome, figure) of each tally, as a report dated 1 May 2024 gives them."""
    return [(f["count"], f["outcome"], f["figure"]) for f in event_tallies_json(text, "2024-05-01")]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("At least 29,000 people, 70 per cent of them women and children, have been killed in the strikes.", 29000),
        ("Some 1,450 civilians, 60% of them children, were killed in the governorate.", 1450),
        ("At least 312 people, 40 percent of whom were women, died in the shelling of the city.", 312),
    ],
)
def test_a_share_in_per_cent_of_the_people_is_an_aside(text: str, count: int) -> None:
    assert counts(text) == [(count, "killed")]


def test_a_share_that_is_not_of_the_people_stays_no_aside() -> None:
    assert counts("At least 290 people, 70% of the population, were displaced.") == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Since the beginning of the outbreak, 2,345 cholera deaths have been reported across 11 states.", 2345),
        ("OHCHR has verified 9,614 civilian deaths since the full-scale invasion began.", 9614),
        ("More than 6,000 civilians have been killed in Myanmar since the coup, according to AAPP.", 6000),
        ("Since the start of the latest escalation, 412 people have been killed in the south.", 412),
        ("Some 730 people have died since the epidemic began, WHO said.", 730),
        ("Since the start of the ground operation, 260 soldiers have been killed, the army said.", 260),
    ],
)
def test_since_the_start_of_an_outbreak_or_escalation_is_a_running_total(text: str, count: int) -> None:
    assert figures(text) == [(count, "killed", "running_total")]


@pytest.mark.parametrize(
    "text",
    [
        "Twelve protesters were killed on Monday in the worst violence since the coup.",
        "The coup leaders' troops killed 12 protesters on Monday.",
    ],
)
def test_a_coup_compared_to_or_named_is_no_running_total(text: str) -> None:
    assert figures(text) == [(12, "killed", "toll")]


@pytest.mark.parametrize(
    "text",
    [
        "Over the past day, the enemy lost 820 personnel.",
        "The General Staff said the enemy had lost 1,140 personnel, 12 tanks and 25 artillery systems.",
        "Russia has lost 1,230 personnel and 8 tanks over the past 24 hours, the ministry said.",
    ],
)
def test_personnel_lost_in_daily_figures_are_killed_and_wounded_together(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The army lost 13 soldiers in the ambush near Kidal.", 13),
        ("The battalion lost four men and two vehicles in the raid.", 4),
        ("I lost two friends in the Bataclan attack.", 2),
        ("The family lost three neighbours in the shelling of the street.", 3),
    ],
)
def test_soldiers_or_men_lost_are_still_killed(text: str, count: int) -> None:
    assert counts(text) == [(count, "killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Total fatalities: 35 (20 ADF, 15 civilians)", [(35, "killed"), (20, "killed"), (15, "killed")]),
        ("Reported fatalities: 12", [(12, "killed")]),
        ("Notes: clashes near Anefis. Total fatalities: 16.", [(16, "killed")]),
        ("Location: Djibo; confirmed deaths: 7.", [(7, "killed")]),
    ],
)
def test_a_fatalities_label_with_a_word_before_it_is_a_field(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


def test_a_total_without_an_outcome_label_is_no_field() -> None:
    assert counts("Incidents recorded: 14. Total: 16") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ACLED records 5 reported fatalities in clashes between herders and farmers.", [(5, "killed")]),
        ("The clashes caused 5 confirmed deaths and 8 injuries.", [(5, "killed"), (8, "wounded")]),
        ("The Mission recorded 9 verified civilian deaths in the district.", [(9, "killed")]),
    ],
)
def test_a_figure_reported_or_confirmed_before_its_noun(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


def test_reported_cases_are_no_deaths() -> None:
    assert counts("The district had 30 reported cases of cholera.") == []


def test_a_verb_reported_after_its_subject_is_no_figure_told_as_reported() -> None:
    assert counts("Multiple sources reported injuries after the strike on the camp.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deaths (civilians): 14", [(14, "killed")]),
        ("Injured (children): 22. Killed (soldiers): 3.", [(22, "wounded"), (3, "killed")]),
        ("Kherson oblast. Deaths (civilians): 4; injured (civilians): 11.", [(4, "killed"), (11, "wounded")]),
    ],
)
def test_a_label_with_its_people_in_brackets_is_a_field_of_a_table_turned_into_lines(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize("text", ["Deaths (see note 3): 14", "Deaths (2023): 14"])
def test_a_bracket_with_a_number_after_a_label_is_no_field(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The firm lost two colleagues to a rival bank.",  # workmates leave firms
        "She lost contact with two friends after the move.",
        "Labour lost 40 seats in the election.",
    ],
)
def test_what_is_lost_that_is_no_death(text: str) -> None:
    assert counts(text) == []

