"""Reader threads and the articles under them (issue 14): a comparison that opens on a people's
name counts no one, a toll a modal verb foresees is no event, an officer killed in a shooting named
by its everyday place is a crime's dead, a court that tries an act of terror leaves the attack's dead
the conflict's, the office of a police and crime commissioner names no crime, "the Troubles" name
Northern Ireland's conflict, and a veteran who dies years later of Agent Orange or burn pits died of
an illness.

Every sentence here is written for the test, in the shape of news pages and their comment threads."""

from __future__ import annotations

import pytest

from crawler.extract.document import extract_document
from tests.extract.readings import events


def comment_events(text: str, title: str) -> list[tuple[int, str | None]]:
    """Each tally's count and event class, the text read as a reader's comment under ``title``."""
    return [(t.count, t.event) for t in extract_document(text, None, "en", "comment", title).tallies]


# A comparison that opens on a quantifier and a people's name in the plural: no one by name.
@pytest.mark.parametrize(
    "text",
    [
        "More Americans drown in bathtubs every year than die in terror attacks.",
        "Many Afghans died in the cold that winter, aid groups said.",
        "Fewer Canadians were killed on the roads in 2019 than in any year since records began.",
        "Most Iraqis died far from the front lines.",
    ],
)
def test_a_peoples_name_after_a_quantifier_counts_no_one(text: str) -> None:
    assert events(text) == []


# Near misses: a number, "both", "several" or "a" before a people's name still counts them.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two Americans were killed in a roadside bombing near Kandahar, officials said.", [(2, "conflict")]),
        ("Both Canadians died when militants attacked the convoy outside Kabul.", [(2, "conflict")]),
        ("Several Syrians died in the shelling of the camp near Idlib.", [(2, "conflict")]),
        ("An Iraqi was killed by a sniper in Mosul on Sunday.", [(1, "conflict")]),
    ],
)
def test_a_counted_peoples_name_stays_counted(text: str, expected: list[tuple[int, str]]) -> None:
    assert events(text) == expected


# A reader's forecast or argument: a bare toll that a modal verb ("'ll" too) foresees, a toll
# expected "another" time, and a condition opened after "and" or "but".
@pytest.mark.parametrize(
    "text",
    [
        "Mark my words, by Christmas there'll be another 200 dead in Donetsk.",
        "At this pace the province will pass 1,000 deaths before the monsoon.",
        "With logic like that you could excuse 50,000 dead in Gaza.",
        "Keep arming them and we'll see another 300 dead at the border by spring.",
        "Pull the peacekeepers out and expect another 5,000 dead in Darfur.",
        "But if the ceasefire collapses, the shelling of Aleppo may leave thousands dead.",
        "And if the talks fail, there'd be 10,000 dead by summer.",
        "And if Kyiv falls, expect mass graves with thousands dead.",
    ],
)
def test_a_foreseen_toll_is_no_event(text: str) -> None:
    assert comment_events(text, "Ceasefire talks stall as shelling resumes") == []


# Near misses: a hedged past ("may have left"), an inference ("must have been"), a narrative's
# "would", what sources could confirm, and dead already there, told definite after a modal or a
# participle, are tolls of what happened.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The airstrike on the market may have left 40 dead, medics said.", [(40, "conflict")]),
        ("There must have been 200 dead in Bucha by the time the troops withdrew.", [(200, "conflict")]),
        ("Later reports from the village would mention 31 deaths after the missile strike.", [(31, "conflict")]),
        ("Medics in Khan Younis could only confirm 12 deaths after the shelling.", [(12, "conflict")]),
        ("No inquiry will bring back the 29 dead of the airstrike on Hawija.", [(29, "conflict")]),
        ("We will never forget the 7 soldiers killed in the convoy ambush near Gao.", [(7, "conflict")]),
    ],
)
def test_a_told_toll_after_a_modal_stays(text: str, expected: list[tuple[int, str]]) -> None:
    assert events(text) == expected


# An officer killed in a shooting that local news names by its everyday place: the crime's dead.
@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("A sergeant died shielding shoppers from the gunfire.", "Town mourns after mall shooting"),
        ("Two officers were killed in the exchange of gunfire.", "Warehouse shooting: what we know"),
        ("One deputy died after being hit by gunfire at the entrance.", "Vigil held a week after grocery store shooting"),
    ],
)
def test_an_officer_killed_in_a_shooting_named_by_its_place_is_a_crimes(text: str, title: str) -> None:
    assert comment_events(text, title) == [(1 if text.startswith(("A ", "One")) else 2, "crime")]


# Near misses: officers killed by militants stay the war's, whatever the title says of a shooting.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two police officers were killed in a gunfight with militants in Quetta.", [(2, "conflict")]),
        ("One officer died after insurgents opened fire on a checkpoint in Kirkuk.", [(1, "conflict")]),
        ("Three policemen were killed when gunmen attacked a patrol in Sinai.", [(3, "conflict")]),
    ],
)
def test_officers_killed_by_militants_stay_the_wars(text: str, expected: list[tuple[int, str]]) -> None:
    assert events(text, "Office shooting suspect appears in court") == expected


# A court that tries an act of terror or a massacre, under a title of the trial: its words tell
# what followed the attack, not what it was.
_TRIAL_TITLE = "Trial verdict: defendants convicted over 2017 attack"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The jury convicted him of helping the jihadist cell that killed 13 people in the 2016 raid on the hotel, "
            "prosecutors said.",
            [(13, "conflict")],
        ),
        (
            "A court in Ankara convicted 11 defendants over the twin suicide bombings at the railway station, which killed "
            "103 people.",
            [(103, "conflict")],
        ),
        (
            "Judges convicted the former paramilitary leader of ordering the massacre in which 19 farmers were killed.",
            [(19, "conflict")],
        ),
        (
            "An anti-terrorism court sentenced two men to death for the suicide bombing of a church in Lahore that killed "
            "14 worshippers.",
            [(14, "conflict")],
        ),
    ],
)
def test_a_trial_of_an_act_of_terror_leaves_its_dead_the_conflicts(text: str, expected: list[tuple[int, str]]) -> None:
    assert events(text, _TRIAL_TITLE) == expected


# Near misses: the trial of a murder or a stabbing stays a crime's.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A jury convicted the man of murdering three people at a bar in Leeds.", [(3, "crime")]),
        ("The court convicted the gunman of murdering five people at his workplace.", [(5, "crime")]),
        ("The defendant was found guilty of stabbing two people outside a nightclub in Bristol.", [(2, "crime")]),
        ("The trial heard that the gunman killed four members of his own family.", [(4, "crime")]),
    ],
)
def test_a_trial_of_a_crime_stays_a_crimes(text: str, expected: list[tuple[int, str]]) -> None:
    assert events(text, _TRIAL_TITLE) == expected


def test_a_war_word_beside_a_sentencing_leaves_it_a_crimes() -> None:
    """A war's word in the sentence before ("fighting") names no act the court tried."""
    text = (
        "Officers were fighting to reach the car when the rescue began, police said. "
        "The man who kidnapped the girl, Ray Tolliver, was sentenced to life in federal prison."
    )
    assert events(text, "Kidnapper of Tulsa girl, 7, sentenced to life") == [(1, "crime")]


# The office of a police and crime commissioner, the source of road, fire and drowning figures.
@pytest.mark.parametrize(
    "text",
    [
        "Thirty-one people died on the county's roads last year, the police and crime commissioner said.",
        "Figures from the police and crime commissioner show 17 people drowned in the county's rivers in 2019.",
        "The crime commissioner's report says nine people died in house fires across the district.",
    ],
)
def test_a_police_and_crime_commissioner_names_no_crime(text: str) -> None:
    assert all(event != "crime" for _, event in events(text))


# Near misses: crime named as such stays a crime's.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Knife crime killed 14 teenagers in the city last year, the police and crime commissioner said.", [(14, "crime")]),
        ("Gang crime claimed the lives of 9 young men in the borough in 2018.", [(9, "crime")]),
    ],
)
def test_crime_named_stays_a_crimes(text: str, expected: list[tuple[int, str]]) -> None:
    assert events(text) == expected


# Northern Ireland's conflict by its own name, in a history blog's title or its text.
@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        ("My uncle was one of the 9 people killed on Bloody Friday.", "Remembering the Troubles: your stories", [(9, "conflict")]),
        ("The Troubles left some 47,000 people injured, according to the Cain archive.", "", [(47000, "conflict")]),
        ("Across the Troubles, 507 soldiers of the British Army lost their lives.", "", [(507, "conflict")]),
    ],
)
def test_the_troubles_name_a_conflict(text: str, title: str, expected: list[tuple[int, str]]) -> None:
    reading = comment_events(text, title) if title else events(text)
    assert reading == expected


# Near misses: a family's or a club's troubles name no war.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Her family's troubles began when 2 relatives died of cholera.", [(2, "disease")]),
        ("The club's troubles deepened after 4 fans died in a crush at the gate.", [(4, "accident")]),
    ],
)
def test_other_troubles_name_no_war(text: str, expected: list[tuple[int, str]]) -> None:
    assert events(text) == expected


# A veteran's death, years later, of what he was exposed to at his post: an illness, not the war's dead.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Agent Orange exposure killed my father in 2004, long after he left Da Nang.", [(1, "disease")]),
        ("Burn pits killed 3 men from my old unit after we got home from Iraq.", [(3, "disease")]),
        ("Gulf War illness has killed 2 of my old tank crew.", [(2, "disease")]),
    ],
)
def test_a_veterans_exposure_is_an_illness(text: str, expected: list[tuple[int, str]]) -> None:
    assert comment_events(text, "Vietnam memorial wall comes to Fort Wayne") == expected


def test_a_weapon_that_burns_stays_the_wars() -> None:
    """Near miss: napalm dropped on villagers is the war's act, not an exposure."""
    assert comment_events("Napalm killed 12 villagers in one afternoon near Hue.", "Vietnam memorial wall comes to Fort Wayne") == [
        (12, "conflict")
    ]
