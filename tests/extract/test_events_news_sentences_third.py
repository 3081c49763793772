"""A third round of sentences of 2008-2012 news and of its readers, read for whether a figure is a
conflict's: a plot told in the present under a review's, a recap's or a box-office story's title, a
series' finale, a toll foreseen ("planners expected 30 million deaths"), shootings at parties
and dances and knife attacks, which local crime news tells, and the forces' vehicles that overturned."""

from __future__ import annotations

import pytest

from tests.extract.readings import events


# A story's plot, told in the present under a title that names its write-up: no event.
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Review: Iron Sky over Carthage", "The aliens land outside Tunis. Thousands of Roman soldiers are killed in the siege.", []),
        ("Box office: Desert Wings takes $31m", "The film about a Polish squadron opened at No 1. "
         "Half the pilots are shot down over Tobruk.", []),
        ("Harbour Lights series three", "The war reaches the fishing town. Tom is wounded at Arnhem and sent home.", []),
        ("The Last Patrol finale", "The rangers' feud ends in the valley. Kerrigan kills nine men in the mill.", []),
        ("Frontline Squad season 2 recap", "The unit deploys to Basra. Two of the team are killed by a roadside bomb.", []),
        ("Hill 402 returns on Blu-ray", "The remaster is sharp. The scene in which the radio operator dies still shocks.", []),
        # near misses: the past of the real war a review cites, a toll of news under a report's title
        ("Review: The Ridge", "The film retells the Canadian attack at Vimy in 1917. "
         "In the real battle 3,598 Canadian soldiers were killed.", [(3598, "conflict")]),
        ("Army review finds convoy failures", "The report studied convoys in Helmand. "
         "Eleven soldiers were killed in ambushes on the convoys in 2009.", [(11, "conflict")]),
        ("Syria: rebels fight for Aleppo", "The battle for the city entered a third week. "
         "At least 40 people are killed each day in the city, activists say.", [(40, "conflict")]),
    ],
)
def test_a_plot_under_a_story_s_title_is_no_event(title: str, text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text, title) == expected


# A series' last episode, where its plot ends: "in the finale".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The HBO drama closed its run with a siege. Forty legionaries are slaughtered in the finale.", []),
        ("The cable series ended on a cliffhanger. Three of the five brothers die in the season finale.", []),
        # near miss: a final that is a match, and a battle's end
        ("Two Marines were killed in the final assault on the compound in Fallujah, officials said.", [(2, "conflict")]),
    ],
)
def test_what_dies_in_the_finale_is_a_plot(text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text) == expected


# A toll foreseen, its verb right before the figure, or a modal that "could lead to" deaths: a forecast.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The papers show that war planners expected 20 million deaths in the first day of a Soviet strike.", []),
        ("Aid agencies warned of 50,000 deaths in the camps of Dadaab if the rains failed.", []),
        ("The generals projected 3,000 allied dead in the first week of the invasion.", []),
        ("The senator said a hasty pull-out could lead to thousands of deaths in Anbar.", []),
        # near misses: a toll estimated, and one an assault led to
        ("Activists estimated 9,000 deaths in Syria since March, most of them civilians shot by troops.", [(9000, "conflict")]),
        ("The assault on the town led to 120 deaths among the rebels, the army said.", [(120, "conflict")]),
        ("As expected, 14 soldiers were killed when insurgents attacked the base in Kunduz.", [(14, "conflict")]),
    ],
)
def test_a_toll_foreseen_is_a_forecast(text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text) == expected


# Shootings at parties and dances, and knife attacks, as local crime news tells them: crime.
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Cape Town shooting", "Gunmen opened fire at a street party in Manenberg. Five people were killed, police said.",
         [(5, "crime")]),
        ("Philadelphia shooting", "A man opened fire at a house party in north Philadelphia. "
         "Three teenagers died and two were wounded, police said.", [(3, "crime"), (2, "crime")]),
        ("Kingston: shooting at dancehall", "Men with guns fired into the crowd. Six people died, police said.", [(6, "crime")]),
        ("Knife attack at Henan school", "A man attacked pupils at the school gate. Nineteen children were wounded.",
         [(19, "crime")]),
        # near misses: a named armed group at a party, a bomb in a dance hall, a political party's office
        ("Attack in Maiduguri", "Boko Haram gunmen opened fire on guests at a birthday party. "
         "Twelve people were killed, residents said.", [(12, "conflict")]),
        ("Baghdad blast", "A suicide bomber struck a dance hall in Karrada. Nineteen people were killed.", [(19, "conflict")]),
        ("Aleppo shelling", "The ruling party's office in Aleppo was shelled. Six party members were killed.", [(6, "conflict")]),
    ],
)
def test_shootings_at_parties_and_knife_attacks_are_crimes(
    title: str, text: str, expected: list[tuple[int, str | None]]
) -> None:
    assert events(text, title) == expected


# A vehicle that overturned or skidded by itself, told with the forces it carried off duty: the mishap's dead.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A bus carrying police recruits skidded off a road near Huancayo. Eleven recruits were killed.", [(11, "accident")]),
        ("An army lorry taking soldiers back to barracks overturned in Oaxaca. Eight soldiers died, the ministry said.",
         [(8, "accident")]),
        # near misses: a truck a bomb or an ambush overturned, and the forces' vehicle that overturned in a war's place
        ("Two soldiers were killed when their armoured vehicle overturned on a road in Kandahar.", [(2, "conflict")]),
        ("A NATO truck overturned after it struck a roadside bomb near Kandahar. Three soldiers were killed.", [(3, "conflict")]),
        ("An army truck overturned when insurgents ambushed the convoy in Zabul. Four soldiers died, a spokesman said.",
         [(4, "conflict")]),
    ],
)
def test_forces_lost_when_their_vehicle_overturned_are_a_mishap_s(text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text) == expected
