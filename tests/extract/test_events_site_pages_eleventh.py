"""What a general crawl of news, blog and forum pages stores: a side or a crowd that "ran riot"
names no riot, a measure in inches counts nobody, and children "under the age of 15" are not 15
dead."""

from __future__ import annotations

import pytest

from tests.extract.test_events_site_pages import Figure, figures


# "Run riot" is an idiom: a match report's headline, a garden column, a review.
@pytest.mark.parametrize(
    ("title", "text", "kind"),
    [
        ("Rovers run riot as derby ends 4-0", "Three injured players and this is what you get.", "comment"),
        ("City run riot at the Valley", "Before kick-off the ground fell silent for the 39 people who lost their lives at Heysel in 1985.", "body"),
        ("Spurs ran riot in the second half", "Four of our lads were injured by the final whistle.", "comment"),
        ("Weeds running riot? Try these five tricks", "Two people were hurt in my street when a rotten branch came down.", "body"),
    ],
)
def test_running_riot_names_no_riot(title: str, text: str, kind: str) -> None:
    assert all(event != "conflict" for _, _, event in figures(text, title=title, kind=kind))


@pytest.mark.parametrize(
    ("title", "text", "want"),
    [
        # a riot's own news still names its riot, its rioters or its clashes
        ("Riots spread to the old town", "Police said three people were killed when the riot reached the bazaar.", [(3, "killed", "conflict")]),
        ("Mobs run riot in Gujarat town", "At least 12 people were killed in clashes between rioters and police.", [(12, "killed", "conflict")]),
        (None, "Security forces fired on the riot in Kathmandu, killing four protesters.", [(4, "killed", "conflict")]),
    ],
)
def test_a_riot_told_as_one_stays(title: str | None, text: str, want: list[Figure]) -> None:
    assert figures(text, title=title) == want


# A length in inches is a measure: "bury the wire at least 12 inches deep".
@pytest.mark.parametrize(
    "text",
    [
        "Lesson learned: bury the hardware cloth at least 12 inches deep.",
        "The crews buried the cable 18 inches below the surface.",
    ],
)
def test_inches_count_nobody(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The remains of 12 people were buried in a mass grave near the checkpoint.", [(12, "killed", "conflict")]),
        ("A mortar round killed 3 soldiers behind a sandbag wall 40 inches thick, the army said.", [(3, "killed", "conflict")]),
    ],
)
def test_the_dead_beside_a_measure_in_inches_stay(text: str, want: list[Figure]) -> None:
    assert figures(text) == want


# "Under the age of 15" says how old they were: the age is no count ("29 children under the age of
# 15 were killed" is not 15 dead).
@pytest.mark.parametrize(
    "text",
    [
        "The Red Cross says 29 children under the age of 15 were killed in the airstrike on the bus.",
        "Among the dead were several children under the age of 10 who were killed in the shelling.",
    ],
)
def test_an_age_of_is_no_count(text: str) -> None:
    assert all(count not in (10, 15) for count, _, _ in figures(text))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The airstrike killed 29 children under the age of 15, the Red Cross said.", [(29, "killed", "conflict")]),
        ("Of the 40 killed in the airstrike, 15 were under the age of 10.", [(40, "killed", "conflict")]),
    ],
)
def test_the_dead_with_an_age_of_stay(text: str, want: list[Figure]) -> None:
    assert figures(text) == want


# The roads' dead told by their own noun are the roads', whatever war a reader sets them beside.
@pytest.mark.parametrize(
    "text",
    [
        "Meanwhile in Israel there were 40 road deaths this month, nobody cares about those either.",
        "Pakistan had 350 traffic fatalities in Karachi alone last year and nobody marches for them.",
    ],
)
def test_road_deaths_are_the_roads(text: str) -> None:
    found = figures(text, title="Israeli strikes kill 42 in Gaza in deadliest day of conflict", kind="comment")
    assert found and all(event == "accident" for _, _, event in found)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("A roadside bomb killed 4 soldiers in Kandahar on Monday.", [(4, "killed", "conflict")]),
        ("Israeli shelling of the coastal road killed 40 civilians in Gaza.", [(40, "killed", "conflict")]),
    ],
)
def test_a_war_on_a_road_stays(text: str, want: list[Figure]) -> None:
    assert figures(text) == want


# A place told by who holds it ("rebel-held northwest Syria") says where, as its name does; and what a
# place lived through, in a clause on it ("where years of civil war had left hospitals short"), is its
# past: a quake's dead there are the quake's.
@pytest.mark.parametrize(
    "text",
    [
        "In rebel-held northwest Syria, rescue workers said more than 2,000 people were killed by the quake.",
        "In Jandaris, where years of civil war had left hospitals short of supplies, 800 people died in the quake.",
        "In Jandaris, where years of civil war had left hospitals short of supplies, 800 people died.",
    ],
)
def test_a_quake_s_dead_in_a_war_s_place_are_the_quake_s(text: str) -> None:
    found = figures(text, title="Turkey-Syria earthquake death toll passes 47,000")
    assert found and all(event == "disaster" for _, _, event in found)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Government airstrikes on rebel-held eastern Ghouta killed 30 civilians on Monday.", [(30, "killed", "conflict")]),
        ("Rebels killed 12 soldiers in an ambush near the opposition-held town of Maarat al-Numan.", [(12, "killed", "conflict")]),
        ("In Idlib, where years of war have left hospitals in ruins, an airstrike killed 10 people.", [(10, "killed", "conflict")]),
    ],
)
def test_a_war_in_a_held_place_stays(text: str, want: list[Figure]) -> None:
    assert figures(text) == want


def test_armed_men_who_held_a_place_are_still_named() -> None:
    assert figures("Rebels held the town for a week; 14 soldiers were killed trying to retake it.") == [(14, "killed", "conflict")]
