"""What a general crawl of 2007-2023 pages stores, eighth round: a unit's men lost "killed,
wounded or missing" are one undivided figure of casualties; an obituary's notice of one old person
who died, with no word of how, is no event whatever accident or war the rest of the page tells;
the everyday words of a road's mishaps (a car wreck, a bus gone off the road, a hot car) name an
accident; a shooter game's scores (a kill streak, a K/D) are no event.  The war's figures told
beside them keep their class."""

from __future__ import annotations

import pytest

from tests.extract.test_events_site_pages import Figure, figures


# Men lost of several outcomes, as histories and veterans tell a unit's losses: one figure of
# casualties of either outcome, listed with "or", "and" or commas (serial comma too).
@pytest.mark.parametrize(
    "text",
    [
        "The Leeds Pals lost 528 men killed, wounded or missing on the first morning of the Somme offensive.",
        "At Cold Harbor the Union army lost 7,000 men killed or wounded in less than an hour.",
        "In the fighting for Hill 112 the battalion lost 310 men killed, wounded, or captured.",
        "Some 23,000 men were killed, wounded, or missing along Antietam Creek in a single day.",
    ],
)
def test_men_lost_of_several_outcomes_are_one_undivided_figure(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The regiment lost 25 men killed in the assault on the ridge near Kandahar.", [(25, "killed", "conflict")]),
        (
            "The brigade lost 20 men killed and 40 wounded in the battle for the bridge.",
            [(20, "killed", "conflict"), (40, "wounded", "conflict")],
        ),
        (
            "Five soldiers were killed, 12 wounded and 3 missing after the ambush in Helmand.",
            [(5, "killed", "conflict"), (12, "wounded", "conflict"), (3, "missing", "conflict")],
        ),
    ],
)
def test_men_lost_of_one_outcome_each_keep_it(text: str, want: list[Figure]) -> None:
    assert figures(text) == want


# An obituary's notice ("NAME, AGE, of TOWN, died DATE") with no word of how the death came in its
# sentence or the next: an old person's death, no event, even where the page tells a grandson's
# car accident or the wars the dead served in.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Obituaries for Tuesday",
            "WALTER K. LUND, 91, of Mobridge, died March 3, 2015, at the Good Samaritan Center. He served with the Navy "
            "in Korea. He was preceded in death by a son, who was killed in a car accident in 1979.",
        ),
        (
            "Deaths and funerals",
            "Edna Mae Fischer, 84, of Chamberlain passed away Sunday at Sanford Hospital. She farmed with her husband "
            "for 50 years and loved the church choir.",
        ),
        (
            "Obituaries",
            "ROBERT 'BOB' HALE, 77, of Yankton, died Jan. 2, 2011. Bob was born in 1933 in Tyndall and served in the "
            "Army in Germany.",
        ),
    ],
)
def test_an_obituary_notice_of_an_old_person_is_no_event(title: str, text: str) -> None:
    assert [figure for figure in figures(text, title) if figure[0] == 1 and figure[2] != "accident"] == []
    assert (1, "killed", "accident") not in figures(text.split(". ")[0] + ".", title)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Dale Ross, 58, of Pierre, died Saturday in a crash on Highway 14.", [(1, "killed", "accident")]),
        (
            "Dale Ross, 58, of Pierre, died Saturday. His pickup left the road and hit a tree near Onida.",
            [(1, "killed", "accident")],
        ),
        ("Ahmed Salim, 61, of Mosul, died on Friday when a roadside bomb hit his car.", [(1, "killed", "conflict")]),
        ("Ruth Ann Miller, 72, of Huron, died Nov. 8 after a long fight with cancer.", [(1, "killed", "disease")]),
    ],
)
def test_an_obituary_that_tells_how_the_death_came_keeps_it(text: str, want: list[Figure]) -> None:
    assert figures(text) == want


# The everyday words of a road's mishaps, as local news and readers tell them.
@pytest.mark.parametrize(
    ("title", "text", "kind", "want"),
    [
        (
            "Remembering the fallen of Sangin",
            "He came home in one piece but lost three friends in a car wreck in Oceanside a year later.",
            "comment",
            [(3, "killed", "accident")],
        ),
        (
            None,
            "A tour bus went off the road near Oaxaca last spring and 14 passengers were killed.",
            "comment",
            [(14, "killed", "accident")],
        ),
        (
            "Summer safety for parents",
            "Eleven children died in hot cars across Texas last summer, the most of any state.",
            "body",
            [(11, "killed", "accident")],
        ),
        (
            None,
            "Two teenagers were killed when their pickup ran off the road and hit a tree on County Road 9.",
            "body",
            [(2, "killed", "accident")],
        ),
    ],
)
def test_the_everyday_words_of_a_road_mishap_name_an_accident(
    title: str | None, text: str, kind: str, want: list[Figure]
) -> None:
    assert figures(text, title, kind) == want


@pytest.mark.parametrize(
    ("title", "text", "want"),
    [
        (
            "Afghanistan: convoy ambushed",
            "Taliban fighters ambushed an army convoy in Zabul, and six soldiers were killed when their truck went off "
            "the road under fire.",
            [(6, "killed", "conflict")],
        ),
        (
            None,
            "A car bomb ripped through a market in Baquba, killing 27 people and leaving the wreck of a bus in the street.",
            [(27, "killed", "conflict")],
        ),
        (
            "Remembering the fallen of Sangin",
            "We lost nine Marines to IEDs in the first month of the deployment.",
            [(9, "killed", "conflict")],
        ),
    ],
)
def test_a_war_s_dead_beside_a_vehicle_stay_its(title: str | None, text: str, want: list[Figure]) -> None:
    assert figures(text, title) == want


# A shooter game's scores, as its players tell them in a forum: no one died.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Best kill streak you've had?", "47 kills, 2 deaths on Shipment last night."),
        ("Post your K/D", "Finished the match with 31 kills and 4 deaths, my K/D is finally above 2."),
        (None, "Got a 25 kill streak and only died 3 times in the whole match."),
    ],
)
def test_a_shooter_game_s_scores_are_no_event(title: str | None, text: str) -> None:
    assert figures(text, title, "comment") == []


@pytest.mark.parametrize(
    ("title", "text", "want"),
    [
        (
            "Best kill streak you've had?",
            "Funny to read this after two tours. We lost six Marines in Fallujah in one week in 2004.",
            [(6, "killed", "conflict")],
        ),
        (None, "Militants killed 12 soldiers in an ambush in Kunar on Tuesday.", [(12, "killed", "conflict")]),
    ],
)
def test_a_war_s_dead_told_in_a_gamers_thread_stay_its(title: str | None, text: str, want: list[Figure]) -> None:
    assert figures(text, title, "comment") == want


# A fan's words for a play (a run that "killed" defenders, a quarterback who "died out there" under
# sacks): no one died.
@pytest.mark.parametrize(
    "text",
    [
        "Henry killed 3 defenders on that TD run, unreal.",
        "Mahomes died out there today, 6 sacks and two picks.",
        "Salah killed 2 defenders on that run and still missed the goal.",
    ],
)
def test_a_fan_s_words_for_a_play_are_no_event(text: str) -> None:
    assert figures(text, None, "comment") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Militants stormed the base near Kidal and killed four defenders, the army said.",
            [(4, "killed", "conflict")],
        ),
        (
            "Aid workers handed out 200 sacks of flour a day after an airstrike killed 9 people in Idlib.",
            [(9, "killed", "conflict")],
        ),
        ("Rebels killed 5 defenders of the outpost before dawn, a spokesman said.", [(5, "killed", "conflict")]),
    ],
)
def test_a_war_s_defenders_and_sacks_of_flour_stay_its(text: str, want: list[Figure]) -> None:
    assert figures(text, None, "comment") == want
