"""Whole articles that tell several events (round-ups, features, "what we know", war explainers):
which figure is an event of its own, which retells one, which is a war's running toll.

A figure of a sentence with no date of its own is of the story told before it in its paragraph
when a date opens that story; a sentence that opens on its own day or on a place nearby and tells
its own attack at a new place is another event; a campaign's toll told in the present perfect,
or since the day something began, is a running total.  Single-event reports keep their shape:
one strike retold by several sources, with its place named differently, stays one event."""

from __future__ import annotations

from datetime import date

import pytest

from crawler.extract.document import extract_document
from crawler.extract.records import Tally

_PUBLISHED = date(2023, 11, 8)  # a Wednesday


def figures(text: str, published: date = _PUBLISHED) -> list[Tally]:
    return extract_document(text, published).tallies


def events(text: str, published: date = _PUBLISHED) -> list[tuple[int, str]]:
    """The (count, outcome) of the figures counted as events: neither a retelling, a part nor a running total."""
    return [
        (t.count, t.outcome)
        for t in figures(text, published)
        if t.restates is None and t.subset_of is None and not t.cumulative
    ]


def running(text: str, published: date = _PUBLISHED) -> list[int]:
    return [t.count for t in figures(text, published) if t.cumulative]


# -- a figure dated by the story told before it in its paragraph -------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen attacked a wedding in Kadugli on Oct. 12, killing nine guests.\n\n"
            "On Oct. 29, a mortar round hit a market in Dilling. Residents said the shell landed among "
            "the stalls. Medics said at least 14 people were killed.",
            [(9, "killed"), (14, "killed")],
        ),
        (
            "A drone struck a fuel depot outside Kherson on September 30, killing two workers.\n\n"
            "Late on Saturday, missiles hit an apartment block in Zaporizhzhia. Rescuers worked through "
            "the night. Regional officials said six residents died.",
            [(2, "killed"), (6, "killed")],
        ),
        (
            "A car bomb killed 11 people in Baqubah on Oct. 3.\n\n"
            "Two days earlier, on October 1, militants ambushed an army patrol near Tarmiyah. "
            "Four soldiers were killed, an officer said.",
            [(11, "killed"), (4, "killed")],
        ),
    ],
)
def test_a_figure_without_a_date_is_of_the_story_that_opens_its_paragraph(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert events(text) == expected


def test_a_source_named_at_the_end_of_the_storys_sentence_does_not_make_it_a_report() -> None:
    text = (
        "Late on Saturday, bombs fell on a school in the Maghazi camp, killing 15 people, the agency said. "
        "Nearby, an airstrike struck a house in Deir al-Balah, killing at least eight."
    )
    assert [t.window.start for t in figures(text) if t.window is not None] == [date(2023, 11, 4)] * 2


def test_the_carried_day_is_the_window_of_the_figure() -> None:
    text = "On Oct. 31, an airstrike hit the Jabalia camp. The ministry said at least 195 people were killed."
    (figure,) = figures(text)
    assert figure.window is not None and not figure.window.assumed
    assert (figure.window.start, figure.window.end) == (date(2023, 10, 31), date(2023, 10, 31))


@pytest.mark.parametrize(
    "text",
    [
        # a report's day, not the event's
        "On November 1, the ministry said the camp had been hit. At least 30 people were killed.",
        "On October 31, a relative posted photos of the ruins. Seven members of the family were killed.",
        "On November 2, a survivor described the night of the strike. Her brother was seriously injured.",
        "On November 1, several outlets, including Wafa and Shehab, reported that the house was hit. "
        "Twelve people were killed.",
        # a date that does not open its sentence
        "The camp was hit on Oct. 31 by several bombs. At least 30 people were killed.",
        # the answer to the story is an event of its own
        "On Oct. 7, gunmen stormed the border towns. In response, jets struck the camp, killing 30 people.",
    ],
)
def test_no_day_is_carried_from_a_report_an_inner_date_or_to_an_answer(text: str) -> None:
    last = figures(text)[-1]
    assert last.window is not None and last.window.assumed


def test_no_day_is_carried_over_a_paragraph_break() -> None:
    text = "On Oct. 31, an airstrike hit the Jabalia camp.\n\nThe ministry said at least 195 people were killed."
    (figure,) = figures(text)
    assert figure.window is not None and figure.window.assumed


# -- a sentence that tells its own attack at another named place ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Late on Saturday, bombs fell on a school in the Maghazi camp, killing 15 people. "
            "Nearby, an airstrike struck a house in Deir al-Balah, killing at least eight.",
            [(15, "killed"), (8, "killed")],
        ),
        (
            "On Tuesday, shelling hit the central market in Omdurman, killing 21 civilians. "
            "On Tuesday evening, rockets landed near a clinic in Bahri, killing four.",
            [(21, "killed"), (4, "killed")],
        ),
        (
            "Russian missiles struck a hotel in Kramatorsk, killing three people. "
            "Not far away, a drone hit a petrol station in Druzhkivka, killing a driver.",
            [(3, "killed"), (1, "killed")],
        ),
        (
            "Government jets bombed the town of Ariha, killing seven civilians. "
            "The same day, warplanes struck Saraqeb, killing five people, the monitor said.",
            [(7, "killed"), (5, "killed")],
        ),
        (
            # the first place named after the verb is the attack's: the market, not the city named before
            "On Tuesday, an air strike hit the Yarmouk district of southern Khartoum, killing 17 people. "
            "On Tuesday night, shelling struck the Mayo market in Khartoum, killing 20.",
            [(17, "killed"), (20, "killed")],
        ),
    ],
)
def test_an_attack_told_at_a_new_place_nearby_or_on_its_own_day_is_another_event(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Saturday, a truck bomb exploded at a junction in Mogadishu. Officials said 20 people had died.\n\n"
            "Late on Saturday, a suicide bomber struck a restaurant in Beledweyne. Police said eight people were killed.",
            [(20, "killed"), (8, "killed")],
        ),
        (
            "On Monday, a drone hit a bus station in Horlivka. The mayor said five passengers died.\n\n"
            "On Monday evening, shells landed on a market in Yasynuvata. Two vendors were killed, officials said.",
            [(5, "killed"), (2, "killed")],
        ),
        (
            "On Friday, gunmen attacked a church in Owo. The governor said 40 worshippers were killed.\n\n"
            "On Friday night, bandits raided the village of Kajuru. Residents said 12 villagers died.",
            [(40, "killed"), (12, "killed")],
        ),
    ],
)
def test_an_attack_told_by_the_sentence_that_opens_the_figures_story_is_another_event(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # two accounts of the story's one attack
        "On the night of June 11, gunmen attacked the village of Seytenga. "
        "The government said 79 bodies had been found; residents said more than 100 were killed.",
        # one strike retold by sources that name its place each their own way
        "An Israeli strike hit the Al-Zahra tower in Gaza City, killing 14 people. "
        "On Wednesday, Wafa said an air strike on a residential building in the Rimal neighbourhood killed 16. "
        "Shehab reported that warplanes bombed a tower west of the city, killing 15.",
        # the event named again
        "An airstrike hit a house in Khan Younis on Tuesday, killing nine. "
        "On Tuesday, the strike hit the Abu Daqqa family home in Bani Suheila, killing ten.",
        # a place named before
        "A strike hit a house in Rafah, killing six. Nearby, rescuers said the blast struck Rafah's market, killing seven.",
    ],
)
def test_one_strike_retold_with_its_place_named_otherwise_stays_one_event(text: str) -> None:
    assert len(events(text)) == 1


# -- a campaign's running toll in the present perfect ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Israel's offensive in Gaza, now in its fourth week, has killed more than 1,360 Palestinians.", 1360),
        ("Israel has waged an air and ground campaign in Gaza that has killed more than 10,300 people.", 10300),
        ("The junta's crackdown has killed at least 3,200 civilians, a rights group says.", 3200),
        ("Russia's invasion has killed at least 9,000 civilians, the UN says.", 9000),
        ("Israel has launched near-continuous airstrikes on the Gaza Strip, killing over 10,000 Palestinians.", 10000),
        ("The army has carried out a relentless bombing campaign in the north, killing thousands.", 2000),
    ],
)
def test_a_campaign_told_in_the_present_perfect_gives_a_running_toll(text: str, toll: int) -> None:
    assert running(text) == [toll]


@pytest.mark.parametrize(
    "text",
    [
        "Israeli strikes have killed 12 people in Rafah overnight, medics said.",
        "Israel has launched airstrikes on Rafah, killing 12 people.",
        "The offensive began on Monday with a strike that killed nine soldiers.",
    ],
)
def test_a_days_strikes_in_the_present_perfect_are_an_event(text: str) -> None:
    assert running(text) == []


# -- a toll since the day something began ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("The fighting has killed more than 2,000 people since clashes erupted on April 15.", date(2023, 4, 15)),
        ("Since seizing power in February 2021, the military has killed 3,000 civilians.", date(2021, 2, 1)),
        ("Air strikes have killed at least 338 people since a ceasefire collapsed on Sept. 19.", date(2023, 9, 19)),
        ("Since the war began on Oct. 7, more than 10,000 people have been killed in Gaza.", date(2023, 10, 7)),
    ],
)
def test_a_toll_since_the_day_something_began_is_a_running_total(text: str, start: date) -> None:
    (figure,) = figures(text)
    assert figure.cumulative
    assert figure.window is not None and (figure.window.start, figure.window.end) == (start, _PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "It was the deadliest attack since a suicide bombing in March killed 40 people.",
        "The bomb that killed 12 people on Oct. 2 went off since the guards had left.",
    ],
)
def test_a_since_clause_that_tells_no_beginning_opens_no_running_total(text: str) -> None:
    assert running(text) == []


# -- the other side's answer -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Militants fired rockets at the town, killing two residents. "
            "In response, the army shelled the launch sites, killing five people.",
            [(2, "killed"), (5, "killed")],
        ),
        (
            "Rebels ambushed a convoy near the border, killing 11 soldiers. "
            "In retaliation, troops raided the nearby villages, killing 14.",
            [(11, "killed"), (14, "killed")],
        ),
        (
            "A suicide bomber struck a checkpoint, killing four policemen. "
            "In reprisal, militia fighters shot dead three men in the market.",
            [(4, "killed"), (3, "killed")],
        ),
    ],
)
def test_the_answer_to_an_attack_is_an_event_of_its_own(text: str, expected: list[tuple[int, str]]) -> None:
    assert events(text) == expected


# -- single-event reports keep their shape -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a monitor's report: the date, the strike, sources, the bodies recovered the following day
        "On October 10th, 2023, an Israeli airstrike hit the home of the Shaheen family in the Shati camp, "
        "killing six civilians. According to Wafa, the strike destroyed the building in the west of Gaza City. "
        "The following day, the bodies of seven members of the family were recovered, local sources reported.",
        # a list entry that gives the toll twice
        "On 4 May, a car bomb exploded near a police station in Kirkuk, killing 12 people. "
        "The death toll was later given as 14.",
        # a strike retold by three sources, the place named differently
        "On Monday night, an airstrike hit a house in the Tel al-Sultan area of Rafah, killing nine. "
        "Civil defence said a strike on a home west of Rafah killed 11. "
        "Al Jazeera reported that the bombing of the house killed ten people.",
    ],
)
def test_one_event_told_with_several_sources_stays_one_event(text: str) -> None:
    assert len([t for t in events(text) if t[1] == "killed"]) == 1


# -- a figure of earlier this month, told by a source ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Thursday, a suicide bomber struck the airport gate, killing at least 170 people. "
            "Earlier this month, fighting in Lashkar Gah killed at least 40 civilians in a single day, the UN said.",
            [(170, "killed"), (40, "killed")],
        ),
        (
            "A car bomb killed 14 people at a bus station in Mogadishu on Monday. "
            "Earlier this month, 22 soldiers died in an ambush near Baidoa, officials said.",
            [(14, "killed"), (22, "killed")],
        ),
        (
            "Shelling killed six people in Donetsk on Tuesday. "
            "Earlier this week, according to the mayor, nine residents were killed by a missile.",
            [(6, "killed"), (9, "killed")],
        ),
    ],
)
def test_a_figure_of_earlier_this_month_is_not_the_days_figure_told_again(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert events(text) == expected


def test_a_figure_of_the_same_day_told_by_a_source_is_still_the_days_figure() -> None:
    text = "A car bomb killed 14 people at a bus station in Mogadishu on Monday. Officials said 16 people died."
    assert events(text) == [(14, "killed")]


# -- a sentence that opens on "the northern city of X" ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A car bomb exploded near a restaurant in Karrada, killing nine people, police said. "
            "In the northern city of Mosul, gunmen shot dead three soldiers at a checkpoint, officials said.",
            [(9, "killed"), (3, "killed")],
        ),
        (
            "Shelling hit a market in Kherson, killing four people, the governor said. "
            "In the eastern town of Pokrovsk, a missile killed two rescuers, the police said.",
            [(4, "killed"), (2, "killed")],
        ),
        (
            "A drone strike hit a wedding in Saada, killing 11, medics said. "
            "In the southern district of Mawza, a landmine killed five children, local officials said.",
            [(11, "killed"), (5, "killed")],
        ),
    ],
)
def test_a_sentence_that_opens_on_a_city_named_with_its_direction_tells_another_event(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert events(text) == expected


def test_a_city_named_with_its_direction_that_was_named_before_is_the_same_event() -> None:
    text = (
        "A car bomb exploded near a restaurant in Mosul, killing nine people. "
        "In the northern city of Mosul, police said 11 people were killed."
    )
    assert events(text) == [(9, "killed")]


# -- a war's toll told first with no date, then the attacks of their own days --------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "The UN has confirmed the deaths of 1,766 civilians in the war. "
            "On March 16, a Russian air strike hit the drama theatre in Mariupol, killing about 300 people.",
            300,
        ),
        (
            "More than 1,360 Palestinians have been killed, Gaza health officials say. "
            "On Monday, an explosion hit a playground in the Shati camp, killing ten people.",
            10,
        ),
        (
            "Fighting in the city has killed at least 226 people, according to the UN.\n\n"
            "On Saturday, an air strike hit a market in Kabkabiya. Local groups said 24 people were killed.",
            24,
        ),
    ],
)
def test_an_attack_of_its_own_day_is_not_a_retelling_of_a_larger_undated_toll(text: str, count: int) -> None:
    last = figures(text)[-1]
    assert (last.count, last.restates, last.subset_of) == (count, None, None)


@pytest.mark.parametrize(
    "text",
    [
        # a source's post of the day, not an attack
        "At least 23 civilians were killed in the strike on the church compound. "
        "On November 2, a relative posted that his grandmother had died of her wounds.",
        # of the same order: the toll told again with its day
        "At least 30 people were killed when the school was hit. "
        "On Tuesday, an air strike hit the school in Jabalia, killing 27 people.",
        # told with no day of its own
        "At least 60 people were killed in the strikes. Medics said an air strike on a house in Jabalia killed nine.",
    ],
)
def test_a_smaller_figure_without_an_attack_of_its_own_day_may_retell_the_toll(text: str) -> None:
    assert len(events(text)) == 1
