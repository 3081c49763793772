"""Incident-monitor reports that name a victim who may also have died: the lead figure's range
widens by one ("making it possible that", "may indicate that ... was also killed", "unclear if
this is the same ...", "unconfirmed reports of an eighth death"), never its count."""

from __future__ import annotations

import pytest

from crawler.extract.document import extract_document
from crawler.extract.restatements import event_tallies


def ranges(text: str) -> list[tuple[int, int | None, str]]:
    """(count, count_max, outcome) of each figure of the report's own event."""
    return [(t.count, t.count_max, t.outcome) for t in event_tallies(extract_document(text, None).tallies)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least five members of the Haddad family were killed when a missile struck their home in "
            "Deir al-Balah. A neighbour shared a photo of their grandmother, which may indicate that she was "
            "also killed.",
            [(5, 6, "killed")],
        ),
        (
            "Six civilians were killed in the shelling of the market in Kafr Nabl on Tuesday, according to "
            "local activists. A cousin of the victims wrote that the baker's son had not been heard from, making it "
            "possible that a seventh man was killed.",
            [(6, 7, "killed")],
        ),
        (
            "An alleged strike on the Qassem home in Jabalia killed at least eight civilians on November 2nd. "
            "A relative's tribute might suggest that their neighbour Huda was also killed.",
            [(8, 9, "killed")],
        ),
    ],
)
def test_a_possible_further_death_widens_the_lead_figure(text: str, expected: list[tuple[int, int, str]]) -> None:
    assert ranges(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least four civilians were killed when an airstrike hit the Darwish family home in Rafah on "
            "the night of March 3rd. Local journalists also named Khalil Darwish among the dead – it is "
            "unclear if this is the same Khalil as the uncle named above.",
            [(4, 5, "killed")],
        ),
        (
            "An alleged airstrike on a car near the Maghazi camp killed at least three civilians on June 9th. "
            "Relatives mourned the driver, his brother and their cousin Sami. Sami's father was also killed "
            "in the same strike – it is not clear whether he is one of the men already listed among the dead.",
            [(3, 4, "killed")],
        ),
    ],
)
def test_a_victim_who_may_be_one_already_counted_widens_the_lead_figure(
    text: str, expected: list[tuple[int, int, str]]
) -> None:
    assert ranges(text) == expected


def test_unconfirmed_reports_of_one_more_death_widen_the_lead_figure() -> None:
    text = (
        "Seven people were killed when a drone struck a wedding party in the village. "
        "There were unconfirmed reports of an eighth death."
    )
    assert ranges(text) == [(7, 8, "killed")]


@pytest.mark.parametrize(
    "text",
    [
        # someone said to be already counted, without doubt
        "At least four civilians were killed when an airstrike hit the Darwish family home in Rafah. Local "
        "journalists named Khalil Darwish among the dead; he is the same Khalil as the uncle named above.",
        # a source reporting a death it tells of: no doubt
        "At least four civilians were killed when an airstrike hit the family home in Rafah. Relatives "
        "indicated that a child was killed in the strike.",
        # a subject in the plural, with no number
        "At least four civilians were killed in the strike on the Nassar home. A relative's post may "
        "indicate that they were also killed.",
        # no possible victim: a clause of its own before the death
        "At least four civilians were killed in the strike on the Nassar home. A relative indicated that "
        "Mona was pregnant at the time she was killed.",
        # a doubt about something else than a victim
        "At least four civilians were killed in the strike on the Nassar home. It is unclear whether this "
        "is the same house that was hit in May.",
    ],
)
def test_no_doubt_about_a_further_victim_leaves_the_lead_figure(text: str) -> None:
    assert ranges(text) == [(4, None, "killed")]


@pytest.mark.parametrize(
    "text",
    [
        # the person lived
        "At least four civilians were killed when an airstrike hit the family home in Rafah. It is possible "
        "that the boy was also killed, though neighbours said he survived.",
        # the person belongs to another incident
        "At least four civilians were killed when an airstrike hit the family home in Rafah. A post may "
        "indicate that her husband was killed in a separate strike the week before.",
    ],
)
def test_a_possible_victim_who_lived_or_died_elsewhere_widens_nothing(text: str) -> None:
    assert ranges(text)[0] == (4, None, "killed")


def test_a_doubt_about_a_figure_of_the_same_sentence_is_already_taken_in() -> None:
    text = (
        "An airstrike on the Salem home in Khan Younis killed nine people. The parents were killed along "
        "with their five children, making it possible that a fifth child was killed in the strike."
    )
    assert [r for r in ranges(text) if r[0] == 9] == [(9, None, "killed")]
