"""Summaries of a day's violence (lists of incidents, wire round-ups, monitor reports) tell several
events one after another: a figure of another place or another phase of the fighting adds to those
told before, while the same event told again by another source or in more detail does not."""

from __future__ import annotations

from datetime import date

import pytest

from crawler.extract.document import extract_document
from crawler.extract.restatements import event_tallies


def _event_sum(text: str, outcome: str = "killed") -> int:
    """The document's own toll of ``outcome``: the summed figures, each at the top of its range."""
    tallies = extract_document(text, date(2024, 3, 5)).tallies
    return sum(
        max(t.count, t.count_max or 0) for t in event_tallies(tallies) if t.outcome == outcome and not t.cumulative
    )


@pytest.mark.parametrize(
    ("text", "total"),
    [
        (
            "Three people were killed in an airstrike on Gaza City. "
            "In the town of Jenin, three youths were killed by army fire.",
            6,
        ),
        (
            "At least six people were killed by two car bombs in the centre of Mosul. "
            "In Abu Ghraib, police found the body of a local rights activist.",
            7,
        ),
        (
            "Two people were killed when a rocket hit a house in Sderot. "
            "In Ashkelon, two people were killed when a rocket struck a car.",
            4,
        ),
        (
            "Four policemen were killed by a roadside bomb in Kandahar. "
            "In Helmand province, four policemen died when their vehicle hit a mine.",
            8,
        ),
        ("Gunmen killed two shopkeepers in Tal Afar. In western Baghdad, gunmen shot dead two people.", 4),
        (
            "Militants stormed a checkpoint in Kirkuk, killing 3 policemen. "
            "On the same day in Tikrit, a roadside bomb killed 3 policemen.",
            6,
        ),
        (
            "Eight civilians were killed by shelling in Douma. In Harasta, activists said eight people were killed.",
            16,
        ),
    ],
)
def test_a_sentence_opening_on_a_new_place_tells_another_event(text: str, total: int) -> None:
    assert _event_sum(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # the place was named before
        (
            "Seven people were killed in the bombing in the Karrada district of Baghdad. "
            "In Karrada, police said seven people were killed.",
            7,
        ),
        # the event told again by name
        (
            "Seven people were killed when gunmen stormed a wedding in Nangarhar province. "
            "In Jalalabad, the governor's spokesman said seven people had died in the attack.",
            7,
        ),
        # no place named before: the opening says where the one event was
        (
            "A gunman killed five worshippers at a mosque on Friday. "
            "In Jalalabad, the governor's spokesman said five people had died.",
            5,
        ),
        # a toll of a whole country or of many places may take the place in
        (
            "Violence across Iraq killed 20 people on Sunday. In Hillah, a car bomb killed 12 people. "
            "In Kirkuk, gunmen killed 5 people.",
            20,
        ),
        (
            "Attacks in Syria killed 20 people on Friday. In Daraa, a car bomb killed 12 people. "
            "In Homs province, gunmen killed 5 people.",
            20,
        ),
        ("Israeli strikes on the Gaza Strip killed 30 people. In Rafah, 12 people were killed.", 30),
        (
            "Bombings in Afghanistan's east killed 14 people on Monday. "
            "In Jalalabad, a bomb hidden in a cart killed 6 people.",
            14,
        ),
        # a source or a language after "in" is no place
        (
            "Five civilians were killed when a shell hit a house in Deir al-Balah. "
            "In Facebook posts, relatives said five members of the family were killed.",
            5,
        ),
        (
            "Five civilians were killed when a shell hit a house in Deir al-Balah. "
            "In Arabic, the caption read that five people were killed.",
            5,
        ),
        # a date or a people after "in" is no place
        ("Seven soldiers were killed in an ambush in Zabul. In October, seven soldiers were killed.", 7),
        # another source for the same strike, no place opening
        (
            "Twelve people were killed in the blast in Kabul's Shar-e-Naw district. "
            "Interior ministry spokesman Nasrat Rahimi said 12 civilians died in the explosion.",
            12,
        ),
    ],
)
def test_the_same_event_told_again_after_a_place_is_one_figure(text: str, total: int) -> None:
    assert _event_sum(text) == total


@pytest.mark.parametrize(
    ("text", "outcome", "total"),
    [
        ("A car bomb went off near a bus station in Baquba. The number of injured stood at 14.", "wounded", 14),
        (
            "A car bomb went off near a bus station in Baquba, killing five. "
            "The number of wounded stood at 14, a police officer said.",
            "wounded",
            14,
        ),
        # told after a figure of the event: that figure as it stands now
        (
            "A car bomb went off near a bus station in Baquba, killing five. "
            "The death toll stands at seven, hospital officials said.",
            "killed",
            7,
        ),
        (
            "Nine people were wounded by the blast in the market. The number of injured stood at 12 by nightfall.",
            "wounded",
            12,
        ),
    ],
)
def test_a_toll_told_as_it_stands_is_the_events_toll(text: str, outcome: str, total: int) -> None:
    assert _event_sum(text, outcome) == total


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb went off in Baquba, killing five. The death toll from the war stood at 3,000.",
        "A car bomb went off in Baquba, killing five. The toll since January stands at 260.",
    ],
)
def test_a_toll_that_stands_for_a_longer_span_is_a_running_total(text: str) -> None:
    assert _event_sum(text) == 5


@pytest.mark.parametrize(
    ("text", "total"),
    [
        (
            "Two suicide bombers struck an army post in the town of Hit, killing 9 soldiers. "
            "Clashes following the bombings left 11 security personnel dead and 17 wounded.",
            22,
        ),
        (
            "Militants ambushed an army convoy near Bannu, killing four soldiers. "
            "Three soldiers were killed in the ensuing gunbattle.",
            7,
        ),
        (
            "Gunmen attacked a police station in Quetta, killing two officers. "
            "Two more policemen died in the fighting that followed.",
            4,
        ),
        (
            "Insurgents overran a checkpoint in Faryab, killing six police. "
            "In subsequent clashes, six police officers were killed.",
            12,
        ),
    ],
)
def test_a_figure_of_the_fighting_after_an_attack_adds(text: str, total: int) -> None:
    assert _event_sum(text) == total


@pytest.mark.parametrize(
    "text",
    [
        # the first figure's sentence already took in the fighting after
        "Militants ambushed an army convoy near Bannu, killing four soldiers in the attack and the gunbattle "
        "that followed. Four soldiers were killed in the fighting that followed.",
        # a source's account of the same dead
        "Militants ambushed an army convoy near Bannu, killing four soldiers. "
        "Four soldiers died in the ensuing clashes, the army said.",
    ],
)
def test_the_fighting_after_an_attack_told_again_is_one_figure(text: str) -> None:
    assert _event_sum(text) == 4


@pytest.mark.parametrize(
    "text",
    [
        "Three people were killed in an airstrike on a house in Deir al-Balah. "
        "A day earlier, three people were killed by a drone strike on a car.",
        "Three people were killed in an airstrike on a house in Deir al-Balah. "
        "Hours before, three fishermen were killed when a gunboat opened fire.",
        "Three people were killed in an airstrike on a house in Deir al-Balah. "
        "Minutes later, three people were killed by a second missile.",
        "Three people were killed in an airstrike on a house in Deir al-Balah. "
        "On the same day, gunmen shot dead three farmers near Beit Lahia.",
        "Three people were killed in an airstrike on a house in Deir al-Balah. "
        "The same day, a roadside bomb killed three soldiers.",
    ],
)
def test_a_sentence_opening_on_another_time_or_the_same_day_tells_another_event(text: str) -> None:
    assert _event_sum(text) == 6


@pytest.mark.parametrize(
    "text",
    [
        "Three people were killed in an airstrike on a house in Deir al-Balah. "
        "Hours later, health officials said three people had died in the strike.",
        "Three people were killed in an airstrike on a house in Deir al-Balah. "
        "The same day, the civil defence said three bodies had been recovered.",
    ],
)
def test_a_later_report_of_the_same_toll_is_not_another_event(text: str) -> None:
    assert _event_sum(text) == 3
