"""What a general crawl of news, blog and forum pages stores when the page is about no war: a
reader's comparison of quantities names nobody ("more PCs", "More Irish died"), a toll a modal
weighs is no toll, a condition after an explainer's lead-in is one, lives a reader sums up are no
dead, and the dead of the roads are the roads' whatever war the sentence sets them beside."""

from __future__ import annotations

import pytest

from tests.extract.test_events_site_pages import Figure, figures


# A phrase led by "more" or "fewer" with no number is a comparison of quantities: nobody counted.
@pytest.mark.parametrize(
    "text",
    [
        "Windows Vista killed more laptops than any virus ever did.",
        "More Irish died on the roads since 1959 than in the whole of the Troubles.",
        "Fewer Britons died in Helmand last year than on the A1.",
        "The drought killed more Kenyans than the militias ever did.",
    ],
)
def test_a_comparison_of_quantities_counts_nobody(text: str) -> None:
    assert figures(text, kind="comment") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Two soldiers were killed and two more were wounded in Kunar on Monday.", [(2, "killed", "conflict"), (2, "wounded", "conflict")]),
        ("The car bomb killed 12 people in Hilla, more than half of them children.", [(12, "killed", "conflict")]),
        ("More than 40 people were killed in the bombing in Quetta.", [(40, "killed", "conflict")]),
    ],
)
def test_more_with_a_number_still_counts(text: str, want: list[Figure]) -> None:
    assert figures(text) == want


# A toll written as an indefinite noun phrase whose verb is a modal: what such a toll would do.
@pytest.mark.parametrize(
    "text",
    [
        "India should strike the camps. 1,000 terrorists dead would send a message.",
        "Another 50 dead will mean nothing to the generals.",
        "10,000 deaths could be the price of staying out of Syria.",
        "A thousand dead would be a disaster for the government in Kabul.",
    ],
)
def test_a_toll_a_modal_weighs_is_no_toll(text: str) -> None:
    assert figures(text, kind="comment") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Twelve dead will be buried on Friday in Kabul after the bombing.", [(12, "killed", "conflict")]),
        ("The 86 dead would be alive today if the barriers had been up.", [(86, "killed", "other")]),
        ("At least 30 dead were reported in Mosul after the airstrike, which would later be denied.", [(30, "killed", "conflict")]),
    ],
)
def test_a_toll_told_definite_or_with_its_own_verb_stays(text: str, want: list[Figure]) -> None:
    assert figures(text) == want


# A condition after the lead-in of an explainer or a reader's arithmetic is still a condition.
@pytest.mark.parametrize(
    "text",
    [
        "Put simply: if 100 nurses on days die over a period, about 111 on rotating nights would die in the same period.",
        "In other words, if 30 people die on the roads each month, the scheme saves none of them.",
        "Look, if 5,000 civilians are killed in Raqqa, nobody will call it a success.",
    ],
)
def test_a_condition_after_a_lead_in_is_no_toll(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("For example, 30 people died in the blast in Kabul on Monday.", [(30, "killed", "conflict")]),
        ("Well, 12 soldiers were killed in Helmand if you count the two who died later.", [(12, "killed", "conflict")]),
    ],
)
def test_a_lead_in_with_no_condition_keeps_its_toll(text: str, want: list[Figure]) -> None:
    assert figures(text) == want


# Lives a reader or a charity sums up with a copula and no word of loss are no dead.
@pytest.mark.parametrize(
    "text",
    [
        "Fewer people driving because of the recession. That's your 26 lives right there.",
        "My school raised 300 pounds. That's 36 lives by your maths!",
        "Twenty nets for a village is 20 pounds. It's 15 lives, near enough.",
    ],
)
def test_lives_summed_up_are_no_dead(text: str) -> None:
    assert figures(text, kind="comment") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The fire at the market claimed 26 lives.", [(26, "killed", "accident")]),
        ("That's 3,000 lives lost in Iraq for nothing.", [(3000, "killed", "conflict")]),
        ("The war in Yemen has cost 10,000 lives.", [(10000, "killed", "conflict")]),
    ],
)
def test_lives_told_lost_stay(text: str, want: list[Figure]) -> None:
    assert figures(text) == want


# The dead a figure died on the roads are the roads' toll, whatever war the sentence weighs them against.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Around 460,000 people died on US roads between 1960 and 1969, while about 58,000 Americans died in Vietnam.",
            [(460000, "killed", "accident"), (58000, "killed", "conflict")],
        ),
        (
            "In 2008, 2,538 people were killed on Britain's roads, more than the 179 soldiers who died in Iraq.",
            [(2538, "killed", "accident"), (179, "killed", "conflict")],
        ),
        ("Some 1,200 people died in road accidents in Afghanistan last year, officials said.", [(1200, "killed", "accident")]),
    ],
)
def test_the_dead_of_the_roads_are_the_roads(text: str, want: list[Figure]) -> None:
    assert figures(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Dozens of civilians were killed on the roads of Gaza by Israeli airstrikes.", [(24, "killed", "conflict")]),
        ("Three soldiers were killed on the road to Kandahar by a roadside bomb.", [(3, "killed", "conflict")]),
        ("1,700 dead on the roads every year and we worry about speed cameras.", []),
    ],
)
def test_a_road_of_a_war_or_a_rate_of_the_roads_is_not_the_roads_toll(text: str, want: list[Figure]) -> None:
    assert figures(text) == want


# A strategy game's play, told by its turns, its computer side, its patches or its name, is no war.
@pytest.mark.parametrize(
    "text",
    [
        "I've lost 40,000 men in the first two turns at Stalingrad.",
        "The AI wiped out 3 of my divisions at Kursk, 30,000 men dead.",
        "In my Hearts of Iron game I lost 2 million men on the Eastern Front.",
    ],
)
def test_a_strategy_game_s_losses_are_no_war(text: str) -> None:
    assert figures(text, kind="comment") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The Red Army lost 40,000 men in the first two weeks at Stalingrad.", [(40000, "killed", "conflict")]),
        ("Sixteen soldiers were killed at the first two turns of the mountain road near Salang.", [(16, "killed", "conflict")]),
    ],
)
def test_a_war_told_by_its_weeks_or_its_road_s_turns_stays(text: str, want: list[Figure]) -> None:
    assert figures(text) == want


# The seasons of a year told as a rate: no event, unless a conflict is named.
@pytest.mark.parametrize(
    "text",
    [
        "Charity begins at home. 20,000 pensioners die of cold in Britain every winter.",
        "Flooding kills 30 people every monsoon in Assam.",
        "At least 200 people die each summer in the heat in Karachi.",
    ],
)
def test_a_season_s_rate_is_no_event(text: str) -> None:
    assert figures(text, kind="comment") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Some 30 people were killed every summer in the fighting in Kashmir in the 1990s.", [(30, "killed", "conflict")]),
        ("Every winter the Taliban retreat; last winter 40 soldiers were killed in Helmand.", [(40, "killed", "conflict")]),
    ],
)
def test_a_season_of_a_war_or_one_winter_s_toll_stays(text: str, want: list[Figure]) -> None:
    assert figures(text) == want


# Several spouses buried or outlived tell a long life, not an event.
@pytest.mark.parametrize(
    "text",
    [
        "Mum survived the Blitz as a girl and buried two husbands.",
        "Grandad outlived three wives and never once complained.",
        "She had buried two husbands by the time she was sixty.",
        "Buried two husbands by sixty, Mum never complained.",  # a capital "Buried"
    ],
)
def test_spouses_outlived_are_no_event(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Villagers buried 40 people killed in the airstrike near Herat.", [(40, "killed", "conflict")]),
        ("My grandmother buried two sons in the war.", [(2, "killed", "conflict")]),
        ("The widows buried their husbands, 12 fishermen killed by the militia.", [(12, "killed", "conflict")]),
    ],
)
def test_the_dead_buried_after_an_event_stay(text: str, want: list[Figure]) -> None:
    assert figures(text) == want
