"""Civilian-harm reports of strikes leave out of their toll the dead that an armed group claims as
its own or that the report names as fighters; their relatives, kin and neighbours' "martyrs", the
army's word alone, police officers and rescuers stay in it, and so do fighters in other texts."""

from __future__ import annotations

import pytest

from tests.extract.tolls import toll_top


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "An alleged Israeli strike on a house in Qlayleh killed five people on 8 May 2024. Hezbollah said that"
            " two of the dead were its fighters; the other three were a farmer and his two daughters.",
            3,
        ),
        (
            "On 14 June 2024 an alleged Israeli drone strike on a car in Jenin killed three men. Two of the three"
            " were identified as members of the Jenin Battalion, according to the group.",
            1,
        ),
        (
            "An alleged Israeli airstrike on a flat in Bureij killed six people on January 9th 2024. Three of them"
            " were fighters of the al-Qassam Brigades, the brigades said.",
            3,
        ),
        (
            "Four people were killed in an alleged Israeli strike on a shop in Kfar Hamam on 2 August 2024."
            " One of the dead was a commander of Hezbollah's Radwan force, the group announced.",
            3,
        ),
    ],
)
def test_a_count_of_the_dead_said_to_be_fighters_leaves_the_toll(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "An alleged Israeli drone strike on a motorcycle near Anabta killed two young men on 6 September 2024."
            " The Tulkarm Battalion claimed one of them, Murad Sbeih, as a martyr of the battalion.",
            1,
        ),
        (
            "On March 12th 2024, an alleged Israeli strike on a house in Khan Younis killed five people. The"
            " al-Quds Brigades mourned two of them as its fighters.",
            3,
        ),
        (
            "An alleged Israeli drone strike on a car near Bint Jbeil killed three men on 11 April 2024."
            " Hezbollah said all three were its fighters.",
            0,
        ),
        (
            "On 20 July 2024 an alleged Israeli strike hit a house in Tammun, killing three men. WAFA named them as"
            " Odai Bani Odeh, Rami Sawafta and Jihad Daraghmeh. The al-Quds Brigades claimed Sawafta and"
            " Daraghmeh as members.",
            1,
        ),
        (
            "Two men were killed in an alleged Israeli strike on a car in Qabatiya on 4 October 2024. One of them"
            " was claimed by the Jenin Battalion as its commander; the other was his driver.",
            1,
        ),
    ],
)
def test_the_dead_an_armed_group_claims_leave_the_toll(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "An alleged Israeli airstrike on the Shaheen home in Deir al-Balah killed eight people on 3 January"
            " 2024. Among the dead was a commander of the al-Qassam Brigades, according to the brigades.",
            7,
        ),
        (
            "An alleged Israeli strike on a house in Kfar Roummane killed five people on 19 October 2024. Two"
            " members of the Amal movement were among the dead.",
            3,
        ),
        (
            "On May 30th 2024, an alleged Israeli airstrike on a tent in Rafah killed four people: a woman, her"
            " two sons and her husband. The fourth victim, the woman's husband, was a member of the al-Quds"
            " Brigades.",
            3,
        ),
        (
            "Two members of the al-Quds Brigades and four civilians were killed in an alleged Israeli strike on a"
            " house in Nuseirat on 25 April 2024.",
            4,
        ),
        (
            "Three civilians were killed in an alleged Israeli airstrike on a car in Jabalia on 2 March 2024."
            " A fourth man, a Hamas member, was also killed in the strike, Safa said.",
            3,
        ),
    ],
)
def test_the_dead_the_report_names_as_fighters_leave_the_toll(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # a relative of the dead was a fighter
        (
            "An alleged Israeli strike on a house in Houla killed three civilians on 7 May 2024. The owner's"
            " cousin, a Hezbollah fighter, had been killed in a separate strike the week before.",
            3,
        ),
        # "martyrs" said by kin and neighbours
        (
            "Six people were killed in an alleged Israeli airstrike on a house in Beit Lahia on 15 November 2023."
            " Relatives mourned all six as martyrs on Facebook.",
            6,
        ),
        # the army's word alone
        (
            "On 22 August 2024 an alleged Israeli strike on a school in Gaza City killed seven people. The"
            " Israeli army said two of the dead were Hamas militants; no armed group claimed them.",
            7,
        ),
        (
            "An alleged Israeli airstrike on a house in Maghazi killed four people on 1 February 2024. The army"
            " said it had targeted terrorists in the building.",
            4,
        ),
        # a police officer and rescuers are civilians
        (
            "Three people were killed in an alleged Israeli strike on a car in Rafah on 10 March 2024. One of the"
            " dead was a police officer, his family said.",
            3,
        ),
        (
            "An alleged Israeli airstrike on a civil defence post in Tyre killed five rescue workers on 30"
            " September 2024, the Lebanese health ministry said.",
            5,
        ),
        # no armed group's claim: a family name, not an armed group's
        (
            "An alleged Israeli strike on a house in Khan Younis killed five people on 12 December 2023. Two of"
            " the dead were members of the Qudra family.",
            5,
        ),
    ],
)
def test_kin_martyrs_the_army_and_rescuers_stay_in_the_toll(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # a raid on the ground, not a strike: news counts the fighters among the dead
        (
            "Israeli troops raided the Jenin camp on Wednesday, killing five Palestinians. The Jenin Battalion"
            " said three of the dead were its fighters.",
            5,
        ),
        # a list entry of an attack
        (
            "12 March 2024 – Gunmen attacked a checkpoint near Nablus, killing four people; two of the dead were"
            " members of the Lions' Den.",
            4,
        ),
    ],
)
def test_fighters_stay_in_tolls_that_are_no_strike_report(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed
