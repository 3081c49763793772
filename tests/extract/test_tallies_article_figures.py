"""Whole articles, figure by figure: the article's own toll (its ``toll`` figures) beside the war's
totals, past months and one side's count of the day that a crawl reads in
the same article.  The sentences and passages are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from crawler.extract.document import extract_document

PUBLISHED = date(2020, 10, 26)


def toll(text: str, outcome: str = "killed", published: date = PUBLISHED) -> int:
    """The article's toll as analysts sum it: the top of each ``toll`` figure of one outcome."""
    figures = extract_document(text, published).tallies
    return sum(max(t.count, t.count_max or 0) for t in figures if t.figure == "toll" and t.outcome == outcome)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "A drone strike killed six people at a wedding in Marib on Tuesday. Coalition air strikes have killed "
            "more than 8,000 civilians in Yemen, a rights group says.",
            6,
        ),
        (
            "Gunmen killed 12 villagers in Zamfara on Sunday. Bandits have killed around 2,600 people in the state, "
            "a local rights group said.",
            12,
        ),
        (
            "A car bomb killed nine people at a checkpoint in Mogadishu. The United Nations estimates that 4,000 "
            "people have died in the fighting, many of them civilians.",
            9,
        ),
        (
            "An Israeli strike on a paramedic centre killed seven people in Hebbariyeh. Israeli strikes have killed "
            "around 330 people in Lebanon, most of them fighters, according to a tally.",
            7,
        ),
    ],
)
def test_a_war_total_in_the_perfect_raises_no_toll(text: str, killed: int) -> None:
    assert toll(text) == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # the toll told again, raised: still read up
        (
            "A bomb killed three people at a market in Quetta on Monday. Officials later said 40 people have been "
            "killed.",
            40,
        ),
        # a figure in the perfect of the same order: a later reading of the toll
        ("Two people were killed in the strike on the village. Four people have died, the health ministry said.", 4),
    ],
)
def test_a_later_reading_of_the_toll_in_the_perfect_still_raises_it(text: str, killed: int) -> None:
    assert toll(text) == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "In Baghdad, a roadside bomb killed two civilians, police said. According to government figures, 440 "
            "Iraqi civilians were killed in September.",
            2,
        ),
        (
            "Militants killed four soldiers at a checkpoint in Kunar province. Some 150 soldiers were killed in "
            "September, the defence ministry said.",
            4,
        ),
        (
            "Security forces shot dead three protesters in Khartoum, a doctors' committee said. Doctors said 45 "
            "protesters were killed in September.",
            3,
        ),
    ],
)
def test_a_past_months_figure_raises_no_toll(text: str, killed: int) -> None:
    assert toll(text) == killed


def test_a_later_figure_of_the_events_own_day_still_raises_its_toll() -> None:
    text = (
        "A bomb killed two people in Kirkuk on Sunday. Police said on Monday that five people died in Sunday's bombing."
    )
    assert toll(text) == 5


@pytest.mark.parametrize(
    ("text", "outcome", "count"),
    [
        (
            "A shell hit a bus stop in Donetsk, killing 13 people. About 30 people were wounded. Ukraine's military "
            "said three of its soldiers had been killed and 66 wounded in the past 24 hours.",
            "wounded",
            30,
        ),
        (
            "An air strike on a house in Deir al-Balah wounded 20 people. The health ministry said 45 people had "
            "been wounded in the previous 24 hours.",
            "wounded",
            20,
        ),
        (
            "Rebels shelled the town of Kadugli, killing 11 civilians, officials said. The army said 25 people had "
            "been killed over the past 24 hours.",
            "killed",
            11,
        ),
    ],
)
def test_a_larger_count_of_the_past_day_raises_no_toll(text: str, outcome: str, count: int) -> None:
    assert toll(text, outcome) == count


def test_a_count_of_the_past_day_in_the_event_told_again_still_raises_its_toll() -> None:
    text = "An air strike killed eight people in a house in Rafah. Medics said 12 people had died in the strike in the past 24 hours."
    assert toll(text) == 12


def test_the_toll_raised_later_in_the_day_is_still_read() -> None:
    text = "A shell hit a bus stop in Donetsk, killing 13 people. Later in the day the toll rose to 15."
    assert toll(text) == 15


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Four NATO soldiers were killed in two bomb attacks in southern Afghanistan on Monday. Three of the "
            "soldiers were killed when a roadside bomb exploded in Kandahar, and one died in a separate blast in "
            "Helmand. Separately, a bomb hidden in a cart killed five civilians in a market in Kunduz.",
            9,
        ),
        (
            "Nine people were killed in two bombings in Kabul on Tuesday. A car bomb killed six near the ministry. "
            "Separately, a bomb killed four worshippers at a mosque in Herat.",
            13,
        ),
        (
            "Eleven soldiers died in a series of attacks in Cauca on Tuesday. A landmine killed eight of them near "
            "Argelia. Elsewhere, a bomb killed four police officers in Cali.",
            15,
        ),
    ],
)
def test_a_series_toll_holds_its_parts_but_not_the_attack_told_apart_after_them(text: str, killed: int) -> None:
    assert toll(text) == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # the parts add up to no more than the series' toll: all of them its parts, as before
        (
            "A wave of bombings across Baghdad killed 20 people on Monday. In Sadr City, a car bomb killed 12 "
            "people near a market. In Dora, a roadside bomb killed five.",
            20,
        ),
        # no figure told apart: the parts that overflow the toll stay as they were
        (
            "Nine people were killed in two bombings in Kabul on Tuesday. A car bomb killed six near the ministry. "
            "In Herat, a bomb killed four worshippers at a mosque.",
            9,
        ),
    ],
)
def test_a_series_toll_without_an_attack_told_apart_keeps_its_parts(text: str, killed: int) -> None:
    assert toll(text) == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "KYIV, April 19 (Reuters) - A Russian missile struck an apartment block in Dnipro on Friday, killing "
            "nine people. In a separate strike on the town of Synelnykove, a missile killed two people.",
            11,
        ),
        (
            "GAZA, Dec 4 (AP) — An Israeli air strike on a house in Khan Younis killed five members of one family. "
            "Separately, a strike on a car in Rafah killed three men, medics said.",
            8,
        ),
        (
            "IDLIB, Syria - Air strikes hit a market in Maarat al-Numan, killing 31 civilians. In a separate air "
            "strike on the village of Kafranbel, government jets killed four people.",
            35,
        ),
        (
            "By Sara Haddad\n\nBEIRUT (Reuters) - Israeli shelling of the village of Aitaroun killed three people on "
            "Tuesday. In a separate strike on a motorbike near Bint Jbeil, a drone killed two men.",
            5,
        ),
    ],
)
def test_a_news_story_rounds_up_the_days_other_strikes_in_its_toll(text: str, killed: int) -> None:
    assert toll(text) == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # a monitor's log of one strike: the other incident is logged on its own
        (
            "On April 19th 2024, a Russian missile struck an apartment block in Dnipro, killing nine civilians. "
            "In a separate strike on the town of Synelnykove, a missile killed two people.",
            9,
        ),
        (
            "An Israeli air strike on a house in Khan Younis killed five members of one family. Separately, a "
            "strike on a car in Rafah killed three men, which is recorded as a different incident.",
            5,
        ),
    ],
)
def test_a_monitors_strike_report_leaves_the_other_strike_out(text: str, killed: int) -> None:
    assert toll(text) == killed


def figures(text: str, published: date = PUBLISHED) -> list[tuple[int, str]]:
    return [(t.count, t.figure) for t in extract_document(text, published).tallies]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A missile killed nine people in Dnipro. The UN says more than 10,000 civilians have been killed in "
            "Ukraine since Russia's full-scale invasion in February 2022.",
            [(9, "toll"), (10000, "running_total")],
        ),
        (
            "Jets killed 20 people in a camp in Kachin. The military has killed more than 4,000 civilians since "
            "its coup in February 2021, a monitoring group says.",
            [(20, "toll"), (4000, "running_total")],
        ),
        (
            "Gunmen killed six miners in Sonora. More than 300 people have been killed in the state since the "
            "cartel's takeover of the town in 2019.",
            [(6, "toll"), (300, "running_total")],
        ),
        (
            "Four NATO soldiers were killed in Kandahar. More than 2,000 foreign troops have been killed since the "
            "Taliban's ouster in 2001.",
            [(4, "toll"), (2000, "running_total")],
        ),
        (
            "A car bomb killed 17 people in Baghdad. More than 100,000 civilians have been killed since Saddam "
            "Hussein's fall in 2003, a monitoring group says.",
            [(17, "toll"), (100000, "running_total")],
        ),
    ],
)
def test_a_total_since_someones_invasion_or_coup_dated_long_ago_is_a_running_total(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A bomb killed eight people in Baghdad. It was the deadliest attack since the invasion in 2003, when 50 people "
        "died in a single blast.",
        "A bomb killed eight people in Mosul. It was the worst attack in the city since its fall in 2014, when 50 "
        "people died.",
    ],
)
def test_the_dead_of_the_day_a_comparison_runs_from_stay_background(text: str) -> None:
    assert figures(text) == [(8, "toll"), (50, "background")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen killed 45 people in Misterei. The war between the army and the paramilitary Rapid Support "
            "Forces has killed more than 1,800 people.",
            [(45, "toll"), (1800, "running_total")],
        ),
        (
            "A drone killed four soldiers near Bakhmut. The conflict between the government and the rebels in the "
            "east has killed more than 14,000 people.",
            [(4, "toll"), (14000, "running_total")],
        ),
        (
            "A car bomb killed 11 people in Mogadishu. The insurgency against the federal government and its "
            "African Union allies has killed tens of thousands of people.",
            [(11, "toll"), (20000, "running_total")],
        ),
    ],
)
def test_a_war_between_named_sides_has_killed_a_running_total(text: str, expected: list[tuple[int, str]]) -> None:
    assert figures(text) == expected


def test_the_days_dead_of_two_sides_are_no_war_total() -> None:
    text = "Clashes between the army and the rebels in the east killed 14 people on Monday, officials said."
    assert figures(text) == [(14, "toll")]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "A suicide bomber killed 14 people at a police station in Kunduz on Tuesday. Two of the wounded died "
            "overnight, bringing the toll to 16, a hospital official said.",
            17,
        ),
        (
            "A suicide bomber killed nine people at a funeral in Nangarhar. Three of the wounded died in hospital, bringing "
            "the death toll to 12.",
            13,
        ),
        (
            "A suicide bomber killed 30 recruits outside an army base in Mogadishu. Officials said on Thursday that "
            "five of the wounded had died, bringing the toll to 35.",
            36,
        ),
    ],
)
def test_a_toll_raised_after_a_suicide_bombers_victims_takes_them_in_not_him(text: str, killed: int) -> None:
    assert toll(text) == killed


def test_a_toll_raised_to_what_counts_the_bomber_takes_him_in() -> None:
    text = "A suicide bomber killed 14 people at a police station in Kunduz. The toll later rose to 16."
    assert toll(text) == 16


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A car bomb killed 17 people in Sadr City on Tuesday. More than 4,300 people have been killed in Iraq "
            "this year, according to a tally.",
            [(17, "toll"), (4300, "running_total")],
        ),
        (
            "Gunmen killed nine villagers in Zamfara on Sunday. Bandits have killed more than 2,000 people in the "
            "past three months, a rights group said.",
            [(9, "toll"), (2000, "running_total")],
        ),
        (
            "A roadside bomb killed five soldiers in Nangarhar on Monday. About 300 soldiers have died in the "
            "province over the last year, officials say.",
            [(5, "toll"), (300, "running_total")],
        ),
    ],
)
def test_a_figure_in_the_perfect_over_a_span_up_to_the_report_is_a_running_total(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the event itself, told this month: no verb in the perfect
        ("Gunmen killed 12 people in a bar in Celaya this month, police said.", [(12, "toll")]),
        # a past month's figure, no span up to the report
        (
            "A car bomb killed 17 people in Sadr City on Tuesday. The UN said 1,045 people had been killed in Iraq "
            "last month.",
            [(17, "toll"), (1045, "background")],
        ),
    ],
)
def test_a_figure_of_this_month_not_told_to_date_keeps_its_figure(text: str, expected: list[tuple[int, str]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Rockets fired from Lebanon killed three people in Nahariya on Thursday. Israeli jets struck targets in "
            "southern Lebanon in response, the army said. Lebanese security sources said two people were killed in "
            "a strike on the village of Srifa.",
            5,
        ),
        (
            "A Hamas rocket killed a woman in Ashkelon. Israeli aircraft then struck Khan Younis, killing four "
            "people, medics said.",
            5,
        ),
        (
            "Gunmen killed seven soldiers in an ambush in Kunar. In retaliation, the army shelled villages across "
            "the border. Local officials said four people were killed.",
            11,
        ),
    ],
)
def test_the_dead_of_the_other_sides_answer_are_not_the_attacks_again(text: str, killed: int) -> None:
    assert toll(text) == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # an answer that strikes no one: the figure after it tells the attack's dead again
        (
            "A car bomb killed 12 people in Kirkuk. In response, the army launched a search operation in the city. "
            "Police said 12 people were killed.",
            12,
        ),
        (
            "A car bomb killed 12 people in Kirkuk. In response to the attack, the army sealed off the city. Police "
            "said 12 people were killed.",
            12,
        ),
        # rescuers who responded to the blast
        ("A bomb killed 20 people in Kabul. Rescuers who responded to the blast said 22 people had died.", 22),
    ],
)
def test_a_response_that_strikes_no_one_leaves_the_toll_told_again(text: str, killed: int) -> None:
    assert toll(text) == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Gunmen killed 41 people in Kukawa on Thursday. The toll from Tuesday's bombing in Yola also rose to "
            "50, officials said.",
            41,
        ),
        (
            "A car bomb killed 17 people in Baghdad on Thursday. The death toll from Monday's attacks in Kirkuk "
            "rose to 30, police said.",
            17,
        ),
        (
            "Shelling killed six civilians in Avdiivka on Friday. The number of dead from Wednesday's strike on "
            "Kramatorsk rose to 13, officials said.",
            6,
        ),
    ],
)
def test_a_toll_of_an_event_named_by_another_day_takes_in_nothing(text: str, killed: int) -> None:
    assert toll(text, published=date(2015, 6, 13)) == killed


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb killed 17 people in Baghdad on Thursday. The death toll from the bombing rose to 30 on Friday.",
        "A car bomb killed 17 people in Baghdad on Thursday. On Friday the death toll rose to 30, police said.",
        "A car bomb killed 17 people in Baghdad on Thursday. The toll from Thursday's bombing rose to 30 on Friday.",
    ],
)
def test_a_toll_raised_on_a_later_day_still_takes_in_the_events_figure(text: str) -> None:
    assert toll(text, published=date(2015, 6, 13)) == 30
