"""A tenth round of sentences from the everyday desks of 2008 and 2012 news, where words of death
and numbers meet without a war, and the reader threads under them, read for whether a figure is a
conflict's: the forces' mishaps at home (a truck that overturned, a barracks fire, a munitions
blast, a drill or a march that killed); a massacre named by the school or the cinema a lone gunman
struck; the dead of combat beside the forces' suicides; the toll a
reviewed story opens on; lives told as at risk; a disaster's toll
beside the forces' rescue work; half of a scale word ("half a million"); the 2008 attacks on
Mumbai told in the headlines of the days after by their toll and their gunmen; a match's players hurt in a
"battle"; the police hurt in a match's trouble told by the fans' flares or the final whistle."""

from __future__ import annotations

import pytest

from crawler.extract.numbers import parse_number
from tests.extract.readings import events


# The forces' mishaps at home, named by the title or by the figure's sentence with the weapon that
# went off: an accident where no war, its place, its enemy or an act of war is named; a mishap in a
# war's place or beside an attack stays the war's.
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Army lorry overturns near Catterick", "Seven soldiers were hurt, two of them seriously.", [(7, "accident"), (2, "accident")]),
        ("Fire at navy barracks in Devonport", "Two sailors died and nine were treated for burns.",
         [(2, "accident"), (9, "accident")]),
        ("Blast at army munitions dump near Sofia", "Eleven people died, including four conscripts.",
         [(11, "accident"), (4, "accident")]),
        ("Recruits die in heatwave exercise", "Three recruits died, the ministry said.", [(3, "accident")]),
        ("Base mourns gunners", "The battery was on the ranges. Three gunners were killed when a shell exploded "
         "prematurely during training on Monday.", [(3, "accident")]),
        ("Guardsmen collapse on the Brecon Beacons", "The men were on a selection march. "
         "Two soldiers died on one of the hottest days of the year.", [(2, "accident")]),
        ("Munitions explode in Siberia", "One man died and 40 were hurt as shells exploded at the army depot "
         "for two days.", [(1, "accident"), (40, "accident")]),
        ("Navy tanker accident off Murmansk", "Eleven people, including four civilians, were killed.",
         [(11, "accident"), (4, "accident")]),
        # near misses: a war's place, an attack beside the mishap, and fire opened on the barracks
        ("Army helicopter crashes in Helmand", "Five soldiers were killed in the crash.", [(5, "conflict")]),
        ("Army truck overturns after roadside bomb", "Nine soldiers were killed.", [(9, "conflict")]),
        ("Barracks attacked in Maiduguri", "Gunmen opened fire at the barracks at dawn. Six soldiers died.",
         [(6, "conflict")]),
        ("Quetta blast", "The bomber's vest exploded prematurely as he approached the police post, killing two "
         "passers-by.", [(2, "conflict")]),
        ("Blast at army munitions dump", "Six soldiers and two civilians were killed when insurgents shelled the "
         "depot.", [(6, "conflict"), (2, "conflict")]),
        ("Rebels shell army depot", "Four soldiers were killed when shells exploded at the army depot.", [(4, "conflict")]),
    ],
)
def test_forces_mishap_at_home(title: str, text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text, title) == expected


# A massacre or a rampage named by the everyday place a lone gunman struck (a school, a campus, a
# cinema, a mall): a crime; militants who storm a school are told by who they are, and stay a war's.
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Ohio school massacre: town mourns", "The gunman shot his father before driving to the school. "
         "Nine pupils and two teachers were killed.", [(9, "crime"), (2, "crime")]),
        ("Campus rampage in Virginia", "Police said 32 students and staff were killed.", [(32, "crime")]),
        ("Cinema massacre: suspect in court", "The man is accused of killing 12 people at a midnight screening.",
         [(12, "crime")]),
        ("Mall rampage in Omaha", "Eight people were shot dead before the gunman turned the rifle on himself.",
         [(8, "crime"), (1, "crime")]),  # the gunman dead by his own hand
        # near misses: a school stormed by militants, and a massacre of a war
        ("Peshawar school massacre", "Taliban gunmen stormed the army-run school on Tuesday. "
         "At least 141 people were killed.", [(141, "conflict")]),
        ("Village massacre in Homs province", "Government forces shelled the village overnight. "
         "Activists said 41 people were killed.", [(41, "conflict")]),
    ],
)
def test_massacre_named_by_an_everyday_place(title: str, text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text, title) == expected


# The dead of combat set beside a count of the forces' suicides, in the stories of 2008-2012 that
# compare the two: the combat dead are the war's, whatever the suicides around them.
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Marine suicides outnumber war dead", "Forty-eight Marines took their own lives last year, while 32 Marines "
         "died in combat.", [(32, "conflict")]),
        ("Suicide toll", "Suicides among active-duty troops reached 349, surpassing the 310 troops killed in combat.",
         [(310, "conflict")]),
        ("Army suicides rise", "In 2012, 182 soldiers took their own lives, more than the 170 soldiers killed in combat in "
         "Afghanistan.", [(170, "conflict")]),
        # near miss: the suicides alone, no combat named
        ("Army suicides hit record", "The Army said 38 soldiers were suspected of having killed themselves in July.", []),
    ],
)
def test_combat_dead_beside_suicides(title: str, text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text, title) == expected


# The toll a story opens on, told under a review's title in the present perfect or as already dead:
# the plot's, whatever war it is of; the real history the review cites in the past stays the war's.
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Review: The Siege of Leningrad", "By the time the story begins, the siege has already claimed 600,000 lives.", []),
        ("Film review: Flags at Dawn", "The film opens in 1863, with 50,000 men already dead at Gettysburg.", []),
        ("TV review: The Crossing, episode 4", "The epidemic has killed 3,000 villagers, and the doctor has run out of "
         "quinine.", []),
        # near misses: the real battle told in the past under the review, and the same present perfect in the news
        ("Review: Red Mountain", "The real battle, fought in 1968, left 204 Marines dead.", [(204, "conflict")]),
        ("Syria's war", "The war has already claimed 60,000 lives, the UN said.", [(60000, "conflict")]),
    ],
)
def test_toll_a_story_opens_on(title: str, text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text, title) == expected


# Lives told as at risk, in danger or that could be lost: a warning, no event's dead; lives told as
# lost stay a toll.
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Afghan aid cut", "Charities warned that 40,000 lives were at risk if the food convoys stopped.", []),
        ("Darfur appeal", "The UN said a million lives were in danger as the rains failed.", []),
        ("Syria winter", "Aid agencies said thousands of lives could be lost as temperatures fell below zero.", []),
        ("Aid budget", "The cuts put 20,000 lives at risk, Oxfam said.", []),
        # near misses: lives lost
        ("Floods in Gujarat", "More than 300 lives were lost when the dam burst.", [(300, "disaster")]),
        ("Homs", "Thousands of lives have been lost in Homs since March.", [(2000, "conflict")]),
    ],
)
def test_lives_at_risk(title: str, text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text, title) == expected


# The toll of a storm, a flood or a quake told beside the forces' rescue work in the same sentence:
# the disaster's, as where they only tell it; troops who fire on a crowd after it stay a conflict's.
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Philippine typhoon", "Soldiers pulled bodies from the mud as the death toll rose to 1,067.", [(1067, "disaster")]),
        ("Floods in Sindh", "Army helicopters rescued 3,000 people, and the death toll reached 1,600.", [(1600, "disaster")]),
        ("Haiti earthquake", "US Marines were deployed to Port-au-Prince, where the death toll passed 200,000.",
         [(200000, "disaster")]),
        ("Cyclone Nargis", "The army said 22,980 people had died.", [(22980, "disaster")]),
        # near miss: the forces' fire on a crowd after the quake
        ("Protests after the earthquake", "Troops fired on protesters demanding aid, killing 12.", [(12, "conflict")]),
    ],
)
def test_disaster_toll_beside_the_rescuers(title: str, text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text, title) == expected


# Half of a scale word, as history pieces and readers give a war's toll: "half a million" is 500,000
# (it read as a million), as "half a dozen" is 6.
@pytest.mark.parametrize(
    ("phrase", "value"),
    [("half a million", 500_000), ("half a dozen", 6), ("half a billion", 500_000_000), ("half a lakh", 50_000)],
)
def test_half_a_scale_word(phrase: str, value: int) -> None:
    assert parse_number(phrase) == value


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Comment: Iraq war anniversary.", "Half a million dead Iraqis and not one banker in jail.", [(500000, "conflict")]),
        ("Rwanda remembers", "Nearly half a million Tutsis were killed in the first month.", [(500000, "conflict")]),
        # near miss: a million whole
        ("Rwanda remembers", "Nearly a million Tutsis were killed in 100 days.", [(1000000, "conflict")]),
    ],
)
def test_half_a_million_dead(title: str, text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text, title) == expected


# The 2008 attacks on Mumbai told in the headlines of the days after by their toll and their gunmen:
# a conflict's dead, whatever gunman the title names; the city's road tolls are no attack.
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Mumbai toll revised down to 172 as last gunman captured", "The number of people killed in the siege was "
         "revised down to 172.", [(172, "conflict")]),
        ("Mumbai death toll rises to 195", "Rescue workers said 195 people had died, including 22 foreigners.",
         [(195, "conflict"), (22, "conflict")]),
        ("Mumbai attackers were trained in Pakistan, says India", "Investigators said the 10 men killed 166 people "
         "in three days.", [(166, "conflict")]),
        # near miss: a toll booth of the city
        ("Mumbai toll plaza fire", "Two workers died when the toll booth caught fire.", [(2, "accident")]),
    ],
)
def test_mumbai_attacks_told_by_toll_and_gunmen(title: str, text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text, title) == expected


# A match's players hurt in what the report calls a battle, a war or a fight: no event; players
# killed in a battle a war's place names, or in an attack, stay a conflict's.
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Rugby: Lions tour", "The Lions have 11 players injured after the bruising battle with the Waratahs, who won "
         "31-23.", []),
        ("Cup semi-final", "Four players were hurt in a physical battle that ended 1-1.", []),
        ("NFL: Giants beat Cowboys", "Three Giants players were injured in the war in the trenches.", []),
        # near misses: a war's battle, and an attack on the team
        ("Aleppo", "Two former national team players were killed in the battle for Aleppo, activists said.",
         [(2, "conflict")]),
        ("Togo team bus attacked", "Two players were wounded in the attack.", [(2, "conflict")]),
    ],
)
def test_players_hurt_in_a_match_called_a_battle(title: str, text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text, title) == expected


# The police or fans hurt in a match's trouble told by what the fans threw or by the final whistle it
# followed: a crime, as a riot of fans is; protesters clashing with police stay a conflict's.
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Football: derby day", "The visitors' fans let off flares, and 12 police were injured in clashes after the final "
         "whistle.", [(12, "crime")]),
        ("Cup tie abandoned", "Nine officers were hurt in trouble after the final whistle at the Den.", [(9, "crime")]),
        ("Port Said", "Seventy-four people were killed in clashes after the final whistle, as home fans stormed the "
         "pitch.", [(74, "crime")]),
        # near miss: protesters
        ("Cairo protests", "Protesters threw stones and 12 police were injured in clashes in Tahrir Square.", [(12, "conflict")]),
    ],
)
def test_police_hurt_in_a_match_s_trouble(title: str, text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text, title) == expected
