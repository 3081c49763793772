"""Incident reports of the Gaza Strip, the West Bank and south Lebanon (2023-2024), written fresh
in the manner of a civilian-harm monitor: a lead toll, then sources one by one (agencies, posts,
relatives), tolls that rise, bodies found later, the hurt who died later.  Each report's killed
toll is the top of the range a monitor would record (the figure the benchmark scores)."""

from __future__ import annotations

import pytest

from tests.extract.tolls import toll_top


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "At least 4 people were killed in an alleged Israeli strike on the Abu Sharkh home in the "
            "Zeitoun neighbourhood on November 23rd 2023. The next day, Shehab Agency said that two more "
            "bodies had been found under the rubble of the house.",
            6,
        ),
        (
            "At least 12 members of the Abu Hasira family were killed in an alleged strike on their home. "
            "A post on X by the family said that 14 had died. The Palestinian Information Center reported "
            "that the bodies of three more relatives were recovered on October 16th.",
            17,
        ),
        (
            "Seven civilians were killed when a drone hit a car near Tubas, WAFA said. Residents said "
            "three more people died when a second missile hit the same car minutes later.",
            10,
        ),
        (
            "Jihad Barakat named the eight members of his family who were killed in the strike. He added "
            "that more than eight martyrs were passers-by on the road, which means at least eight "
            "additional deaths.",
            16,
        ),
    ],
)
def test_people_more_by_their_number_raise_the_toll_even_as_a_source_tells_them(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # the range told first already takes in the ones found later
        (
            "An alleged Israeli airstrike hit the al-Sharif home in Jabalia, killing between 9 and 11 "
            "people. The Ministry of Interior reported nine killed. A relative said two more were found "
            "dead under the rubble two days later.",
            11,
        ),
        # the toll raised with them already counts them
        (
            "At least 14 people were killed in a strike on two houses in Jabalia. The civil defence said "
            "that the bodies of six more people were recovered the following morning, bringing the toll to 20.",
            20,
        ),
        # another target, another incident
        (
            "An alleged Israeli strike on the Abu Hamad home in Bani Suheila killed 12 members of the "
            "family. Relatives said a further two relatives were killed in a strike on another house "
            "belonging to the family that evening.",
            12,
        ),
        # "more than": a figure, not people more
        (
            "At least 25 people were killed in the strike on the school. A post on Telegram said more "
            "than 30 people had been killed.",
            30,
        ),
    ],
)
def test_people_more_already_counted_or_elsewhere_add_nothing(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Eleven people were killed and dozens wounded in a strike on a flat in Nuseirat, WAFA said. "
            "A later report by Al Jazeera Arabic gave the death toll as 14.",
            14,
        ),
        (
            "At least six people were killed when a house in Bint Jbeil was hit. The Health Ministry "
            "later listed the number of dead as nine.",
            9,
        ),
        (
            "Four civilians were killed in the drone strike on the car in Jenin. Local media gave the toll as 5.",
            5,
        ),
    ],
)
def test_a_toll_given_as_a_number_is_another_account(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # a monitor's own quantifying "as" stays its figure
        (
            "Sources reported martyrs and wounded at the scene without a number. The number of injured "
            "and killed has been quantified as 2 per the monitor's methodology.",
            2,
        ),
        ("Eight people were killed in the strike. The death toll, as well as 3 other figures, was disputed.", 8),
    ],
)
def test_as_before_a_number_that_is_no_toll_s_figure_changes_nothing(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "At least 15 people were killed when a four-storey building in the Shati camp was destroyed. "
            "Quds News Network said 15 people had been killed. The Palestinian Information Center said 19. "
            "The Ministry of Health did not give a figure.",
            19,
        ),
        (
            "At least five civilians were killed in the strike on the house in the Tuffah neighbourhood. "
            "Al Jazeera said five people were killed. Quds News Network said eight.",
            8,
        ),
        (
            "Safa reported that nine people were killed in the shelling of the Tal al-Zaatar area. "
            "Another source, a local journalist on Telegram, put it at 12.",
            12,
        ),
        (
            "An alleged Israeli drone strike on a car near the Jenin camp killed three men, WAFA said. "
            "Al Mayadeen later reported four.",
            4,
        ),
    ],
)
def test_a_source_s_bare_number_after_a_sentence_of_the_dead_is_another_account(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "outcome", "count"),
    [
        # after a sentence of the hurt, not of the dead
        ("Five people were wounded in the shelling of Khiam. Local media said eight.", "killed", 0),
        # a year, no count
        ("Three people were killed in the strike. The ministry's report said 2023.", "killed", 3),
        # a sentence between: the number is of no toll told right before
        (
            "Two civilians were killed in the strike on the car. The car had come from Rafah. The driver's "
            "brother said 40.",
            "killed",
            2,
        ),
        # a number with words of its own after it is no bare figure
        ("Three people were killed in the strike. The ministry said 19 houses.", "killed", 3),
    ],
)
def test_a_number_after_a_source_that_is_no_account_of_the_dead_adds_nothing(text: str, outcome: str, count: int) -> None:
    assert toll_top(text, outcome) == count


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "An alleged Israeli strike killed the journalist Ahmed Fatima near al-Shifa hospital. He was "
            "killed with his brother and cousin, according to the journalists' syndicate.",
            3,
        ),
        (
            "A drone strike in Aitaroun killed the farmer Hussein Hamdan. He was killed along with his "
            "wife and their three children.",
            5,
        ),
        (
            "Israeli fire killed the paramedic Rana Odeh in Khan Younis. She was reportedly killed with "
            "her colleague.",
            2,
        ),
    ],
)
def test_kin_killed_with_the_one_person_told_before_are_more_people(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # the one told is among a toll of more: the kin are of that toll
        (
            "At least five people were killed, among them the journalist Ahmed Fatima. He was killed "
            "with his wife and their three children.",
            5,
        ),
        # the kin told without "with": the sentence retells the dead
        ("A strike killed Sami Zorob and his son Khaled in Rafah. His son Khaled was 19.", 2),
    ],
)
def test_kin_of_a_toll_already_counted_are_not_added(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "An alleged Israeli airstrike on the Abu Shamala home in Khan Younis killed 16 people. Later "
            "reports put the toll at 18 after two of the injured died in Nasser Hospital.",
            18,
        ),
        ("A strike killed 11 people and injured 40. The toll rose to 13 as two of the injured died overnight.", 13),
    ],
)
def test_the_injured_who_died_told_as_why_a_toll_rose_are_in_that_toll(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("A bomb killed 11 people in the market of Jabalia. Two of the injured died overnight.", 13),
        (
            "A strike killed 11 people. Two of the injured died overnight, after the toll had been put at 11.",
            13,
        ),
    ],
)
def test_the_injured_who_died_told_on_their_own_still_add(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "At least 90 people were reportedly killed in an alleged Israeli strike on the al-Tabi'in "
            "school in Gaza City. The Israeli military said it had killed 19 Hamas and Islamic Jihad "
            "fighters in the strike.",
            90,
        ),
        (
            "An alleged Israeli airstrike on the Jabalia camp killed over 100 people, the Ministry of "
            "Health said. The Israeli military said a Hamas commander, Ibrahim Biari, was killed in the strike.",
            100,
        ),
    ],
)
def test_fighters_killed_in_the_strike_told_before_are_among_its_dead(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("A strike on a house in Rafah killed 7 people. Five militants were also killed in the strike.", 12),
        ("A strike on a house in Rafah killed 7 people. Eight militants were killed in the clashes that followed.", 15),
    ],
)
def test_fighters_told_as_more_or_of_the_fighting_after_still_add(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "On the night of December 5th 2023, at least 20 members of the Hamdan family were reportedly "
            "killed in an alleged Israeli strike on their home in Khan Younis. A further 12 people were "
            "killed in the same hour in the neighbouring Abu Mustafa home, which the monitor has recorded separately.",
            20,
        ),
        (
            "An alleged airstrike on a house in Deir al-Balah killed six people. Four more died when a "
            "car was hit nearby; the monitor logged them separately.",
            6,
        ),
    ],
)
def test_dead_the_monitor_says_it_recorded_separately_are_apart(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # kept apart in the list, not in another incident
        (
            "An alleged airstrike on a house in Deir al-Balah killed six people. Two more bodies were "
            "found the next day, the civil defence said; the injured were listed separately.",
            8,
        ),
    ],
)
def test_separately_of_other_things_keeps_the_dead_in(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "On January 9th 2024, at least three people were killed by an alleged Israeli drone strike in "
            "the Tulkarm camp. A 16-year-old boy who was seriously injured in the strike died the next day.",
            4,
        ),
        ("Three people were killed in the shelling of Aita al-Shaab. A neighbour died of his wounds three days later.", 4),
        ("Two civilians were killed in the strike on the tent. A woman hurt in the blast later died in hospital.", 3),
        ("Five people were killed in the strike, WAFA said. A boy who was injured in the strike later died.", 6),
    ],
)
def test_one_more_person_hurt_who_died_later_adds_one(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # the one told again by "the" may be one of those counted
        ("Three people were killed, among them a boy. The boy died in hospital.", 3),
        # a person told dead the way the dead are told
        ("Three people were killed in the strike. A boy was killed in the strike, relatives said.", 3),
    ],
)
def test_a_person_told_again_or_told_killed_adds_no_one(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "On October 16th 2023, an alleged Israeli airstrike on a house in Bani Suheila killed the Qdeih "
            "family: the father Nabil Qdeih (44), the mother Sahar (40) and the couple's five children.",
            7,
        ),
        (
            "An alleged Israeli strike in Deir al-Balah killed the al-Najjar family: the father Khaled, his "
            "wife Amal and their three sons.",
            5,
        ),
        (
            "The shelling of Khiam killed the Abu Hamdan family: Ali Abu Hamdan (70), his wife Zeinab (66) "
            "and their grandson Hadi (9).",
            3,
        ),
    ],
)
def test_a_family_by_name_with_its_members_after_a_colon_is_counted_by_them(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    "text",
    [
        "An alleged Israeli strike killed the Qdeih family in Khan Younis.",  # no number told
        "A strike hit the home of the Qdeih family: the father Nabil, the mother Sahar and their five children.",
        "Gunmen killed the Gaza Family: Rafah, Khan Younis and Jabalia were named.",  # no kin, places
    ],
)
def test_a_family_without_its_members_told_or_not_killed_gives_no_figure(text: str) -> None:
    assert toll_top(text, "killed") == 0


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Three members of the Abu Warda family were reportedly killed when a missile hit their flat in "
            "the Shati camp. A fourth family member, Samir Abu Warda, later died of his wounds at al-Shifa "
            "hospital, according to his cousin.",
            4,
        ),
        (
            "Two people were killed in the shelling of Beit Lahia, WAFA said. A third relative, Hala Odeh, "
            "died in hospital, her brother wrote.",
            3,
        ),
        ("Five were killed in the strike on the house. A sixth neighbour later died, Safa said.", 6),
    ],
)
def test_a_member_relative_or_neighbour_more_by_rank_adds_one(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "At least 12 people were killed after an alleged airstrike hit the al-Zari'i residence in Deir "
            "al-Balah. A relative said 11 members of the family were killed. Two others who were killed had "
            "been sheltering in the home.",
            13,
        ),
        (
            "An alleged Israeli strike on the Abu Mustafa home killed at least seven people, WAFA said. "
            "Relatives named eight members of the family who died. Three others were killed as they passed by on the street.",
            11,
        ),
    ],
)
def test_others_opening_a_sentence_are_besides_the_group_told_just_before(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # others told right after the lead may be of the lead
        (
            "At least 12 people were killed in the strike on the house. Two others who were killed appear "
            "to have been displaced from Gaza City.",
            12,
        ),
        # others besides a part of the lead are the rest of it
        (
            "At least 12 people were killed, among them 10 members of the Awad family. Two others were "
            "neighbours who were killed while visiting.",
            12,
        ),
        # the other ones of a group told before
        ("Five people were killed in the strike, WAFA said. The other two were children.", 5),
    ],
)
def test_others_that_may_be_of_the_toll_add_nothing(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "At least 5 people were killed in the strike on the aid centre in Rafah. Health officials in "
            "Rafah later reported a sixth death.",
            6,
        ),
        (
            "The strike on the al-Farra home killed 9 people, Safa reported. A tenth body was recovered from "
            "the rubble on the following day.",
            10,
        ),
        ("Three civilians were killed by the shelling near the Salah al-Din gate. A fourth death was reported on Friday.", 4),
    ],
)
def test_one_death_more_by_rank_after_a_is_one_more_dead(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Nine people were killed in the raid. The court later handed down a second death sentence.", 9),
        ("It was the 35th death in the camp since the raids began.", 0),  # a running count, not the event's
    ],
)
def test_a_rank_of_a_death_that_is_no_more_dead_adds_nothing(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


def test_a_rank_that_continues_a_count_of_its_sentence_adds_nothing() -> None:
    text = (
        "The family announced the deaths of nine of its members in the strike on their home in Khuza'a. "
        "Safa reported the dead as eight, and said a ninth body was still under the rubble."
    )
    assert toll_top(text, "killed") == 9
